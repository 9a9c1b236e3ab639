import Foundation

/// A failed system call: the `errno` it set. The caller knows which of the user's files it was about.
struct SystemCallFailure: Error, Sendable, Equatable {
    let errorNumber: Int32

    init(_ errorNumber: Int32 = errno) {
        self.errorNumber = errorNumber
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

/// Thin wrappers over the POSIX calls the writers need, on byte paths (`RawPath`) or on names inside an
/// open folder (`…at` calls), so a path is never turned into text and back on its way to the system.
///
/// Foundation's `Data.write(options: .atomic)` neither syncs to disk nor refuses an existing file, and its
/// paths are `String`s, so the writers use these instead.
enum POSIXFile {
    /// The kind of entry at `path` (`lstat`: a symbolic link is reported as such).
    static func kind(of path: RawPath) -> PathKind {
        var info = stat()
        guard !path.containsNUL, path.withCString({ lstat($0, &info) }) == 0 else { return .none }
        return kind(info)
    }

    /// The kind of entry `path` leads to, following symbolic links (`stat`).
    static func resolvedKind(of path: RawPath) -> PathKind {
        var info = stat()
        guard !path.containsNUL, path.withCString({ stat($0, &info) }) == 0 else { return .none }
        return kind(info)
    }

    /// What `path` leads to (following links), or why it cannot be told (`errno` of `stat`).
    static func resolvedStatus(of path: RawPath) -> Result<PathKind, SystemCallFailure> {
        var info = stat()
        if path.containsNUL { return .failure(SystemCallFailure(ENOENT)) }
        guard path.withCString({ stat($0, &info) }) == 0 else { return .failure(SystemCallFailure()) }
        return .success(kind(info))
    }

    /// The kind of the entry `name` in the open folder `directory`, not following a link.
    static func kind(of name: String, in directory: Int32) -> PathKind {
        var info = stat()
        guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .none }
        return kind(info)
    }

    private static func kind(_ info: stat) -> PathKind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Creates one folder (its parent must exist).
    static func makeDirectory(_ path: RawPath) throws(SystemCallFailure) {
        if path.containsNUL { throw SystemCallFailure(ENOENT) }
        if path.withCString({ mkdir($0, 0o755) }) != 0 { throw SystemCallFailure() }
    }

    /// Opens a folder for the `…at` calls (following links to it).
    static func openDirectory(_ path: RawPath) throws(SystemCallFailure) -> Int32 {
        if path.containsNUL { throw SystemCallFailure(ENOENT) }
        let descriptor = path.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw SystemCallFailure() }
        return descriptor
    }

    /// Creates `name` in `directory` (it must not exist, and is never reached through a link), writes `bytes`
    /// and syncs them to disk. On failure nothing is left under `name`.
    static func createFile(_ name: String, in directory: Int32, bytes: [UInt8]) throws(SystemCallFailure) {
        try create(bytes: bytes, open: { openat(directory, name, createFlags, 0o644) }, remove: { unlinkat(directory, name, 0) })
    }

    /// Creates the file at `path` (which must not exist) with `bytes`, synced; nothing is left on failure.
    static func createFile(at path: RawPath, bytes: [UInt8]) throws(SystemCallFailure) {
        if path.containsNUL { throw SystemCallFailure(ENOENT) }
        try create(bytes: bytes, open: { path.withCString { Foundation.open($0, createFlags, 0o644) } },
                   remove: { path.withCString { _ = unlink($0) } })
    }

    private static let createFlags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC

