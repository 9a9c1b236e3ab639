import Foundation
import SourceText

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
