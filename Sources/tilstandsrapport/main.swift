import EmbeddedResources
import Foundation
import TilstandsrapportCLI

// The built-in templates are compiled into the binary, so it works from any folder.
var templates: [String: String] = [:]
for file in EmbeddedResources.files(under: "Templates/nb/") {
    templates[String(file.path.dropFirst("Templates/nb/".count))] = String(decoding: file.bytes, as: UTF8.self)
}
let tool = CommandLineTool(
    pipeline: ProjectPipeline(builtInTemplates: templates),
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
)
var console = StandardConsole()
exit(tool.run(Array(CommandLine.arguments.dropFirst()), console: &console))
