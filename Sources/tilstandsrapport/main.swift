import Foundation
import ReportBuilding
import TilstandsrapportCLI

// A file-size limit (`ulimit -f`) must end in a message about the file, not a silent SIGXFSZ: ignored, the
// write fails with EFBIG instead.
signal(SIGXFSZ, SIG_IGN)

// Arguments and the current folder as the system gives them: bytes, which need not be UTF-8.
var arguments: [RawPath] = []
for index in 1..<Int(max(1, CommandLine.argc)) {
    guard let pointer = CommandLine.unsafeArgv[index] else { continue }
    arguments.append(RawPath(bytes: Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }))
}
// The built-in templates are compiled into the binary, so it works from any folder; the project's
// `målform` picks the set.
let tool = CommandLineTool(
    pipeline: ReportBuilder(),
    currentDirectoryPath: RawPath.currentDirectory ?? RawPath(".")
)
var console = StandardConsole()
var status = tool.run(raw: arguments, console: &console)
if let message = console.outputFailureMessage {
    // Output nobody can read is not «done»: say so where it can be read, and exit as for any output not written.
    console.writeError(message + "\n")
    if status == 0 { status = 3 }
}
exit(status)
