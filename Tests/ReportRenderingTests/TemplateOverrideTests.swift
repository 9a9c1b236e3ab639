import Mustache
import ReportModel
@testable import ReportRendering
import SourceText
import Testing

/// A municipality reorders, leaves out, overrides and adds chapters without touching the binary;
/// a misspelt name in a template is an error, not an empty spot.
@Suite struct TemplateOverrideTests {
    func render(_ order: [String], own: [String: String] = [:], data: ReportData? = nil) -> (RenderedReport?, [Diagnostic]) {
        var report = data ?? ReportData(settings: Repository.settings())
        if data == nil {
            for id in order { report.texts[id] = Repository.text(id) }
        }
        let source = LayeredTemplates([InMemoryTemplates(own), Repository.builtIn])
        return ReportAssembler(templates: source).render(ComputedReport(data: report), order: order)
    }

    @Test func chaptersFollowTheOrderAndLeftOutOnesAreGone() throws {
        let (report, diagnostics) = render(["okonomi", "innsats"])
        #expect(diagnostics.isEmpty)
        let markdown = try #require(report?.markdown)
        let economy = try #require(markdown.range(of: "\n# 1 Økonomi\n"))
        let efforts = try #require(markdown.range(of: "\n# 2 Innsatsområder og tiltak\n"))
        #expect(economy.lowerBound < efforts.lowerBound)
        #expect(!markdown.contains("Om barnevernet"))
    }

    /// An approved report has the running header but no draft mark on its pages.
    @Test func anApprovedReportPrintsNoDraftMark() throws {
        let (report, _) = render(["okonomi", "innsats"])
        let html = try #require(report?.html)
        #expect(html.contains("@page { @top-left { content: \"Testvik\\000020kommune"))
        #expect(!html.contains("@top-right { content: \"UTKAST\""))
        // The stylesheet's comments name UTKAST; no element, title or footer may show it.
        #expect(!html.contains("<strong>UTKAST</strong>"))
        #expect(!html.contains("· UTKAST"))
        #expect(!html.contains("(utkast)</title>"))
    }

    /// Issue 12: the message comes first. The summary stands before every other chapter, unnumbered, wherever the order puts it.
    @Test func theSummaryComesFirstWithoutANumber() throws {
        let (report, _) = render(["okonomi", "oppsummering", "innsats"])
        let markdown = try #require(report?.markdown)
        let summary = try #require(markdown.range(of: "\n# Kort oppsummering\n"))
        let economy = try #require(markdown.range(of: "\n# 1 Økonomi\n"))
        #expect(summary.lowerBound < economy.lowerBound)
        let html = try #require(report?.html)
        let section = try #require(html.range(of: "<section class=\"kapittel oppsummering\" id=\"kapittel-oppsummering\">"))
        let contents = try #require(html.range(of: "<nav class=\"innholdsfortegnelse\""))
        #expect(section.lowerBound < contents.lowerBound)
        #expect(html.contains("<h2 id=\"kort-oppsummering\">Kort oppsummering</h2>"))
        #expect(html.contains("<h2 id=\"økonomi\">1 Økonomi</h2>"))
    }

    @Test func aProjectTemplateOverridesTheBuiltInOne() throws {
        let (report, _) = render(["innsats"], own: ["innsats.md.mustache": "## Våre mål for {{rapport.år}}\n\n{{{tekst.innhold}}}\n"])
        #expect(report?.markdown.contains("# 1 Våre mål for 2025") == true)
    }

    @Test func anOwnChapterUsesItsTextWithTheGenericTemplate() throws {
        var data = ReportData(settings: Repository.settings())
        data.texts["ettervern"] = ChapterText(id: "ettervern", title: "Ettervern", responsible: "Kari Leder", status: .approved, authors: [],
                                              markdown: "Ungdom over 18 år får tilbud om ettervern.", file: "tekster/ettervern.md", bodyLine: 6)
        let (report, diagnostics) = render(["ettervern"], data: data)
        #expect(diagnostics.isEmpty)
        #expect(report?.markdown.contains("# 1 Ettervern\n\nUngdom over 18 år får tilbud om ettervern.") == true)
    }

    @Test func aMisspeltNameIsAnErrorWithItsPosition() {
        let (report, diagnostics) = render(["innsats"], own: ["innsats.md.mustache": "## {{tekst.titel}}\n"])
        #expect(report == nil)
        let diagnostic = diagnostics.first
        #expect(diagnostic?.code == "MUS009")
        #expect(diagnostic?.location == SourceText.SourceLocation(file: "innsats.md.mustache", line: 1, column: 4))
    }

    @Test func valuesCannotInjectTemplatesOrHTML() throws {
        var settings = Repository.settings()
        settings.municipality = "{{rapport.år}} <script>alert(1)</script>"
        var data = ReportData(settings: settings)
        data.texts["innsats"] = Repository.text("innsats", body: "Se {{rapport.kommune}} og <img src=x onerror=alert(1)>.")
        let (report, _) = render(["innsats"], data: data)
        let html = try #require(report?.html)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("{{rapport.år}} &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Se {{rapport.kommune}} og &lt;img src=x onerror=alert(1)&gt;."))
    }
}
