import ReportModel
import SourceText

/// The note `init --fra` puts at the top of every chapter text carried over from last year's report: what to
/// update. Like `init`'s guidance, a note left in is a warning and keeps the report a draft.
public enum NextYearNote {
    /// The words that open the note (`Templates/nb/neste-ar/merknad.md.mustache` starts its first line with them).
    public static let marker = "**Fra fjorårets rapport.**"

    /// The draft reason the report's front page and `status` give.
    static let draftReason = "inneholder fortsatt merknaden fra fjorårets rapport"

    /// True for a line of the note's first paragraph (a quote line opening with the marker).
    public static func isNote(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(">") else { return false }
        return trimmed.dropFirst().drop { $0 == " " || $0 == "\t" }.hasPrefix(marker)
    }

    /// Warns once per text that still holds the note, and marks it a draft.
    static func check(_ texts: inout [String: ChapterText], raw: [String: String], year: Int?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for id in texts.keys.sorted() {
            guard var text = texts[id], text.status != .notStarted, let source = raw[id] else { continue }
            let lines = StarterTextRule.lines(source)
            guard let index = lines.indices.first(where: { $0 >= text.bodyLine - 1 && isNote(lines[$0]) }) else { continue }
            text.draftReasons.append(draftReason)
            diagnostics.append(InputMessage.nextYearNoteLeft(year: year ?? 0)
                .diagnostic(file: text.file, line: index + 1, excerpt: String(lines[index])))
            texts[id] = text
        }
        return diagnostics
    }
}

extension LoadSession {
    /// Each municipality's own chapter parts get the same checks as the shared texts: guidance, sample names and
    /// last year's note left in keep the report a draft; a part not started is not printed.
    mutating func checkLocalTexts() {
        for number in localTexts.keys.sorted() {
            guard var texts = localTexts[number] else { continue }
            var raw: [String: String] = [:]
            for id in texts.keys { raw[id] = rawLocalTexts["tekster/\(id).\(number).md"] }
            if let starter = limits.starterText {
                diagnostics += StarterTextRule.check(&texts, raw: raw, settings: nil, settingsText: nil, starter: starter)
            }
            diagnostics += NextYearNote.check(&texts, raw: raw, year: nil)
            for (id, text) in texts where text.status == .notStarted { texts[id]?.markdown = "" }
            localTexts[number] = texts
        }
    }
}
