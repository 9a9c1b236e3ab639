import CSV
import FuzzSupport
import SourceText
import Spreadsheet
import WorkbookFixtures

// Input: byte 0 picks what the rest is (mod 4):
//   0: a whole .xlsx file → `TableFileReader.read` (ZIP, inflate, every part)
//   1: a worksheet part's `<sheetData>` content, 2: `xl/sharedStrings.xml`, 3: `xl/styles.xml`: each put into an
//      otherwise valid stored workbook (no CRC or deflate in the way) → `WorkbookReader.read` and the CSVTable adapter.
// Checks: a workbook or a diagnostic; every location is ≥ 1 and on a named sheet or at line 1; no cell beyond the limits.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let rest = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limits = SpreadsheetLimits(maximumTotalBytes: 4 << 20, maximumCellsPerSheet: 20_000, maximumStringBytes: 4096)
    let bytes: [UInt8]
    switch data[0] % 4 {
    case 0: bytes = rest
    case 1:
        var builder = WorkbookBuilder(sheets: [.init(name: "Svar", rows: String(decoding: rest, as: UTF8.self))],
                                      sharedStrings: ["<si><t>a</t></si>", "<si><r><t>b</t></r></si>"])
        builder.cellFormats = [0, 14, 22, 10, 164]
        builder.numberFormats = [164: "#,##0.0\" kr\";[Red]-0"]
        builder.deflate = false
        bytes = builder.bytes()
    case 2:
        var builder = WorkbookBuilder(sheets: [.init(name: "S", rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>")])
        builder.extraParts = [("xl/sharedStrings.xml", String(decoding: rest, as: UTF8.self))]
        builder.deflate = false
        bytes = builder.bytes()
    default:
        var builder = WorkbookBuilder(sheets: [.init(name: "S", rows: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45964.5</v></c><c s=\"2\"><v>-1234.5678</v></c></row>")])
        builder.extraParts = [("xl/styles.xml", String(decoding: rest, as: UTF8.self))]
        builder.deflate = false
        bytes = builder.bytes()
    }
    let (workbook, diagnostics) = WorkbookReader(limits: limits).read(bytes: bytes, file: "data/fuzz.xlsx")
    if workbook == nil && diagnostics.isEmpty { FuzzSupport.fail("neither a workbook nor a diagnostic", input: rest) }
    for diagnostic in diagnostics {
        guard let location = diagnostic.location else { continue }
        if location.line < 1 || location.column < 1 || location.column > 16_384 || location.line > 1_048_576 {
            FuzzSupport.fail("diagnostic \(diagnostic.code) at \(location)", input: rest)
        }
        _ = DiagnosticFormatter().format(diagnostic)
    }
    for sheet in workbook?.sheets ?? [] {
        if sheet.rows.reduce(0, { $0 + $1.cells.count }) > limits.maximumCellsPerSheet {
            FuzzSupport.fail("sheet \(sheet.name) has more cells than the limit", input: rest)
        }
        var adapterDiagnostics: [Diagnostic] = []
        if let table = CSVTable(worksheet: sheet, file: "data/fuzz.xlsx", limits: limits, diagnostics: &adapterDiagnostics) {
            for record in table.records { for cell in record.cells { _ = CellValues.number(cell.text); _ = CellValues.date(cell.text) } }
        }
    }
    if data[0] % 4 == 0 { _ = TableFileReader(workbook: WorkbookReader(limits: limits)).read(bytes: rest, file: "data/fuzz.xlsx") }
    return 0
}
