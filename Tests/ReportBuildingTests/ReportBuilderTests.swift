import EmbeddedResources
import Foundation
import ReportBuilding
import ReportInputs
import ReportModel
import SourceText
import Testing

/// A copy of a sample project in a fresh temporary folder, removed when released.
final class SampleCopy: Sendable {
    let root: URL

    /// The bokmål sample, or the sample in `folder` of it (`samarbeid/`: one service for three councils).
    init(_ folder: String = "") {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("report-builder-\(UUID().uuidString)")
        let prefix = "SampleData/" + folder
        // The nynorsk sample in `SampleData/nn/` and the three-council one in `SampleData/samarbeid/` are projects of their own.
        for file in EmbeddedResources.files(under: prefix) where folder != "" || !(file.path.hasPrefix("SampleData/nn/") || file.path.hasPrefix("SampleData/samarbeid/")) {
            write(String(file.path.dropFirst(prefix.count)), bytes: file.bytes)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ relative: String, bytes: [UInt8]) {
        let url = root.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    }

    func write(_ relative: String, _ text: String) { write(relative, bytes: Array(text.utf8)) }

    func edit(_ relative: String, _ change: (String) -> String) {
        let text = (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
        write(relative, change(text))
    }
}

/// Building a report is a library call: no file is written, the caller gets the files in memory.
@Suite struct ReportBuilderTests {
    @Test func theSampleBuildsIntoTwoFilesInMemory() throws {
        let project = SampleCopy()
        let before = try FileManager.default.subpathsOfDirectory(atPath: project.root.path).sorted()
        let build = ReportBuilder().build(project: project.root)
        #expect(!build.diagnostics.containsErrors, "\(DiagnosticFormatter().format(build.diagnostics))")
        #expect(build.files.map(\.name) == ["tilstandsrapport-2025.md", "tilstandsrapport-2025.html"])
        #expect(String(decoding: build.files[0].bytes, as: UTF8.self).hasPrefix("---\nlang: nb-NO\ntitle: |\n  Tilstandsrapport for barneverntjenesten 2025\n"))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: project.root.path).sorted() == before)
    }

    @Test func aTemplateInMalerIsReadByTheLoaderAndUsed() throws {
        let project = SampleCopy()
        project.write("maler/felles/overskrift.mustache", "## {{tekst.tittel}} (egen mal)\n")
        project.write("maler/oppsummering.md.mustache", "{{> felles/overskrift.mustache}}\n\n{{{tekst.innhold}}}\n")
        let loaded = ProjectLoader().load(project.root)
        #expect(loaded.templates.keys.sorted() == ["felles/overskrift.mustache", "oppsummering.md.mustache"])
        // Gone from disk before rendering: the templates were handed over in memory.
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("maler"))
        let build = ReportBuilder().build(loaded)
        let markdown = String(decoding: build.files.first?.bytes ?? [], as: UTF8.self)
        #expect(markdown.contains("# Kort oppsummering (egen mal)"), "\(DiagnosticFormatter().format(build.diagnostics))")
    }

    @Test func theTemplateSetFollowsMaalform() throws {
        let project = SampleCopy()
        project.edit("tilstandsrapport.txt") { $0.replacingOccurrences(of: "målform: nb", with: "målform: nn") }
        var sets = BuiltInTemplates.embedded.sets
        let bokmål = try #require(sets[.bokmål])
        // Without nynorsk templates: bokmål, and a warning that says so.
        sets[.nynorsk] = nil
        let fallback = ReportBuilder(builtInTemplates: BuiltInTemplates(sets)).build(project: project.root)
        #expect(fallback.diagnostics.map(\.code).contains("RAP001"))
        #expect(!fallback.files.isEmpty)
        // With a nynorsk set: that set, and no warning.
        var nynorsk = bokmål
        nynorsk["forside.md.mustache"] = "# Tilstandsrapport for barnevernstenesta {{rapport.år}}\n"
        sets[.nynorsk] = nynorsk
        let own = ReportBuilder(builtInTemplates: BuiltInTemplates(sets)).build(project: project.root)
        #expect(!own.diagnostics.map(\.code).contains("RAP001"), "\(DiagnosticFormatter().format(own.diagnostics))")
        let markdown = String(decoding: own.files.first?.bytes ?? [], as: UTF8.self)
        #expect(markdown.hasPrefix("---\nlang: nn-NO\n---\n\n# Tilstandsrapport for barnevernstenesta 2025"))
    }

    @Test func statusNamesADataFileWithoutTheReportYear() {
        let project = SampleCopy()
        project.write("data/avvik.csv", "år;kategori;antall\n2024;fristbrudd;9\n")
        project.write("data/personale.csv", "år;ansatte_snitt;avganger;nytilsatte;sykefravær_prosent;korttid_prosent;langtid_prosent\n2024;38;4;5;8,9;3,1;5,8\n")
        let status = ReportBuilder().status(project: project.root)
        let staffing = status.chapters.first { $0.id == "bemanning" }
        #expect(staffing?.missing.contains(.dataYear(file: "data/personale.csv", year: 2025)) == true)
    }

    /// Issue 16: an unclosed ``` at the end of `tekster/okonomi.md` swallowed the generated «Tallene» section,
    /// its chart, and in the .md every later chapter. The loader closes the text and warns.
    @Test func anUnclosedFenceInAChapterTextSwallowsNothing() throws {
        let project = SampleCopy()
        project.edit("tekster/okonomi.md") { $0 + "\nEt eksempel:\n\n```\nkode som aldri lukkes\n" }
        let build = ReportBuilder().build(project: project.root)
        // Besides the note that this is the sample project.
        #expect(build.diagnostics.map(\.code).sorted() == ["INN123", "INN135"])
        let html = String(decoding: build.files.last?.bytes ?? [], as: UTF8.self)
        let markdown = String(decoding: build.files.first?.bytes ?? [], as: UTF8.self)
        #expect(!html.contains("tilstandsrapport-blokk"))
        let economy = try #require(html.range(of: "<h2 id=\"økonomi\">9 Økonomi</h2>"))
        let next = try #require(html.range(of: "<h2 id=\"utfordringsbildet\">10 Utfordringsbildet</h2>"))
        let section = html[economy.upperBound..<next.lowerBound]
        #expect(section.contains("kode som aldri lukkes"))
        #expect(section.contains(" Tallene</h3>"))
        #expect(section.contains("<svg"))
        // In the .md the fences pair up again before the next chapter.
        let beforeNext = try #require(markdown.range(of: "\n# 10 Utfordringsbildet"))
        let fences = markdown[..<beforeNext.lowerBound].components(separatedBy: "\n").filter { $0.hasPrefix("```") || $0.hasPrefix("~~~") }
        #expect(fences.count % 2 == 0)
    }
}

/// Issue 11: `check` says what was hidden in which table, and never a hidden value.
@Suite struct HiddenCellsAccountTests {
    @Test func checkNamesEveryTableWithHiddenCellsButNoValue() throws {
        let project = SampleCopy()
        project.edit("data/avvik.csv") { _ in "år;kategori;antall\n2025;fristbrudd;9\n2025;dokumentasjon;4\n2025;taushetsplikt;4\n" }
        let check = ReportBuilder().check(project: project.root)
        #expect(!check.diagnostics.containsErrors)
        let deviations = try #require(check.hiddenCells.first { $0.table == "Avvik 2025" })
        #expect(deviations.chapterTitle == "Internkontroll, tilsyn og avvik")
        #expect(deviations.small == 2)
        #expect(deviations.protecting == 1)
        // The account is in chapter order and never carries a count of a hidden cell, only how many cells.
        #expect(check.hiddenCells.map(\.chapterNumber) == check.hiddenCells.map(\.chapterNumber).sorted())
    }
}

/// Footnotes give a report its sources (issue 17); each chapter numbers its own, so ids never collide on the page.
@Suite struct FootnoteTests {
    @Test func twoChaptersWithTheSameFootnoteLabelKeepTheirIdsApart() throws {
        let project = SampleCopy()
        project.edit("tekster/okonomi.md") { $0 + "\nEn kilde.[^1]\n\n[^1]: SSB, tabell 12870.\n" }
        project.edit("tekster/tilstand.md") { $0 + "\nEn annen kilde.[^1]\n\n[^1]: Bufdir.\n" }
        let build = ReportBuilder().build(project: project.root)
        let html = String(decoding: try #require(build.files.first { $0.name.hasSuffix(".html") }).bytes, as: UTF8.self)
        #expect(html.contains("id=\"kapittel-okonomi-fn-1\""))
        #expect(html.contains("id=\"kapittel-tilstand-fn-1\""))
        #expect(html.contains("href=\"#kapittel-okonomi-fnref-1\""))
        #expect(html.contains("aria-label=\"Tilbake til henvisningen"))
    }
}

/// Issue 16: a built-in template must never fail on missing data. With any one input file removed, the build
/// either succeeds (the chapter says what is missing) or stops on the missing file itself, never on a template.
@Suite struct MissingInputTests {
    static let inputs: [String] = EmbeddedResources.files(under: "SampleData/")
        .map { String($0.path.dropFirst("SampleData/".count)) }
        .filter { ($0.hasPrefix("data/") || $0.hasPrefix("tekster/")) && !$0.hasPrefix(".") }
        .sorted()

