import EmbeddedResources
import Foundation
import ReportBuilding
import ReportInputs
import ReportModel
import SourceText
import TestSupport
import Testing

/// A project in nynorsk, built by the real pipeline with the templates compiled into the program.
@Suite struct NynorskBuildTests {
    /// The embedded files below `prefix` written into a fresh folder (removed when released).
    final class Project: Sendable {
        let root: URL

        init(from prefix: String, year: Int? = nil) {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("nynorsk-\(UUID().uuidString)")
            for file in EmbeddedResources.files(under: prefix) {
                var bytes = file.bytes
                let path = String(file.path.dropFirst(prefix.count))
                if let year, path == "tilstandsrapport.txt" {
                    bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "{{rapportår}}", with: String(year)).utf8)
                }
                let url = root.appendingPathComponent(path)
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func text(_ relative: String) -> String {
            (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
        }

        func write(_ relative: String, _ text: String) {
            _ = FileManager.default.createFile(atPath: root.appendingPathComponent(relative).path, contents: Data(text.utf8))
        }
    }

    static func files(_ build: PipelineBuild) -> (markdown: String, html: String) {
        (String(decoding: build.files.first?.bytes ?? [], as: UTF8.self), String(decoding: build.files.last?.bytes ?? [], as: UTF8.self))
    }

    /// Issue 13: the nynorsk sample builds with no warning but the one that says it is the sample.
    @Test func theNynorskSampleBuildsWithOnlyTheSampleWarning() {
        let project = Project(from: "SampleData/nn/")
        let build = ReportBuilder().build(project: project.root)
        #expect(build.diagnostics.map(\.code) == ["INN135"], "\(DiagnosticFormatter().format(build.diagnostics))")
        let (markdown, html) = Self.files(build)
        // The title is pandoc's document title, in the metadata block with the nynorsk language tag.
        #expect(markdown.hasPrefix("---\nlang: nn-NO\ntitle: |\n  Tilstandsrapport for barnevernstenesta 2025\n"))
        #expect(markdown.contains("\nlang: nn-NO\n"))
        #expect(html.contains("<html lang=\"nn\">"))
        #expect(BokmålOnlyForms.found(in: markdown, html: false) == [:])
        #expect(BokmålOnlyForms.found(in: html, html: true) == [:])
    }

    /// The built-in templates are complete in nynorsk: no fallback to bokmål (RAP001) for a nynorsk project.
    @Test func theBuiltInTemplatesAreCompleteInBothForms() {
        let sets = BuiltInTemplates.embedded
        #expect(Set(sets.sets[.bokmål]?.keys ?? [:].keys) == Set(sets.sets[.nynorsk]?.keys ?? [:].keys))
        #expect(sets.templates(for: .nynorsk).diagnostics.isEmpty)
        #expect(sets.sets[.nynorsk]?["rapport.css"] == sets.sets[.bokmål]?["rapport.css"])
        #expect((sets.sets[.nynorsk]?["rapport.css"] ?? "").isEmpty == false)
    }

    /// `init --målform nn`: the empty project builds at once, a draft that says in nynorsk what is missing.
    @Test func theEmptyNynorskProjectBuildsADraftInNynorsk() {
        let project = Project(from: "Templates/nn/ny-rapport/", year: 2025)
        #expect(project.text("tilstandsrapport.txt").contains("\nmålform: nn\n"))
        let build = ReportBuilder().build(project: project.root)
        #expect(!build.diagnostics.containsErrors, "\(DiagnosticFormatter().format(build.diagnostics))")
        #expect(Set(build.diagnostics.map(\.code)) == ["INN008", "INN132", "INN082", "INN083"], "\(DiagnosticFormatter().format(build.diagnostics))")
        let (markdown, html) = Self.files(build)
        #expect(markdown.contains("**UTKAST – ikkje godkjent**"))
        #expect(markdown.contains("Lesarrettleiing (ikkje påbyrja)"))
        #expect(BokmålOnlyForms.found(in: markdown, html: false) == [:])
        #expect(BokmålOnlyForms.found(in: html, html: true) == [:])
    }

    /// Nynorsk guidance left in a text is recognised like bokmål guidance, and keeps the report a draft.
    @Test func nynorskGuidanceLeftInATextKeepsTheReportADraft() {
        let project = Project(from: "Templates/nn/ny-rapport/", year: 2025)
        project.write("tekster/okonomi.md", project.text("tekster/okonomi.md")
            .replacingOccurrences(of: "ansvarlig:\n", with: "ansvarlig: Kari\n")
            .replacingOccurrences(of: "status: ikke påbegynt", with: "status: godkjent"))
        let build = ReportBuilder().build(project: project.root)
        #expect(build.diagnostics.contains { $0.code == "INN130" && $0.location?.file == "tekster/okonomi.md" })
        #expect(Self.files(build).markdown.contains("Økonomi (godkjent, men inneheld framleis rettleiinga)"))
    }

    /// `status` speaks bokmål like the rest of the command line, and reports nynorsk guidance as left over.
    @Test func statusNamesLeftoverNynorskGuidance() {
        let project = Project(from: "Templates/nn/ny-rapport/", year: 2025)
        project.write("tekster/okonomi.md", project.text("tekster/okonomi.md")
            .replacingOccurrences(of: "ansvarlig:\n", with: "ansvarlig: Kari\n")
            .replacingOccurrences(of: "status: ikke påbegynt", with: "status: utkast"))
        let status = ReportBuilder().status(project: project.root)
        let economy = status.chapters.first { $0.id == "okonomi" }
        #expect(economy?.missing.contains(.leftover(.guidanceLeft)) == true)
        #expect(status.chapters.first { $0.id == "vedlegg" }?.missing.contains(.text) == false)
    }

    /// A footnote's link back to its reference is named in the report's form: «Tilbake til tilvisinga 1», not bokmål's «henvisningen».
    @Test func aFootnoteBackLinkIsNamedInNynorsk() {
        let project = Project(from: "SampleData/nn/")
        project.write("tekster/okonomi.md", project.text("tekster/okonomi.md") + "\nEi kjelde.[^1]\n\n[^1]: SSB, tabell 12870.\n")
        let build = ReportBuilder().build(project: project.root)
        let html = Self.files(build).html
        #expect(html.contains("id=\"kapittel-okonomi-fn-1\""))
        #expect(html.contains("aria-label=\"Tilbake til tilvisinga 1\""))
        #expect(!html.contains("henvisning"))
    }
}
