import Foundation
import ReportBuilding
import SourceText
import TilstandsrapportCLI

/// A pipeline with canned answers chosen by the project folder's name, so CLI tests need no real inputs.
/// Its diagnostics use `TST` codes, which the program never prints.
///
/// - `eksempel`: no diagnostics; builds `tilstandsrapport-2025.md` and `.html`.
/// - `advarsler`: one warning; builds the same files.
/// - `feil`: two errors and a warning; builds nothing.
/// - any other folder: no diagnostics and no chapters.
struct FakePipeline: ReportPipeline {
    /// Appended to every output, so tests can tell one build from the next.
    var edition = ""

    // `TST` codes: the fake's diagnostics cannot be mistaken for messages the program prints (the real ones
    // are tested over the real pipeline in RealPipelineTests, the Hostile suites and ReportInputsTests).
    static let warning = Diagnostic(
        severity: .warning, code: "TST002", message: "En advarsel fra testrørledningen.",
        location: SourceLocation(file: "data/bemanning.csv", line: 2, column: 1))
    static let errors = [
        Diagnostic(
            code: "TST001", message: "En feil fra testrørledningen, med posisjon og utdrag.",
            location: SourceLocation(file: "data/bemanning.csv", line: 14, column: 19),
            found: "-2", expected: "noe annet", excerpt: "2025;saksbehandler;-2"),
        Diagnostic(code: "TST003", message: "En feil fra testrørledningen, uten posisjon."),
    ]

    func diagnostics(for project: URL) -> [Diagnostic] {
        switch project.lastPathComponent {
        case "advarsler": return [Self.warning]
        case "feil": return Self.errors + [Self.warning]
        default: return []
        }
    }

    func check(project: URL) -> PipelineCheck {
        PipelineCheck(diagnostics: diagnostics(for: project))
    }

    func build(project: URL) -> PipelineBuild {
        let diagnostics = diagnostics(for: project)
        if diagnostics.containsErrors { return PipelineBuild(diagnostics: diagnostics, year: nil, files: []) }
        return PipelineBuild(diagnostics: diagnostics, year: 2025, files: [
            OutputFile(name: "tilstandsrapport-2025.md", text: "# Tilstandsrapport 2025\(edition)\n"),
            OutputFile(name: "tilstandsrapport-2025.html", text: "<!doctype html><title>Tilstandsrapport 2025\(edition)</title>\n"),
        ])
    }

    func status(project: URL) -> PipelineStatus {
        let chapters = [
            ChapterStatus(id: "oppsummering", title: "Oppsummering", responsible: "Hanne Solberg", state: .approved, missing: []),
            ChapterStatus(
                id: "bemanning", title: "Bemanning og kompetanse", responsible: "Per Ørjasæter", state: .draft,
                missing: [.approval, .dataYear(file: "data/bemanning.csv", year: 2025)]),
            ChapterStatus(id: "medvirkning", title: "Barns medvirkning", responsible: nil, state: .missing, missing: [.text, .approval]),
            ChapterStatus(
                id: "samarbeid", title: "Samarbeid med andre sektorer", responsible: "Åse Li", state: .inReview,
                missing: [.approval, .other("svar fra skolene")]),
        ]
        switch project.lastPathComponent {
        case "eksempel", "advarsler", "feil":
            return PipelineStatus(year: 2025, chapters: chapters, diagnostics: diagnostics(for: project))
        default:
            return PipelineStatus(year: nil, chapters: [], diagnostics: [])
        }
    }
}
