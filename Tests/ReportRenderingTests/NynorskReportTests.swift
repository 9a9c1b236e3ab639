import Foundation
import Mustache
import ReportInputs
import ReportModel
@testable import ReportRendering
import SourceText
import TestSupport
import Testing

/// A nynorsk report is nynorsk throughout: every word the program writes (templates, sentences, tables,
/// charts, notes) is checked against forms that exist only in bokmål. The user's own chapter texts are the
/// user's business and are left out of the check; the sample's data (survey statements, themes) is nynorsk too.
@Suite struct NynorskReportTests {
    static let bokmålOnly = BokmålOnlyForms.words

    static func bokmålWords(in text: String, html: Bool) -> [String: Int] { BokmålOnlyForms.found(in: text, html: html) }

    static let nynorskSample = Repository.root.appendingPathComponent("SampleData/nn")

    /// The nynorsk sample, loaded and computed; `withoutTexts` leaves every chapter text out.
    static func render(_ folder: URL, withoutTexts: Bool = false) throws -> (RenderedReport, [Diagnostic]) {
        let project = ProjectLoader().load(folder)
        var data = try #require(project.data)
        if withoutTexts { data.texts = [:] }
        let report = ComputedReport(data: data)
        let (rendered, diagnostics) = ReportAssembler(templates: Repository.builtIn(data.settings.language)).render(report, order: project.chapterOrder)
        return (try #require(rendered), project.diagnostics + diagnostics)
    }

    @Test func theListHoldsAtLeastFortyBokmålOnlyForms() {
        #expect(Self.bokmålOnly.count >= 40)
        for required in ["ikke", "hva", "hvordan", "fra", "være", "vært", "ansatte", "undersøkelse", "tjenesten", "meldinger"] {
            #expect(Self.bokmålOnly.contains(required), "\(required)")
        }
    }

    /// The check finds bokmål where there is bokmål: the bokmål sample report is full of it.
    @Test func theCheckFindsBokmålInTheBokmålReport() throws {
        let (report, _) = try Self.render(Repository.sample, withoutTexts: true)
        #expect(Self.bokmålWords(in: report.markdown, html: false).count >= 30)
        #expect(Self.bokmålWords(in: report.html, html: true).count >= 30)
    }

    @Test func theGeneratedTextOfTheNynorskReportHasNoBokmålForm() throws {
        let (report, _) = try Self.render(Self.nynorskSample, withoutTexts: true)
        #expect(Self.bokmålWords(in: report.markdown, html: false) == [:])
        #expect(Self.bokmålWords(in: report.html, html: true) == [:])
    }

    /// With the sample's own (nynorsk) chapter texts in place, the whole report reads as nynorsk.
    @Test func theWholeNynorskSampleReportHasNoBokmålForm() throws {
        let (report, diagnostics) = try Self.render(Self.nynorskSample)
        #expect(Self.bokmålWords(in: report.markdown, html: false) == [:])
        #expect(Self.bokmålWords(in: report.html, html: true) == [:])
        // Loaded without the starter-text rule (the real pipeline adds it: ReportBuilderTests), nothing to say.
        #expect(diagnostics.isEmpty, "\(DiagnosticFormatter().format(diagnostics))")
    }

    /// What a screen reader or tooltip says counts as text: a bokmål `aria-label` or `title` is found, not stripped with the tag.
    @Test func theWordCheckReadsAccessibleNamesAndTitles() {
        let html = ##"<a href="#x" aria-label="Tilbake til henvisningen 1">↩</a> <td title="foreløpige tal">3</td> <p>ikkje</p>"##
        #expect(Self.bokmålWords(in: html, html: true) == ["henvisningen": 1, "foreløpige": 1])
    }

    @Test func theNynorskReportIsMarkedNynorsk() throws {
        let (report, _) = try Self.render(Self.nynorskSample)
        #expect(report.html.contains("<html lang=\"nn\">"))
        // The title is pandoc's document title, in the metadata block with the nynorsk language tag.
        #expect(report.markdown.hasPrefix("---\nlang: nn-NO\ntitle: |\n  Tilstandsrapport for barnevernstenesta 2025\n"))
        #expect(report.markdown.contains("\nlang: nn-NO\n"))
        #expect(report.markdown.contains("**UTKAST – ikkje godkjent**"))
    }

    @Test func nynorskMarkdownMatchesTheReviewedGolden() throws {
        expectGolden(try Self.render(Self.nynorskSample).0.markdown, "nn/tilstandsrapport-2025.md")
    }

    @Test func nynorskHTMLMatchesTheReviewedGolden() throws {
        expectGolden(try Self.render(Self.nynorskSample).0.html, "nn/tilstandsrapport-2025.html")
    }

}

/// The two sets of built-in templates say the same things: the same files, and in each the same tags in the
/// same order, so a template changed in one form and forgotten in the other fails here.
@Suite struct TemplateParityTests {
    static func files(_ folder: String) -> [String: String] {
        let base = Repository.root.appendingPathComponent(folder)
        var files: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return files }
        for case let url as URL in walker where !url.lastPathComponent.hasPrefix(".") {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))] = text
        }
        return files
    }

    static func tags(_ template: String) -> [String] {
        var tags: [String] = []
        var rest = template[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            tags.append(String(rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        return tags
    }

    @Test func bokmålAndNynorskHaveTheSameTemplatesWithTheSameTags() {
        let bokmål = Self.files("Templates/nb"), nynorsk = Self.files("Templates/nn")
        #expect(!bokmål.isEmpty)
        #expect(Set(bokmål.keys) == Set(nynorsk.keys))
        for (name, text) in bokmål where name.hasSuffix(".mustache") {
            #expect(Self.tags(text) == Self.tags(nynorsk[name] ?? ""), "\(name)")
        }
    }

    /// Every built-in chapter has its template in both forms.
    @Test func everyRegisteredChapterHasItsTemplateInBothForms() {
        for form in LanguageForm.allCases {
            let names = Set(Self.files("Templates/\(form.rawValue)").keys)
            for chapter in ChapterRegistry.all where chapter.sectionOf == nil {
                #expect(names.contains(chapter.template), "\(form.rawValue): \(chapter.template)")
            }
        }
    }

    /// A CSV file's header is input vocabulary, the same in both forms; only the words in the rows differ.
    @Test func theNynorskProjectsReadTheSameColumnsAsTheBokmålOnes() {
        for (bokmål, nynorsk) in [("Templates/nb/ny-rapport", "Templates/nn/ny-rapport"), ("SampleData", "SampleData/nn")] {
            let nb = Self.files(bokmål).filter { !$0.key.hasPrefix("nn/") && !$0.key.hasPrefix("samarbeid/") }, nn = Self.files(nynorsk)
            #expect(Set(nb.keys) == Set(nn.keys), "\(nynorsk)")
            // The survey export's header is the survey's own questions, in the municipality's words.
            for (name, text) in nb where name.hasSuffix(".csv") && name != "data/undersokelse-svar.csv" {
                let header = { (text: String) in text.split(whereSeparator: \.isNewline).first.map(String.init) }
                #expect(header(text) == header(nn[name] ?? ""), "\(nynorsk)/\(name)")
            }
        }
    }
}
