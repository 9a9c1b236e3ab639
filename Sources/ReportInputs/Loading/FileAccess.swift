import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The project's files as the operating system sees them. Everything is looked at before it is opened,
/// and opened without blocking: a named pipe, socket or device where a file belongs is refused at once,
/// never read (reading a FIFO would wait forever for a writer).
enum FileAccess {
    /// What a path holds, following links; a link to nothing is `brokenLink`.
    enum Kind: Equatable {
        case missing, regular(size: Int), directory, fifo, socket, device, other
        case brokenLink(target: String)
        case failed(errno: Int32)
    }

    /// The outcome of reading a file.
    enum Read: Equatable {
        case bytes([UInt8])
        case tooLarge
        case kind(Kind)
    }

    /// What is at `path`.
    static func kind(of path: String) -> Kind {
        var info = stat()
        if lstat(path, &info) != 0 {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .failed(errno: errno)
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            if stat(path, &info) != 0 {
                if errno == ENOENT || errno == ENOTDIR { return .brokenLink(target: linkTarget(path) ?? "") }
                return .failed(errno: errno)
            }
        }
        return kind(info)
    }

    private static func kind(_ info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        case S_IFCHR, S_IFBLK: return .device
        default: return .other
        }
    }

    /// True when `path` itself is a symbolic link (whatever it points at).
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Where a symbolic link points, as written in the link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let count = readlink(path, &buffer, 4096)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The path with every link resolved, or nil when it cannot be resolved.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Reads at most `limit` bytes of a regular file; anything else is returned as what it is.
    static func read(_ path: String, limit: Int) -> Read {
        let found = kind(of: path)
        guard case .regular(let size) = found else { return .kind(found) }
        if size > limit { return .tooLarge }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return .kind(errno == ENOENT ? .missing : .failed(errno: errno)) }
        defer { close(descriptor) }
        // The file may have been swapped for something else between the look and the open.
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .kind(.failed(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .kind(kind(info)) }
        var bytes = [UInt8](repeating: 0, count: min(limit, Int(info.st_size)) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if filled > limit { return .tooLarge }
                bytes.append(contentsOf: repeatElement(0, count: min(limit + 1 - filled, max(4096, filled))))
            }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .kind(.failed(errno: errno))
            }
            if count == 0 { break }
            filled += count
            if filled > limit { return .tooLarge }
        }
        bytes.removeSubrange(filled...)
        return .bytes(bytes)
    }

    /// The names in a folder (without `.` and `..`), or the error number.
    static func contents(of path: String) -> Result<[String], FolderError> {
        guard let folder = opendir(path) else { return .failure(FolderError(errno: errno)) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    struct FolderError: Error, Equatable {
        let errno: Int32
    }
}
