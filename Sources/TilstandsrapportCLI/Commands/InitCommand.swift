import Foundation
import SourceText

/// `init DIR`: a new, empty project to fill in; `init --eksempel DIR`: the sample municipality.
struct InitCommand: Sendable {
    enum Kind: Sendable {
        case empty
        case example
    }

    var project: SampleProject
    var kind: Kind

    func run(directory: ProjectFolder) -> CommandResult {
        var result = CommandResult(writes: true)
        result.outputDiagnostics = ProjectCreator(project: project).create(at: directory.path, shownAs: directory.shownAs)
        if result.outputDiagnostics.isEmpty {
            switch kind {
            case .empty: result.output = CLIMessages.initEmptyDone(directory.shownAs, fileCount: project.files.count)
            case .example: result.output = CLIMessages.initExampleDone(directory.shownAs, fileCount: project.files.count)
            }
        }
        return result
    }

    /// The year a report begun today is most likely about: from July the current year (written in the
    /// autumn, presented in the spring), before that the year just ended.
    static func suggestedYear(today: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        let parts = calendar.dateComponents([.year, .month], from: today)
        let year = parts.year ?? 2025
        return (parts.month ?? 1) >= 7 ? year : year - 1
    }
}
