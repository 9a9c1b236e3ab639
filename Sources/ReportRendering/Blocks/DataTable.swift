import Escaping
import Foundation
import Mustache
import ReportModel

/// A table of figures, written as a Markdown table (in the .md report) or an HTML table with a
/// caption, header scopes, right-aligned numbers and marked hidden cells; under it the notes it needs
/// and a source line.
///
/// On a phone the HTML table becomes one card per row (see «Tabeller» in `rapport.css`): the row's
/// name on top, then its key columns (the latest year and its comparisons), each with its column's
/// name, then the older years two by two. The same cells, so the same figures, on every screen.
struct DataTable: Sendable {
    struct Row: Sendable {
        var header: String
        var cells: [Cell]
    }

    struct Cell: Sendable {
        var text: String
        var numeric: Bool
        /// `.small` or `.hidden` for a figure hidden for privacy, else nil.
        var privacy: Figure.State?
        var preliminary: Bool
        /// The figure's year and where it comes from, for the table's source line.
        var year: Int? = nil
        var source: String? = nil
        /// The data's own note on the figure (`merknad`), printed as a numbered note under the table.
        var note: String? = nil
        /// Printed after the value, such as the number of answers behind a share: «(18)».
        var detail: String? = nil
        /// A comparison that does not apply (a count against the comparison group): «–».
        var notApplicable = false

        var suppressed: Bool { privacy != nil }

        static func figure(_ figure: Figure, _ phrases: Phrasebook) -> Cell {
            let source = figure.provenance.source
            return Cell(text: figure.fixedText(phrases), numeric: figure.state == .shown, privacy: figure.isProtected ? figure.state : nil,
                        preliminary: figure.isPreliminary && figure.state != .missing, year: figure.year,
                        source: source.isEmpty ? nil : source,
                        note: figure.provenance.note.flatMap { $0.isEmpty ? nil : $0 })
        }

        static func text(_ text: String) -> Cell { Cell(text: text, numeric: false, privacy: nil, preliminary: false) }

        /// «–»: no comparison applies here.
        static let notApplicable = Cell(text: "–", numeric: false, privacy: nil, preliminary: false, notApplicable: true)
    }

    var caption: String
    var corner: String
    var columns: [String]
    var rows: [Row]
    var threshold: Int
    /// The words of the notes, the source line and the hidden cells' labels.
    var phrases: Phrasebook
    /// Notes the table needs besides the marks it uses (how to read a cell).
    var extraNotes: [String] = []
    /// Plain-text notes on its figures since last year's report (escaped when written, unlike `extraNotes`).
    var changeNotes: [String] = []
    /// The columns a phone shows first in each row's card: the latest year and its comparisons. Nil: all of them.
    var keyColumns: Set<Int>? = nil
    /// Where the figures come from when their own provenance does not say (the service's own data).
    var source: String? = nil
    /// A table of words (the measures), not figures: left-aligned, wrapping, within the text column.
    var isText = false

    var hasSuppressed: Bool { rows.contains { $0.cells.contains(where: \.suppressed) } }
    func has(_ privacy: Figure.State) -> Bool { rows.contains { $0.cells.contains { $0.privacy == privacy } } }
    var hasPreliminary: Bool { rows.contains { $0.cells.contains(where: \.preliminary) } }
    var hasNotApplicable: Bool { rows.contains { $0.cells.contains(where: \.notApplicable) } }

    /// The data's notes on its figures, each once, in the order a reader meets them.
    var footnotes: [String] {
        var seen: [String] = []
        for row in rows { for cell in row.cells { if let note = cell.note, !seen.contains(note) { seen.append(note) } } }
        return seen
    }

    /// The number of the note on `cell`, counted from 1.
    func footnoteNumber(_ cell: Cell, in notes: [String]) -> Int? {
        cell.note.flatMap { note in notes.firstIndex(of: note).map { $0 + 1 } }
    }

    /// Where each note applies («KOSTRA-gruppe 7, 2025»), for notes shown where no cell carries the mark (under a chart).
    func footnotePlaces(_ notes: [String]) -> [[String]] {
        notes.map { note in
            rows.flatMap { row in
                row.cells.enumerated().compactMap { index, cell in
                    cell.note == note && index < columns.count ? "\(row.header), \(columns[index])" : nil
                }
            }
        }
    }

    /// A note as a sentence: a full stop at the end unless it has its own.
    static func sentence(_ note: String) -> String {
        let trimmed = note.trimmingSpaces()
        guard let last = trimmed.last, !".!?…".contains(last) else { return trimmed }
        return trimmed + "."
    }

    /// «Kilde: …» with the status of the figures, or nil when nothing is known about where they come from.
    var sourceLine: String? {
        var sources: [String] = source.map { [$0] } ?? []
        for row in rows { for cell in row.cells { if let source = cell.source, !sources.contains(source) { sources.append(source) } } }
        guard !sources.isEmpty else { return nil }
        var years: [Int] = []
        for row in rows { for cell in row.cells where cell.preliminary { if let year = cell.year, !years.contains(year) { years.append(year) } } }
        return phrases.sourceLine(sources: sources, preliminaryYears: years.sorted())
    }

    /// What the marks in the table mean; the source line explains «*» when there is one.
    var notes: [String] {
        var notes: [String] = extraNotes
        if has(.small) { notes.append(phrases.smallNote(threshold: threshold)) }
        if has(.hidden) { notes.append(phrases.hiddenNote) }
        if hasNotApplicable { notes.append(phrases.notApplicableNote) }
        if hasPreliminary, sourceLine == nil || rows.contains(where: { $0.cells.contains { $0.preliminary && $0.year == nil } }) {
            notes.append(phrases.preliminaryTableNote)
        }
        return notes
    }

