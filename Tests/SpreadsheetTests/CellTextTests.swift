import SourceText
import Spreadsheet
import Testing
import WorkbookFixtures

/// Builds a one-sheet workbook from cells written as in a worksheet part and reads it back.
func readCells(_ cells: String, strings: [String]? = nil, formats: [Int: String] = [:], cellFormats: [Int] = [0],
               date1904: Bool = false) -> (Worksheet?, [Diagnostic]) {
    var builder = WorkbookBuilder(sheets: [.init(name: "Svar", rows: "<row r=\"1\">\(cells)</row>")], sharedStrings: strings)
    builder.numberFormats = formats
    builder.cellFormats = cellFormats
    builder.date1904 = date1904
    let (book, diagnostics) = WorkbookReader().read(bytes: builder.bytes(), file: "t.xlsx")
    return (book?.sheets.first, diagnostics)
}

/// The texts of row 1.
func texts(_ cells: String, strings: [String]? = nil, formats: [Int: String] = [:], cellFormats: [Int] = [0], date1904: Bool = false) -> [String] {
    readCells(cells, strings: strings, formats: formats, cellFormats: cellFormats, date1904: date1904).0?.rows.first?.cells.map(\.text) ?? []
}

@Suite struct CellTextTests {
    @Test func sharedStringsWithRichTextPhoneticRunsAndWhitespace() {
        let strings = ["<si><t>Hei</t></si>",
                       "<si><r><rPr><b/></rPr><t>Fet</t></r><r><t xml:space=\"preserve\"> og vanlig</t></r></si>",
                       "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>",
                       "<si><t>  trimmes  </t></si>", "<si><t xml:space=\"preserve\">  beholdes </t></si>",
                       "<si><t>a_x005F_x0041_b_x0041_</t></si>", "<si/>", "<si><t>1 &amp; 2 &lt; 3 &#xE6;&#248;</t></si>"]
        let cells = (0..<8).map { "<c r=\"\(WorkbookBuilder.columnName($0 + 1))1\" t=\"s\"><v>\($0)</v></c>" }.joined()
        #expect(texts(cells, strings: strings) == ["Hei", "Fet og vanlig", "漢字", "trimmes", "  beholdes ", "a_x0041_bA", "", "1 & 2 < 3 æø"])
    }

