import CSV
import SourceText
import Spreadsheet
import Testing
import WorkbookFixtures

@Suite struct HostileWorkbookTests {
    func read(_ builder: WorkbookBuilder, limits: SpreadsheetLimits = SpreadsheetLimits()) -> (Workbook?, [Diagnostic]) {
        WorkbookReader(limits: limits).read(bytes: builder.bytes(), file: "data/x.xlsx")
    }

    func format(_ diagnostics: [Diagnostic]) -> String { DiagnosticFormatter().format(diagnostics) }

    @Test func billionLaughsIsRefusedAtTheDoctype() {
        var builder = WorkbookBuilder(sheets: [.init(name: "S", rows: "")], sharedStrings: ["<si><t>&lol9;</t></si>"])
        builder.extraParts = [("xl/sharedStrings.xml", """
            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>
            """)]
        let (_, diagnostics) = read(builder)
        #expect(format(diagnostics) == """
            data/x.xlsx:1:1: feil[XLS012]: Arbeidsboken er skadet: XML-feil i xl/sharedStrings.xml (linje 1, kolonne 22).
              fant «XML-delen har en dokumenttypedeklarasjon (<!DOCTYPE …>), som ikke er tillatt i en arbeidsbok», forventet velformet XML, slik Excel og LibreOffice skriver
            """)
    }

    @Test func anUndeclaredEntityIsAnError() {
        let (_, diagnostics) = read(WorkbookBuilder(sheets: [.init(name: "S", rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>")]))
        #expect(diagnostics.map(\.code) == ["XLS012"])
        #expect(diagnostics.first?.location?.description == "data/x.xlsx: ark S, celle A1")
        #expect(diagnostics.first?.found == "Ukjent entitet «&nbsp;»: bare &lt; &gt; &amp; &quot; &apos; og tallreferanser er tillatt")
    }

    @Test func malformedSheetXMLNamesTheCellItBrokeAt() {
        let rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"22\"><c r=\"D22\"><v>2</v></c><c r=\"E22\"><v>3</x></c></row>"
        let (book, diagnostics) = read(WorkbookBuilder(sheets: [.init(name: "Svar", rows: rows)]))
        #expect(diagnostics.map(\.code) == ["XLS012"])
        #expect(diagnostics.first?.location?.description == "data/x.xlsx: ark Svar, celle E22")
        #expect(diagnostics.first?.found == "Sluttaggen </x> passer ikke til starttaggen <v>")
        // What came before the error is kept.
        #expect(book?.sheets.first?.rows.map(\.number) == [1, 22])
    }

    @Test func deepNestingIsALimitNotAStackOverflow() {
        let rows = String(repeating: "<a>", count: 100_000)
        let (_, diagnostics) = read(WorkbookBuilder(sheets: [.init(name: "S", rows: rows)]))
        #expect(diagnostics.first?.found == "Elementene er nestet dypere enn grensen på 256 nivåer")
    }

    @Test func badReferencesIndicesAndValuesAreReportedAtTheirCell() {
        let rows = "<row r=\"3\"><c r=\"XFE3\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>7</v></c><c r=\"C3\"><v>inf</v></c>"
            + "<c r=\"D3\" t=\"b\"><v>2</v></c><c r=\"E3\" t=\"q\"><v>1</v></c><c r=\"F3\"><v>0x1p3</v></c></row>"
        let (_, diagnostics) = read(WorkbookBuilder(sheets: [.init(name: "S", rows: rows)], sharedStrings: ["<si><t>a</t></si>"]))
        #expect(diagnostics.map(\.code) == ["XLS014", "XLS015", "XLS016", "XLS016", "XLS016", "XLS016"])
        #expect(diagnostics.map { $0.location?.cellReference ?? "" } == ["A3", "B3", "C3", "D3", "E3", "F3"])
        #expect(diagnostics[1].expected == "et nummer fra 0 til 0")
    }

    @Test func notAWorkbook() {
        let csv = WorkbookReader().read(bytes: Array("ID;Navn\n".utf8), file: "data/x.xlsx").diagnostics
        #expect(format(csv) == """
            data/x.xlsx:1:1: feil[XLS001]: Filen er ikke en Excel-arbeidsbok (.xlsx): den er ikke et ZIP-arkiv.
              forventet en arbeidsbok lagret fra Excel som «Excel-arbeidsbok (*.xlsx)»
            """)
        let xls = WorkbookReader().read(bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512), file: "data/x.xlsx")
        #expect(xls.diagnostics.map(\.code) == ["XLS002"])
        let docx = ZIPWriter([.init("[Content_Types].xml", "<Types/>"), .init("word/document.xml", "<w:document/>"),
                              .init("_rels/.rels", "<Relationships><Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")]).bytes()
        let word = WorkbookReader().read(bytes: docx, file: "data/x.xlsx")
        #expect(word.workbook == nil)
        #expect(word.diagnostics.map(\.found) == ["et Word-dokument"])
        let empty = WorkbookReader().read(bytes: ZIPWriter([.init("a.txt", "hei")]).bytes(), file: "data/x.xlsx")
        #expect(empty.diagnostics.map(\.found) == ["et ZIP-arkiv uten arbeidsbok (xl/workbook.xml mangler)"])
    }

    @Test func aMissingSheetPartIsNamed() {
        var builder = WorkbookBuilder(sheets: [.init(name: "Svar", rows: "")])
        builder.extraParts = [("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/borte.xml\"/></Relationships>")]
        let (_, diagnostics) = read(builder)
        #expect(diagnostics.map(\.message) == ["Arket «Svar» mangler i arkivet."])
        #expect(diagnostics.map(\.found) == ["xl/worksheets/borte.xml"])
    }

    @Test func everyLimitEndsInADiagnosticNamingIt() {
        let rows = (1...50).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c><c r=\"B\($0)\" t=\"inlineStr\"><is><t>\(String(repeating: "x", count: 40))</t></is></c></row>" }.joined()
        let builder = WorkbookBuilder(sheets: [.init(name: "S", rows: rows), .init(name: "T", rows: rows)])
        let cells = read(builder, limits: SpreadsheetLimits(maximumCellsPerSheet: 60)).1
        #expect(cells.map(\.message) == ["Arket har flere celler enn grensen på 60; resten er ikke lest.",
                                         "Arket har flere celler enn grensen på 60; resten er ikke lest."])
        #expect(cells.first?.location?.description == "data/x.xlsx: ark S, celle A31")
        let strings = read(builder, limits: SpreadsheetLimits(maximumStringBytes: 10)).1
        #expect(strings.first?.message == "Teksten er lengre enn grensen på 10 byte; resten er kuttet.")
        #expect(strings.count == 100)
        let total = read(builder, limits: SpreadsheetLimits(maximumTotalBytes: 3000)).1
        #expect(total.first?.message == "Arbeidsboken pakker ut til mer enn grensen på 3000 byte.")
        let entries = read(builder, limits: SpreadsheetLimits(maximumEntries: 3)).1
        #expect(entries.map(\.message) == ["Arbeidsboken har flere deler enn grensen på 3."])
        let many = WorkbookBuilder(sheets: [.init(name: "S", rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row>")],
                                   sharedStrings: Array(repeating: "<si/>", count: 5))
        let stringLimit = read(many, limits: SpreadsheetLimits(maximumCellsPerSheet: 3))
        #expect(stringLimit.1.map(\.message) == ["Arbeidsboken har flere delte tekster enn grensen på 3; resten er ikke lest."])
        #expect(stringLimit.0?.sheets.first?.rows.first?.cells.first?.text == "")
        let sheets = read(builder, limits: SpreadsheetLimits(maximumSheets: 1))
        #expect(sheets.1.map(\.code) == ["XLS020"])
        #expect(sheets.0?.sheets.count == 1)
    }

    @Test func aZipBombIsRefusedBeforeItIsInflated() {
        // 2 MB of one repeated row; the test encoder reaches about 150:1, so the ratio limit is lowered to 100.
        let row = "<row><c><v>1</v></c></row>"
        let rows = String(repeating: row, count: 2_000_000 / row.utf8.count)
        let (_, diagnostics) = read(WorkbookBuilder(sheets: [.init(name: "S", rows: rows)]), limits: SpreadsheetLimits(maximumRatio: 100))
        #expect(diagnostics.map(\.code) == ["XLS008"])
        #expect(diagnostics.first?.message.contains("mer enn 100 ganger") == true)
    }

    @Test func aCellRightOfTheTableIsAnErrorLikeARaggedCSVRow() {
        let rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>år</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>antall</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><v>2025</v></c><c r=\"B2\"><v>4</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>notat</t></is></c></row>"
            + "<row r=\"1048576\"><c r=\"A1048576\"><v>2024</v></c></row>"
        let (table, diagnostics) = TableFileReader().read(bytes: WorkbookBuilder(sheets: [.init(name: "Ark1", rows: rows)]).bytes(), file: "data/x.xlsx")
        #expect(format(diagnostics) == """
            data/x.xlsx: ark Ark1, celle D2: feil[XLS030]: Cellen står til høyre for tabellen, utenfor kolonnene med overskrift.
              fant «notat», forventet celler bare under en overskrift i rad 1 (kolonne A–B)
            """)
        #expect(table?.records.map { $0.cells.map(\.text) } == [["2025", "4"], ["2024", ""]])
        #expect(table?.records.last?.row == 1_048_576)
    }

    @Test func onlyTheFirstVisibleSheetWithTextIsATable() {
        let one = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
        let builder = WorkbookBuilder(sheets: [.init(name: "Skjult", rows: one, state: "hidden"), .init(name: "Tom", rows: ""),
                                               .init(name: "Svar", rows: one), .init(name: "Notater", rows: one)])
        let (table, diagnostics) = TableFileReader().read(bytes: builder.bytes(), file: "data/x.xlsx")
        #expect(table?.sheet == "Svar")
        #expect(diagnostics.map(\.code) == ["XLS023"])
        #expect(diagnostics.first?.severity == .warning)
        let none = TableFileReader().read(bytes: WorkbookBuilder(sheets: [.init(name: "Tom", rows: "")]).bytes(), file: "data/x.xlsx")
        #expect(none.table == nil)
        #expect(none.diagnostics.map(\.code) == ["XLS022"])
    }

    @Test func everyTruncationOrFlippedByteOfARealWorkbookEndsWithoutATrap() {
        let bytes = Fixtures.bytes("forms-export.xlsx")
        for length in stride(from: 0, to: bytes.count, by: 13) {
            _ = WorkbookReader().read(bytes: Array(bytes.prefix(length)), file: "x.xlsx")
        }
        for index in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[index] ^= 0x5A
            _ = TableFileReader().read(bytes: damaged, file: "x.xlsx")
        }
    }
}
