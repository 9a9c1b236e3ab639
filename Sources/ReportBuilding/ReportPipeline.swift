import Foundation
import ReportModel
import SourceText

/// Building a report as a library call: load a project folder, check it, render it.
///
/// `ReportBuilder` is the real implementation; the command line takes any pipeline, so its tests can pass a fake.
/// None of these calls writes to the file system: the caller (the command line, a preview server, a batch
/// runner) decides what is written, and where.
public protocol ReportPipeline: Sendable {
    /// Every diagnostic for the project folder; nothing is rendered.
    func check(project: URL) -> PipelineCheck
    /// Every diagnostic and, when there are no errors, the rendered output files.
    func build(project: URL) -> PipelineBuild
    /// Each chapter's responsible person, status and what is still missing.
    func status(project: URL) -> PipelineStatus
    /// What recording `request` would append to the project's approvals file, or why it may not be recorded.
    /// Nothing is written: the caller writes the returned file text (under a lock, so no record is lost).
    func approve(project: URL, request: ApprovalRequest) -> PipelineApproval
    /// What changed in each chapter text (or only `chapter`) since its recorded approval.
    func changes(project: URL, chapter: String?) -> PipelineChanges
    /// Next year's project made from the project in `project` (`init --fra`), in memory; nothing is written.
    func nextYear(from project: URL) -> NextYearProject
}

extension ReportPipeline {
    /// A pipeline that cannot make next year's project says so.
    public func nextYear(from project: URL) -> NextYearProject {
        NextYearProject(files: [], year: nil, diagnostics: [Diagnostic(code: "RAP002", message: "Denne versjonen kan ikke lage neste års rapportmappe.")])
    }
}

/// What `ReportPipeline.check(project:)` found.
public struct PipelineCheck: Sendable, Hashable {
    public var diagnostics: [Diagnostic]
    /// What the report hides for privacy, table by table (empty when the project has errors).
    public var hiddenCells: [HiddenTable]

    public init(diagnostics: [Diagnostic], hiddenCells: [HiddenTable] = []) {
        self.diagnostics = diagnostics
        self.hiddenCells = hiddenCells
    }
}

/// One table of the report with cells hidden for privacy: where it is and how many cells, never which values.
public struct HiddenTable: Sendable, Hashable {
    /// The chapter's number in the report (1 for the first chapter printed) and its title.
    public var chapterNumber: Int
    public var chapterTitle: String
    /// The table as `check` names it, in bokmål (e.g. «Avvik 2025», «indikator barn_i_institusjon 2025»).
    public var table: String
    /// Cells printed «<5».
    public var small: Int
    /// Cells printed «skjult» to protect them.
    public var protecting: Int
    /// The threshold in force: «<5» means 1 to threshold − 1.
    public var threshold: Int

    public init(chapterNumber: Int, chapterTitle: String, table: String, small: Int, protecting: Int, threshold: Int) {
        self.chapterNumber = chapterNumber
        self.chapterTitle = chapterTitle
        self.table = table
        self.small = small
        self.protecting = protecting
        self.threshold = threshold
    }
}

/// One rendered file, named without any folder (e.g. `tilstandsrapport-2025.md`).
public struct OutputFile: Sendable, Hashable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// A file with UTF-8 text.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}

/// What `ReportPipeline.build(project:)` produced. `files` is ignored when `diagnostics` hold an error.
public struct PipelineBuild: Sendable, Hashable {
    public var diagnostics: [Diagnostic]
    /// The report year, when the settings could be read.
    public var year: Int?
    /// The outputs, normally `tilstandsrapport-<year>.md` and `tilstandsrapport-<year>.html`.
    public var files: [OutputFile]

    public init(diagnostics: [Diagnostic], year: Int?, files: [OutputFile]) {
        self.diagnostics = diagnostics
        self.year = year
        self.files = files
    }
}

