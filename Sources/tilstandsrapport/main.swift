import Foundation
import TilstandsrapportCLI

// The real pipeline replaces `UnavailablePipeline` once ReportInputs and ReportRendering provide it.
let tool = CommandLineTool(
    pipeline: UnavailablePipeline(),
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
)
var console = StandardConsole()
exit(tool.run(Array(CommandLine.arguments.dropFirst()), console: &console))
