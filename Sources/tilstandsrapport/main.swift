import Foundation
import ReportBuilding
import TilstandsrapportCLI

// The built-in templates are compiled into the binary, so it works from any folder; the project's
// `målform` picks the set.
let tool = CommandLineTool(
    pipeline: ReportBuilder(),
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
)
var console = StandardConsole()
exit(tool.run(Array(CommandLine.arguments.dropFirst()), console: &console))
