/// The program's exit statuses. `CommandLineTool` decides the status of a run here and nowhere else.
public enum ExitStatus: Int32, Sendable, Hashable {
    /// Done; warnings may have been printed.
    case success = 0
    /// The report project has errors (or cannot be found); nothing was written.
    case inputErrors = 1
    /// The command line itself is wrong (unknown command or option, missing folder or value).
    case usageError = 2
    /// Output could not or would not be (fully) written: a folder that is not empty for `init`, an output file
    /// changed by the user, an output folder among the inputs, another build writing there, a full disk. The
    /// messages say which files, if any, were written.
    case outputFailure = 3

    /// The status of a finished command: usage errors first, then input errors, then output problems.
    init(_ result: CommandResult) {
        if result.usageError != nil {
            self = .usageError
        } else if result.inputDiagnostics.containsErrors {
            self = .inputErrors
        } else if result.outputDiagnostics.containsErrors {
            self = .outputFailure
        } else {
            self = .success
        }
    }
}