    @Test(arguments: inputs)
    func aProjectWithOneInputRemovedStillBuilds(_ file: String) throws {
        let project = SampleCopy()
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(file))
        let build = ReportBuilder().build(project: project.root)
        let templateErrors = build.diagnostics.filter { $0.code.hasPrefix("MUS") || $0.code.hasPrefix("RAP") }
        #expect(templateErrors.isEmpty, "\(file): \(templateErrors.map(\.message))")
        let errors = build.diagnostics.filter(\.isError)
        if Self.survey.contains(file) {
            // Half a survey is an incomplete export: the build stops, naming the missing half.
            #expect(errors.map(\.code) == ["INN090"])
            #expect(errors.first?.location?.file == file)
        } else {
            #expect(errors.isEmpty, "\(file): \(errors.map { "\($0.code) \($0.message)" })")
            #expect(build.files.count == 2)
        }
    }

    static let survey: Set<String> = ["data/undersokelse-sporsmal.csv", "data/undersokelse-svar.csv"]

    @Test func aProjectWithoutItsSurveyBuildsAndSaysTheSurveyIsMissing() throws {
        let project = SampleCopy()
        for file in Self.inputs where file.hasPrefix("data/undersokelse") {
            try FileManager.default.removeItem(at: project.root.appendingPathComponent(file))
        }
        let build = ReportBuilder().build(project: project.root)
        #expect(!build.diagnostics.containsErrors, "\(build.diagnostics.filter(\.isError).map { "\($0.code) \($0.message)" })")
        #expect(build.files.count == 2)
    }

