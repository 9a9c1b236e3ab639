import CSV
import SourceText
import Testing

@Suite struct CSVReaderTests {
    func read(_ text: String) -> (CSVTable?, [Diagnostic]) {
        let result = CSVReader().read(text: text, file: "data/x.csv")
        return (result.table, result.diagnostics)
    }

    func values(_ table: CSVTable?) -> [[String]] {
        (table?.records ?? []).map { $0.cells.map(\.text) }
    }

    @Test(arguments: [
        ("a;b\r\n1;2\r\n", CSVSeparator.semicolon),
        ("a,b\n1,2\n", .comma),
        ("a\tb\r1\t2\r", .tab),
        ("navn;beløp\n\"Hansen, Per\";\"1,5\"\n", .semicolon),
        ("\"Spørsmål, med komma\";b\n1;2", .semicolon),
    ])
    func detectsTheSeparatorAndLineEndings(_ text: String, _ separator: CSVSeparator) {
        let (table, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        #expect(table?.separator == separator)
        #expect(table?.header.count == 2)
        #expect(table?.records.count == 1)
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        let (table, diagnostics) = read("a;b;c\n\"x;y\";\"si \"\"hei\"\"\";\"linje 1\r\nlinje 2\"\nneste;2;3\n")
        #expect(diagnostics.isEmpty)
        #expect(values(table) == [["x;y", "si \"hei\"", "linje 1\nlinje 2"], ["neste", "2", "3"]])
        #expect(table?.records[1].line == 4)
        #expect(table?.records[1].cells[1].column == 7)
    }

    @Test func recordsKnowTheSpreadsheetRowTheyAreOn() {
        // Row 2 spans lines 2–4; Excel shows the next record as row 3, an editor as line 5.
        let (table, _) = read("a;b\n1;\"første\nandre\ntredje\"\n\n2;x\n")
        #expect(table?.records.map(\.row) == [2, 4])
        #expect(table?.records.map(\.line) == [2, 6])
        let cell = try! #require(table?.records[1].cells[1])
        #expect(cell.row == 4)
        #expect(table?.location(of: cell).description == "data/x.csv: rad 4 (linje 6), kolonne 3")
        #expect(table?.location(of: table!.records[0].cells[0]).description == "data/x.csv:2:1")
    }

    @Test func diagnosticsAfterAMultiLineCellNameRowAndLine() {
        let (_, diagnostics) = read("a;b\n\"x\ny\";1\n\"åpen;2\n")
        #expect(diagnostics.map(\.code) == ["CSV002", "CSV004"]) // the open quote swallows the rest of the row
        #expect(diagnostics[0].location?.description == "data/x.csv: rad 3 (linje 4), kolonne 1")
        let (_, ragged) = read("a;b\n\"x\ny\";1;2\n")
        #expect(ragged.map(\.code) == ["CSV004"])
        #expect(ragged[0].location?.description == "data/x.csv: rad 2 (linje 3), kolonne 6")
        #expect(ragged[0].excerpt == "y\";1;2")
    }

    @Test func columnsCountCharactersNotBytes() {
        let (table, _) = read("år;rolle\nææø;å\n")
        #expect(table?.records[0].cells[1].column == 5)
        #expect(table?.header[1].line == 1)
    }

    @Test func blankRowsAndTrailingEmptyCellsAreIgnored() {
        let (table, diagnostics) = read("a;b\n1;2;;\n;;\n\n3;4\n")
        #expect(diagnostics.isEmpty)
        #expect(values(table) == [["1", "2"], ["3", "4"]])
    }

    @Test func raggedRowsAreReportedWithPosition() {
        let (_, diagnostics) = read("a;b;c\n1;2\n1;2;3;4\n")
        #expect(diagnostics.map(\.code) == ["CSV004", "CSV004"])
        #expect(diagnostics[0].location == SourceLocation(file: "data/x.csv", line: 2, column: 4))
        #expect(diagnostics[0].found == "2 celler")
        #expect(diagnostics[1].location?.column == 7)
        #expect(diagnostics[1].excerpt == "1;2;3;4")
    }

    @Test func unclosedQuoteIsAnErrorAtItsStart() {
        let (_, diagnostics) = read("a;b\n1;\"åpen\n2;3\n")
        #expect(diagnostics.first?.code == "CSV002")
        #expect(diagnostics.first?.location == SourceLocation(file: "data/x.csv", line: 2, column: 3))
    }

    @Test func textAfterClosingQuoteIsReported() {
        let (table, diagnostics) = read("a;b\n\"x\"y;2\n")
        #expect(diagnostics.map(\.code) == ["CSV003"])
        #expect(diagnostics[0].location?.column == 4)
        #expect(values(table) == [["xy", "2"]])
    }

    @Test func emptyFileHasNoHeader() {
        let (table, diagnostics) = read(";;\n\n")
        #expect(table == nil)
        #expect(diagnostics.map(\.code) == ["CSV001"])
    }

    @Test func encodingsAreDetected() throws {
        let text = "år;kommentar\n2025;Bærum – «ok»\n"
        let utf8 = Array(text.utf8)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + utf8
        var utf16le: [UInt8] = [0xFF, 0xFE]
        var utf16noBOM: [UInt8] = []
        for unit in text.utf16 { utf16le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]; utf16noBOM += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var utf16be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { utf16be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        // Windows-1252: æ = E6, å = E5, – = 96, « = AB, » = BB
        let cp1252: [UInt8] = [0xE5, 0x72, 0x3B] + Array("kommentar\n2025;B".utf8) + [0xE6] + Array("rum ".utf8) + [0x96, 0x20, 0xAB] + Array("ok".utf8) + [0xBB, 0x0A]
        for (bytes, encoding) in [(utf8, TextEncoding.utf8), (bom, .utf8WithBOM), (utf16le, .utf16LittleEndian), (utf16be, .utf16BigEndian),
                                  (utf16noBOM, .utf16LittleEndian), (cp1252, .windows1252)] {
            let result = CSVReader().read(bytes: bytes, file: "f.csv")
            #expect(result.diagnostics.isEmpty)
            #expect(result.table?.encoding == encoding)
            #expect(result.table?.header.first?.text == "år")
            #expect(result.table?.records.first?.cells.last?.text == "Bærum – «ok»", "\(encoding)")
        }
    }

    @Test func binaryFilesAreRefused() {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xEE]
        let result = CSVReader().read(bytes: zip, file: "data/bemanning.csv")
        #expect(result.table == nil)
        #expect(result.diagnostics.map(\.code) == ["CSV007"])
    }

    @Test func limitsAreEnforcedWithAMessage() {
        let result = CSVReader(maximumBytes: 10).read(bytes: Array("a;b\n1;2\n3;4\n".utf8), file: "f.csv")
        #expect(result.diagnostics.map(\.code) == ["CSV006"])
        let long = CSVReader(maximumCellBytes: 4).read(text: "a;b\n12345;2\n", file: "f.csv")
        #expect(long.diagnostics.map(\.code) == ["CSV005"])
    }

    @Test func aLongLineWithManyCellsIsLinear() {
        let line = Array(repeating: "x", count: 200_000).joined(separator: ";")
        let result = CSVReader().read(text: line + "\n" + line + "\n", file: "f.csv")
        #expect(result.table?.records.first?.cells.count == 200_000)
        #expect(result.table?.records.first?.cells.last?.column == 399_999)
    }
}

@Suite struct CellValueTests {
    @Test(arguments: [
        ("1234", 1234.0), ("1 234", 1234), ("1\u{00A0}234,5", 1234.5), ("1\u{202F}234 567", 1_234_567), ("12,5", 12.5),
        ("12.5", 12.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567", 1_234_567), ("-3", -3), ("\u{2212}3,5", -3.5),
        ("12,5 %", 12.5), ("12,5%", 12.5), ("kr 1 234 567", 1_234_567), ("1 234,-", 1234), (" 7 ", 7), ("0", 0),
    ])
    func numbers(_ text: String, _ expected: Double) {
        #expect(CellValues.number(text) == expected)
    }

    @Test(arguments: ["", "abc", "12a", "1,2,3,4.5.6", "--3", "1 ", ",5", "5,", "12 %%", "nan", "inf", "1e5"])
    func notNumbers(_ text: String) {
        if text == "1 " { #expect(CellValues.number(text) == 1); return }
        #expect(CellValues.number(text) == nil, "\(text)")
    }

    @Test func integers() {
        #expect(CellValues.integer("1 234") == 1234)
        #expect(CellValues.integer("12,5") == nil)
        #expect(CellValues.integer("12,0") == 12)
    }

    @Test(arguments: [
        ("31.12.2025", "31.12.2025"), ("1.2.2025", "01.02.2025"), ("2025-12-31", "31.12.2025"), ("31/12/2025", "31.12.2025"),
        ("31.12.2025 14:03", "31.12.2025"), ("3.11.2025 11:17:30", "03.11.2025"), ("29.02.2024", "29.02.2024"),
    ])
    func dates(_ text: String, _ expected: String) {
        #expect(CellValues.date(text)?.description == expected)
    }

    @Test(arguments: ["31.13.2025", "29.02.2025", "2025", "31.12.25", "31.12.2025 25:00", "i går", "2025-1-"])
    func notDates(_ text: String) {
        #expect(CellValues.date(text) == nil, "\(text)")
    }
}
