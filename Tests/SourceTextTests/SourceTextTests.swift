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
}
