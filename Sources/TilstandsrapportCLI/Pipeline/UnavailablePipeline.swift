import Foundation
import SourceText

/// A stand-in until the real pipeline is wired in: loads nothing and reports one error, so `build`,
/// `check` and `status` fail honestly instead of pretending the project is fine.
public struct UnavailablePipeline: ReportPipeline {
    public init() {}

    private var diagnostic: Diagnostic {
        Diagnostic(code: "CLI900", message: CLIMessages.pipelineUnavailable)
    }

    public func check(project: URL) -> PipelineCheck {
        PipelineCheck(diagnostics: [diagnostic])
    }

    public func build(project: URL) -> PipelineBuild {
        PipelineBuild(diagnostics: [diagnostic], year: nil, files: [])
    }

    public func status(project: URL) -> PipelineStatus {
        PipelineStatus(year: nil, chapters: [], diagnostics: [diagnostic])
    }
}
