import Foundation
import ReportBuilding
import SourceText

/// The `tilstandsrapport` command line as a library: parse the arguments, run the command, print, and
/// return the exit status. `main.swift` only builds one of these and exits with what `run` returns.
///
/// ```swift
/// var console = CapturedConsole()
/// let status = CommandLineTool(pipeline: FakePipeline(), currentDirectory: folder)
///     .run(["check", "eksempel"], console: &console)
/// ```
public struct CommandLineTool: Sendable {
    public var pipeline: any ReportPipeline
    /// The files `init` writes.
    public var sampleProject: SampleProject
    /// The folder relative paths on the command line are resolved against.
    public var currentDirectory: URL

    public init(pipeline: any ReportPipeline, sampleProject: SampleProject = .embedded, currentDirectory: URL) {
        self.pipeline = pipeline
        self.sampleProject = sampleProject
        self.currentDirectory = currentDirectory
    }

    /// Runs one command line (without the program name) and returns its exit status.
    public func run(_ arguments: [String], console: inout some Console) -> Int32 {
        let result: CommandResult
        switch ArgumentParser().parse(arguments) {
        case .failure(let error):
            result = CommandResult(usageError: error)
        case .success(let invocation):
            result = execute(invocation)
        }
        print(result, to: &console)
        return ExitStatus(result).rawValue
    }

    func execute(_ invocation: Invocation) -> CommandResult {
        let folder = { (argument: String) in ProjectFolder(argument, relativeTo: currentDirectory) }
        switch invocation {
        case .help(let command):
            return CommandResult(output: [HelpText.text(for: command)])
        case .version:
            return CommandResult(output: [CLIMessages.version])
        case .initialize(let directory):
            return InitCommand(sample: sampleProject).run(directory: folder(directory))
        case let .build(project, outputDirectory):
            let project = folder(project)
            let output = outputDirectory.map(folder) ?? folder(project.shown("rapport"))
            return BuildCommand(pipeline: pipeline).run(project: project, outputDirectory: output)
        case .check(let project):
            return CheckCommand(pipeline: pipeline).run(project: folder(project))
        case .status(let project):
            return StatusCommand(pipeline: pipeline).run(project: folder(project))
        }
    }

    /// The one place that turns a result into text: output lines, then diagnostics and a summary on stderr.
    private func print(_ result: CommandResult, to console: inout some Console) {
        for line in result.output { console.writeOutput(line + "\n") }
        if let error = result.usageError {
            console.writeError("\(CLIMessages.programName): \(CLIMessages.usageError(error))\n")
            if error == .missingCommand { console.writeError(HelpText.usageLine + "\n") }
            console.writeError((error.command.map(CLIMessages.seeHelp(for:)) ?? CLIMessages.seeHelp) + "\n")
            return
        }
        let diagnostics = result.diagnostics
        let formatter = DiagnosticFormatter()
        for diagnostic in diagnostics { console.writeError(formatter.format(diagnostic) + "\n") }
        let errors = diagnostics.filter(\.isError).count
        guard var summary = CLIMessages.summary(errors: errors, warnings: diagnostics.count - errors) else { return }
        if errors > 0 && result.writes { summary += " " + CLIMessages.nothingWritten }
        console.writeError(summary + "\n")
    }
}
