import SourceText

/// One cell as read, with where it starts in the file.
public struct CSVCell: Sendable, Hashable {
    /// The cell's text with quotes removed and `""` unescaped; surrounding spaces kept.
    public var text: String
    /// The line the cell starts on (for a table read from a workbook: the cell's row number).
    public var line: Int
    /// The column in characters (for a table read from a workbook: the cell's column number, 1 = A).
    public var column: Int
    /// The row a spreadsheet program shows for the cell's record (the file's first record is row 1).
    public var row: Int

    /// Creates a cell; `row` defaults to `line` (no quoted cell spans lines before it).
    public init(text: String, line: Int, column: Int, row: Int? = nil) {
        self.text = text
        self.line = line
        self.column = column
        self.row = row ?? line
    }

    /// The text without surrounding spaces, tabs or non-breaking spaces.
    public var trimmed: String { text.trimmingSpaces() }
}

/// One record (row) after the header.
public struct CSVRecord: Sendable, Hashable {
    public var cells: [CSVCell]
    /// The line the record starts on.
    public var line: Int
    /// The row a spreadsheet program shows: records counted from the file's first (the header is row 1).
    public var row: Int

    /// Creates a record; `row` defaults to `line`.
    public init(cells: [CSVCell], line: Int, row: Int? = nil) {
        self.cells = cells
        self.line = line
        self.row = row ?? line
    }
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
    /// The file's lines, for the excerpt under a diagnostic (empty for a table read from a workbook).
    public var lines: [Substring]
    /// The workbook sheet the table was read from, or nil for a CSV file.
    public var sheet: String?

    /// Creates a table.
    public init(file: String, encoding: TextEncoding, separator: CSVSeparator, header: [CSVCell], records: [CSVRecord],
                lines: [Substring], sheet: String? = nil) {
        self.file = file
        self.encoding = encoding
        self.separator = separator
        self.header = header
        self.records = records
        self.lines = lines
        self.sheet = sheet
    }

    /// The source line `line` (1-based), or nil.
    public func sourceLine(_ line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }

    /// The location of a cell as the user finds it: `file:line:column`, the spreadsheet row where it
    /// differs from the line, or sheet and cell for a workbook.
    public func location(of cell: CSVCell) -> SourceLocation {
        if let sheet { return .cell(file: file, sheet: sheet, row: cell.line, column: cell.column) }
        return SourceLocation(file: file, line: cell.line, column: cell.column, row: cell.row)
    }

    /// The location of a record's first column, or of `cell` when there is one.
    public func location(of record: CSVRecord, cell: CSVCell?) -> SourceLocation {
        if let cell { return location(of: cell) }
        if let sheet { return .cell(file: file, sheet: sheet, row: record.line, column: 1) }
        return SourceLocation(file: file, line: record.line, column: 1, row: record.row)
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
