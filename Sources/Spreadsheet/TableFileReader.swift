import CSV
import SourceText

/// Reads a table from either kind of file a leader has: a CSV file, or an `.xlsx` workbook, as one
/// `CSVTable` the readers take alike.
///
/// The table of a workbook is the visible sheet named like the file (`medvirkning-tema` in
/// `medvirkning-tema.xlsx`; case, spaces, `-` and `_` aside), or else the first visible sheet with text (a Forms
/// download has one sheet, named by Forms). Several sheets with text and none named like the file is a warning.
public struct TableFileReader: Sendable {
    public var csv: CSVReader
    public var workbook: WorkbookReader

    /// Creates a reader with the CSV and workbook limits.
    public init(csv: CSVReader = CSVReader(), workbook: WorkbookReader = WorkbookReader()) {
        self.csv = csv
        self.workbook = workbook
    }

    /// True for a name ending in `.xlsx` (any case) or bytes that start a ZIP archive.
    public static func isWorkbook(bytes: [UInt8], file: String) -> Bool {
        file.lowercased().hasSuffix(".xlsx") || file.lowercased().hasSuffix(".xlsm") || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The workbook that may stand in for a CSV file: `data/medvirkning-tema.csv` → `data/medvirkning-tema.xlsx`.
    public static func workbookName(for csvFile: String) -> String {
        guard csvFile.lowercased().hasSuffix(".csv") else { return csvFile + ".xlsx" }
        return String(csvFile.dropLast(4)) + ".xlsx"
    }

    /// Reads `bytes` as a workbook or as CSV; `file` names it in diagnostics.
    public func read(bytes: [UInt8], file: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        guard Self.isWorkbook(bytes: bytes, file: file) else { return csv.read(bytes: bytes, file: file) }
        let read = readWorkbook(bytes: bytes, file: file)
        return (read.table, read.diagnostics)
    }

    /// Reads a workbook's table, and the workbook itself for a caller that must look at every cell of every sheet.
    public func readWorkbook(bytes: [UInt8], file: String) -> (table: CSVTable?, workbook: Workbook?, diagnostics: [Diagnostic]) {
        let (book, found) = workbook.read(bytes: bytes, file: file)
        var diagnostics = found
        guard let book else { return (nil, nil, diagnostics) }
        let candidates = book.sheets.filter { !$0.isHidden && $0.rows.contains { $0.cells.contains { !$0.text.trimmingSpaces().isEmpty } } }
        let stem = Self.key(Self.stem(of: file))
        let named = candidates.first { Self.key($0.name) == stem }
        guard let sheet = named ?? candidates.first else {
            diagnostics.append(SpreadsheetMessages.noTextSheet(file: file))
            return (nil, book, diagnostics)
        }
        if named == nil, candidates.count > 1 {
            diagnostics.append(SpreadsheetMessages.severalSheets(file: file, names: candidates.map(\.name), used: sheet.name, stem: Self.stem(of: file)))
        }
        let table = CSVTable(worksheet: sheet, file: file, limits: workbook.limits, diagnostics: &diagnostics)
        return (table, book, diagnostics)
    }

    /// `data/medvirkning-tema.xlsx` → `medvirkning-tema`.
    static func stem(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" && $0 != "\u{00A0}" })
    }
}
