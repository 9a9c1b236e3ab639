import Foundation
import SourceText

/// The output folder, open and locked for one build's write phase.
///
/// The lock is `flock` on `.tilstandsrapport-sperre`, an empty file that is never removed (removing it would let
/// a third build lock a new file while the second still holds the old one). The kernel releases the lock
/// when the process ends, however it ends, so a killed build never leaves the folder locked.
struct OutputFolder {
    /// The folder, open and locked, or why not.
    enum Opening {
        case success(OutputFolder)
        case failure(Diagnostic)
    }

    /// The folder, for the `…at` calls.
    let descriptor: Int32
    let lock: Int32
    /// False on a file system without locks (some network shares): the build goes on, and leaves alone
    /// temporary files of other processes that are still running.
    let isLocked: Bool
    /// True when the lock file is empty and has no other name, so the manifest may list it (as a line that
    /// always checks); someone else's content, or a hard link to a file of theirs, is left out of it.
    var lockIsEmpty = false

    /// Opens and locks the folder at `path`; a refusal in Norwegian when another build holds the lock or
    /// the lock file cannot be made.
    /// How long a build waits for another build's write to finish before it gives up. Writing takes a
    /// fraction of a second, so two builds started together both get written, one after the other; a build
    /// that holds the folder longer (hung on a network share) makes the next one give up with a message.
    static let lockWait: Duration = .seconds(2)

    static func open(_ path: RawPath, shownAs: String) -> Opening {
        let descriptor: Int32
        do throws(SystemCallFailure) {
            descriptor = try POSIXFile.openDirectory(path)
        } catch {
            return .failure(Diagnostic(code: "CLI030", message: CLIMessages.folderFailed(shownAs, reason: CLIMessages.reason(error.errorNumber))))
        }
        let lockShown = OutputWriter.join(shownAs, OutputManifest.lockName)
        var lock = openat(descriptor, OutputManifest.lockName, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        if lock < 0, [EACCES, EPERM, EROFS].contains(errno) {
            // A folder we may not write to: lock what is there read-only, or go on unlocked; the first write then
            // fails and names the report file, which is what the user needs to hear about.
            lock = openat(descriptor, OutputManifest.lockName, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            if lock < 0, errno != ELOOP { return .success(OutputFolder(descriptor: descriptor, lock: -1, isLocked: false)) }
        }
        guard lock >= 0 else {
            let number = errno
            Foundation.close(descriptor)
            if number == ELOOP || number == EISDIR || number == ENXIO || number == EWOULDBLOCK {
                return .failure(Diagnostic(code: "CLI028", message: CLIMessages.lockNotAFile(lockShown)))
            }
            return .failure(Diagnostic(code: "CLI030", message: CLIMessages.writeFailed(lockShown, reason: CLIMessages.reason(number))))
        }
        var info = stat()
        if fstat(lock, &info) != 0 || info.st_mode & S_IFMT != S_IFREG {
            Foundation.close(lock)
            Foundation.close(descriptor)
            return .failure(Diagnostic(code: "CLI028", message: CLIMessages.lockNotAFile(lockShown)))
        }
        let empty = info.st_size == 0 && info.st_nlink == 1
        let started = ContinuousClock.now
        while true {
            // The folder itself is locked too, so a build still holds it when someone removes the lock file while
            // it writes (and the next build locks a new file); on a network share that cannot lock folders, the file does.
            let onFolder = tryLock(descriptor)
            let onFile = onFolder == .busy ? .busy : tryLock(lock)
            if onFolder != .busy, onFile != .busy {
                let locked = onFolder == .locked || onFile == .locked
                return .success(OutputFolder(descriptor: descriptor, lock: lock, isLocked: locked, lockIsEmpty: empty))
            }
            if onFolder == .locked { flock(descriptor, LOCK_UN) }
            if ContinuousClock.now - started < lockWait {
                usleep(20_000)
                continue
            }
            if lock >= 0 { Foundation.close(lock) }
            Foundation.close(descriptor)
            return .failure(Diagnostic(code: "CLI027", message: CLIMessages.outputFolderBusy(shownAs, waited: lockWait)))
        }
    }

    enum LockAttempt { case locked, busy, unsupported }

    /// `flock` without waiting. ENOLCK, EOPNOTSUPP, EINVAL, EBADF: no locks on this file system, which is how
    /// every version before wrote.
    static func tryLock(_ descriptor: Int32) -> LockAttempt {
        guard descriptor >= 0 else { return .unsupported }
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return .locked }
            if errno == EINTR { continue }
            return errno == EWOULDBLOCK || errno == EAGAIN ? .busy : .unsupported
        }
    }

    /// Releases the lock and closes the folder.
    func close() {
        if lock >= 0 { Foundation.close(lock) }
        Foundation.close(descriptor)
    }
}

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
