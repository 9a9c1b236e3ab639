import Foundation
import SourceText

/// The output folder, open and locked for one build's write phase.
///
/// Two locks, each `flock`: on the folder itself, and on `.tilstandsrapport-sperre`, an empty file kept in it. Either
/// is enough: the folder's lock holds when someone removes the file, the file's lock holds on a network share that
/// cannot lock folders. The kernel releases both when the process ends, however it ends, so a killed build never
/// leaves the folder locked.
struct OutputFolder {
    /// The folder, open and locked, or why not.
    enum Opening {
        case success(OutputFolder)
        case failure(Diagnostic)
    }

    /// The folder, for the `…at` calls.
    let descriptor: Int32
    /// The lock file, or -1 in a folder where it could neither be made nor opened (nothing can be written there).
    let lock: Int32
    /// False on a file system without locks (some network shares): the build goes on, and leaves alone
    /// temporary files of other processes that are still running.
    let isLocked: Bool
    /// True when the lock file is empty and has no other name, so the manifest may list it (as a line that
    /// always checks); someone else's content, or a hard link to a file of theirs, is left out of it.
    var lockIsEmpty = false
    /// True when this build made the lock file and holds the folder's own lock (so no other build waits on the file).
    var mayRemoveLockFile = false

    /// How long a build waits for another build's write to finish before it gives up. Writing takes a
    /// fraction of a second, so two builds started together both get written, one after the other; a build
    /// that holds the folder longer (hung on a network share) makes the next one give up with a message.
    static let lockWait: Duration = .seconds(2)

    /// What the folder is locked for: a build's output folder, or a project folder while `godkjenn` adds to its
    /// approvals file. Only the messages and the wait differ.
    enum Purpose {
        case output
        /// `godkjenn` reads the whole project under the lock (a fraction of a second, more on a slow share), so
        /// it waits longer than a build's write.
        case approvals

        var wait: Duration { self == .output ? OutputFolder.lockWait : .seconds(15) }

        func busy(_ shownAs: String, waited: Duration) -> Diagnostic {
            self == .output ? Diagnostic(code: "CLI027", message: CLIMessages.outputFolderBusy(shownAs, waited: waited))
                : Diagnostic(code: "CLI061", message: CLIMessages.approvalsBusy(shownAs, waited: waited))
        }

        func lockNotAFile(_ lockShown: String) -> Diagnostic {
            self == .output ? Diagnostic(code: "CLI028", message: CLIMessages.lockNotAFile(lockShown))
                : Diagnostic(code: "CLI063", message: CLIMessages.approvalsLockNotAFile(lockShown))
        }

        func failed(_ shownAs: String, reason: String) -> Diagnostic {
            self == .output ? Diagnostic(code: "CLI030", message: CLIMessages.folderFailed(shownAs, reason: reason))
                : Diagnostic(code: "CLI060", message: CLIMessages.approvalsFolderFailed(shownAs, reason: reason))
        }
    }

    /// Opens and locks the folder at `path`; a refusal in Norwegian when another build holds it too long or
    /// the lock file is not a file.
    static func open(_ path: RawPath, shownAs: String, purpose: Purpose = .output) -> Opening {
        let descriptor: Int32
        do throws(SystemCallFailure) {
            descriptor = try POSIXFile.openDirectory(path)
        } catch {
            return .failure(purpose.failed(shownAs, reason: CLIMessages.reason(error.errorNumber)))
        }
        let lockShown = OutputWriter.join(shownAs, OutputManifest.lockName)
        let (lock, created) = openLockFile(in: descriptor)
        guard lock != -2 else {
            let number = errno
            Foundation.close(descriptor)
            if number == ELOOP || number == EISDIR || number == ENXIO || number == EWOULDBLOCK {
                return .failure(purpose.lockNotAFile(lockShown))
            }
            return .failure(purpose == .output ? Diagnostic(code: "CLI030", message: CLIMessages.writeFailed(lockShown, reason: CLIMessages.reason(number)))
                : purpose.failed(shownAs, reason: CLIMessages.reason(number)))
        }
        var info = stat()
        if lock >= 0, fstat(lock, &info) != 0 || info.st_mode & S_IFMT != S_IFREG {
            Foundation.close(lock)
            Foundation.close(descriptor)
            return .failure(purpose.lockNotAFile(lockShown))
        }
        let empty = lock >= 0 && info.st_size == 0 && info.st_nlink == 1
        let started = ContinuousClock.now
        while true {
            let onFolder = tryLock(descriptor)
            let onFile = onFolder == .busy ? .busy : tryLock(lock)
            if onFolder != .busy, onFile != .busy {
                return .success(OutputFolder(descriptor: descriptor, lock: lock, isLocked: onFolder == .locked || onFile == .locked,
                                             lockIsEmpty: empty, mayRemoveLockFile: created && onFolder == .locked))
            }
            if onFolder == .locked { flock(descriptor, LOCK_UN) }
            if ContinuousClock.now - started < purpose.wait {
                usleep(20_000)
                continue
            }
            if lock >= 0 { Foundation.close(lock) }
            Foundation.close(descriptor)
            return .failure(purpose.busy(shownAs, waited: purpose.wait))
        }
    }

    /// The lock file and whether this call made it; -1 in a folder we may not write to where there is none (go on
    /// unlocked: the first write fails and names the report file, which is what the user needs to hear about);
    /// -2 on any other failure (`errno` says why).
    private static func openLockFile(in directory: Int32) -> (Int32, Bool) {
        let flags = O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
        let made = openat(directory, OutputManifest.lockName, O_RDWR | O_CREAT | O_EXCL | flags, 0o644)
        if made >= 0 { return (made, true) }
        if errno == EEXIST {
            let existing = openat(directory, OutputManifest.lockName, O_RDWR | flags)
            if existing >= 0 { return (existing, false) }
        }
        guard [EACCES, EPERM, EROFS].contains(errno) else { return (-2, false) }
        let readOnly = openat(directory, OutputManifest.lockName, O_RDONLY | flags)
        if readOnly >= 0 { return (readOnly, false) }
        return errno == ELOOP ? (-2, false) : (-1, false)
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

    /// Removes the lock file again when this build made it and wrote nothing (a refused build leaves nothing
    /// behind). Only under the folder's own lock: any other build waits on the folder, never on this file alone.
    func removeLockFileIfUnused() {
        if mayRemoveLockFile { unlinkat(descriptor, OutputManifest.lockName, 0) }
    }

    /// Releases the locks and closes the folder.
    func close() {
        if lock >= 0 { Foundation.close(lock) }
        Foundation.close(descriptor)
    }
}
