import Charts
import Escaping
import Foundation
import Mustache
import ReportModel

/// A piece of a chapter that looks different in Markdown and in HTML: a chart (its table in
/// Markdown, an SVG with the table behind `<details>` in HTML), a row of key figures, or the start and
/// end of a framed part (the union representatives' section).
enum ReportBlock: Sendable {
    case chart(Chart, DataTable)
    case table(DataTable)
    case keyFigures([KeyFigure])
    /// Opens a framed part: a `<section>` with this class in HTML, a rule in Markdown.
    case frameStart(String)
    case frameEnd
}

/// One highlighted number with its change from last year.
struct KeyFigure: Sendable {
    var label: String
    var figure: Figure
    var change: String
    /// What last year's report printed for its year («I fjorårets rapport: 512»), or empty.
    var lastYear = ""
    /// What changed since last year's report printed it, or empty.
    var changeNote = ""

    var isPreliminary: Bool { figure.isPreliminary && figure.state != .missing }
}

/// The blocks of one report, by id. Templates place a block with `{{{x.blokk}}}`, which writes a
/// fenced block the final writers replace.
struct ReportBlocks: Sendable {
    private(set) var blocks: [String: ReportBlock] = [:]
    private var counter = 0
    /// The words blocks add of their own accord, in the report's written form.
    let phrases: Phrasebook

    init(phrases: Phrasebook) {
        self.phrases = phrases
    }

    /// Registers a block and returns its placeholder for a template.
    mutating func add(_ block: ReportBlock, name: String) -> TemplateValue {
        counter += 1
        let id = "\(name)-\(counter)"
        blocks[id] = block
        return .object(["blokk": .string(placeholder(id))])
    }

    /// The fence's info string, with a random part per build: a chapter text cannot guess it, so it
    /// cannot pull a block (or anything else) into the report by writing such a fence itself.
    let fenceName = "tilstandsrapport-blokk-" + String(UInt64.random(in: 1...UInt64.max), radix: 36)

    func placeholder(_ id: String) -> String { "\n```\(fenceName)\n\(id)\n```\n" }