/// Where a chapter's own text stands (the `status` of its front matter).
public enum ChapterState: String, Sendable, Hashable, CaseIterable {
    /// There is no text file for the chapter yet.
    case missing
    /// `status: utkast`
    case draft
    /// `status: til gjennomlesing`
    case inReview
    /// Approved: exactly the text recorded with `godkjenn` for the report year.
    case approved
    /// `status: godkjent` set by hand, with no approval recorded for the report year («godkjent (ikke registrert)»).
    case approvedUnregistered
    /// The text has changed since its recorded approval («endret etter godkjenning»); the report is a draft.
    case changedAfterApproval
    /// The text file is there but cannot be read (broken front matter, not text, unreadable).
    case broken
}

/// Something a chapter still lacks before the report can be final.
public enum MissingItem: Sendable, Hashable {
    /// The chapter's text in `tekster/<id>.md`.
    case text
    /// The chapter is not yet `godkjent`.
    case approval
    /// The text changed after these people approved it: it must be approved again.
    case renewedApproval(previous: [Approval])
    /// A data file has no rows for a year the chapter shows, e.g. `("data/bemanning.csv", 2025)`.
    case dataYear(file: String, year: Int)
    /// The text file to repair, and the line of its first error (`check` tells what is wrong).
    case repair(file: String, line: Int)
    /// Something left from `init` that keeps the report a draft (guidance, the sample municipality); the command line words it.
    case leftover(DraftReason)
    /// Last year's measures in `data/tiltak.csv` without a status: their ids and who is responsible for each.
    case measureStatus(ids: [String], responsible: [String])
    /// Anything else, already worded in Norwegian bokmål.
    case other(String)
}

/// One chapter in `status`.
public struct ChapterStatus: Sendable, Hashable {
    public var id: String
    public var title: String
    public var responsible: String?
    public var state: ChapterState
    public var missing: [MissingItem]
    /// Who approved the text as it is now (state `approved`), or the version before it changed (`changedAfterApproval`).
    public var approvals: [Approval]

    public init(id: String, title: String, responsible: String?, state: ChapterState, missing: [MissingItem], approvals: [Approval] = []) {
        self.id = id
        self.title = title
        self.responsible = responsible
        self.state = state
        self.missing = missing
        self.approvals = approvals
    }
}

/// What `ReportPipeline.status(project:)` found.
public struct PipelineStatus: Sendable, Hashable {
    /// The report year, when the settings could be read.
    public var year: Int?
    /// Chapters in report order.
    public var chapters: [ChapterStatus]
    public var diagnostics: [Diagnostic]
    /// In a shared service: each council's report, host first, then the whole service's (empty for one municipality).
    public var councils: [CouncilStatus] = []
    /// The shared service's name, when there is one.
    public var serviceName: String?

    public init(year: Int?, chapters: [ChapterStatus], diagnostics: [Diagnostic]) {
        self.year = year
        self.chapters = chapters
        self.diagnostics = diagnostics
    }
}

/// One council's report in a shared service, in `status`: whom it goes to, and what keeps it from being final.
public struct CouncilStatus: Sendable, Hashable {
    /// The member municipality, or nil for the report on the whole service.
    public var member: MemberMunicipality?
    /// What this report still lacks beyond the chapters every report shares (listed in the chapter table).
    public var missing: [CouncilItem]

    public init(member: MemberMunicipality?, missing: [CouncilItem]) {
        self.member = member
        self.missing = missing
    }
}

/// Something one council's report lacks.
public enum CouncilItem: Sendable, Hashable {
    /// The council's meeting date (`møtedato:` or the `samarbeidskommune:` line); the leader sets it.
    case meetingDate(responsible: String?)
    /// A data file has no rows for this municipality in the report year, with who writes the chapter it feeds.
    case figures(file: String, year: Int, responsible: String?)
    /// The municipality's own text of a chapter (`tekster/okonomi.4697.md`) and where it stands.
    case ownText(file: String, state: ChapterState, responsible: String?)
    /// Chapters every report shares that are not approved yet.
    case sharedChapters(count: Int)
}
