import Escaping
import Foundation
import Mustache
import ReportModel

/// A table of figures, written as a Markdown table (in the .md report) or an HTML table with a
/// caption, header scopes, right-aligned numbers and marked hidden cells.
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

        var suppressed: Bool { privacy != nil }

        static func figure(_ figure: Figure, _ phrases: Phrasebook) -> Cell {
            Cell(text: figure.fixedText(phrases), numeric: figure.state == .shown, privacy: figure.isProtected ? figure.state : nil,
                 preliminary: figure.isPreliminary && figure.state != .missing)
        }

        static func text(_ text: String) -> Cell { Cell(text: text, numeric: false, privacy: nil, preliminary: false) }
    }

    var caption: String
    var corner: String
    var columns: [String]
    var rows: [Row]
    var threshold: Int
    /// The words of the notes and the hidden cells' labels.
    var phrases: Phrasebook
    /// Notes the table needs besides the marks it uses (how to read a cell).
    var extraNotes: [String] = []

    var hasSuppressed: Bool { rows.contains { $0.cells.contains(where: \.suppressed) } }
    func has(_ privacy: Figure.State) -> Bool { rows.contains { $0.cells.contains { $0.privacy == privacy } } }
    var hasPreliminary: Bool { rows.contains { $0.cells.contains(where: \.preliminary) } }

    var notes: [String] {
        var notes: [String] = extraNotes
        if has(.small) { notes.append(phrases.smallNote(threshold: threshold)) }
        if has(.hidden) { notes.append(phrases.hiddenNote) }
        if hasPreliminary { notes.append(phrases.preliminaryTableNote) }
        return notes
    }

    func markdown() -> String {
        let escape: (String) -> String = { MarkdownValueEscaper.escape($0) }
        var out = "*\(escape(caption))*\n\n"
        out += "| " + ([corner] + columns).map(escape).joined(separator: " | ") + " |\n"
        out += "|" + ([":--"] + columns.map { _ in "--:" }).joined(separator: "|") + "|\n"
        for row in rows {
            let cells = row.cells.map { escape($0.text) + ($0.preliminary ? "\\*" : "") }
            out += "| " + ([escape(row.header)] + cells).joined(separator: " | ") + " |\n"
        }
        for note in notes { out += "\n" + note + "\n" }
        return out
    }

    func html(id: String) -> String {
        let e: (String) -> String = { HTMLEscaping.escape($0) }
        var out = "<div class=\"tabell\" tabindex=\"0\" role=\"region\" aria-labelledby=\"\(e(id))-tittel\">\n<table>\n<caption id=\"\(e(id))-tittel\">\(e(caption))</caption>\n<thead><tr><th scope=\"col\">\(e(corner))</th>"
        for column in columns { out += "<th scope=\"col\" class=\"tall\">\(e(column))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr><th scope=\"row\">\(e(row.header))</th>"
            for cell in row.cells {
                var classes = cell.numeric || cell.suppressed ? ["tall"] : []
                if cell.suppressed { classes.append("skjult") }
                let mark = cell.preliminary ? "<span class=\"merke\" title=\"\(e(phrases.preliminary))\">*</span>" : ""
                let label = cell.privacy == .small ? "<span class=\"visuelt-skjult\">\(e(phrases.smallCellLabel(threshold: threshold)))</span>"
                    : cell.suppressed ? "<span class=\"visuelt-skjult\">\(e(phrases.hiddenCellLabel))</span>" : ""
                out += "<td" + (classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"") + ">\(e(cell.text))\(mark)\(label)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        for note in notes { out += "<p class=\"tabellnote\">\(e(note.replacingOccurrences(of: "\\*", with: "*")))</p>\n" }
        return out
    }
}

