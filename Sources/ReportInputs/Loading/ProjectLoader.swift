import CSV
import Foundation
import ReportModel
import SourceText

/// A report project read from its folder: the validated data (nil when an error stopped it) and
/// every diagnostic found, errors and warnings together, in line order per file.
public struct LoadedProject: Sendable {
    public var data: ReportData?
    public var diagnostics: [Diagnostic]
    /// The project's own templates from `maler/`, by name relative to it (`oppsummering.md.mustache`,
    /// `felles/tittel.mustache`), read like every other input: the template engine never touches the disk.
    public var templates: [String: String]
    /// Chapter ids in the order to print.
    public var chapterOrder: [String]
    /// The settings and chapter texts as far as they could be read, also when other files have errors (for `status`).
    public var settings: ReportSettings?
    public var texts: [String: ChapterText]
    /// Data files (`data/bemanning.csv` …) that have no rows for the report year.
    public var filesWithoutReportYear: Set<String>
    /// The approvals recorded in `godkjenninger.txt`, every year's.
    public var approvals = ApprovalLedger()
    /// The measures of `data/tiltak.csv` up to the report year (for `status`).
    public var measures: [MeasureRow] = []

    /// Creates a loaded project.
    public init(data: ReportData?, diagnostics: [Diagnostic], templates: [String: String] = [:], chapterOrder: [String],
                settings: ReportSettings? = nil, texts: [String: ChapterText] = [:], filesWithoutReportYear: Set<String> = []) {
        self.data = data
        self.diagnostics = diagnostics
        self.templates = templates
        self.chapterOrder = chapterOrder
        self.settings = settings
        self.texts = texts
        self.filesWithoutReportYear = filesWithoutReportYear
    }

    /// True when the data may be built into a report.
    public var isValid: Bool { data != nil && !diagnostics.containsErrors }

    /// The texts that can be approved: every chapter's, and in a shared service each member's own text of a chapter
    /// (`okonomi.4697`), in report order.
    public var approvableTexts: [String] {
        let members = settings?.service?.members.map(\.number) ?? []
        return chapterOrder.flatMap { id in [id] + members.map { "\(id).\($0)" }.filter { texts[$0] != nil } }
    }
}

/// Reads a report project folder (see the README for its layout) into `ReportData`. This is the only
/// place that reads the project's files: settings, data, chapter texts and templates alike.
public struct ProjectLoader: Sendable {
    /// Largest data file accepted (CSV), except the survey export.
    public var maximumFileBytes: Int
    /// Largest survey export accepted: it is the one file that grows with people (a row per respondent).
    public var maximumSurveyBytes: Int
    /// Largest chapter text, template or settings file accepted: a hundred pages are about 300 KB, and a
    /// text is rendered whole, so a much larger one is a mistake to report rather than memory to spend.
    public var maximumTextBytes: Int
    /// How many diagnostics of one code one file may print before the rest are counted in one line.
    public var maximumRepeats: Int
    /// Largest `godkjenninger.txt` accepted: it keeps every approved version of every text, year after year.
    public var maximumApprovalsBytes = 32 * 1024 * 1024
    /// What `init` hands out (guidance, placeholders, the sample municipality); when set, any of it left in the
    /// project is a warning and keeps the report a draft.
    public var starterText: StarterText?

    /// Creates a loader.
    public init(maximumFileBytes: Int = 8 * 1024 * 1024, maximumSurveyBytes: Int = 16 * 1024 * 1024,
                maximumTextBytes: Int = 4 * 1024 * 1024, maximumRepeats: Int = 20, starterText: StarterText? = nil) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumSurveyBytes = maximumSurveyBytes
        self.maximumTextBytes = maximumTextBytes
        self.maximumRepeats = maximumRepeats
        self.starterText = starterText
    }

    /// Loads the project in `folder`.
    public func load(_ folder: URL) -> LoadedProject {
        var session = LoadSession(root: folder, limits: self)
        return session.run()
    }
}

