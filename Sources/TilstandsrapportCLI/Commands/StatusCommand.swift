import Foundation
import ReportBuilding
import SourceText

/// `status DIR`: the chapter table, and any diagnostics found on the way.
struct StatusCommand: Sendable {
    var pipeline: any ReportPipeline

    func run(project: ProjectFolder) -> CommandResult {
        var result = CommandResult()
        result.inputDiagnostics = project.existenceProblems()
        if result.inputDiagnostics.containsErrors { return result }
        let status = pipeline.status(project: project.url)
        result.inputDiagnostics = status.diagnostics
        if !status.chapters.isEmpty || !status.diagnostics.containsErrors {
            result.output = StatusTable(status: status).lines
        }
        return result
    }
}
