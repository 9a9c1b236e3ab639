import SourceText

/// What a command found and did, as data; `CommandLineTool` turns it into text and an exit status.
struct CommandResult: Sendable {
    /// Lines for standard output.
    var output: [String] = []
    /// Problems in the project folder (from the pipeline, or a missing folder).
    var inputDiagnostics: [Diagnostic] = []
    /// Problems writing the output.
    var outputDiagnostics: [Diagnostic] = []
    /// Set for a command line that could not be parsed.
    var usageError: UsageError?
    /// True for commands that write files (`init`, `build`): a failure then ends by saying what was written.
    var writes = false
    /// Files written (as shown to the user), and files that should have been but were not.
    var written: [String] = []
    var notWritten: [String] = []

    var diagnostics: [Diagnostic] { inputDiagnostics + outputDiagnostics }
}
