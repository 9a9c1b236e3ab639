import Foundation
import Mustache
import ReportInputs
import ReportModel
@testable import ReportRendering
import TestSupport
import Testing

/// The repository's folders, found from this file so tests run from any directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = root.appendingPathComponent("SampleData")
    static let golden = root.appendingPathComponent("Tests/ReportRenderingTests/Golden")

    /// The built-in bokmål templates with the shared files (the style sheet), as the program has them.
    static var builtIn: any TemplateSource { builtIn(.bokmål) }

    /// The built-in templates of `form` with the shared files.
    static func builtIn(_ form: LanguageForm) -> any TemplateSource {
        LayeredTemplates([DirectoryTemplates(root: root.appendingPathComponent("Templates/\(form.rawValue)")),
                          DirectoryTemplates(root: root.appendingPathComponent("Templates/felles"))])
    }

    /// The sample project, loaded and computed.
    static func sampleReport() throws -> (ComputedReport, [String]) {
        let project = ProjectLoader().load(sample)
        let data = try #require(project.data)
        return (ComputedReport(data: data), project.chapterOrder)
    }

    /// Small, hand-made data for view tests.
    static func settings(year: Int = 2025, threshold: Int = 5) -> ReportSettings {
        ReportSettings(municipality: "Testvik kommune", municipalityNumber: "4698", year: year, body: "kommunestyre", meetingDate: nil,
                       caseNumber: nil, kostraGroup: "KOSTRA-gruppe 1", language: .bokmål, threshold: threshold, kostraStatus: .final,
                       authors: [Author(name: "Kari Leder", role: "barnevernleder")], chapterOrder: nil)
    }

    static func text(_ id: String, status: ApprovalStatus = .approved, body: String = "Tekst.", authors: [Author] = []) -> ChapterText {
        ChapterText(id: id, title: ChapterRegistry.chapter(id)?.title.nb ?? id, responsible: "Kari Leder", status: status, authors: authors,
                    markdown: body, file: "tekster/\(id).md", bodyLine: 6)
    }
}

/// Compares `text` with the reviewed golden file `name` (under `Golden/`); `UPDATE_GOLDENS=1` re-records it.
func expectGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    switch Golden.compare(text, withFileAt: Repository.golden.appendingPathComponent(name)) {
    case .matches: break
    case .recorded(let path): Issue.record("re-recorded \(path): read it before committing", sourceLocation: sourceLocation)
    case .missing(let path): Issue.record("no golden at \(path); run with UPDATE_GOLDENS=1", sourceLocation: sourceLocation)
    case .differs(let line, let expected, let actual):
        Issue.record("line \(line) differs:\n  golden: \(expected)\n  now:    \(actual)", sourceLocation: sourceLocation)
    }
}