    @Test func inlineAndFormulaStrings() {
        #expect(texts("<c r=\"A1\" t=\"inlineStr\"><is><t>Inne</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><r><t>Ri</t></r><r><t>k</t></r></is></c>"
                      + "<c r=\"C1\" t=\"str\"><f>A1&amp;B1</f><v>InneRik</v></c>") == ["Inne", "Rik", "InneRik"])
    }

    @Test func booleansAndErrorsAsNorwegianExcelShowsThem() {
        let (sheet, _) = readCells("<c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c><c r=\"C1\" t=\"e\"><v>#N/A</v></c>"
                                   + "<c r=\"D1\" t=\"e\"><v>#DIV/0!</v></c><c r=\"E1\" t=\"e\"><f>1+\"a\"</f><v>#VALUE!</v></c>")
        #expect(sheet?.rows.first?.cells.map(\.text) == ["SANN", "USANN", "#I/T", "#DIV/0!", "#VERDI!"])
        #expect(sheet?.cell(row: 1, column: 3)?.value == .error("#N/A"))
        #expect(sheet?.cell(row: 1, column: 1)?.value == .boolean(true))
    }

    @Test(arguments: [
        ("12.5", 0, "12,5"), ("0.30000000000000004", 0, "0,3"), ("1234567", 0, "1234567"), ("-3", 0, "-3"),
        ("0.3333333333333333", 0, "0,333333333"), ("123456789012", 0, "1,23457E+11"), ("1E-12", 0, "1E-12"),
        ("3", 2, "3,00"), ("1.005", 2, "1,01"), ("1234.5", 4, "1\u{00A0}234,50"), ("-1234567.5", 3, "-1\u{00A0}234\u{00A0}568"),
        ("0.125", 10, "12,50%"), ("0.125", 9, "13%"), ("12345", 11, "1,23E+04"), ("2.5", 1, "3"), ("-2.5", 1, "-3"),
    ])
    func numbersWithBuiltInFormats(_ stored: String, _ format: Int, _ shown: String) {
        #expect(texts("<c r=\"A1\" s=\"1\"><v>\(stored)</v></c>", cellFormats: [0, format]) == [shown])
    }

    @Test(arguments: [
        ("0.0", "7.55", "7,6"), ("#,##0.00\" kr\"", "1234.5", "1\u{00A0}234,50 kr"), ("0.0%", "0.1234", "12,3%"),
        ("[$kr-414] #,##0", "1500", "kr 1\u{00A0}500"), ("#,##0;[Red]\\(#,##0\\)", "-1500", "(1\u{00A0}500)"), ("0.00E+00", "0.000123", "1,23E-04"),
        ("#,##0,", "1234567", "1\u{00A0}235"), ("General", "2.5", "2,5"), ("@", "42", "42"), ("0", "-0.2", "0"),
    ])
    func numbersWithCustomFormats(_ code: String, _ stored: String, _ shown: String) {
        #expect(texts("<c r=\"A1\" s=\"1\"><v>\(stored)</v></c>", formats: [164: code], cellFormats: [0, 164]) == [shown])
    }

    @Test(arguments: [
        (14, "1", "01.01.1900"), (14, "59", "28.02.1900"), (14, "60", "29.02.1900"), (14, "61", "01.03.1900"),
        (14, "45658", "01.01.2025"), (22, "45964.470486111109", "03.11.2025 11:17"), (22, "45964.99999999", "04.11.2025 00:00"),
        (20, "0.75", "18:00"), (21, "0.5000115740740741", "12:00:01"), (15, "45000", "15.03.2023"), (14, "-1", "-1"),
    ])
    func datesInThe1900System(_ format: Int, _ stored: String, _ shown: String) {
        #expect(texts("<c r=\"A1\" s=\"1\"><v>\(stored)</v></c>", cellFormats: [0, format]) == [shown])
    }

    @Test func datesInThe1904System() {
        #expect(texts("<c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>44196</v></c>", cellFormats: [0, 14], date1904: true)
                == ["01.01.1904", "01.01.2025"])
    }

    @Test(arguments: [
        ("d/m/yyyy", "45964", "03.11.2025"), ("yyyy-mm-dd", "45964", "03.11.2025"), ("dd.mm.yyyy hh:mm", "45964.5", "03.11.2025 12:00"),
        ("[$-414]d. mmmm yyyy;@", "45964", "03.11.2025"), ("hh:mm:ss", "0.5", "12:00:00"), ("h:mm AM/PM", "0.75", "18:00"),
        ("\"Uke \"0", "12", "Uke 12"), ("[h]:mm", "0.5", "12:00"),
    ])
    func customDateAndTimeFormats(_ code: String, _ stored: String, _ shown: String) {
        #expect(texts("<c r=\"A1\" s=\"1\"><v>\(stored)</v></c>", formats: [165: code], cellFormats: [0, 165]) == [shown])
    }

    @Test func isoDateCells() {
        #expect(texts("<c r=\"A1\" t=\"d\"><v>2025-11-03T11:17:30</v></c><c r=\"B1\" t=\"d\"><v>2025-11-03</v></c>") == ["03.11.2025 11:17", "03.11.2025"])
    }

    @Test func cellsWithoutReferencesFollowThePreviousOne() {
        let rows = "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>"
            + "<row><c><v>7</v></c></row><row r=\"9\"><c r=\"B9\"/><c><v>9</v></c></row>"
        let (book, diagnostics) = WorkbookReader().read(bytes: WorkbookBuilder(sheets: [.init(name: "S", rows: rows)]).bytes(), file: "t.xlsx")
        #expect(diagnostics.isEmpty)
        let sheet = book?.sheets.first
        #expect(sheet?.rows.map(\.number) == [1, 2, 9])
        #expect(sheet?.rows[0].cells.map(\.column) == [1, 2, 5, 6])
        #expect(sheet?.rows[1].cells.map(\.column) == [1])
        #expect(sheet?.rows[2].cells.map(\.column) == [3]) // B9 is empty and has no value
    }

    @Test func cellsOutOfOrderAreSortedAndADuplicateIsReported() {
        let rows = "<row r=\"2\"><c r=\"B2\"><v>4</v></c><c r=\"A2\"><v>3</v></c></row><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>9</v></c></row>"
        let (book, diagnostics) = WorkbookReader().read(bytes: WorkbookBuilder(sheets: [.init(name: "S", rows: rows)]).bytes(), file: "t.xlsx")
        #expect(book?.sheets.first?.rows.map { $0.cells.map(\.text) } == [["1"], ["3", "4"]])
        #expect(diagnostics.map(\.code) == ["XLS019"])
        #expect(diagnostics.first?.location?.description == "t.xlsx: ark S, celle A1")
    }

    @Test func severalSheetsInTabOrderWithTheirState() {
        var builder = WorkbookBuilder(sheets: [.init(name: "Svar", rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"),
                                               .init(name: "Skjult", rows: "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>", state: "hidden"),
                                               .init(name: "Notater & «mer»", rows: "")])
        builder.deflate = false
        let (book, diagnostics) = WorkbookReader().read(bytes: builder.bytes(), file: "t.xlsx")
        #expect(diagnostics.isEmpty)
        #expect(book?.sheets.map(\.name) == ["Svar", "Skjult", "Notater & «mer»"])
        #expect(book?.sheets.map(\.isHidden) == [false, true, false])
        #expect(book?.sheet(named: "svar")?.rows.count == 1)
    }
}
