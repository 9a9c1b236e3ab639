import Foundation
import TilstandsrapportCLI

// PLACEHOLDER: `UnavailablePipeline` reports one error (CLI900) for build, check and status. The integrator
// replaces it with the real pipeline over ReportInputs and ReportRendering; its built-in templates are
// `EmbeddedResources.files(under: "Templates/")` (this target may `import EmbeddedResources`).
let tool = CommandLineTool(
    pipeline: UnavailablePipeline(),
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
)
var console = StandardConsole()
exit(tool.run(Array(CommandLine.arguments.dropFirst()), console: &console))
