import Foundation
import Mustache
import ReportInputs
import ReportModel
import ReportRendering
import SourceText

/// The real pipeline: project folder → `ReportInputs` → `ComputedReport` → `ReportRendering` → files in memory.
///
/// ```swift
/// let build = ReportBuilder().build(project: folder)
/// if !build.diagnostics.containsErrors { for file in build.files { … } }
/// ```
public struct ReportBuilder: ReportPipeline {
    /// The built-in templates of each written form.
    public let builtInTemplates: BuiltInTemplates
    public let loader: ProjectLoader

    /// Creates a builder over the built-in templates (by default the ones compiled into the program).
    public init(builtInTemplates: BuiltInTemplates = .embedded, loader: ProjectLoader = ProjectLoader()) {
        self.builtInTemplates = builtInTemplates
        var loader = loader
        if loader.starterText == nil { loader.starterText = Self.starterText(in: builtInTemplates) }
        self.loader = loader
    }

    /// The guidance and placeholders of the empty projects `init` writes (`ny-rapport/` among the built-in
    /// templates of each written form): a nynorsk project may have been started in bokmål, and the other way round.
    static func starterText(in templates: BuiltInTemplates) -> StarterText? {
        let prefix = "ny-rapport/"
        var starters: [StarterText] = []
        for form in LanguageForm.allCases {
            guard let set = templates.sets[form] else { continue }
            var files: [String: String] = [:]
            for (name, text) in set where name.hasPrefix(prefix) { files[String(name.dropFirst(prefix.count))] = text }
            if !files.isEmpty { starters.append(StarterText(newProject: files)) }
        }
        guard var starter = starters.first else { return nil }
        for other in starters.dropFirst() {
            starter.guidance.formUnion(other.guidance)
            starter.placeholders.merge(other.placeholders) { first, _ in first }
        }
        return starter
    }

    public func check(project: URL) -> PipelineCheck {
        let loaded = loader.load(project)
        let diagnostics = build(loaded).diagnostics
        guard !diagnostics.containsErrors, let data = loaded.data else { return PipelineCheck(diagnostics: diagnostics) }
        let hidden = ComputedReport.hiddenCells(for: data)
        return PipelineCheck(diagnostics: diagnostics, hiddenCells: Self.account(hidden, order: loaded.chapterOrder, texts: loaded.texts,
                                                                              threshold: Suppression(threshold: data.settings.threshold).threshold,
                                                                              own: data.ownIndicators))
    }

    /// Where each table with hidden cells is printed, for `check`.
    static func account(_ hidden: [HiddenCells], order: [String], texts: [String: ChapterText], threshold: Int,
                        own: [IndicatorCatalogue.Entry] = []) -> [HiddenTable] {
        // Built once: a project may have thousands of own indicators, each with a table.
        let names = Dictionary((IndicatorCatalogue.all + own).map { ($0.id, $0.name.nb) }, uniquingKeysWith: { first, _ in first })
        let tables = hidden.compactMap { entry -> HiddenTable? in
            let chapter = Self.chapter(showing: entry.table)
            guard let position = order.firstIndex(of: chapter) else { return nil }
            let title = texts[chapter]?.title ?? ChapterRegistry.chapter(chapter)?.title.nb ?? chapter
            return HiddenTable(chapterNumber: position + 1, chapterTitle: title, table: Self.name(entry.table, names: names),
                               small: entry.small, protecting: entry.protecting, threshold: threshold)
        }
        // In the order a reader meets them.
        return tables.enumerated().sorted { ($0.element.chapterNumber, $0.offset) < ($1.element.chapterNumber, $1.offset) }.map(\.element)
    }

    /// The chapter that prints `table`: an indicator's is its group's (`IndicatorRegistry`), the municipality's own are in the state chapter.
    static func chapter(showing table: PublishedTable) -> String {
        let chapter: ChapterID
        switch table.kind {
        case .staff: chapter = .staffing
        case .indicators:
            let id = table.detail.flatMap(IndicatorID.init(rawValue:))
            chapter = IndicatorRegistry.groups.first { group in id.map(group.members.contains) ?? false }?.chapter ?? .state
        case .participation, .themes: chapter = .participation
        case .deviations: chapter = .oversight
        case .survey: chapter = .cooperation
        }
        return chapter.rawValue
    }

