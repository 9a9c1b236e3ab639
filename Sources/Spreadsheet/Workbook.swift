import SourceText

/// A workbook read from an `.xlsx` file: its worksheets in tab order.
public struct Workbook: Sendable {
    /// The file name used in locations.
    public var file: String
    /// Worksheets in the order of their tabs (chart sheets, which hold no cells, are left out).
    public var sheets: [Worksheet]
    /// True when serial dates count from 1904 (older Mac workbooks), false for the 1900 system.
    public var uses1904Dates: Bool

    /// Creates a workbook.
    public init(file: String, sheets: [Worksheet], uses1904Dates: Bool) {
        self.file = file
        self.sheets = sheets
        self.uses1904Dates = uses1904Dates
    }

    /// The sheet named `name` (ignoring case, as Excel does).
    public func sheet(named name: String) -> Worksheet? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}

/// One worksheet: the rows that hold at least one cell, each with its cells in column order.
public struct Worksheet: Sendable {
    public var name: String
    /// True when the sheet is hidden in Excel (`state="hidden"` or `"veryHidden"`).
    public var isHidden: Bool
    /// Rows in ascending order; a row appears only when it has a cell with a value.
    public var rows: [WorksheetRow]

    /// Creates a worksheet.
    public init(name: String, isHidden: Bool = false, rows: [WorksheetRow]) {
        self.name = name
        self.isHidden = isHidden
        self.rows = rows
    }

    /// The cell at a 1-based row and column, if it has a value.
    public func cell(row: Int, column: Int) -> WorksheetCell? {
        guard let found = rows.firstIndex(where: { $0.number == row }) else { return nil }
        return rows[found].cells.first { $0.column == column }
    }

    /// The location of a cell on this sheet, «ark Svar, celle D22».
    public func location(file: String, row: Int, column: Int) -> SourceLocation {
        .cell(file: file, sheet: name, row: row, column: column)
    }
}

/// A row number and its cells.
public struct WorksheetRow: Sendable, Hashable {
    /// 1-based row number as Excel shows it.
    public var number: Int
    /// Cells in ascending column order.
    public var cells: [WorksheetCell]

    /// Creates a row.
    public init(number: Int, cells: [WorksheetCell]) {
        self.number = number
        self.cells = cells
    }
}

/// One cell: its column, its typed value and its text as Norwegian Excel shows it.
public struct WorksheetCell: Sendable, Hashable {
    /// 1-based column (1 is A).
    public var column: Int
    public var value: CellValue
    /// The text a user sees: `12,5`, `03.11.2025 11:17`, `SANN`, `#I/T` …
    public var text: String

    /// Creates a cell.
    public init(column: Int, value: CellValue, text: String) {
        self.column = column
        self.value = value
        self.text = text
    }
}

/// The value stored in a cell.
public enum CellValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    /// A serial number whose number format is a date or time.
    case date(SpreadsheetDate)
    case boolean(Bool)
    /// An error value as stored (`#N/A`, `#DIV/0!` …).
    case error(String)
}

/// A date and time of day converted from a serial number (or an ISO 8601 `t="d"` cell).
public struct SpreadsheetDate: Sendable, Hashable {
    public var date: CalendarDate
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// The number as stored, days since the epoch of the workbook's date system.
    public var serial: Double

    /// Creates a date.
    public init(date: CalendarDate, hour: Int = 0, minute: Int = 0, second: Int = 0, serial: Double) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.serial = serial
    }
}
