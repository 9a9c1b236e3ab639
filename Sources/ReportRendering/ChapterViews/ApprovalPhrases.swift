import ReportModel

// MARK: - Report wording about approvals, built in Swift (to be moved into the nb/nn phrasebook)
//
// Every sentence fragment the report prints about who approved a text lives here and nowhere else; the
// templates (`godkjenninger.md.mustache`, the union representatives' section) hold the rest.

/// The report's words for approvals.
enum ApprovalPhrases {
    /// «Marte Vik Sunde, 14.02.2026» or «Marte Vik Sunde, 14.02.2026, og Rune Bakketun, 15.02.2026».
    static func approvers(_ approvals: [Approval]) -> String {
        let items = approvals.map { "\($0.approver.name), \($0.time.dateText)" }
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + ", og " + last
    }

    /// «Kari Aasland Nygård (barnevernleder), 10.02.2026», for the colophon, where the role says who they are.
    static func approversWithRoles(_ approvals: [Approval]) -> String {
        let items = approvals.map { "\($0.approver.name) (\($0.approver.role)), \($0.time.dateText)" }
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + ", og " + last
    }

    /// The status of a text on the front page's list of chapters not approved, when it changed after approval.
    static func changedAfterApproval(_ since: [Approval]) -> String {
        "endret etter godkjenning av \(approvers(since))"
    }

    /// What the colophon says about a text's approval.
    static func colophonEntry(_ text: ChapterText?) -> String {
        guard let text else { return "mangler tekst" }
        switch text.registration {
        case .current(let approvals): return approversWithRoles(approvals)
        case .changed(let since): return "endret etter godkjenning; forrige versjon godkjent av \(approversWithRoles(since))"
        case .unregistered:
            switch text.status {
            case .approved: return "godkjent (ikke registrert)"
            case .notStarted: return "ikke påbegynt"
            case .draft, .inReview: return "ikke godkjent (\(text.status.rawValue))"
            }
        }
    }

    /// The colophon's title for the appendix-like section at the end of the report.
    static let colophonID = "godkjenninger"
}
