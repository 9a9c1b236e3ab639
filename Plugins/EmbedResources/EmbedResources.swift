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

    /// Every regular file below `folder`, skipping hidden names; empty when the folder is missing.
    static func files(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder,
            includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles]
        ) else { return [] }
        var found: [URL] = []
        for case let url as URL in enumerator {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                found.append(url)
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}
