import ReportModel
import SourceText
import TextDiff

/// `godkjenn`: who approves which chapter, and when (the caller's clock, in the caller's time zone).
public struct ApprovalRequest: Sendable, Hashable {
    /// The chapter id (`bemanning-tillitsvalgte`).
    public var chapter: String
    public var approver: Author
    public var time: ApprovalTime

    /// Creates a request.
    public init(chapter: String, approver: Author, time: ApprovalTime) {
        self.chapter = chapter
        self.approver = approver
        self.time = time
    }
}

/// Why an approval is not recorded. The command line words each one.
public enum ApprovalRefusal: Sendable, Hashable {
    /// The settings cannot be read, so the report year is unknown (the diagnostics say why).
    case settingsUnreadable
    /// No chapter of the report has this id.
    case unknownChapter(UnknownChapter)
    /// The chapter has no text file.
    case textMissing(file: String)
    /// The text file has errors (the diagnostics say which).
    case textHasErrors(file: String)
    /// `status: ikke påbegynt`: the text is still `init`'s guidance.
    case notStarted(file: String)
    /// Guidance or the sample municipality is left in the text.
    case leftovers(file: String, reasons: [DraftReason])
    /// The union representatives' text names no authors, so nobody may approve it.
    case noAuthors(file: String)
    /// The approver is not among the text's authors.
    case notAnAuthor(name: String, authors: [Author], file: String)
    /// The approvals file has errors or cannot be read (the diagnostics say why): nothing is added to it.
    case approvalsFileUnusable
    /// The approvals file would grow past what the loader reads.
    case approvalsFileTooLarge(limitBytes: Int)
}

/// What `ReportPipeline.approve(project:request:)` found.
public struct PipelineApproval: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case refused(ApprovalRefusal)
        /// This person's approval of exactly this text is already recorded; nothing to add.
        case alreadyRecorded(Approval)
        /// Write `fileText` as the approvals file: every earlier line as it was, and `approval` at the end.
        /// `replacing` are the approvals of the earlier version when the text changed since.
        case record(Approval, fileText: String, replacing: [Approval])
    }

    /// Errors in the files the approval depends on: the settings, the chapter's text, the approvals file.
    public var diagnostics: [Diagnostic]
    public var outcome: Outcome
    /// The chapter's title, when its text could be read.
    public var title: String?

    public init(diagnostics: [Diagnostic], outcome: Outcome, title: String? = nil) {
        self.diagnostics = diagnostics
        self.outcome = outcome
        self.title = title
    }
}

/// What changed in one chapter text since its recorded approval.
public struct ChapterChanges: Sendable, Hashable {
    public enum State: Sendable, Hashable {
        /// No approval recorded for the report year.
        case unregistered
        /// The chapter has no text (any more).
        case missingText
        /// The text is exactly as these people approved it.
        case unchanged([Approval])
        /// The text changed after these people approved it.
        case changed(since: [Approval], TextChanges)
    }

    public var id: String
    public var title: String
    /// `tekster/<id>.md`
    public var file: String
    public var state: State

    public init(id: String, title: String, file: String, state: State) {
        self.id = id
        self.title = title
        self.file = file
        self.state = state
    }
}

/// The difference between an approved text and the text now: title, authors and body, paragraph by paragraph.
public struct TextChanges: Sendable, Hashable {
    /// The title before and now, both set only when it changed.
    public var titleBefore: String?
    public var titleAfter: String?
    /// The authors before and now, both set only when they changed.
    public var authorsBefore: [Author]?
    public var authorsAfter: [Author]?
    /// Paragraphs added, removed and rewritten, in the order of the text now.
    public var paragraphs: [ParagraphChange]

    public init(titleBefore: String? = nil, titleAfter: String? = nil, authorsBefore: [Author]? = nil, authorsAfter: [Author]? = nil,
                paragraphs: [ParagraphChange]) {
        self.titleBefore = titleBefore
        self.titleAfter = titleAfter
        self.authorsBefore = authorsBefore
        self.authorsAfter = authorsAfter
        self.paragraphs = paragraphs
    }
}

/// A chapter id the report does not have, and the ids it has (for «Mente du …?»).
public struct UnknownChapter: Sendable, Hashable {
    public var id: String
    public var known: [String]

    public init(id: String, known: [String]) {
        self.id = id
        self.known = known
    }
}

/// What `ReportPipeline.changes(project:chapter:)` found.
public struct PipelineChanges: Sendable, Hashable {
    /// Errors in the files the comparison depends on: the settings, the texts, the approvals file.
    public var diagnostics: [Diagnostic]
    public var year: Int?
    /// The chapters in report order (only the one asked for, when one was).
    public var chapters: [ChapterChanges]
    /// Set when the chapter asked for is not in the report.
    public var unknownChapter: UnknownChapter?

    public init(diagnostics: [Diagnostic], year: Int?, chapters: [ChapterChanges], unknownChapter: UnknownChapter? = nil) {
        self.diagnostics = diagnostics
        self.year = year
        self.chapters = chapters
        self.unknownChapter = unknownChapter
    }
}
