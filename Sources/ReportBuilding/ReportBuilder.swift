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
        let threshold = Suppression(threshold: data.settings.threshold).threshold
        if let service = ComputedReport.service(data) {
            // Each report of a shared service hides its own cells: named by the report they are in.
            let tables = (service.councils + [service.wholeService]).flatMap { report in
                Self.account(report.hiddenCells, order: loaded.chapterOrder, texts: loaded.texts, threshold: threshold, own: data.ownIndicators)
                    .map { table in
                        var table = table
                        table.table = "\(report.settings.municipality): \(table.table)"
                        return table
                    }
            }
            return PipelineCheck(diagnostics: diagnostics, hiddenCells: tables)
        }
        let hidden = ComputedReport.hiddenCells(for: data)
        return PipelineCheck(diagnostics: diagnostics, hiddenCells: Self.account(hidden, order: loaded.chapterOrder, texts: loaded.texts,
                                                                              threshold: threshold, own: data.ownIndicators))
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
        // A shared service gives one report per council and one for the whole service, under one privacy decision.
        let reports = ComputedReport.service(data).map { $0.councils + [$0.wholeService] } ?? [ComputedReport(data: data)]
        var all = project.diagnostics + diagnostics
        var files: [OutputFile] = []
        for report in reports {
            let (rendered, renderDiagnostics) = ReportAssembler(templates: templates).render(report, order: project.chapterOrder)
            // A template's problem is the same in every council's report: said once.
            all += renderDiagnostics.filter { !all.contains($0) }
            guard let rendered else { return PipelineBuild(diagnostics: all, year: data.settings.year, files: []) }
            let name = Self.outputName(year: rendered.year, audience: report.settings.audience)
            files += [OutputFile(name: "\(name).md", text: rendered.markdown), OutputFile(name: "\(name).html", text: rendered.html)]
        }
        return PipelineBuild(diagnostics: all, year: data.settings.year, files: files)
    }

    /// `tilstandsrapport-2025`, and in a shared service `tilstandsrapport-2025-4602-li` for a council and
    /// `tilstandsrapport-2025-hele-tjenesten` for the whole service: plain ASCII, so every system can hold the name.
    static func outputName(year: Int, audience: ReportAudience) -> String {
        switch audience {
        case .municipality: return "tilstandsrapport-\(year)"
        case .council(_, let member): return "tilstandsrapport-\(year)-\(member.number)-\(slug(member.name))"
        case .wholeService: return "tilstandsrapport-\(year)-hele-tjenesten"
        }
    }

    /// «Nord-Fron kommune» → `nord-fron`, «Bærum kommune» → `baerum`: the name without the word «kommune», in ASCII.
    static func slug(_ name: String) -> String {
        let replacements: [Character: String] = ["æ": "ae", "ø": "o", "å": "a", "á": "a", "é": "e", "ü": "u", "ö": "o", "ä": "a"]
        var words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let generic: Set<String> = ["kommune", "suohkan", "gielda", "kommuna"]
        if words.contains(where: { !generic.contains($0) }) { words.removeAll { generic.contains($0) } }
        let ascii = words.map { word in
            word.map { replacements[$0] ?? ($0.isASCII ? String($0) : "") }.joined()
        }.filter { !$0.isEmpty }
        return ascii.isEmpty ? "kommune" : ascii.joined(separator: "-")
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
        var status = PipelineStatus(year: year, chapters: chapters, diagnostics: project.diagnostics)
        if let service = project.settings?.service {
            status.serviceName = service.name
            status.councils = Self.councils(service, project: project, chapters: chapters)
        }
        return status
    }

    /// The data files a chapter shows (from the chapter registry): each table as CSV or as the workbook standing in for it.
    static func files(for chapter: String) -> [String] {
        (ChapterRegistry.chapter(chapter)?.dataFiles ?? []).flatMap { $0.hasSuffix(".csv") ? [$0, String($0.dropLast(4)) + ".xlsx"] : [$0] }
    }
}