    private static func create(bytes: [UInt8], open: () -> Int32, remove: () -> Void) throws(SystemCallFailure) {
        let descriptor = open()
        guard descriptor >= 0 else { throw SystemCallFailure() }
        do throws(SystemCallFailure) {
            try write(bytes, to: descriptor)
            if fsync(descriptor) != 0 { throw SystemCallFailure() }
        } catch {
            close(descriptor)
            remove()
            throw error
        }
        if close(descriptor) != 0 {
            let failure = SystemCallFailure()
            remove()
            throw failure
        }
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) throws(SystemCallFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemCallFailure()
            }
            offset += written
        }
    }

    /// The bytes of the regular file `name` in `directory`, not following a link and never blocking on a FIFO.
    static func read(_ name: String, in directory: Int32) throws(SystemCallFailure) -> [UInt8] {
        let descriptor = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemCallFailure() }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SystemCallFailure() }
        guard info.st_mode & S_IFMT == S_IFREG else { throw SystemCallFailure(EISDIR) }
        var result: [UInt8] = []
        result.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallFailure()
            }
            if count == 0 { return result }
            result += buffer[0..<count]
        }
    }

    /// Renames `source` to `destination` in `directory` atomically (replacing a file there).
    static func rename(_ source: String, to destination: String, in directory: Int32) throws(SystemCallFailure) {
        if renameat(directory, source, directory, destination) != 0 { throw SystemCallFailure() }
    }

    /// Gives the file `source` in `directory` a second name (a hard link), without following a link.
    static func link(_ source: String, to destination: String, in directory: Int32) throws(SystemCallFailure) {
        if linkat(directory, source, directory, destination, 0) != 0 { throw SystemCallFailure() }
    }

    /// Removes the file `name` in `directory`, ignoring failure (used to clean up temporary files).
    static func remove(_ name: String, in directory: Int32) {
        unlinkat(directory, name, 0)
    }

    /// Removes a file by path, ignoring failure.
    static func remove(_ path: RawPath) {
        guard !path.containsNUL else { return }
        path.withCString { _ = unlink($0) }
    }

    /// Removes an empty folder, ignoring failure.
    static func removeDirectory(_ path: RawPath) {
        guard !path.containsNUL else { return }
        path.withCString { _ = rmdir($0) }
    }

    /// Syncs an open folder so that renames in it survive a crash; failures are ignored (not all file systems allow it).
    static func syncDirectory(_ descriptor: Int32) {
        fsync(descriptor)
    }

    /// Syncs a folder by path, ignoring failure.
    static func syncDirectory(_ path: RawPath) {
        guard let descriptor = try? openDirectory(path) else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The names in an open folder (without `.` and `..`), as bytes, or nil when it cannot be listed.
    static func names(in directory: Int32) -> [[UInt8]]? {
        let copy = dup(directory)
        guard copy >= 0 else { return nil }
        guard let stream = fdopendir(copy) else {
            close(copy)
            return nil
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in Array(buffer.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names
    }

    /// The names in a folder, as bytes, or nil when it cannot be listed.
    static func names(in path: RawPath) -> [[UInt8]]? {
        guard let descriptor = try? openDirectory(path) else { return nil }
        defer { close(descriptor) }
        return names(in: descriptor)
    }

    /// `path` with symbolic links, `.` and `..` resolved; the part that does not exist yet is appended as given.
    static func canonicalPath(_ path: RawPath) -> RawPath {
        var existing = path.normalized
        var rest: [[UInt8]] = []
        while true {
            if !existing.containsNUL, let resolved = existing.withCString({ realpath($0, nil) }) {
                defer { free(resolved) }
                var result = RawPath(bytes: Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map { UInt8(bitPattern: $0) })
                for component in rest.reversed() { result = result.appending(RawPath(bytes: component)) }
                return result
            }
            guard let parent = existing.parent, let last = existing.components.last, parent != existing else { return path.normalized }
            rest.append(last)
            existing = parent
        }
    }

    /// The current folder of the process as bytes, or nil when it is gone.
    static func currentDirectory() -> RawPath? {
        guard let pointer = getcwd(nil, 0) else { return nil }
        defer { free(pointer) }
        return RawPath(bytes: Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) })
    }
}

extension RawPath {
    /// The current folder of the process as bytes (`getcwd`), or nil when it has been removed.
    public static var currentDirectory: RawPath? { POSIXFile.currentDirectory() }
}
