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

    /// True when the text lets the report be final: approved, with nothing left from the starter text.
    public var isFinal: Bool { status == .approved && draftReasons.isEmpty }

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
