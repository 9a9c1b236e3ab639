/// A 1-based position in a named source file, with the column counted in characters as an editor shows them.
///
/// Two refinements name a place the way a spreadsheet user sees it:
/// - `row`: the row a spreadsheet program shows for a CSV record (the header is row 1), kept only where it
///   differs from the physical `line` because a quoted cell spans lines: «rad 22 (linje 32)».
/// - `sheet`: the sheet of a workbook; `line` and `column` are then the cell's row and column number:
///   «ark Svar, celle D22».
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's name as the user knows it (relative to the project folder where possible).
    public var file: String
    /// 1-based line number (for a workbook cell: its row number).
    public var line: Int
    /// 1-based column, counted in characters (æ is one column; for a workbook cell: 1 is column A).
    public var column: Int
    /// The spreadsheet row of a CSV record, only where it differs from `line`.
    public private(set) var row: Int?
    /// The workbook sheet the cell is on, or nil for a text file.
    public private(set) var sheet: String?

    /// Creates a location in a text file.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Creates a location in a CSV file whose record is spreadsheet row `row`; the row is kept only when it differs from `line`.
    public init(file: String, line: Int, column: Int, row: Int) {
        self.init(file: file, line: line, column: column)
        self.row = row == line ? nil : row
    }

    /// The location of a cell of a workbook: `row` and `column` are 1-based (column 1 is A).
    public static func cell(file: String, sheet: String, row: Int, column: Int) -> SourceLocation {
        var location = SourceLocation(file: file, line: row, column: column)
        location.sheet = sheet
        return location
    }

    /// The cell reference (`D22`) of a workbook location, or nil for a text file.
    public var cellReference: String? {
        sheet == nil ? nil : Self.columnName(column) + String(line)
    }

    /// The letters of a 1-based spreadsheet column: 1 → A, 27 → AA, 16 384 → XFD.
    public static func columnName(_ column: Int) -> String {
        var number = max(1, column)
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `file:line:column`, the form editors and terminals recognise; `file: rad 22 (linje 32), kolonne 5`
    /// where the spreadsheet row differs, and `file: ark Svar, celle D22` for a workbook cell.
    public var description: String {
        if let sheet { return "\(file): ark \(sheet), celle \(Self.columnName(column))\(line)" }
        if let row { return "\(file): rad \(row) (linje \(line)), kolonne \(column)" }
        return "\(file):\(line):\(column)"
    }
}
