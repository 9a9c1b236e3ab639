import Foundation
import ReportBuilding
import SourceText

/// `build DIR [--out OUTDIR]`: check, render, then write every output or none.
struct BuildCommand: Sendable {
    var pipeline: any ReportPipeline
    var writer = OutputWriter()

    func run(project: ProjectFolder, outputDirectory: ProjectFolder) -> CommandResult {
        var result = CommandResult(writes: true)
        result.inputDiagnostics = project.existenceProblems()
        if result.inputDiagnostics.containsErrors { return result }
        // Checked before rendering so a misplaced --out is reported together with any input errors.
        result.outputDiagnostics = writer.checkLocation(
            of: outputDirectory.url, project: project.url, shownAs: outputDirectory.shownAs)
        let build = pipeline.build(project: project.url)
        result.inputDiagnostics += build.diagnostics
        if result.diagnostics.containsErrors { return result }
        let written = writer.write(build.files, to: outputDirectory.url, project: project.url, shownAs: outputDirectory.shownAs)
        result.outputDiagnostics += written.diagnostics
        result.output = written.written.map(CLIMessages.wrote)
        return result
    }
}
