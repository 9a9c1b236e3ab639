import ReportModel
import SourceText

/// The approvals recorded in a project: every record of `godkjenninger.txt`, and the file's text to append to.
public struct ApprovalLedger: Sendable {
    /// Every well-formed record, in file order (oldest first), of every report year.
    public var records: [Approval]
    /// The file as read (decoded), or nil when the project has none yet.
    public var text: String?
    /// False when the file is there but could not be read, or has an error: nothing may be appended to it then.
    public var isUsable: Bool

    /// Creates a ledger.
    public init(records: [Approval] = [], text: String? = nil, isUsable: Bool = true) {
        self.records = records
        self.text = text
        self.isUsable = isUsable
    }

    /// What the records say about a text of `chapter` with `content`, for `year`: the latest record of that year
    /// decides, together with the records of the same text just before it (several people may approve one text).
    public func registration(of chapter: String, content: String, year: Int) -> ApprovalRegistration {
        let mine = records.filter { $0.chapter == chapter && $0.year == year }
        guard let latest = mine.last else { return .unregistered }
        let run = Array(mine.reversed().prefix { $0.digest == latest.digest }.reversed())
        return ApprovalContent.digest(content) == latest.digest ? .current(run) : .changed(since: run)
    }
}

/// Reading `godkjenninger.txt` and holding each chapter text against it.
extension LoadSession {
    /// Reads the approvals file (optional: a project without approvals has none).
    mutating func readApprovals() -> ApprovalLedger {
        let before = diagnostics.count
        switch readText(ApprovalsFile.name, limit: limits.maximumApprovalsBytes, ifMissing: .silent) {
        case .absent:
            return ApprovalLedger()
        case .unreadable:
            return ApprovalLedger(isUsable: false)
        case .text(let text):
            let read = ApprovalsFile.read(text)
            diagnostics += read.diagnostics
            let usable = !diagnostics[before...].contains { $0.isError }
            return ApprovalLedger(records: read.records, text: text, isUsable: usable)
        }
    }

    /// Sets each text's registration for `year`, with a warning for a text changed since its approval and for a
    /// recorded approval the front matter contradicts.
    mutating func applyApprovals(_ ledger: ApprovalLedger, to texts: inout [String: ChapterText], year: Int) {
        for id in texts.keys.sorted() {
            guard var text = texts[id] else { continue }
            text.registration = ledger.registration(of: id, content: text.approvalContent, year: year)
            texts[id] = text
            switch text.registration {
            case .unregistered:
                break
            case .changed(let since):
                let line = changedLine(text, approved: since.last?.content ?? "")
                diagnostics.append(InputMessage.changedAfterApproval(chapter: id, since: since).diagnostic(file: text.file, line: line))
            case .current(let approvals) where text.status != .approved:
                let line = frontMatterLine("status", in: rawTexts[id] ?? "") ?? 1
                diagnostics.append(InputMessage.approvalStatusDiffers(status: text.status.rawValue, approvals: approvals)
                    .diagnostic(file: text.file, line: line))
            case .current:
                break
            }
        }
    }

    /// The file line of the first body line that differs from the approved text; the first line when only the
    /// title or the authors differ.
    private func changedLine(_ text: ChapterText, approved: String) -> Int {
        guard let index = ApprovalContent.firstChangedBodyLine(text.approvalContent, approved) else { return 1 }
        let lines = StarterTextRule.lines(rawTexts[text.id] ?? "")
        let body = lines.dropFirst(max(0, text.bodyLine - 1))
        return text.bodyLine + ApprovalContent.trimmedBody(Array(body)).leadingBlankLines + index
    }

    /// The line of the first `key:` line in the front matter of `raw`.
    private func frontMatterLine(_ key: String, in raw: String) -> Int? {
        let lines = StarterTextRule.lines(raw)
        for (index, line) in lines.enumerated().dropFirst() {
            let visible = ChapterTextReader.visible(line)
            if visible == "---" { return nil }
            if visible.lowercased().hasPrefix(key), String(visible.dropFirst(key.count)).trimmingSpaces().hasPrefix(":") { return index + 1 }
        }
        return nil
    }
}
