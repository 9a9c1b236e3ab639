import Foundation
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

/// `check DIR`: every diagnostic, nothing written.
struct CheckCommand: Sendable {
    var pipeline: any ReportPipeline

    func run(project: ProjectFolder) -> CommandResult {
        var result = CommandResult()
        result.inputDiagnostics = project.existenceProblems()
        if result.inputDiagnostics.containsErrors { return result }
        result.inputDiagnostics = pipeline.check(project: project.url).diagnostics
        if result.inputDiagnostics.isEmpty { result.output = [CLIMessages.noProblems] }
        return result
    }
}

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

/// `init DIR`: a new project from the sample files.
struct InitCommand: Sendable {
    var sample: SampleProject

    func run(directory: ProjectFolder) -> CommandResult {
        var result = CommandResult(writes: true)
        result.outputDiagnostics = ProjectCreator(sample: sample).create(at: directory.url, shownAs: directory.shownAs)
        if result.outputDiagnostics.isEmpty {
            result.output = CLIMessages.initDone(directory.shownAs, fileCount: sample.files.count)
        }
        return result
    }
}
