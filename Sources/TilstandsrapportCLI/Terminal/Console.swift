import Foundation

/// Where the command line prints: standard output and standard error.
public protocol Console {
    mutating func writeOutput(_ text: String)
    mutating func writeError(_ text: String)
}

/// The process's standard output and standard error.
public struct StandardConsole: Console {
    public init() {}

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

    public init() {}

    public mutating func writeOutput(_ text: String) { pieces.append((.output, text)) }
    public mutating func writeError(_ text: String) { pieces.append((.error, text)) }

    /// Everything written to standard output.
    public var output: String { pieces.filter { $0.stream == .output }.map(\.text).joined() }
    /// Everything written to standard error.
    public var error: String { pieces.filter { $0.stream == .error }.map(\.text).joined() }
}