    /// A card on a phone pays off only beside two or more value columns.
    var usesCards: Bool { columns.count >= 3 }

    func isKey(_ column: Int) -> Bool { keyColumns?.contains(column) ?? true }

    /// The superscript digits of a note mark: 1 → «¹», 12 → «¹²».
    static func noteMark(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}

// MARK: Markdown

extension DataTable {
    /// The table as pandoc reads it: a pipe table, then «Table: caption», then its notes and source.
    func markdown() -> String {
        let escape: (String) -> String = { MarkdownValueEscaper.escape($0) }
        let footnotes = self.footnotes
        var out = "| " + ([corner] + columns).map(escape).joined(separator: " | ") + " |\n"
        out += "|" + ([":--"] + columns.map { _ in isText ? ":--" : "--:" }).joined(separator: "|") + "|\n"
        for row in rows {
            let cells = row.cells.map { cell -> String in
                var text = escape(cell.text) + (cell.preliminary ? "\\*" : "")
                if let number = footnoteNumber(cell, in: footnotes) { text += Self.noteMark(number) }
                if let detail = cell.detail { text += " " + escape(detail) }
                return text
            }
            out += "| " + ([escape(row.header)] + cells).joined(separator: " | ") + " |\n"
        }
        out += "\nTable: \(escape(caption))\n"
        for (index, note) in footnotes.enumerated() { out += "\n" + Self.noteMark(index + 1) + " " + escape(Self.sentence(note)) + "\n" }
        for note in notes { out += "\n" + note + "\n" }
        for note in changeNotes { out += "\n" + escape(note) + "\n" }
        if let sourceLine { out += "\n" + escape(sourceLine) + "\n" }
        return out
    }
}

// MARK: HTML

extension DataTable {
    /// The table in HTML; `withNotes: false` leaves the notes and source out (a chart's table, whose chart has them).
    func html(id: String, withNotes: Bool = true) -> String {
        let e: (String) -> String = { HTMLEscaping.escape($0) }
        let footnotes = self.footnotes
        let cards = usesCards
        var out = "<div class=\"tabell \(isText ? "tekst" : "figurer")\(cards ? " kort" : "")\">\n<table>\n<caption id=\"\(e(id))-tittel\">\(e(caption))</caption>\n"
        out += "<thead><tr><th scope=\"col\">\(e(corner))</th>"
        for column in columns { out += isText ? "<th scope=\"col\">\(e(column))</th>" : "<th scope=\"col\" class=\"tall\">\(e(column))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr><th scope=\"row\">\(e(row.header))</th>"
            for (index, cell) in row.cells.enumerated() {
                out += cellHTML(cell, column: index, cards: cards, footnote: footnoteNumber(cell, in: footnotes))
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        return withNotes ? out + notesHTML(footnotes: footnotes, sourceLine: sourceLine) : out
    }

    private func cellHTML(_ cell: Cell, column: Int, cards: Bool, footnote: Int?) -> String {
        let e: (String) -> String = { HTMLEscaping.escape($0) }
        var classes = isText ? [] : ["tall"]
        if cell.suppressed { classes.append("skjult") }
        if cell.detail != nil { classes.append("har-detalj") }
        if cards, !isKey(column) { classes.append("eldre") }
        // A card shows each value with its column's name; a phone shows the name, other screens hide it.
        // Text in the cell, not in an attribute, so no value ever sits in one.
        var content = cards && column < columns.count ? "<span class=\"etikett\" aria-hidden=\"true\">\(e(columns[column]))</span>" : ""
        content += e(cell.text)
        if cell.preliminary { content += "<span class=\"merke\" title=\"\(e(phrases.preliminary))\">*</span>" }
        if let footnote { content += "<sup class=\"fotnote\"><span class=\"visuelt-skjult\">\(e(phrases.noteLabel))</span>\(footnote)</sup>" }
        if cell.privacy == .small {
            content += "<span class=\"visuelt-skjult\">\(e(phrases.smallCellLabel(threshold: threshold)))</span>"
        } else if cell.suppressed {
            content += "<span class=\"visuelt-skjult\">\(e(phrases.hiddenCellLabel))</span>"
        } else if cell.notApplicable {
            content += "<span class=\"visuelt-skjult\">\(e(phrases.notApplicableCellLabel))</span>"
        }
        if let detail = cell.detail { content += " <span class=\"detalj\">\(e(detail))</span>" }
        return classes.isEmpty ? "<td>\(content)</td>" : "<td class=\"\(classes.joined(separator: " "))\">\(content)</td>"
    }

    /// The notes and the source line under a table, or under a chart (`placed`: each note says where it applies).
    func notesHTML(footnotes: [String], sourceLine: String?, placed: Bool = false) -> String {
        let e: (String) -> String = { HTMLEscaping.escape($0) }
        let notes = self.notes
        guard !footnotes.isEmpty || !notes.isEmpty || !changeNotes.isEmpty || sourceLine != nil else { return "" }
        var out = "<div class=\"tabellnoter\">\n"
        let places = placed ? footnotePlaces(footnotes) : footnotes.map { _ in [String]() }
        for (index, note) in footnotes.enumerated() {
            let place = places[index].isEmpty ? "" : phrases.list(places[index]) + ": "
            out += "<p class=\"tabellnote\"><sup>\(index + 1)</sup> \(e(place + Self.sentence(note)))</p>\n"
        }
        for note in notes { out += "<p class=\"tabellnote\">\(e(note.replacingOccurrences(of: "\\*", with: "*")))</p>\n" }
        for note in changeNotes { out += "<p class=\"tabellnote endret-siden\">\(e(note))</p>\n" }
        if let sourceLine { out += "<p class=\"kilde\">\(e(sourceLine))</p>\n" }
        return out + "</div>\n"
    }
}
