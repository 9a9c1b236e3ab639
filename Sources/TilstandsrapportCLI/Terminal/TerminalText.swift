/// Text made safe and measured for a terminal: what input may contain never drives the terminal, and
/// columns line up however wide each character is drawn.
enum TerminalText {
    /// Control characters shown as visible symbols (ESC as ␛, DEL as ␡), C1 controls and bidi overrides as �,
    /// so a chapter title or file name cannot move the cursor, recolour the terminal or reverse a line.
    /// Line breaks are kept only when `keepingLineBreaks` (whole messages); in a table cell they are symbols too.
    static func safe(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepingLineBreaks, 0x09 where keepingLineBreaks: out.append(scalar)
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F: out.append("␡")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The columns a terminal uses for `text`: two for wide (East Asian, emoji) characters, none for a
    /// character that is only combining marks or invisible formatting, one for the rest (æ, ø, å, é).
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isWide(first.value) { return 2 }
        if character.unicodeScalars.allSatisfy({ isZeroWidth($0) }) { return 0 }
        return 1
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// `text` cut to at most `limit` columns, ending in «…» when cut; never splits a character (grapheme).
    static func cut(_ text: String, to limit: Int) -> String {
        guard width(text) > limit else { return text }
        guard limit > 0 else { return "" }
        var out = ""
        var used = 0
        for character in text {
            let next = width(of: character)
            if used + next > limit - 1 { break }
            out.append(character)
            used += next
        }
        return out + "…"
    }

    /// `text` padded with spaces to `columns` columns.
    static func pad(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(text)))
    }

    /// `text` broken into lines of at most `limit` columns at spaces; a word longer than a line is cut.
    static func wrap(_ text: String, to limit: Int) -> [String] {
        guard width(text) > limit, limit > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if width(candidate) <= limit {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = width(word) > limit ? cut(word, to: limit) : word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
