import Foundation
import ReportBuilding
import SourceText

/// A pipeline that loads nothing and reports one error, for tests of commands that must not need a project
/// (help, usage errors) and of how `build`, `check` and `status` fail when the pipeline fails. Its code
/// `TST900` cannot be mistaken for one the program prints.
struct UnavailablePipeline: ReportPipeline {
    private var diagnostic: Diagnostic {
        Diagnostic(code: "TST900", message: "Testrørledningen leser ingenting.")
    }

    func check(project: URL) -> PipelineCheck {
        PipelineCheck(diagnostics: [diagnostic])
    }

    func build(project: URL) -> PipelineBuild {
        PipelineBuild(diagnostics: [diagnostic], year: nil, files: [])
    }

    func status(project: URL) -> PipelineStatus {
        PipelineStatus(year: nil, chapters: [], diagnostics: [diagnostic])
    }

    func approve(project: URL, request: ApprovalRequest) -> PipelineApproval {
        PipelineApproval(diagnostics: [diagnostic], outcome: .refused(.approvalsFileUnusable))
    }

    func changes(project: URL, chapter: String?) -> PipelineChanges {
        PipelineChanges(diagnostics: [diagnostic], year: nil, chapters: [])
    }
}
