import Foundation
import ReportBuilding
import SourceText

/// `status DIR`: the chapter table, and any diagnostics found on the way.
struct StatusCommand: Sendable {
    var pipeline: any ReportPipeline

    func run(project: ProjectFolder, width: Int = 80) -> CommandResult {
        var result = CommandResult()
        result.inputDiagnostics = project.existenceProblems()
        if result.inputDiagnostics.containsErrors { return result }
        let status = project.withURL { pipeline.status(project: $0) }
        result.inputDiagnostics = status.diagnostics
        if !status.chapters.isEmpty || !status.diagnostics.containsErrors {
            result.output = StatusTable(status: status, width: width).lines
        }
        return result
    }
}
