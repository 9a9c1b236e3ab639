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
        result.outputDiagnostics = writer.checkLocation(of: outputDirectory.path, project: project.path, shownAs: outputDirectory.shownAs)
        let build = project.withURL { pipeline.build(project: $0) }
        result.inputDiagnostics += build.diagnostics
        if result.diagnostics.containsErrors { return result }
        let outcome = writer.write(build.files, to: outputDirectory.path, project: project.path, shownAs: outputDirectory.shownAs)
        result.outputDiagnostics += outcome.diagnostics
        result.written = outcome.written
        result.notWritten = outcome.notWritten
        result.output = outcome.written.map(CLIMessages.wrote)
        return result
    }
}
