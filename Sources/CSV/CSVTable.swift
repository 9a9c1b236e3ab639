import SourceText

/// One cell as read, with where it starts in the file.
public struct CSVCell: Sendable, Hashable {
    /// The cell's text with quotes removed and `""` unescaped; surrounding spaces kept.
    public var text: String
    public var line: Int
    public var column: Int

    /// Creates a cell.
    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// The text without surrounding spaces, tabs or non-breaking spaces.
    public var trimmed: String { text.trimmingSpaces() }
}

/// One record (row) after the header.
public struct CSVRecord: Sendable, Hashable {
    public var cells: [CSVCell]
    /// The line the record starts on.
    public var line: Int
}

/// The separators Norwegian Excel and other tools write.
public enum CSVSeparator: Character, Sendable, CaseIterable {
    case semicolon = ";"
    case comma = ","
    case tab = "\t"

    var byte: UInt8 { UInt8(ascii: rawValue.unicodeScalars.first ?? ";") }
}

/// A CSV file read into a header and records; every cell keeps its position for diagnostics.
public struct CSVTable: Sendable {
    /// The file name used in diagnostics.
    public var file: String
    public var encoding: TextEncoding
    public var separator: CSVSeparator
    public var header: [CSVCell]
    public var records: [CSVRecord]
    /// The file's lines, for the excerpt under a diagnostic.
    public var lines: [Substring]

    /// The source line `line` (1-based), or nil.
    public func sourceLine(_ line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }

    /// The location of a cell.
    public func location(of cell: CSVCell) -> SourceLocation {
        SourceLocation(file: file, line: cell.line, column: cell.column)
    }
}

extension String {
    /// Trims ASCII spaces, tabs, non-breaking and narrow no-break spaces (Excel leaves them in cells).
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
