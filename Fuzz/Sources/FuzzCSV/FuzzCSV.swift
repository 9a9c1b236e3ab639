import CSV
import FuzzSupport

// Input: the bytes of a CSV file. Reads it as the loader does, then runs every cell through the
// cell-value parsers (`CellValues.number`, `.integer`, `.date`) the readers use.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (table, diagnostics) = CSVReader().read(bytes: bytes, file: "data/fuzz.csv")
    if table == nil && diagnostics.isEmpty {
        FuzzSupport.fail("CSVReader returned neither a table nor a diagnostic", input: bytes)
    }
    for diagnostic in diagnostics {
        if let location = diagnostic.location, location.line < 1 || location.column < 1 {
            FuzzSupport.fail("diagnostic \(diagnostic.code) at line \(location.line) column \(location.column)", input: bytes)
        }
    }
    guard let table else { return 0 }
    for cell in table.header {
        _ = CellValues.number(cell.text)
    }
    for record in table.records {
        for cell in record.cells {
            _ = CellValues.number(cell.text)
            _ = CellValues.integer(cell.text)
            _ = CellValues.date(cell.text)
            _ = CellValues.number(cell.trimmed)
            _ = table.location(of: cell)
            _ = table.sourceLine(cell.line)
        }
    }
    // The cell parsers on the raw text too (short inputs only: they are meant for cells).
    if size <= 64 {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = CellValues.number(text)
        _ = CellValues.integer(text)
        _ = CellValues.date(text)
    }
    return 0
}
