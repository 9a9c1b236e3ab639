import Escaping
import Foundation
import Markdown
import Mustache
import ReportModel

/// The self-contained HTML page: front page, table of contents, one `<section>` per chapter, all CSS
/// inline, no scripts, nothing loaded from elsewhere.
struct HTMLPage {
    let report: ComputedReport
    let chapters: [(id: String, markdown: String)]
    let blocks: ReportBlocks
    let library: TemplateLibrary

    func render() throws(MustacheError) -> String {
        let phrases = Phrasebook(report.settings.language)
        var slugger = HeadingSlugger()
        // Ids the page itself uses must not be taken by a heading.
        for reserved in ["innhold", "innholdsfortegnelse", "forside"] { _ = slugger.uniqueSlug(reserved) }
        let blocks = self.blocks
        var options = HTMLOptions(safe: true, headingIDs: true, fencedBlockRenderers: [
            blocks.fenceName: { block in blocks.html(block.text.trimmingSpaces()) },
        ])
        options.tableClasses = true
        options.tableWrapper = ("<div class=\"tabell\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLEscaping.escape(phrases.table))\">\n", "</div>\n")
        options.footnoteBackLabel = phrases.footnoteBackLink
        var sections: [TemplateValue] = []
        var contents: [TemplateValue] = []
        for chapter in chapters {
            let document = MarkdownParser.parse(chapter.markdown)
            let entries = document.tableOfContents(using: &slugger)
            let ids = Dictionary(uniqueKeysWithValues: entries.map { ($0.node, $0.id) })
            // Every chapter numbers its own footnotes: their ids carry the chapter's, so two `[^1]` never collide.
            var chapterOptions = options
            chapterOptions.footnoteIDPrefix = "kapittel-\(chapter.id)-"
            let html = HTMLWriter(options: chapterOptions).render(document, headingIDs: ids)
            let chapterEntry = entries.first { $0.level == 2 }
            let subsections = entries.filter { $0.level == 3 }.map { TemplateValue.object(["tekst": .string($0.text), "id": .string($0.id)]) }
            if let chapterEntry {
                contents.append(.object(["tekst": .string(chapterEntry.text), "id": .string(chapterEntry.id),
                                         "underpunkter": .array(subsections), "har_underpunkter": .bool(!subsections.isEmpty)]))
            }
            sections.append(.object(["id": .string("kapittel-\(chapter.id)"), "html": .string(html)]))
        }
        let css = (try? library.source.text(forName: "rapport.css")) ?? nil
        let settings = report.settings
        let context = TemplateValue.object([
            "rapport": ViewBuilder(report: report, order: chapters.map(\.id)).reportContext,
            "tittel": .string(phrases.reportTitle(year: settings.year)),
            "språk": .string(settings.language.rawValue),
            "css": .string(css ?? ""),
            "innholdsfortegnelse": .array(contents),
            "kapitler": .array(sections),
        ])
        return try library.render("side.html.mustache", with: context, options: RenderOptions(kind: .html, strict: true))
    }
}
