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

    /// Renders `report` with chapters in `order`; template problems come back as diagnostics.
    public func render(_ report: ComputedReport, order: [String]) -> (RenderedReport?, [Diagnostic]) {
        let library = TemplateLibrary(source: templates)
        var builder = ViewBuilder(report: report, order: order)
        var chapters: [(id: String, markdown: String)] = []
        var diagnostics: [Diagnostic] = []
        let options = RenderOptions(kind: .markdown, strict: true)
        // A chapter that is a section of another (the union representatives' part of staffing) is printed inside it.
        for id in order where !(ChapterRegistry.chapter(id)?.sectionOf.map { order.contains($0.rawValue) } ?? false) {
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
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        let blocks = builder.blocks
        let body = front.trimmingSpaces() + "\n\n" + chapters.map(\.markdown).joined(separator: "\n\n") + "\n"
        let markdown = Self.metadata(report.settings.language) + Self.collapsingBlankLines(blocks.markdown(body))
        let page = HTMLPage(report: report, chapters: chapters, blocks: blocks, library: library)
        let html: String
        do {
            html = try page.render()
        } catch {
            return (nil, diagnostics + [error.diagnostic])
        }
        return (RenderedReport(markdown: markdown, html: html, year: report.settings.year), diagnostics)
    }

    /// The Markdown file's metadata block (`lang: nn-NO`), so that a converter such as pandoc sets the document's
    /// language for spelling and hyphenation; it comes before the front page, where no template can drop it.
    static func metadata(_ form: LanguageForm) -> String {
        "---\nlang: \(form.languageTag)\n---\n\n"
    }

    /// Templates leave runs of blank lines where sections are empty; one is enough (outside code fences,
    /// where every line counts).
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
