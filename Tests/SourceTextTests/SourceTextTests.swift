import Testing
@testable import SourceText

@Suite struct LineIndexTests {
    @Test func countsColumnsInCharactersNotBytes() {
        let index = LineIndex("første;linje\nbæ;ø;x\r\nsiste")
        let offset = Array("første;linje\nbæ;ø;".utf8).count
        #expect(index.position(ofOffset: offset) == (line: 2, column: 6))
        #expect(index.text(ofLine: 2) == "bæ;ø;x")
        #expect(index.text(ofLine: 3) == "siste")
    }

    @Test func treatsLoneCarriageReturnAsLineEnd() {
        let index = LineIndex("a\rb\rc")
        #expect(index.lineStarts == [0, 2, 4])
        #expect(index.line(ofOffset: 4) == 3)
    }
}

@Suite struct DiagnosticFormatterTests {
    @Test func printsLocationFoundExpectedAndCaret() {
        let diagnostic = Diagnostic(
            code: "INN012", message: "Antallet kan ikke være negativt.",
            location: SourceLocation(file: "bemanning.csv", line: 14, column: 19),
            found: "-2", expected: "et tall ≥ 0", excerpt: "2025;saksbehandler;-2")
        #expect(DiagnosticFormatter().format(diagnostic) == """
            bemanning.csv:14:19: feil[INN012]: Antallet kan ikke være negativt.
              fant «-2», forventet et tall ≥ 0
             14 | 2025;saksbehandler;-2
                |                   ^
            """)
    }

    @Test func namesTheSpreadsheetRowWhereItDiffersFromTheLine() {
        let diagnostic = Diagnostic(
            code: "INN047", message: "Ukjent svar på en påstand.",
            location: SourceLocation(file: "data/svar.csv", line: 32, column: 5, row: 22),
            found: "Kanskje", excerpt: "22;a;b;Kanskje")
        #expect(DiagnosticFormatter().format(diagnostic) == """
            data/svar.csv: rad 22 (linje 32), kolonne 5: feil[INN047]: Ukjent svar på en påstand.
              fant «Kanskje»
             32 | 22;a;b;Kanskje
                |     ^
            """)
    }

    @Test func keepsFileLineColumnWhenRowAndLineAgree() {
        let location = SourceLocation(file: "data/svar.csv", line: 7, column: 2, row: 7)
        #expect(location == SourceLocation(file: "data/svar.csv", line: 7, column: 2))
        #expect(location.description == "data/svar.csv:7:2")
    }

    @Test func namesSheetAndCellOfAWorkbookWithoutAnExcerpt() {
        let diagnostic = Diagnostic(
            code: "INN011", message: "Antallet er ikke et tall.",
            location: .cell(file: "data/medvirkning-tema.xlsx", sheet: "Svar", row: 22, column: 4),
            found: "mange", expected: "et helt tall, for eksempel 12", excerpt: "ignored")
        #expect(DiagnosticFormatter().format(diagnostic) == """
            data/medvirkning-tema.xlsx: ark Svar, celle D22: feil[INN011]: Antallet er ikke et tall.
              fant «mange», forventet et helt tall, for eksempel 12
            """)
    }

    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD")])
    func spreadsheetColumnNames(_ column: Int, _ name: String) {
        #expect(SourceLocation.columnName(column) == name)
    }

    @Test func aSheetNameCannotDriveTheTerminal() {
        let diagnostic = Diagnostic(code: "X", message: "m", location: .cell(file: "a.xlsx", sheet: "Ark\u{1B}[31m", row: 1, column: 1))
        #expect(DiagnosticFormatter().format(diagnostic) == "a.xlsx: ark Ark␛[31m, celle A1: feil[X]: m")
        let newline = Diagnostic(code: "X", message: "m", location: .cell(file: "a.xlsx", sheet: "To\nlinjer", row: 2, column: 3))
        #expect(DiagnosticFormatter().format(newline) == "a.xlsx: ark To linjer, celle C2: feil[X]: m")
    }
}
