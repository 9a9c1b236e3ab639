import SourceText

/// Where a chapter text is in its approval.
public enum ApprovalStatus: String, Sendable, Hashable, CaseIterable {
    /// Made by `init` with guidance on what to write; the body is not printed.
    case notStarted = "ikke påbegynt"
    case draft = "utkast"
    case inReview = "til gjennomlesing"
    case approved = "godkjent"
}

/// The service's own text for one chapter, from `tekster/<id>.md`.
public struct ChapterText: Sendable, Hashable {
    public var id: String
    public var title: String
    public var responsible: String
    public var status: ApprovalStatus
    /// For texts signed by their writers (the union representatives' part): names and roles as written.
    public var authors: [Author]
    /// The Markdown body after the front matter.
    public var markdown: String
    /// The file, and the line the body starts on, for diagnostics.
    public var file: String
    public var bodyLine: Int
    /// Why the text keeps the report a draft even when approved (guidance or the sample municipality left in it).
    public var draftReasons: [DraftReason] = []
    /// What an approval covers: title, authors and body, normalised (`ApprovalContent` in `ReportInputs`); a
    /// change to it voids a recorded approval, a change to `ansvarlig` or `status` does not.
    public var approvalContent = ""
    /// What `godkjenninger.txt` records about this text for the report year.
    public var registration = ApprovalRegistration.unregistered

    /// True when the text is approved: exactly as recorded with `tilstandsrapport godkjenn` for the report year, or,
    /// with nothing recorded, `status: godkjent` set by hand. A text changed since its recorded approval is not.
    public var isApproved: Bool {
        switch registration {
        case .current: return true
        case .changed: return false
        case .unregistered: return status == .approved
        }
    }

    /// True when the text lets the report be final: approved, with nothing left from the starter text.
    public var isFinal: Bool { isApproved && draftReasons.isEmpty }

    /// Creates a chapter text.
    public init(id: String, title: String, responsible: String, status: ApprovalStatus, authors: [Author], markdown: String, file: String, bodyLine: Int) {
        self.id = id
        self.title = title
        self.responsible = responsible
        self.status = status
        self.authors = authors
        self.markdown = markdown
        self.file = file
        self.bodyLine = bodyLine
    }
}
