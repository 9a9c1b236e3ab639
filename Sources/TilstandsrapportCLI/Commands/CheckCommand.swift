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
        let check = project.withURL { pipeline.check(project: $0) }
        result.inputDiagnostics = check.diagnostics
        if result.inputDiagnostics.isEmpty { result.output = [CLIMessages.noProblems] }
        if !check.hiddenCells.isEmpty {
            result.output.append(CLIMessages.hiddenCellsHeading)
            result.output += check.hiddenCells.map(CLIMessages.hiddenCells)
        }
        return result
    }
}
