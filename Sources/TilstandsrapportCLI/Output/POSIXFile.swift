import Foundation

/// A failed system call on a path, with the system's reason (`strerror`).
struct IOFailure: Error, Sendable {
    let path: String
    let reason: String

    init(path: String, errorNumber: Int32 = errno) {
        self.path = path
        self.reason = String(cString: strerror(errorNumber))
    }
}

/// What is at a path, without following a final symbolic link.
enum PathKind: Sendable, Equatable {
    case none
    case file
    case directory
    case symbolicLink
    case other
}

/// Thin wrappers over the POSIX calls the writers need: exclusive create, fsync, rename, lstat.
///
/// Foundation's `Data.write(options: .atomic)` neither syncs to disk nor refuses an existing file, so the
/// writers use these instead.
enum POSIXFile {
    /// The kind of entry at `path` (`lstat`: a symbolic link is reported as such).
    static func kind(of path: String) -> PathKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The kind of entry `path` leads to, following symbolic links (`stat`).
    static func resolvedKind(of path: String) -> PathKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .none }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Creates `path` (which must not exist), writes `bytes` and syncs them to disk.
    static func createFile(at path: String, bytes: [UInt8]) throws(IOFailure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw IOFailure(path: path) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let failure = IOFailure(path: path)
                close(descriptor)
                unlink(path)
                throw failure
            }
            offset += written
        }
        if fsync(descriptor) != 0 {
            let failure = IOFailure(path: path)
            close(descriptor)
            unlink(path)
            throw failure
        }
        if close(descriptor) != 0 {
            let failure = IOFailure(path: path)
            unlink(path)
            throw failure
        }
    }

    /// Renames `source` to `destination` atomically (replacing a file there).
    static func rename(_ source: String, to destination: String) throws(IOFailure) {
        if Foundation.rename(source, destination) != 0 { throw IOFailure(path: destination) }
    }

    /// Removes a file, ignoring failure (used to clean up temporary files).
    static func remove(_ path: String) {
        unlink(path)
    }

    /// Removes an empty directory, ignoring failure.
    static func removeDirectory(_ path: String) {
        rmdir(path)
    }

    /// Creates one directory (its parent must exist).
    static func makeDirectory(_ path: String) throws(IOFailure) {
        if mkdir(path, 0o755) != 0 { throw IOFailure(path: path) }
    }

    /// Syncs a directory so that renames in it survive a crash; failures are ignored (not all file systems allow it).
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The bytes of a regular file, or nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }

    /// `path` with symbolic links, `.` and `..` resolved; the part that does not exist yet is appended as given.
    static func canonicalPath(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                var result = String(cString: resolved)
                for component in rest.reversed() {
                    result = result == "/" ? "/" + component : result + "/" + component
                }
                return result
            }
            let url = URL(fileURLWithPath: existing)
            let parent = url.deletingLastPathComponent().path
            if parent == existing || existing == "/" { return path }
            rest.append(url.lastPathComponent)
            existing = parent
        }
    }

    /// Names in a directory, or nil when it cannot be listed.
    static func contents(ofDirectory path: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: path)
    }
}
