import Foundation
import Markdown
import Mustache
import ReportModel

/// The self-contained HTML page: the front page, the summary, a compact table of contents, one
/// `<section>` per chapter, all CSS inline, no scripts, nothing loaded from elsewhere.
struct HTMLPage {
    let report: ComputedReport
    /// The chapters in page order (the summary first).
    /// The chapter order, for the front page (the colophon is a section of the page but not a chapter of the report).
    let order: [String]
    let chapters: [(id: String, markdown: String)]
    /// Why a chapter is not approved yet, by chapter id.
    let statuses: [String: String]
    let blocks: ReportBlocks
    let library: TemplateLibrary

    /// One chapter as the page shows it.
    struct RenderedChapter {
        var id: String
        var html: String
        /// The chapter's own entry in the contents, with its sections.
        var entry: TemplateValue?
    }

    var phrases: Phrasebook { Phrasebook(report.settings.language) }

    func render() throws(MustacheError) -> String {
        var slugger = HeadingSlugger()
        // Ids the page itself uses must not be taken by a heading.
        for reserved in ["innhold", "innholdsfortegnelse", "forside"] { _ = slugger.uniqueSlug(reserved) }
        var numbering = HeadingNumbering()
        var summary: [TemplateValue] = []
        var sections: [TemplateValue] = []
        var contents: [TemplateValue] = []
        for chapter in chapters {
            let isSummary = chapter.id == ReportAssembler.summaryID
            let numbered = numbering.number(chapter.markdown, numbered: !isSummary && chapter.id != ReportAssembler.colophonID)
            let rendered = render(chapter.id, numbered, slugger: &slugger)
            if let entry = rendered.entry { contents.append(entry) }
            let section = TemplateValue.object(["id": .string("kapittel-\(chapter.id)"), "html": .string(rendered.html)])
            if isSummary { summary.append(section) } else { sections.append(section) }
        }
        let css = (try? library.source.text(forName: "rapport.css")) ?? nil
        let settings = report.settings
        let title = phrases.reportTitle(year: settings.year)
        let context = TemplateValue.object([
            "rapport": ViewBuilder(report: report, order: order).reportContext,
            "tittel": .string(title),
            "språk": .string(settings.language.rawValue),
            "css": .string(css ?? ""),
            "topptekst": .string(Self.cssString(settings.municipality + " · " + title)),
            "oppsummering": .array(summary),
            "innholdsfortegnelse": .array(contents),
            "kapitler": .array(sections),
        ])
        return try library.render("side.html.mustache", with: context, options: RenderOptions(kind: .html, strict: true))
    }

    /// A chapter's HTML, with heading ids from the page's slugger (made from the text without its number).
    func render(_ id: String, _ numbered: HeadingNumbering.Numbered, slugger: inout HeadingSlugger) -> RenderedChapter {
        let blocks = self.blocks
        var options = HTMLOptions(safe: true, headingIDs: true, fencedBlockRenderers: [
            blocks.fenceName: { block in blocks.html(block.text.trimmingSpaces()) },
        ])
        options.tableClasses = true
        // A table that fits is no tab stop or landmark; the box scrolls (and the browser lets a keyboard
        // reach it) only when a table cannot fit.
        options.tableWrapper = ("<div class=\"tabell\">\n", "</div>\n")
        options.footnoteBackLabel = phrases.footnoteBackLink
        // Every chapter numbers its own footnotes: their ids carry the chapter's, so two `[^1]` never collide.
        options.footnoteIDPrefix = "kapittel-\(id)-"
        // Pictures come from the project only (checked when the texts were read); anything else is a link.
        let images = report.images
        options.imageSource = { destination in images[EmbeddedImage.key(forDestination: destination)]?.dataURI }
        options.isolateRightToLeftText = true
        let document = MarkdownParser.parse(numbered.markdown)
        var ids: [NodeID: String] = [:]
        var headings: [(level: Int, number: String?, text: String, id: String)] = []
        for entry in document.tableOfContents {
            let number = numbered.numbers[entry.line]
            let text = HeadingNumbering.unnumbered(entry.text, number: number)
            let slug = slugger.uniqueSlug(text)
            ids[entry.node] = slug
            headings.append((entry.level, number, text, slug))
        }
        let html = HTMLWriter(options: options).render(document, headingIDs: ids)
        guard let chapter = headings.first(where: { $0.level == 2 }) else { return RenderedChapter(id: id, html: html, entry: nil) }
        let subsections = headings.filter { $0.level == 3 }.map { heading in
            TemplateValue.object(["nr": .text(heading.number), "tekst": .string(heading.text), "id": .string(heading.id)])
        }
        let entry = TemplateValue.object([
            "nr": .text(chapter.number), "tekst": .string(chapter.text), "id": .string(chapter.id),
            "status": .text(status(of: id)),
            "underpunkter": .array(subsections), "har_underpunkter": .bool(!subsections.isEmpty),
            "antall_underpunkter": .int(subsections.count),
        ])
        return RenderedChapter(id: id, html: html, entry: entry)
    }

    /// Why the chapter is not approved; the union representatives' part counts with the staffing chapter it sits in.
    func status(of id: String) -> String? {
        var parts: [String] = statuses[id].map { [$0] } ?? []
        let unionID = ChapterID.unionRepresentatives.rawValue
        if ChapterRegistry.chapter(unionID)?.sectionOf?.rawValue == id, !chapters.contains(where: { $0.id == unionID }),
           let union = statuses[unionID] {
            let title = report.texts[unionID]?.title ?? phrases(ChapterRegistry.chapter(.unionRepresentatives).title)
            parts.append("\(title): \(union)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// `text` as a CSS string literal: every character that is not a letter or a digit becomes a
    /// six-digit escape, so no value can end the string, the rule or the `<style>` element.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let asciiLetterOrDigit = scalar.isASCII && (("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar))
            let otherLetter = !scalar.isASCII && scalar.properties.isAlphabetic
            // A space is escaped too: CSS swallows one space after an escape.
            if asciiLetterOrDigit || otherLetter {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16)
                out += "\\" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex
            }
        }
        return out + "\""
    }
}
