/// Maps byte offsets in a UTF-8 text to 1-based line and column numbers.
///
/// Parsers keep byte offsets while they work and ask the index only when they report, so the cost of
/// counting characters is paid for diagnostics, not for every token.
public struct LineIndex: Sendable {
    /// The UTF-8 bytes of the text.
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// Indexes `text`. `\r\n`, `\n` and a lone `\r` all end a line.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Indexes UTF-8 bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    /// The 1-based line that contains `offset`.
    public func line(ofOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The 1-based line and character column of `offset` (clamped to the text).
    public func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = line(ofOffset: clamped)
        let start = lineStarts[line - 1]
        let prefix = String(decoding: bytes[start..<clamped], as: UTF8.self)
        return (line, prefix.count + 1)
    }

    /// The location of `offset` in `file`.
    public func location(ofOffset offset: Int, file: String) -> SourceLocation {
        let (line, column) = position(ofOffset: offset)
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The text of a 1-based line, without its line ending; empty past the end.
    public func text(ofLine line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
