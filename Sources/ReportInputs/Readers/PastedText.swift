import SourceText

/// Chapter text as people paste it from Word, read as the writer meant it:
/// - a line starting with a bullet (`•`, `–`, `▪`, `·`, `◦`, `▫`, `■`, `□`, `‣`, `⁃`, Word's Symbol-font bullets
///   U+F0A7/U+F0B7, or `o` and a tab, Word's second level), then a tab or spaces, becomes a Markdown list item `- …`;
///   a `-` or `*` bullet indented with a tab loses the tab;
/// - a line indented with a tab (which Markdown would show as code) becomes a paragraph of its own, unless it
///   continues a list item above it;
/// - fenced code (```` ``` ````, `~~~`) is left exactly as written.
/// Each kind of change is reported once per file, at the first line it changed, with the number of lines.
enum PastedText {
    static let bullets: Set<Character> = ["•", "–", "▪", "·", "◦", "▫", "■", "□", "‣", "⁃", "\u{F0A7}", "\u{F0B7}"]

    struct Result {
        var lines: [String]
        var diagnostics: [Diagnostic]
    }

    /// Normalises the body `lines`, whose first line is line `firstLine` of `file`.
    static func normalise(_ lines: [Substring], firstLine: Int, file: String) -> Result {
        var output: [String] = []
        output.reserveCapacity(lines.count)
        var fence: (character: Character, length: Int)? = nil
        var listOpen = false
        var bulletLines: [Int] = [], bulletGlyph = ""
        var tabLines: [Int] = []
        for (offset, substring) in lines.enumerated() {
            let line = String(substring)
            if let open = fence {
                if Fence.closes(line, open) { fence = nil }
                output.append(line)
                continue
            }
            if let opened = Fence.opening(line) {
                fence = opened
                listOpen = false
                output.append(line)
                continue
            }
            if let (glyph, text) = bullet(line) {
                if bulletLines.isEmpty { bulletGlyph = glyph }
                bulletLines.append(firstLine + offset)
                output.append("- " + text)
                // A Word list has no Markdown continuation lines: a tab-indented line after it is a paragraph of its own.
                listOpen = false
                continue
            }
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            if indentation.contains("\t"), !listOpen, line.count > indentation.count {
                tabLines.append(firstLine + offset)
                if let previous = output.last, !previous.allSatisfy({ $0 == " " || $0 == "\t" }) { output.append("") }
                let stripped = String(line.dropFirst(indentation.count))
                if let opened = Fence.opening(stripped) { fence = opened }
                output.append(stripped)
                continue
            }
            if !line.allSatisfy({ $0 == " " || $0 == "\t" }), indentation.isEmpty {
                listOpen = isListItem(line)
            }
            output.append(line)
        }
        var diagnostics: [Diagnostic] = []
        if let first = bulletLines.first {
            diagnostics.append(InputMessage.bulletsConverted(count: bulletLines.count, bullet: bulletGlyph).diagnostic(file: file, line: first))
        }
        if let first = tabLines.first {
            diagnostics.append(InputMessage.tabIndentationConverted(count: tabLines.count).diagnostic(file: file, line: first))
        }
        return Result(lines: output, diagnostics: diagnostics)
    }

    /// The bullet and the item's text of a pasted bullet line; nil for anything else (a Markdown list item
    /// written without a tab in front is already right and is left alone).
    static func bullet(_ line: String) -> (glyph: String, text: String)? {
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        var rest = line.dropFirst(indentation.count)
        guard let glyph = rest.first else { return nil }
        rest = rest.dropFirst()
        let gap = rest.prefix { $0 == " " || $0 == "\t" }
        let text = rest.dropFirst(gap.count)
        guard !gap.isEmpty, !text.isEmpty else { return nil }
        switch glyph {
        case _ where bullets.contains(glyph): break
        case "o" where gap.hasPrefix("\t"): break
        case "-", "*": guard indentation.contains("\t") else { return nil }
        default: return nil
        }
        return (String(glyph), String(text))
    }

    /// `- `, `* `, `+ `, `1. `, `1) ` at the start of a line.
    static func isListItem(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        if let first = trimmed.first, "-*+".contains(first) { return trimmed.dropFirst().first.map { $0 == " " || $0 == "\t" } ?? true }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return false }
        let after = trimmed.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")" else { return false }
        return after.dropFirst().first.map { $0 == " " || $0 == "\t" } ?? true
    }
}

/// Fenced code block lines as CommonMark defines them.
enum Fence {
    /// The fence a line opens (up to three spaces, then three or more `` ` `` or `~`), if it opens one.
    static func opening(_ line: String) -> (character: Character, length: Int)? {
        let spaces = line.prefix { $0 == " " }
        guard spaces.count <= 3 else { return nil }
        let rest = line.dropFirst(spaces.count)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let run = rest.prefix { $0 == character }
        guard run.count >= 3 else { return nil }
        // A backtick fence's info string may not hold a backtick.
        if character == "`", rest.dropFirst(run.count).contains("`") { return nil }
        return (character, run.count)
    }

    /// True when `line` closes a fence opened with `open`.
    static func closes(_ line: String, _ open: (character: Character, length: Int)) -> Bool {
        let spaces = line.prefix { $0 == " " }
        guard spaces.count <= 3 else { return false }
        let rest = line.dropFirst(spaces.count)
        let run = rest.prefix { $0 == open.character }
        return run.count >= open.length && rest.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }
}
