import Foundation
import PackagePlugin

/// Compiles the package's `Templates/` and `SampleData/` folders into the target it is applied to.
///
/// Every file and folder under them is an input of one build command, so SwiftPM reruns the tool when a
/// file changes or a folder's entries change. SwiftPM asks this plugin for the input list again only when
/// it re-plans the build, which it does when the structure of a target's folder changes; the target
/// therefore holds the links `Sources/EmbeddedResources/Templates -> ../../Templates` (and `SampleData`),
/// excluded from its sources, so adding, removing or renaming a file anywhere below re-plans the build.
/// The tool walks the folders itself and writes one Swift file, `EmbeddedResources+Files.swift`, only when
/// its content changes. Hidden files and folders (names starting with `.`) are left out.
@main
struct EmbedResources: BuildToolPlugin {
    /// The folders, relative to the package root, whose files are embedded.
    static let folders = ["Templates", "SampleData"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var files: [URL] = []
        var folders: [URL] = []
        for folder in Self.folders {
            let found = Self.entries(under: root.appendingPathComponent(folder))
            files += found.files
            folders += found.folders
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResources+Files.swift")
        var arguments = ["--root", root.path, "--output", output.path]
        for folder in Self.folders { arguments += ["--folder", folder] }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) files from \(Self.folders.joined(separator: ", "))",
                executable: try context.tool(named: "EmbedResourcesTool").url,
                arguments: arguments,
                inputFiles: folders + files,
                outputFiles: [output]
            ),
        ]
    }

    /// Every regular file below `folder`, and `folder` with every folder below it, skipping hidden names;
    /// empty when `folder` is missing. Folders are inputs too: adding or removing a file changes its folder.
    static func entries(under folder: URL) -> (files: [URL], folders: [URL]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(
                  at: folder,
                  includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                  options: [.skipsHiddenFiles]
              )
        else { return ([], []) }
        var files: [URL] = []
        var folders: [URL] = [folder]
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isRegularFile == true {
                files.append(url)
            } else if values?.isDirectory == true {
                folders.append(url)
            }
        }
        return (files.sorted { $0.path < $1.path }, folders.sorted { $0.path < $1.path })
    }
}
