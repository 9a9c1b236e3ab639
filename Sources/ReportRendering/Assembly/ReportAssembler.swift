import Foundation
import Mustache
import ReportModel
import SourceText

/// The report rendered: the Markdown file and the blocks the HTML page needs.
public struct RenderedReport: Sendable {
    /// The whole report as Markdown (charts as tables).
    public let markdown: String
    /// The whole report as one self-contained HTML page.
    public let html: String
    public let year: Int
}

/// Renders chapters through their templates (strict mode: a misspelt name is an error) and joins
/// them into the report.
public struct ReportAssembler: Sendable {
    let templates: any TemplateSource

    /// Creates an assembler over a template source (a project's `maler/` over the built-in templates).
    public init(templates: any TemplateSource) {
        self.templates = templates
    }

    /// The colophon's template and section id (who is responsible for each text and who approved it).
    static let colophonID = "godkjenninger"

    /// Renders `report` with chapters in `order`; template problems come back as diagnostics.
    public func render(_ report: ComputedReport, order: [String]) -> (RenderedReport?, [Diagnostic]) {
        let library = TemplateLibrary(source: templates)
        var builder = ViewBuilder(report: report, order: order)
        var chapters: [(id: String, markdown: String)] = []
        var diagnostics: [Diagnostic] = []
        let options = RenderOptions(kind: .markdown, strict: true)
        // A chapter that is a section of another (the union representatives' part of staffing) is printed inside it.
        for id in Self.pageOrder(order) where !(ChapterRegistry.chapter(id)?.sectionOf.map { order.contains($0.rawValue) } ?? false) {
            let context = builder.context(for: id)
            let name = Self.templateName(for: id, in: templates)
            do {
                let markdown = try library.render(name, with: context, options: options)
                chapters.append((id, markdown.trimmingSpaces()))
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        let frontContext = TemplateValue.object(["rapport": builder.reportContext])
        var front = ""
        do {
            front = try library.render("forside", with: frontContext, options: options)
        } catch {
            diagnostics.append(error.diagnostic)
        }
        // Who is responsible for each text and who approved it, at the end (a project may override it with an empty template).
        do {
            let context = TemplateValue.object(["rapport": builder.reportContext, "godkjenninger": builder.colophon])
            let colophon = try library.render("\(Self.colophonID).md.mustache", with: context, options: options).trimmingSpaces()
            if !colophon.isEmpty { chapters.append((Self.colophonID, colophon)) }
        } catch {
            diagnostics.append(error.diagnostic)
        }
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        let blocks = builder.blocks
        // In the .md file chapters are level-1 headings under the title in the metadata, numbered as on the page.
        var numbering = HeadingNumbering()
        let numbered = chapters.map { numbering.number($0.markdown, numbered: $0.id != Self.summaryID && $0.id != Self.colophonID, raise: 1).markdown }
        let body = front.trimmingSpaces() + "\n\n" + numbered.joined(separator: "\n\n") + "\n"
        let markdown = Self.withLanguage(Self.collapsingBlankLines(blocks.markdown(body)), report.settings.language)
        let statuses = Dictionary(builder.notApproved.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        let page = HTMLPage(report: report, order: order, chapters: chapters, statuses: statuses, blocks: blocks, library: library)
        let html: String
        do {
            html = try page.render()
        } catch {
            return (nil, diagnostics + [error.diagnostic])
        }
        return (RenderedReport(markdown: markdown, html: html, year: report.settings.year), diagnostics)
    }

    /// The summary: the message of the report, first after the front page and not numbered.
    static let summaryID = ChapterID.summary.rawValue

    /// The chapters in the order of the page: the summary first (the message before anything else), then
    /// the others as the project orders them.
    static func pageOrder(_ order: [String]) -> [String] {
        order.filter { $0 == summaryID } + order.filter { $0 != summaryID }
    }

    /// The Markdown file with `lang: nn-NO` in its metadata block, so that a converter such as pandoc sets the
    /// document's language for spelling and hyphenation. It goes into the front page's block (title, author)
    /// when the template writes one, else into a block of its own: no template can drop it.
    static func withLanguage(_ markdown: String, _ form: LanguageForm) -> String {
        let line = "lang: \(form.languageTag)\n"
        guard markdown.hasPrefix("---\n") else { return "---\n" + line + "---\n\n" + markdown }
        return "---\n" + line + markdown.dropFirst(4)
    }

    /// Templates leave runs of blank lines where sections are empty; one is enough (outside code fences,
    /// where every line counts). A heading gets a blank line before it, which pandoc needs to see one.
    static func collapsingBlankLines(_ text: String) -> String {
        var out: [Substring] = []
        var fence: Substring? = nil
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                out.append(line)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == "`" || $0 == "~" }
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                blank += 1
                if blank > 1 { continue }
            } else {
                if blank == 0, !out.isEmpty, HeadingNumbering.isATX(String(line)) { out.append("") }
                blank = 0
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// A chapter's template: the registry's for a built-in chapter, else its own `<id>.md.mustache`, or the
    /// generic one for own chapters.
    static func templateName(for id: String, in source: any TemplateSource) -> String {
        let name = ChapterRegistry.chapter(id)?.template ?? "\(id).md.mustache"
        do {
            if try source.text(forName: name) != nil { return name }
        } catch {
            // A template that cannot be used (a link out of maler/) must fail loudly when rendered,
            // not be replaced by the generic one.
            return name
        }
        return "eget-kapittel.md.mustache"
    }
}
