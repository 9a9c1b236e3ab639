import Foundation
import PackagePlugin

/// Compiles the package's `Templates/` and `SampleData/` folders into the target it is applied to.
///
/// Every file under those folders is an input of one build command, so SwiftPM reruns the tool when
/// any of them changes; SwiftPM evaluates the plugin again on each build, so added or removed files are
/// picked up too. The tool writes one Swift file, `EmbeddedResources+Files.swift`. Hidden files and
/// folders (names starting with `.`) are left out.
@main
struct EmbedResources: BuildToolPlugin {
    /// The folders, relative to the package root, whose files are embedded.
    static let folders = ["Templates", "SampleData"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in Self.folders {
            inputs += Self.files(under: root.appendingPathComponent(folder))
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResources+Files.swift")
        var arguments = ["--root", root.path, "--output", output.path]
        for folder in Self.folders { arguments += ["--folder", folder] }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files from \(Self.folders.joined(separator: ", "))",
                executable: try context.tool(named: "EmbedResourcesTool").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }

    /// `folder` and every folder and regular file below it, skipping hidden names; empty when `folder` is missing.
    static func files(under folder: URL) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(
            at: folder,
            includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
            options: [.skipsHiddenFiles]
        ) else { return [] }
        // Folders are inputs too: adding or removing a file changes its folder, which reruns the tool.
        var found: [URL] = [folder]
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isRegularFile == true || values?.isDirectory == true {
                found.append(url)
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}