    /// The Markdown report: every placeholder replaced by its Markdown form, in one pass over the text.
    func markdown(_ text: String) -> String {
        let opening = Array("```\(fenceName)\n".utf8)
        let closing = Array("\n```".utf8)
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var index = 0
        while index < bytes.count {
            if bytes[index] == opening[0], bytes[index...].starts(with: opening) {
                let idStart = index + opening.count
                var idEnd = idStart
                while idEnd < bytes.count, bytes[idEnd] != 0x0A { idEnd += 1 }
                let id = String(decoding: bytes[idStart..<idEnd], as: UTF8.self)
                if let block = blocks[id], bytes[idEnd...].starts(with: closing) {
                    out += markdown(block).trimmingCharacters(in: .newlines).utf8
                    index = idEnd + closing.count
                    continue
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    func markdown(_ block: ReportBlock) -> String {
        switch block {
        case .chart(_, let table), .table(let table):
            return table.markdown()
        case .keyFigures(let figures):
            let lines = figures.map { figure -> String in
                let change = figure.change.isEmpty ? "" : " (" + MarkdownValueEscaper.escape(figure.change) + ")"
                let mark = figure.isPreliminary ? "\\*" : ""
                let lastYear = [figure.lastYear, figure.changeNote].filter { !$0.isEmpty }.map { " " + MarkdownValueEscaper.escape(DataTable.sentence($0)) }.joined()
                return "- **" + MarkdownValueEscaper.escape(figure.figure.fixedText(phrases)) + mark + "** " + MarkdownValueEscaper.escape(figure.label) + change
                    + (lastYear.isEmpty ? "" : ".") + lastYear
            }
            let note = figures.contains(where: \.isPreliminary) ? "\n" + phrases.preliminaryTableNote + "\n" : ""
            return lines.joined(separator: "\n") + "\n" + note
        case .frameStart, .frameEnd:
            // A thematic break that cannot be read as a setext underline, with blank lines around it.
            return "\n* * *\n"
        }
    }

    /// The HTML for the block with `id` (trusted: every value in it is escaped here).
    func html(_ id: String) -> String {
        guard let block = blocks[id] else { return "" }
        let e: (String) -> String = { HTMLEscaping.escape($0) }
        switch block {
        case .chart(let chart, let table):
            return chartHTML(chart, table, id: id)
        case .table(let table):
            return table.html(id: "tabell-\(id)")
        case .keyFigures(let figures):
            var out = "<ul class=\"nokkeltall\">\n"
            for figure in figures {
                let state = figure.figure.isProtected ? " skjult" : ""
                let mark = figure.isPreliminary ? "<span class=\"merke\" title=\"\(e(phrases.preliminary))\">*</span>" : ""
                out += "<li><span class=\"nokkeltall-verdi\(state)\">\(e(figure.figure.fixedText(phrases)))\(mark)</span><span class=\"nokkeltall-navn\">\(e(figure.label))</span>"
                if !figure.change.isEmpty { out += "<span class=\"nokkeltall-endring\">\(e(figure.change))</span>" }
                if !figure.lastYear.isEmpty { out += "<span class=\"nokkeltall-fjor\">\(e(figure.lastYear))</span>" }
                if !figure.changeNote.isEmpty { out += "<span class=\"nokkeltall-merknad\">\(e(figure.changeNote))</span>" }
                out += "</li>\n"
            }
            out += "</ul>\n"
            if figures.contains(where: \.isPreliminary) { out += "<p class=\"tabellnote nokkeltall-note\">\(e(phrases.preliminaryMarkNote))</p>\n" }
            return out
        case .frameStart(let name):
            return "<section class=\"ramme \(e(name))\">\n"
        case .frameEnd:
            return "</section>\n"
        }
    }
}

// MARK: Charts

extension ReportBlocks {
    /// The words a chart adds of its own accord, in the report's written form.
    var chartTexts: ChartTexts {
        ChartTexts(empty: phrases.chartEmpty, notDrawn: phrases.chartNotDrawn, axisNotFromZero: phrases.chartAxisNotFromZero,
                   marks: [ChartMark(symbol: "*", meaning: phrases.preliminary)])
    }

    /// A chart block: the title as a caption above the drawings, a narrow drawing for phones and a wide
    /// one for laptops and paper (the page's CSS shows one of them), and the chart's table behind `<details>`.
    func chartHTML(_ chart: Chart, _ table: DataTable, id: String) -> String {
        var chart = chart
        chart.texts = chartTexts
        let figureID = "diagram-\(id)"
        var out = "<div class=\"diagramblokk\">\n<figure class=\"diagram\">\n"
        out += "<figcaption class=\"diagram-tittel\">\(HTMLEscaping.escape(Self.keepingRangesTogether(chart.title)))</figcaption>\n"
        out += chart.svg(id: figureID + "-smal", layout: .narrow) + "\n"
        out += chart.svg(id: figureID, layout: .wide) + "\n</figure>\n"
        // The data's notes and the source under the chart itself, once: the table behind <details> leaves them out.
        out += table.notesHTML(footnotes: table.footnotes, sourceLine: table.sourceLine, placed: true)
        out += "<details><summary>\(HTMLEscaping.escape(phrases.chartAsTable))</summary>\n" + table.html(id: "tabell-\(id)", withNotes: false)
        return out + "</details>\n</div>\n"
    }
}

extension ReportBlocks {
    /// «2021–2025» with word joiners (U+2060) around the dash, so a wrapped title never ends in «2021–».
    static func keepingRangesTogether(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        for (index, character) in characters.enumerated() {
            let between = index > 0 && index + 1 < characters.count
                && characters[index - 1].isNumber && characters[index + 1].isNumber
            out += character == "–" && between ? "\u{2060}–\u{2060}" : String(character)
        }
        return out
    }
}

extension ChartPoint {
    /// The point for `figure`, labelled exactly as its table cell writes it (`99,0 %`, `<5`, `mangler`),
    /// with «*» when the figure is preliminary, so a figure reads the same in the chart and the table.
    init(_ figure: Figure, _ phrases: Phrasebook) {
        let cell = DataTable.Cell.figure(figure, phrases)
        self.init(value: figure.visibleValue, label: cell.text, mark: cell.preliminary ? "*" : "")
    }
}
