import Foundation
import Mustache
import ReportInputs
import ReportModel
@testable import ReportRendering
import SourceText
import TestSupport
import Testing

/// The whole sample report, as a council member would get it. Re-record with `UPDATE_GOLDENS=1`
/// and read the diff before committing.
@Suite struct SampleReportTests {
    func rendered() throws -> RenderedReport {
        let (report, order) = try Repository.sampleReport()
        let (rendered, diagnostics) = ReportAssembler(templates: Repository.builtIn).render(report, order: order)
        #expect(diagnostics.isEmpty, "\(DiagnosticFormatter().format(diagnostics))")
        return try #require(rendered)
    }


    @Test func markdownMatchesTheReviewedGolden() throws {
        expectGolden(try rendered().markdown, "tilstandsrapport-2025.md")
    }

    @Test func htmlMatchesTheReviewedGolden() throws {
        expectGolden(try rendered().html, "tilstandsrapport-2025.html")
    }

    @Test func theReportIsADraftWhileAChapterIsInReview() throws {
        let report = try rendered()
        #expect(report.markdown.contains("**UTKAST – ikke godkjent**"))
        #expect(report.markdown.contains("Innsatsområder og tiltak (til gjennomlesing)"))
        #expect(report.html.contains("<strong>UTKAST</strong>"))
    }

    @Test func everyChapterIsInOrderWithItsOwnSection() throws {
        let report = try rendered()
        let (_, order) = try Repository.sampleReport()
        var position = report.html.startIndex
        for id in ReportAssembler.pageOrder(order) where id != "bemanning-tillitsvalgte" {
            let marker = id == "oppsummering" ? "<section class=\"kapittel oppsummering\" id=\"kapittel-oppsummering\">"
                : "<section class=\"kapittel\" id=\"kapittel-\(id)\">"
            let found = try #require(report.html.range(of: marker, range: position..<report.html.endIndex), "missing \(id)")
            position = found.upperBound
        }
    }

    @Test func theUnionRepresentativesTextIsPrintedAsWrittenWithTheirNames() throws {
        let report = try rendered()
        #expect(report.markdown.contains("*Skrevet av de tillitsvalgte: Marte Vik Sunde (hovedtillitsvalgt, FO Fjordvik) og Rune Bakketun (plasstillitsvalgt, Fagforbundet Fjordvik).*"))
        #expect(report.markdown.contains("Vi er glade for å få skrive vår egen del av tilstandsrapporten. Teksten er vår, og den er ikke redigert av ledelsen."))
    }

    @Test func smallNumbersNeverReachTheReport() throws {
        let report = try rendered()
        // Fastlege answered three times: never shown as its own group.
        #expect(!report.html.contains("<th scope=\"row\">Fastlege</th>"))
        #expect(report.markdown.contains("Fastlege fikk færre enn 5 svar og vises ikke for seg. Svarene er slått sammen med svarene fra Politi til «Andre sektorer»."))
        // Children in institutions are 1–4 after 2021.
        #expect(report.markdown.contains("| Barn i institusjon per 31.12. | 5 | <5 | <5 | <5 | <5\\* |"))
    }

    @Test func theHTMLLoadsNothingAndRunsNothing() throws {
        let html = try rendered().html
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("<link"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("<html lang=\"nb\">"))
        #expect(html.contains("<a class=\"hopp\" href=\"#innhold\">"))
    }
}
