import Foundation
import ReportBuilding
import ReportModel
import SourceText

/// `godkjenn DIR KAPITTEL --av "navn; rolle"`: records that this person approves the chapter's text as it is now.
///
/// The project folder is locked (as `build` locks its output folder) from reading the project to writing the
/// approvals file, so concurrent runs take turns and every record is kept.
struct ApproveCommand: Sendable {
    var pipeline: any ReportPipeline
    var writer = ApprovalsFileWriter()

    func run(project: ProjectFolder, chapter: String, approver: Author, time: ApprovalTime) -> CommandResult {
        var result = CommandResult(writes: true)
        result.inputDiagnostics = project.existenceProblems()
        if result.inputDiagnostics.containsErrors { return result }
        let folder: OutputFolder
        switch OutputFolder.open(project.path, shownAs: project.shownAs, purpose: .approvals) {
        case .failure(let diagnostic):
            result.outputDiagnostics = [diagnostic]
            return result
        case .success(let opened): folder = opened
        }
        defer {
            folder.removeLockFileIfUnused()
            folder.close()
        }
        let id = Self.chapterID(chapter)
        let request = ApprovalRequest(chapter: id, approver: approver, time: time)
        let approval = project.withURL { pipeline.approve(project: $0, request: request) }
        result.inputDiagnostics = approval.diagnostics
        let title = approval.title ?? id
        let file = "tekster/\(id).md"
        switch approval.outcome {
        case .refused(let refusal):
            let (code, message) = CLIMessages.refusal(refusal)
            result.inputDiagnostics.append(Diagnostic(code: code, message: message))
        case .alreadyRecorded(let recorded):
            result.writes = false
            result.output = [CLIMessages.alreadyApproved(title: title, approval: recorded)]
        case let .record(recorded, fileText, replacing):
            let shown = project.shown(ApprovalsFileWriter.name)
            if let failure = writer.write(fileText, in: folder, shownAs: shown) {
                result.outputDiagnostics = [failure]
                return result
            }
            result.written = [shown]
            result.output = [CLIMessages.approved(title: title, file: file, approval: recorded)]
            if !replacing.isEmpty { result.output.append(CLIMessages.approvalReplaces(replacing)) }
            result.output.append(CLIMessages.approvalSavedIn(shown))
        }
        return result
    }

    /// The chapter id from what was typed: `bemanning`, `bemanning.md` and `tekster/bemanning.md` all name it.
    static func chapterID(_ typed: String) -> String {
        var id = Substring(typed)
        if id.hasPrefix("./") { id = id.dropFirst(2) }
        if id.hasPrefix("tekster/") { id = id.dropFirst("tekster/".count) }
        if id.hasSuffix(".md") { id = id.dropLast(3) }
        return String(id)
    }
}

extension ApprovalTime {
    /// `date` as the clock on the wall shows it in `timeZone`, with that zone's offset from UTC then.
    init?(date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day, let hour = parts.hour,
              let minute = parts.minute, let second = parts.second else { return nil }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                  offsetMinutes: timeZone.secondsFromGMT(for: date) / 60)
    }
}