    /// The table as `check` names it (bokmål, like every message of the command line).
    static func name(_ table: PublishedTable, names: [String: String]) -> String {
        let year = table.year.map { " \($0)" } ?? ""
        let method = table.detail.flatMap { ParticipationMethod(rawValue: $0).map(Phrasebook(.bokmål).method) } ?? table.detail ?? ""
        switch table.kind {
        case .staff: return "Ansatte, turnover og sykefravær\(year)"
        case .indicators:
            let name = table.detail.flatMap { names[$0] } ?? table.detail ?? ""
            return "«\(name)»\(year)"
        case .participation: return "«\(method)»\(year)"
        case .themes: return "temaer fra barna, «\(method)»\(year)"
        case .deviations: return "Avvik\(year)"
        case .survey: return "påstand \(table.detail ?? "")\(year)"
        }
    }

    public func build(project url: URL) -> PipelineBuild {
        build(loader.load(url))
    }

    /// Builds an already loaded project: the templates are the project's own (`maler/`, read by the loader)
    /// over the built-in set of the project's written form.
    public func build(_ project: LoadedProject) -> PipelineBuild {
        guard project.isValid, let data = project.data else {
            return PipelineBuild(diagnostics: project.diagnostics, year: project.settings?.year, files: [])
        }
        let (builtIn, diagnostics) = builtInTemplates.templates(for: data.settings.language)
        let templates = LayeredTemplates([InMemoryTemplates(project.templates), InMemoryTemplates(builtIn)])
        let report = ComputedReport(data: data)
        let (rendered, renderDiagnostics) = ReportAssembler(templates: templates).render(report, order: project.chapterOrder)
        let all = project.diagnostics + diagnostics + renderDiagnostics
        guard let rendered else { return PipelineBuild(diagnostics: all, year: data.settings.year, files: []) }
        let name = "tilstandsrapport-\(rendered.year)"
        return PipelineBuild(diagnostics: all, year: rendered.year, files: [
            OutputFile(name: "\(name).md", text: rendered.markdown),
            OutputFile(name: "\(name).html", text: rendered.html),
        ])
    }

    public func nextYear(from project: URL) -> NextYearProject {
        NextYearProject.make(from: project, loader: loader, templates: builtInTemplates)
    }

    public func status(project url: URL) -> PipelineStatus {
        let project = loader.load(url)
        let year = project.settings?.year
        let chapters = project.chapterOrder.map { id -> ChapterStatus in
            let text = project.texts[id]
            var missing: [MissingItem] = []
            let state: ChapterState
            let file = "tekster/\(id).md"
            let problem = project.diagnostics.filter { $0.isError && $0.location?.file == file }.min { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
            switch text {
            case .none where problem != nil:
                // The file is there but could not be read: say where to repair it, not «ikke påbegynt».
                state = .broken
                missing.append(.repair(file: file, line: problem?.location?.line ?? 1))
            case .none:
                state = .missing
                if ChapterRegistry.chapter(id)?.needsText ?? true { missing.append(.text) }
            case .some(let text):
                (state, missing) = Self.approvalState(of: text)
                if state == .missing && (ChapterRegistry.chapter(id)?.needsText ?? true) { missing.append(.text) }
            }
            missing += (text?.draftReasons ?? []).map(MissingItem.leftover)
            if let year {
                for file in Self.files(for: id) where project.filesWithoutReportYear.contains(file) { missing.append(.dataYear(file: file, year: year)) }
            }
            if id == ChapterID.priorities.rawValue, let item = Self.measuresWithoutStatus(project.measures, year: year) { missing.append(item) }
            // `status` speaks bokmål, as the command line does, whatever the report's written form.
            return ChapterStatus(id: id, title: text?.title ?? ChapterRegistry.chapter(id)?.title.nb ?? id, responsible: text?.responsible,
                                 state: state, missing: missing, approvals: text?.registration.approvals ?? [])
        }
        return PipelineStatus(year: year, chapters: chapters, diagnostics: project.diagnostics)
    }

    /// The data files a chapter shows (from the chapter registry): each table as CSV or as the workbook standing in for it.
    static func files(for chapter: String) -> [String] {
        (ChapterRegistry.chapter(chapter)?.dataFiles ?? []).flatMap { $0.hasSuffix(".csv") ? [$0, String($0.dropLast(4)) + ".xlsx"] : [$0] }
    }
}
