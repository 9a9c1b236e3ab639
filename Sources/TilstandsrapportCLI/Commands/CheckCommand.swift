import Foundation
import ReportBuilding
import SourceText

/// `check DIR`: every diagnostic, nothing written.
struct CheckCommand: Sendable {
    var pipeline: any ReportPipeline

    func run(project: ProjectFolder) -> CommandResult {
        var result = CommandResult()
        result.inputDiagnostics = project.existenceProblems()
        if result.inputDiagnostics.containsErrors { return result }
        result.inputDiagnostics = project.withURL { pipeline.check(project: $0) }.diagnostics
        if result.inputDiagnostics.isEmpty { result.output = [CLIMessages.noProblems] }
        return result
    }
}
