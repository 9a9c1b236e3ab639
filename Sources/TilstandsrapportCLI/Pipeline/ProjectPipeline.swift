import Foundation
import Mustache
import ReportInputs
import ReportModel
import ReportRendering
import SourceText

/// The real pipeline: project folder → `ReportInputs` → `ComputedReport` → `ReportRendering`.
public struct ProjectPipeline: ReportPipeline {
    /// The built-in templates by name (`bemanning.md.mustache`, `rapport.css` …).
    let builtInTemplates: [String: String]
    let loader: ProjectLoader

    /// Creates the pipeline over the built-in templates.
    public init(builtInTemplates: [String: String], loader: ProjectLoader = ProjectLoader()) {
        self.builtInTemplates = builtInTemplates
        var loader = loader
        if loader.starterText == nil { loader.starterText = Self.starterText(in: builtInTemplates) }
        self.loader = loader
    }

    /// The guidance and placeholders of the empty project `init` writes (`ny-rapport/` among the built-in templates).
    static func starterText(in templates: [String: String]) -> StarterText? {
        let prefix = "ny-rapport/"
        var files: [String: String] = [:]
        for (name, text) in templates where name.hasPrefix(prefix) { files[String(name.dropFirst(prefix.count))] = text }
        return files.isEmpty ? nil : StarterText(newProject: files)
    }

    /// A project's own templates (`maler/`) first, then the built-in ones.
    func templates(for project: LoadedProject) -> any TemplateSource {
        var layers: [any TemplateSource] = []
        if let folder = project.templateFolder { layers.append(DirectoryTemplates(root: folder)) }
        layers.append(InMemoryTemplates(builtInTemplates))
        return LayeredTemplates(layers)
    }

    public func check(project: URL) -> PipelineCheck {
        let build = self.build(project: project)
        return PipelineCheck(diagnostics: build.diagnostics)
    }

    public func build(project url: URL) -> PipelineBuild {
        let project = loader.load(url)
        guard project.isValid, let data = project.data else {
            return PipelineBuild(diagnostics: project.diagnostics, year: project.data?.settings.year, files: [])
        }
        let report = ComputedReport(data: data)
        var (rendered, diagnostics) = ReportAssembler(templates: templates(for: project)).render(report, order: project.chapterOrder)
        if data.settings.language == .nynorsk {
            diagnostics.append(Diagnostic(severity: .warning, code: "RAP001",
                                          message: "De innebygde malene finnes bare på bokmål ennå. Tekstene dere skriver selv, blir stående på nynorsk, men overskrifter og setninger fra malene blir på bokmål.",
                                          location: SourceLocation(file: "tilstandsrapport.txt", line: 1, column: 1), found: "målform: nn",
                                          expected: "nb, eller egne nynorskmaler i maler/"))
        }
        guard let rendered else {
            return PipelineBuild(diagnostics: project.diagnostics + diagnostics, year: data.settings.year, files: [])
        }
        let name = "tilstandsrapport-\(rendered.year)"
        return PipelineBuild(diagnostics: project.diagnostics + diagnostics, year: rendered.year, files: [
            OutputFile(name: "\(name).md", text: rendered.markdown),
            OutputFile(name: "\(name).html", text: rendered.html),
        ])
    }

    public func status(project url: URL) -> PipelineStatus {
        let project = loader.load(url)
        let year = project.settings?.year
        let missingYears = project.diagnostics.filter { $0.code == "INN080" }.compactMap(\.location?.file)
        let chapters = project.chapterOrder.map { id -> ChapterStatus in
            let text = project.texts[id]
            var missing: [MissingItem] = []
            let state: ChapterState
            let file = "tekster/\(id).md"
            let problem = project.diagnostics.filter { $0.isError && $0.location?.file == file }.min { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
            switch text?.status {
            case .none where problem != nil:
                // The file is there but could not be read: say where to repair it, not «ikke påbegynt».
                state = .broken
                missing.append(.repair(file: file, line: problem?.location?.line ?? 1))
            case .none, .notStarted?:
                state = .missing
                if id != "vedlegg" { missing.append(.text) }
            case .draft?: state = .draft; missing.append(.approval)
            case .inReview?: state = .inReview; missing.append(.approval)
            case .approved?: state = .approved
            }
            missing += (text?.draftReasons ?? []).map(MissingItem.leftover)
            if let year {
                for file in Self.files(for: id) where missingYears.contains(file) { missing.append(.dataYear(file: file, year: year)) }
            }
            return ChapterStatus(id: id, title: text?.title ?? ChapterCatalogue.entry(id)?.title ?? id, responsible: text?.responsible,
                                 state: state, missing: missing)
        }
        return PipelineStatus(year: year, chapters: chapters, diagnostics: project.diagnostics)
    }

    /// The data files a chapter shows.
    static func files(for chapter: String) -> [String] {
        switch chapter {
        case "bemanning", "virksomheten": return ["data/bemanning.csv", "data/personale.csv"]
        case "tilstand", "okonomi", "oppsummering", "utfordringer": return ["data/indikatorer.csv"]
        case "medvirkning": return ["data/medvirkning.csv"]
        default: return []
        }
    }
}
