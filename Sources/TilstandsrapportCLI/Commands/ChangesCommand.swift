import Foundation
import ReportBuilding
import SourceText

/// `endringer DIR [KAPITTEL]`: what changed in each text since it was approved, paragraph by paragraph.
struct ChangesCommand: Sendable {
    var pipeline: any ReportPipeline

    func run(project: ProjectFolder, chapter: String?, width: Int = 80) -> CommandResult {
        var result = CommandResult()
        result.inputDiagnostics = project.existenceProblems()
        if result.inputDiagnostics.containsErrors { return result }
        let changes = project.withURL { pipeline.changes(project: $0, chapter: chapter.map(ApproveCommand.chapterID)) }
        result.inputDiagnostics = changes.diagnostics
        if let unknown = changes.unknownChapter {
            result.inputDiagnostics.append(Diagnostic(code: "CLI070", message: CLIMessages.unknownChapter(unknown)))
            return result
        }
        result.output = ChangesText(changes: changes, single: chapter != nil, folder: project.shownAs, width: width).lines
        return result
    }
}
