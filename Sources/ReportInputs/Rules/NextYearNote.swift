import ReportModel
import SourceText

/// The note `init --fra` puts at the top of every chapter text carried over from last year's report: what to
/// update. Like `init`'s guidance, a note left in is a warning and keeps the report a draft.
public enum NextYearNote {
    /// The words that open the note in each written form (`Templates/<form>/neste-ar/merknad.md.mustache` starts with them).
    public static let markers = ["**Fra fjorårets rapport.**", "**Frå fjorårsrapporten.**"]

    /// True for a line of the note's first paragraph (a quote line opening with the marker).
    public static func isNote(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(">") else { return false }
        let rest = trimmed.dropFirst().drop { $0 == " " || $0 == "\t" }
        return markers.contains { rest.hasPrefix($0) }
    }

    /// Warns once per text that still holds the note, and marks it a draft.
    static func check(_ texts: inout [String: ChapterText], raw: [String: String], year: Int?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for id in texts.keys.sorted() {
            guard var text = texts[id], text.status != .notStarted, let source = raw[id] else { continue }
            let lines = StarterTextRule.lines(source)
            guard let index = lines.indices.first(where: { $0 >= text.bodyLine - 1 && isNote(lines[$0]) }) else { continue }
            text.draftReasons.append(.lastYearsNote)
            diagnostics.append(InputMessage.nextYearNoteLeft(year: year ?? 0)
                .diagnostic(file: text.file, line: index + 1, excerpt: String(lines[index])))
            texts[id] = text
        }
        return diagnostics
    }
}
