// The report's words about who approved a text, and when (`godkjenninger.txt`). The approved version of a
// text is never printed; only the names, roles and dates of its approvers are.
extension Phrasebook {
    /// «Marte Vik Sunde, 14.02.2026» or «Marte Vik Sunde, 14.02.2026, og Rune Bakketun, 15.02.2026».
    public func approvers(_ approvals: [Approval]) -> String {
        dateList(approvals.map { "\($0.approver.name), \($0.time.dateText)" })
    }

    /// «Kari Aasland Nygård (barnevernleder), 10.02.2026», for the colophon, where the role says who they are.
    public func approversWithRoles(_ approvals: [Approval]) -> String {
        dateList(approvals.map { "\(person($0.approver)), \($0.time.dateText)" })
    }

    /// The status of a text on the front page's list of chapters not approved, when it changed after approval.
    public func changedAfterApproval(_ since: [Approval]) -> String {
        say("endret etter godkjenning av \(approvers(since))", "endra etter godkjenning av \(approvers(since))")
    }

    /// The status on the front page's list of a chapter that keeps the report a draft: its approval (recorded,
    /// changed since, or only set by hand) and what is left from the starter text.
    public func notFinal(_ text: ChapterText) -> String {
        if case .changed(let since) = text.registration {
            let status = changedAfterApproval(since)
            guard !text.draftReasons.isEmpty else { return status }
            return "\(status), " + text.draftReasons.map(draftReason).joined(separator: " " + say("og", "og") + " ")
        }
        return notFinal(text.isApproved ? .approved : text.status, reasons: text.draftReasons)
    }

    /// What the colophon says about a text's approval; nil text is a chapter without a text file.
    public func colophonEntry(_ text: ChapterText?) -> String {
        guard let text else { return textMissing }
        switch text.registration {
        case .current(let approvals): return approversWithRoles(approvals)
        case .changed(let since):
            let names = approversWithRoles(since)
            return say("endret etter godkjenning; forrige versjon godkjent av \(names)",
                       "endra etter godkjenning; førre versjon godkjent av \(names)")
        case .unregistered:
            switch text.status {
            case .approved: return say("godkjent (ikke registrert)", "godkjent (ikkje registrert)")
            case .notStarted: return status(.notStarted)
            case .draft, .inReview: return say("ikke godkjent (\(status(text.status)))", "ikkje godkjent (\(status(text.status)))")
            }
        }
    }

    /// The colophon's empty cell for a chapter with no one responsible.
    public var nobody: String { "–" }

    /// «a, b, og c»: a comma before «og» too, since each item already holds a comma before its date.
    private func dateList(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + ", " + say("og", "og") + " " + last
    }
}