/// One load: collects diagnostics while reading each file.
struct LoadSession {
    let root: URL
    let limits: ProjectLoader
    var diagnostics: [Diagnostic] = []
    var filesWithoutReportYear: Set<String> = []
    let scanner = PersonalDataScanner()
    /// The chapter texts' files as read, by chapter id, and the settings file, for the starter-text rule.
    var rawTexts: [String: String] = [:]
    var settingsText: String?
    /// The pictures in `bilder/`, read before the texts that show them.
    var images: [String: EmbeddedImage] = [:]

    init(root: URL, limits: ProjectLoader) {
        self.root = root
        self.limits = limits
    }

    mutating func run() -> LoadedProject {
        var project = load()
        // A diagnostic quotes input; it must not carry an identity number into the terminal or a log.
        project.diagnostics = project.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.found = diagnostic.found.map(scanner.redacting)
            diagnostic.excerpt = diagnostic.excerpt.map(scanner.redacting)
            return diagnostic
        }
        project.diagnostics = DiagnosticOrdering.arrange(project.diagnostics, maximumRepeats: limits.maximumRepeats)
        return project
    }

    mutating func load() -> LoadedProject {
        guard FileAccess.kind(of: root.path) == .directory else {
            return LoadedProject(data: nil, diagnostics: [InputMessage.projectFolderMissing.diagnostic(file: root.path)], chapterOrder: [])
        }
        var settingsRead: SettingsReader.Read? = nil
        if case .text(let text) = readText("tilstandsrapport.txt", limit: limits.maximumTextBytes, ifMissing: .error) {
            settingsText = text
            if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || KeyValueLines.isInvisible($0) }) {
                diagnostics.append(InputMessage.fileEmpty.diagnostic(file: "tilstandsrapport.txt"))
            }
            let read = SettingsReader.read(text, file: "tilstandsrapport.txt")
            diagnostics += read.diagnostics
            settingsRead = read
        }
        let settings = settingsRead?.settings
        let parts = folderIsUsable("data", required: true) ? readData(settings: settings) : DataParts()
        let chapters = settingsRead?.chapters ?? ChapterRegistry.standardOrder.map { SettingsReader.ChapterReference(id: $0, line: 0, column: 0) }
        let order = chapters.map(\.id)
        let templates = folderIsUsable("maler", required: false) ? readTemplates() : [:]
        images = readImages()
        var texts = folderIsUsable("tekster", required: true) ? readTexts(order: order, templates: templates,
                                                                         members: settings?.service?.members.map(\.number) ?? []) : [:]
        if let starter = limits.starterText {
            diagnostics += StarterTextRule.check(&texts, raw: rawTexts, settings: settings, settingsText: settingsText, starter: starter)
        }
        diagnostics += NextYearNote.check(&texts, raw: rawTexts, year: settings?.year)
        // A chapter not started holds guidance for its writer, not text for the report.
        for (id, text) in texts where text.status == .notStarted { texts[id]?.markdown = "" }
        checkChapters(chapters, explicit: settingsRead?.chapters != nil, templates: templates)
        let approvals = readApprovals()
        if let year = settings?.year { applyApprovals(approvals, to: &texts, year: year) }
        guard let settings else {
            var project = LoadedProject(data: nil, diagnostics: diagnostics, templates: templates, chapterOrder: order, texts: texts,
                                        filesWithoutReportYear: filesWithoutReportYear)
            project.approvals = approvals
            return project
        }
        var data = parts.reportData(settings: settings, texts: texts)
        data.images = images
        var project = LoadedProject(data: diagnostics.containsErrors ? nil : data, diagnostics: diagnostics, templates: templates, chapterOrder: order,
                                    settings: settings, texts: texts, filesWithoutReportYear: filesWithoutReportYear)
        project.approvals = approvals
        project.measures = data.measures
        return project
    }
}