    @Test func aProjectWithNoDataFilesAtAllStillBuilds() throws {
        let project = SampleCopy()
        for file in Self.inputs where file.hasPrefix("data/") {
            try FileManager.default.removeItem(at: project.root.appendingPathComponent(file))
        }
        let build = ReportBuilder().build(project: project.root)
        #expect(!build.diagnostics.containsErrors, "\(build.diagnostics.filter(\.isError).map { "\($0.code) \($0.message)" })")
        let html = String(decoding: try #require(build.files.first { $0.name.hasSuffix(".html") }).bytes, as: UTF8.self)
        #expect(html.contains("Samarbeid med andre sektorer"))
    }
}

/// Issue 16: a picture from the project is in the report itself; one from the internet is a link in both
/// files; raw HTML and right-to-left names cannot change what the reader sees.
@Suite struct PicturesAndMarkupInReportTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]

    @Test func picturesAreEmbeddedRemoteOnesLinkedAndHTMLShownAsText() throws {
        let project = SampleCopy()
        let folder = project.root.appendingPathComponent("bilder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.png).write(to: folder.appendingPathComponent("kart.png"))
        project.edit("tekster/okonomi.md") {
            $0 + "\n![Kart over tjenesten](bilder/kart.png)\n\nLogo: ![logo](https://evil.example/x.png)\n\n<script>alert(1)</script>\n\nLeder: אבי כהן\n"
        }
        let build = ReportBuilder().build(project: project.root)
        #expect(!build.diagnostics.containsErrors, "\(build.diagnostics.filter(\.isError).map(\.message))")
        #expect(build.diagnostics.filter { $0.code.hasPrefix("INN17") }.map(\.code) == ["INN171", "INN170"])
        let html = String(decoding: try #require(build.files.first { $0.name.hasSuffix(".html") }).bytes, as: UTF8.self)
        let markdown = String(decoding: try #require(build.files.first { $0.name.hasSuffix(".md") }).bytes, as: UTF8.self)
        #expect(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgoAAAAN\" alt=\"Kart over tjenesten\" />"))
        #expect(html.contains("<a href=\"https://evil.example/x.png\">logo</a>"))
        #expect(!html.contains("<img src=\"http"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<bdi>Leder: אבי כהן</bdi>"))
        #expect(markdown.contains("Logo: [logo](https://evil.example/x.png)"))
        #expect(markdown.contains("&lt;script>alert(1)&lt;/script>"))
        #expect(!markdown.contains("<script>"))
    }
}
