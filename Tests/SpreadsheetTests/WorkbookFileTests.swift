import CSV
import Foundation
import SourceText
import Spreadsheet
import Testing

/// Files made by other programs:
/// - `forms-export.xlsx`: a Microsoft Forms results download written part by part as Excel writes it
///   (`Fixtures/make-forms-fixture.py` says how; Excel itself cannot run here).
/// - `libreoffice-*.xlsx`: the CSV files of the same name (the sample's `medvirkning.csv` and `tilsyn.csv` as they
///   were then) converted by LibreOffice 7.4 with
///   `soffice --headless --infilter="CSV:59,34,76,1,,1044" --convert-to xlsx` (semicolon, UTF-8, Norwegian locale).
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))) ?? []
    }
}

@Suite struct WorkbookFileTests {
    @Test func readsAFormsDownloadAsExcelWritesIt() throws {
        let (book, diagnostics) = WorkbookReader().read(bytes: Fixtures.bytes("forms-export.xlsx"), file: "data/undersokelse-svar.xlsx")
        #expect(diagnostics.isEmpty)
        let sheet = try #require(book?.sheets.first)
        #expect(book?.sheets.map(\.name) == ["Form1"])
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 5])
        #expect(sheet.rows[0].cells.prefix(5).map(\.text) == ["ID", "Start time", "Completion time", "Email", "Name"])
        #expect(sheet.rows[1].cells.prefix(7).map(\.text) == ["1", "03.11.2025 11:17", "03.11.2025 11:21", "anonymous", "anonymous", "Barnehage", "Ansatt"])
        #expect(sheet.cell(row: 2, column: 1)?.value == .number(1))
        guard case .date(let start)? = sheet.cell(row: 2, column: 2)?.value else { Issue.record("no date"); return }
        #expect((start.date.description, start.hour, start.minute, start.second) == ("03.11.2025", 11, 17, 30))
        // The line break typed in Forms: `_x000D_` and a line feed in the file, one \n in the cell.
        #expect(sheet.cell(row: 4, column: 12)?.text == "Raskere tilbakemelding\netter melding.")
        #expect(sheet.cell(row: 5, column: 12)?.text == " Tilbakemelding etter melding; det tar tid & mer enn <2> uker.")
        #expect(sheet.cell(row: 2, column: 11) == nil) // an unanswered question has no cell
    }

    @Test func aFormsDownloadBecomesTheTableItsCSVWouldBe() throws {
        let (table, diagnostics) = TableFileReader().read(bytes: Fixtures.bytes("forms-export.xlsx"), file: "data/undersokelse-svar.xlsx")
        #expect(diagnostics.isEmpty)
        let found = try #require(table)
        #expect(found.sheet == "Form1")
        #expect(found.header.count == 12)
        #expect(found.records.count == 4)
        #expect(found.records.allSatisfy { $0.cells.count == 12 })
        #expect(found.records[0].cells[10].text == "")
        #expect(CellValues.date(found.records[0].cells[2].text)?.description == "03.11.2025")
        let cell = found.records[2].cells[11]
        #expect(found.location(of: cell).description == "data/undersokelse-svar.xlsx: ark Form1, celle L4")
        #expect(found.location(of: found.records[0], cell: nil).description == "data/undersokelse-svar.xlsx: ark Form1, celle A2")
    }

    // Each workbook was converted by LibreOffice from the CSV kept beside it (a copy of the sample's file at the time).
    @Test(arguments: [("libreoffice-medvirkning.xlsx", "libreoffice-medvirkning.csv"), ("libreoffice-tilsyn.xlsx", "libreoffice-tilsyn.csv")])
    func aLibreOfficeWorkbookReadsLikeTheCSVItWasMadeFrom(_ workbook: String, _ csv: String) throws {
        let (fromBook, bookDiagnostics) = TableFileReader().read(bytes: Fixtures.bytes(workbook), file: "data/x.xlsx")
        let (fromCSV, _) = CSVReader().read(bytes: Fixtures.bytes(csv), file: "data/x.csv")
        #expect(bookDiagnostics.isEmpty)
        let book = try #require(fromBook), text = try #require(fromCSV)
        #expect(book.header.map(\.trimmed) == text.header.map(\.trimmed))
        #expect(book.records.count == text.records.count)
        for (left, right) in zip(book.records, text.records) {
            #expect(left.cells.map(\.trimmed) == right.cells.map(\.trimmed))
        }
        #expect(book.records.first?.row == 2)
    }

    @Test func aCSVFileGoesThroughTheSameReader() {
        let (table, diagnostics) = TableFileReader().read(bytes: Array("a;b\n1;2\n".utf8), file: "data/x.csv")
        #expect(diagnostics.isEmpty)
        #expect(table?.sheet == nil)
        #expect(table?.records.first?.cells.map(\.text) == ["1", "2"])
        #expect(TableFileReader.workbookName(for: "data/medvirkning-tema.csv") == "data/medvirkning-tema.xlsx")
    }
}
