import CSV
import SourceText

/// Reads a table from either kind of file a leader has: a CSV file, or an `.xlsx` workbook (its first
/// visible sheet with text), as one `CSVTable` the readers take alike.
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
        let (book, found) = workbook.read(bytes: bytes, file: file)
        var diagnostics = found
        guard let book else { return (nil, diagnostics) }
        let candidates = book.sheets.filter { !$0.isHidden && $0.rows.contains { $0.cells.contains { !$0.text.trimmingSpaces().isEmpty } } }
        guard let sheet = candidates.first else {
            diagnostics.append(Diagnostic(code: "XLS022", message: "Arbeidsboken har ingen ark med tekst: den mangler overskriftsraden.",
                                          location: SourceLocation(file: file, line: 1, column: 1), expected: "en overskriftsrad med kolonnenavn"))
            return (nil, diagnostics)
        }
        if candidates.count > 1 {
            diagnostics.append(Diagnostic(severity: .warning, code: "XLS023", message: "Arbeidsboken har flere ark med innhold; bare det første er lest.",
                                          location: SourceLocation(file: file, line: 1, column: 1),
                                          found: candidates.map { "«\($0.name)»" }.joined(separator: ", "),
                                          expected: "tabellen på arket «\(sheet.name)»"))
        }
        let table = CSVTable(worksheet: sheet, file: file, limits: workbook.limits, diagnostics: &diagnostics)
        return (table, diagnostics)
    }
}
