import Foundation
import ReportBuilding
import ReportModel
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
    /// The files `init --eksempel` writes (the sample municipality).
    public var sampleProject: SampleProject
    /// The files `init` writes (an empty project).
    public var emptyProject: SampleProject
    /// The folder relative paths on the command line are resolved against, as bytes.
    public var currentDirectoryPath: RawPath
    /// The projects `init --målform nn` writes: the nynorsk sample and the nynorsk empty project.
    public var nynorskSampleProject: SampleProject = .embedded(.nynorsk)
    public var nynorskEmptyProject: SampleProject = .embeddedEmpty(.nynorsk)
    /// The project `init --eksempel --samarbeid` writes: one service for three councils.
    public var serviceSampleProject: SampleProject = .embeddedService
    /// Today, for the report year `init` suggests; now, for the time an approval is recorded.
    public var today: Date = Date()
    /// The time zone approvals are recorded in (the approver's own clock).
    public var timeZone: TimeZone = .current
    /// Write failures to simulate, for tests; none in the program.
    var writeFaults = WriteFaults()

    /// The current folder as a URL (only for folders whose path is text).
    public var currentDirectory: URL { URL(fileURLWithPath: currentDirectoryPath.shown, isDirectory: true) }

    public init(pipeline: any ReportPipeline, sampleProject: SampleProject = .embedded, emptyProject: SampleProject = .embeddedEmpty,
                currentDirectory: URL) {
        self.init(pipeline: pipeline, sampleProject: sampleProject, emptyProject: emptyProject, currentDirectoryPath: RawPath(currentDirectory.path))
    }

    public init(pipeline: any ReportPipeline, sampleProject: SampleProject = .embedded, emptyProject: SampleProject = .embeddedEmpty,
                currentDirectoryPath: RawPath) {
        self.pipeline = pipeline
        self.sampleProject = sampleProject
        self.emptyProject = emptyProject
        self.currentDirectoryPath = currentDirectoryPath
    }

    /// Runs one command line (without the program name) and returns its exit status.
    public func run(_ arguments: [String], console: inout some Console) -> Int32 {
        run(raw: arguments.map { RawPath($0) }, console: &console)
    }

    /// Runs one command line given as the system passed it (bytes) and returns its exit status.
    public func run(raw arguments: [RawPath], console: inout some Console) -> Int32 {
        let result: CommandResult
        switch ArgumentParser().parse(raw: arguments) {
        case .failure(let error):
            result = CommandResult(usageError: error)
        case .success(let invocation):
            result = execute(invocation, width: console.width)
        }
        print(result, to: &console)
        return ExitStatus(result).rawValue
    }

    func execute(_ invocation: Invocation, width: Int = 80) -> CommandResult {
        let folder = { (argument: RawPath) in ProjectFolder(argument, relativeTo: currentDirectoryPath) }
        switch invocation {
        case .help(let command):
            return CommandResult(output: [HelpText.text(for: command)])
        case .version:
            return CommandResult(output: [CLIMessages.version])
        case let .initialize(directory, example, form, service):
            let sample = service ? serviceSampleProject : form == .nynorsk ? nynorskSampleProject : sampleProject
            let empty = form == .nynorsk ? nynorskEmptyProject : emptyProject
            let command = example ? InitCommand(project: sample, kind: .example)
                : InitCommand(project: empty.forReportYear(InitCommand.suggestedYear(today: today)), kind: .empty)
            return command.run(directory: folder(directory))
        case let .nextYear(directory, lastYear):
            return NextYearCommand(pipeline: pipeline).run(directory: folder(directory), from: folder(lastYear))
        case let .build(project, outputDirectory):
            let project = folder(project)
            let output = outputDirectory.map(folder) ?? project.appending("rapport")
            var writer = OutputWriter()
            writer.faults = writeFaults
            return BuildCommand(pipeline: pipeline, writer: writer).run(project: project, outputDirectory: output)
        case .check(let project):
            return CheckCommand(pipeline: pipeline).run(project: folder(project))
        case .status(let project):
            return StatusCommand(pipeline: pipeline).run(project: folder(project), width: width)
        case let .approve(project, chapter, approver):
            guard let time = ApprovalTime(date: today, timeZone: timeZone) else {
                return CommandResult(inputDiagnostics: [Diagnostic(code: "CLI064", message: CLIMessages.clockUnusable)])
            }
            return ApproveCommand(pipeline: pipeline).run(project: folder(project), chapter: chapter, approver: approver, time: time)
        case let .changes(project, chapter):
            return ChangesCommand(pipeline: pipeline).run(project: folder(project), chapter: chapter, width: width)
        }
    }

    /// The one place that turns a result into text: output lines, then diagnostics and a summary on stderr.
    /// Everything goes through `TerminalText.safe`, so nothing from the input can drive the terminal.
    private func print(_ result: CommandResult, to console: inout some Console) {
        for line in result.output { console.writeOutput(TerminalText.safe(line, keepingLineBreaks: true) + "\n") }
        if let error = result.usageError {
            console.writeError(TerminalText.safe("\(CLIMessages.programName): \(CLIMessages.usageError(error))") + "\n")
            if error == .missingCommand { console.writeError(HelpText.usageLine + "\n") }
            console.writeError((error.command.map(CLIMessages.seeHelp(for:)) ?? CLIMessages.seeHelp) + "\n")
            return
        }
        let diagnostics = result.diagnostics
        let formatter = DiagnosticFormatter()
        for diagnostic in diagnostics {
            console.writeError(TerminalText.safe(formatter.format(diagnostic), keepingLineBreaks: true) + "\n")
        }
        let errors = diagnostics.filter(\.isError).count
        guard var summary = CLIMessages.summary(errors: errors, warnings: diagnostics.count - errors) else { return }
        if errors > 0 && result.writes {
            summary += " " + (result.written.isEmpty ? CLIMessages.nothingWritten
                : CLIMessages.partlyWrittenSummary(written: result.written, notWritten: result.notWritten))
        }
        console.writeError(TerminalText.safe(summary, keepingLineBreaks: true) + "\n")
    }
}
