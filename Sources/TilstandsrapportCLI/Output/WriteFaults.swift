import Foundation

/// A failure to simulate at one step of a write, for tests: which step, and the `errno` it fails with.
struct WriteFaults: Sendable {
    enum Step: Sendable, Hashable {
        /// Reading the manifest or an existing output, by name.
        case read(String)
        /// Creating the temporary file for this output name.
        case temporaryFile(String)
        /// Replacing the manifest: first (listing the files as being replaced) or last.
        case manifest(final: Bool)
        /// Keeping the old version of this output as a hard link, for undoing.
        case backup(String)
        /// Renaming this output's temporary file into place.
        case rename(String)
        /// Putting this output's old version back.
        case undo(String)
    }

    var failures: [Step: Int32] = [:]

    /// Throws the simulated failure for `step`, if any.
    func check(_ step: Step) throws(SystemCallFailure) {
        if let number = failures[step] { throw SystemCallFailure(number) }
    }
}
