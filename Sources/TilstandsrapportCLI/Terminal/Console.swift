import Foundation

/// Where the command line prints: standard output and standard error.
public protocol Console {
    mutating func writeOutput(_ text: String)
    mutating func writeError(_ text: String)
    /// The width of the terminal in columns, for tables.
    var width: Int { get }
}

extension Console {
    public var width: Int { 80 }
}

/// The process's standard output and standard error.
public struct StandardConsole: Console {
    public let width: Int

    /// Measures the terminal: `COLUMNS` when set, else the terminal's own width, else 80 (not a terminal).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let columns = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), columns > 0 {
            width = columns
            return
        }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            width = Int(size.ws_col)
        } else {
            width = 80
        }
    }

    /// The `errno` of the first failed write to standard output (a full disk behind `> fil.txt`), if any.
    public private(set) var outputFailure: Int32?

    public mutating func writeOutput(_ text: String) {
        guard outputFailure == nil else { return }
        outputFailure = Self.write(text, to: STDOUT_FILENO)
    }

    public mutating func writeError(_ text: String) {
        _ = Self.write(text, to: STDERR_FILENO)
    }

    /// The message for a failed write to standard output, in Norwegian, or nil when every write went through.
    public var outputFailureMessage: String? {
        outputFailure.map { "tilstandsrapport: kunne ikke skrive til standard utdata: \(CLIMessages.reason($0))." }
    }

    /// Writes all of `text` (FileHandle would stop the program on a full disk); the `errno` on failure.
    private static func write(_ text: String, to descriptor: Int32) -> Int32? {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}

/// Keeps everything printed, in order, for tests.
public struct CapturedConsole: Console {
    /// Which stream a piece of text went to.
    public enum Stream: Sendable, Hashable {
        case output
        case error
    }

    public private(set) var pieces: [(stream: Stream, text: String)] = []
    public var width: Int

    public init(width: Int = 80) {
        self.width = width
    }

    public mutating func writeOutput(_ text: String) { pieces.append((.output, text)) }
    public mutating func writeError(_ text: String) { pieces.append((.error, text)) }

    /// Everything written to standard output.
    public var output: String { pieces.filter { $0.stream == .output }.map(\.text).joined() }
    /// Everything written to standard error.
    public var error: String { pieces.filter { $0.stream == .error }.map(\.text).joined() }
}
