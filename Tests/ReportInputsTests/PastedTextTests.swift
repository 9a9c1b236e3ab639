import Foundation
@testable import ReportInputs
import ReportModel
import SourceText
import Testing

/// Chapter texts as people paste them from Word (issue 14), and texts that must be closed documents (issue 16).
@Suite struct PastedTextTests {
    static let head = "---\ntittel: Økonomi\nansvarlig: Kari\nstatus: utkast\n---\n"

    func read(_ body: String) -> (ChapterText?, [Diagnostic]) {
        ChapterTextReader.read(Self.head + body, id: "okonomi", file: "tekster/okonomi.md")
    }

    @Test(arguments: ["•\t", "• ", "–\t", "▪\t", "·\t", "o\t", "\t-\t", "\u{F0B7}\t", "◦  "])
    func aWordBulletLineBecomesAListItem(bullet: String) throws {
        let (chapter, diagnostics) = read("Vi har tre mål:\n\(bullet)færre fristbrudd\n\(bullet)flere besøk\n\(bullet)bedre tilsyn\n\nSlutt.")
        let text = try #require(chapter)
        #expect(text.markdown == "Vi har tre mål:\n- færre fristbrudd\n- flere besøk\n- bedre tilsyn\n\nSlutt.")
        let note = try #require(diagnostics.first)
        #expect(diagnostics.map(\.code) == ["INN120"])
        #expect(note.severity == .warning)
        #expect(note.location == SourceLocation(file: "tekster/okonomi.md", line: 7, column: 1))
        let glyph = bullet.trimmingCharacters(in: .whitespaces).first.map(String.init) ?? ""
        #expect(note.message == "3 linjer som begynner med «\(glyph)» og tabulator eller mellomrom (en punktliste limt inn fra Word), er lest som en punktliste.")
    }

    @Test func markdownListsAndWordsStartingWithOAreLeftAlone() throws {
        let body = "- et punkt\n* et annet\n1. nummer\no som i ordet «og»\nom ti år\n"
        let (chapter, diagnostics) = read(body)
        #expect(chapter?.markdown == body)
        #expect(diagnostics.isEmpty)
    }

    @Test func tabIndentedLinesBecomeParagraphs() throws {
        let (chapter, diagnostics) = read("\tFørste avsnitt fra Word.\n\tAndre avsnitt fra Word.\n\nVanlig avsnitt.")
        #expect(chapter?.markdown == "Første avsnitt fra Word.\n\nAndre avsnitt fra Word.\n\nVanlig avsnitt.")
        #expect(diagnostics.map(\.code) == ["INN121"])
        #expect(diagnostics.first?.location?.line == 6)
        #expect(diagnostics.first?.message == "2 linjer med innrykk med tabulator (limt inn fra Word) er lest som vanlige avsnitt, ikke som kode.")
    }

    @Test func fencedCodeAndListContinuationsKeepTheirIndentation() throws {
        let body = "```\n\tkode med tabulator\n•\tikke et punkt\n```\n\n- punkt\n\tfortsettelse av punktet\n"
        let (chapter, diagnostics) = read(body)
        #expect(chapter?.markdown == body)
        #expect(diagnostics.isEmpty)
    }

    /// A zero-width space before `status:` gave «Ukjent felt … fant «status»» and then «status mangler».
    @Test func invisibleCharactersAroundFrontMatterKeysAreIgnoredWithANote() throws {
        let text = "---\u{200B}\ntittel: Økonomi\n\u{200B}status\u{00AD}: utkast\u{FEFF}\nans\u{2060}varlig: Kari\n---\nTekst."
        let (chapter, diagnostics) = ChapterTextReader.read(text, id: "okonomi", file: "tekster/okonomi.md")
        let parsed = try #require(chapter, "\(DiagnosticFormatter().format(diagnostics))")
        #expect(parsed.status == .draft)
        #expect(parsed.responsible == "Kari")
        #expect(diagnostics.map(\.code) == ["INN122", "INN122", "INN122"])
        #expect(diagnostics.map(\.severity) == [.warning, .warning, .warning])
        #expect(diagnostics.map { $0.location?.line } == [1, 3, 4])
        #expect(diagnostics[1].message == "Usynlige tegn rundt «status» er ignorert.")
        #expect(diagnostics[1].found == "U+200B (nullbreddemellomrom), U+00AD (myk bindestrek), U+FEFF (byte-rekkefølgemerke)")
    }

    // MARK: Closed documents

    @Test(arguments: [("```", "Tekst.\n\n```\nkode"), ("~~~~", "Tekst.\n\n~~~~ swift\nkode\n~~~"), ("```", "```")])
    func anOpenFenceAtTheEndIsClosedWithAWarningNamingItsLine(fence: String, body: String) throws {
        let (chapter, diagnostics) = read(body)
        let text = try #require(chapter)
        #expect(text.markdown == body + "\n" + fence)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.map(\.code) == ["INN123"])
        let opening = 6 + (body.components(separatedBy: "\n").firstIndex { $0.hasPrefix(String(fence.prefix(3))) } ?? 0)
        #expect(warning.location == SourceLocation(file: "tekster/okonomi.md", line: opening, column: 1))
        #expect(warning.message.hasPrefix("Kodeblokken som åpnes med «\(fence)» på linje \(opening), blir aldri lukket."))
    }

    /// A fence open inside a list item or block quote ends with its container (CommonMark), so it cannot swallow
    /// what follows: the parser's own check finds the text closed, and it is left as written.
    @Test func anOpenFenceInsideAListItemOrQuoteEndsWithItsContainer() throws {
        for body in ["- punkt\n\n  ```\n  kode", "> sitat\n> ```\n> kode", "   ```\nkode innrykket tre mellomrom"] {
            let (chapter, diagnostics) = read(body)
            let expected = body.hasPrefix("   ") ? body + "\n   ```" : body
            #expect(chapter?.markdown == expected)
            #expect(diagnostics.map(\.code) == (body.hasPrefix("   ") ? ["INN123"] : []))
            #expect(ClosedDocument.swallowingNode(expected.components(separatedBy: "\n")) == nil)
        }
    }

    @Test func aClosedTextIsLeftAsItIs() throws {
        let body = "```\nkode\n```\n\n````\n```\n````\n"
        let (chapter, diagnostics) = read(body)
        #expect(chapter?.markdown == body)
        #expect(diagnostics.isEmpty)
    }
}
