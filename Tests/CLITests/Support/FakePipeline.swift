import Foundation
import ReportBuilding
import ReportModel
import SourceText
import TextDiff
import TilstandsrapportCLI

/// A pipeline with canned answers chosen by the project folder's name, so CLI tests need no real inputs.
/// Its diagnostics use `TST` codes, which the program never prints.
///
/// - `eksempel`: no diagnostics; builds `tilstandsrapport-2025.md` and `.html`.
/// - `advarsler`: one warning; builds the same files.
/// - `feil`: two errors and a warning; builds nothing.
/// - any other folder: no diagnostics and no chapters.
///
/// `godkjenn` records `okonomi` and `bemanning-tillitsvalgte` (by Marte Vik Sunde only) in `eksempel` and `advarsler`,
/// appending to `godkjenninger.txt` as it is on disk; `endringer` shows one chapter changed, one unchanged, one not approved.
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
            ChapterStatus(id: "okonomi", title: "Økonomi", responsible: "Hanne Solberg", state: .approvedUnregistered, missing: []),
            ChapterStatus(
                id: "bemanning-tillitsvalgte", title: "De tillitsvalgtes vurdering", responsible: "Marte Vik Sunde", state: .changedAfterApproval,
                missing: [.renewedApproval(previous: Self.earlierApproval)], approvals: Self.earlierApproval),
        ]
        switch project.lastPathComponent {
        case "eksempel", "advarsler", "feil":
            return PipelineStatus(year: 2025, chapters: chapters, diagnostics: diagnostics(for: project))
        default:
            return PipelineStatus(year: nil, chapters: [], diagnostics: [])
        }
    }

    /// Marte Vik Sunde's approval of an earlier version of the union representatives' text.
    static let earlierApproval = ApprovalTime(parsing: "2026-02-14T10:32:05+01:00").map {
        [Approval(chapter: "bemanning-tillitsvalgte", year: 2025, approver: Author(name: "Marte Vik Sunde", role: "hovedtillitsvalgt"), time: $0,
                  digest: "", content: "")]
    } ?? []

    /// Two union representatives sign `bemanning-tillitsvalgte`; the leader approves the rest.
    static let unionAuthors = [Author(name: "Marte Vik Sunde", role: "hovedtillitsvalgt"), Author(name: "Rune Bakketun", role: "plasstillitsvalgt")]

    func approve(project: URL, request: ApprovalRequest) -> PipelineApproval {
        let diagnostics = diagnostics(for: project)
        let file = "tekster/\(request.chapter).md"
        guard !diagnostics.containsErrors else {
            return PipelineApproval(diagnostics: diagnostics, outcome: .refused(.textHasErrors(file: file)))
        }
        let titles = ["okonomi": "Økonomi", "bemanning-tillitsvalgte": "De tillitsvalgtes vurdering"]
        guard ["eksempel", "advarsler"].contains(project.lastPathComponent), let title = titles[request.chapter] else {
            let known = project.lastPathComponent == "eksempel" ? ["oppsummering", "bemanning", "bemanning-tillitsvalgte", "okonomi"] : []
            return PipelineApproval(diagnostics: diagnostics, outcome: .refused(.unknownChapter(UnknownChapter(id: request.chapter, known: known))))
        }
        if request.chapter == "bemanning-tillitsvalgte", !Self.unionAuthors.contains(where: { $0.name == request.approver.name }) {
            return PipelineApproval(diagnostics: diagnostics, outcome: .refused(.notAnAuthor(name: request.approver.name, authors: Self.unionAuthors, file: file)),
                                    title: title)
        }
        let content = "tittel: \(title)\n---\nTeksten."
        let approval = Approval(chapter: request.chapter, year: 2025, approver: request.approver, time: request.time, digest: "0123abcd", content: content)
        let existing = try? String(contentsOf: project.appendingPathComponent("godkjenninger.txt"), encoding: .utf8)
        if let existing, existing.contains("godkjenning: \(request.chapter)\ngodkjent av: \(request.approver.name)\n") {
            return PipelineApproval(diagnostics: diagnostics, outcome: .alreadyRecorded(approval), title: title)
        }
        let record = "godkjenning: \(request.chapter)\ngodkjent av: \(request.approver.name)\ntidspunkt: \(request.time.text)\n"
        return PipelineApproval(diagnostics: diagnostics, outcome: .record(approval, fileText: (existing ?? "# Godkjenninger\n") + "\n" + record, replacing: []),
                                title: title)
    }

    func changes(project: URL, chapter: String?) -> PipelineChanges {
        let diagnostics = diagnostics(for: project)
        guard project.lastPathComponent == "eksempel" else { return PipelineChanges(diagnostics: diagnostics, year: nil, chapters: []) }
        let approvals = Self.earlierApproval
        let text = TextChanges(paragraphs: [
            ParagraphChange(kind: .changed(before: "Mange hadde langt flere saker enn det som er faglig forsvarlig.",
                                           after: "Mange hadde flere saker enn det som er forsvarlig.",
                                           words: [WordChange(removed: "langt", added: ""), WordChange(removed: "faglig", added: "")]),
                            oldNumber: 2, newNumber: 2),
            ParagraphChange(kind: .added("Et nytt avsnitt \u{1B}[31mmed et kontrolltegn."), oldNumber: nil, newNumber: 3),
            ParagraphChange(kind: .removed("### Arbeidsmiljøet\nSamarbeidet med ledelsen er godt."), oldNumber: 4, newNumber: nil),
        ])
        let all = [
            ChapterChanges(id: "oppsummering", title: "Kort oppsummering", file: "tekster/oppsummering.md", state: .unregistered),
            ChapterChanges(id: "bemanning-tillitsvalgte", title: "De tillitsvalgtes vurdering", file: "tekster/bemanning-tillitsvalgte.md",
                           state: .changed(since: approvals, text)),
            ChapterChanges(id: "okonomi", title: "Økonomi", file: "tekster/okonomi.md",
                           state: .unchanged(approvals.map { var a = $0; a.approver = Author(name: "Hanne Solberg", role: "barnevernleder"); return a })),
        ]
        if let chapter {
            guard let one = all.first(where: { $0.id == chapter }) else {
                return PipelineChanges(diagnostics: diagnostics, year: 2025, chapters: [], unknownChapter: UnknownChapter(id: chapter, known: all.map(\.id)))
            }
            return PipelineChanges(diagnostics: diagnostics, year: 2025, chapters: [one])
        }
        return PipelineChanges(diagnostics: diagnostics, year: 2025, chapters: all)
    }
}
