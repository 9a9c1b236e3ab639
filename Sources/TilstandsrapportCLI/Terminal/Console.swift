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

    public mutating func writeOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public mutating func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
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
