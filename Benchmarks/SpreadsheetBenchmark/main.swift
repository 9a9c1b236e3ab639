// Reading a Microsoft Forms download of 5 000 responses as .xlsx: inflate, XML, cells, the CSVTable.
// Run: swift run -c release SpreadsheetBenchmark [responses]
import Foundation
import Spreadsheet
import WorkbookFixtures
import ZIPArchive

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ runs: Int, _ body: () -> Void) -> Double {
    body() // warm-up
    var times = (0..<runs).map { _ in seconds(body) }
    times.sort()
    return times[times.count / 2]
}

let responses = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 5000 : 5000
let bytes = WorkbookBuilder.formsExport(responses: responses).bytes()
let archive = try ZIPArchive(bytes: bytes)
let sheetEntry = archive.entry(named: "xl/worksheets/sheet1.xml")!
print("Forms export, \(responses) responses: \(bytes.count / 1024) KB .xlsx, sheet part \(sheetEntry.uncompressedSize / 1024) KB")

var cells = 0
let inflate = median(9) { cells = (try? archive.extract(sheetEntry).count) ?? 0 }
print(String(format: "  inflate the sheet part      %7.1f ms  (%.0f MB/s)", inflate * 1000, Double(cells) / inflate / 1e6))
var rows = 0
let workbook = median(9) { rows = WorkbookReader().read(bytes: bytes, file: "x.xlsx").workbook?.sheets.first?.rows.count ?? 0 }
print(String(format: "  WorkbookReader.read         %7.1f ms  (%d rows)", workbook * 1000, rows))
var records = 0
let table = median(9) { records = TableFileReader().read(bytes: bytes, file: "x.xlsx").table?.records.count ?? 0 }
print(String(format: "  TableFileReader.read        %7.1f ms  (%d records)", table * 1000, records))
