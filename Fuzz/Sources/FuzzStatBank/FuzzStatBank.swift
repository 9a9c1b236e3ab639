import FuzzSupport
import SourceText
import StatBank
import WorkbookFixtures

// Input: byte 0 picks the reader (mod 3), the rest is a downloaded file:
//   0: JSON-stat → `JSONStatReader`   1: CSV → `StatBankTableReader.readCSV`
//   2: the rest as the rows of a worksheet (each line a row, `;` between cells) in a stored workbook → `readWorkbook`
// Also `StatBankReader.read` on the raw bytes. Checks: a dataset or a diagnostic; no more observations than the
// limit; every observation's region and variable come from the dataset's own categories when the file is JSON-stat.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let rest = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limit = 20_000
    let (dataset, diagnostics): (StatBankDataset?, [Diagnostic])
    switch data[0] % 3 {
    case 0: (dataset, diagnostics) = JSONStatReader(maximumObservations: limit).read(bytes: rest, file: "x.json")
    case 1: (dataset, diagnostics) = StatBankTableReader(maximumObservations: limit).readCSV(bytes: rest, file: "x.csv")
    default:
        var rows = ""
        for (number, line) in String(decoding: rest, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(200).enumerated() {
            rows += "<row r=\"\(number + 1)\">"
            for (column, cell) in line.split(separator: ";", omittingEmptySubsequences: false).prefix(50).enumerated() {
                rows += "<c r=\"\(WorkbookBuilder.columnName(column + 1))\(number + 1)\" t=\"inlineStr\"><is><t>\(WorkbookBuilder.escape(String(cell)))</t></is></c>"
            }
            rows += "</row>"
        }
        var builder = WorkbookBuilder(sheets: [.init(name: "Tabell", rows: rows)])
        builder.deflate = false
        (dataset, diagnostics) = StatBankTableReader(maximumObservations: limit).readWorkbook(bytes: builder.bytes(), file: "x.xlsx")
    }
    if dataset == nil && diagnostics.isEmpty { FuzzSupport.fail("neither a dataset nor a diagnostic", input: rest) }
    if let dataset {
        if dataset.observations.count > limit { FuzzSupport.fail("\(dataset.observations.count) observations over the limit", input: rest) }
        if data[0] % 3 == 0, let regions = dataset.dimensions.first(where: { $0.role == .region })?.categories {
            for observation in dataset.observations where !regions.contains(observation.region) {
                FuzzSupport.fail("observation region \(observation.region) is not a category", input: rest)
            }
        }
    }
    for diagnostic in diagnostics { _ = DiagnosticFormatter().format(diagnostic) }
    _ = StatBankReader(jsonStat: JSONStatReader(maximumObservations: limit), table: StatBankTableReader(maximumObservations: limit))
        .read(bytes: rest, file: "x")
    return 0
}
