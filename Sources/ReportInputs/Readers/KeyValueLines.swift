import SourceText

/// `key: value` lines as a non-programmer writes them: `#` comment lines, blank lines, spaces
/// around the colon, keys in any case. Each entry keeps its position. Invisible characters that come
/// along when text is pasted from Word or a web page (zero-width spaces, word joiners, BOMs, soft
/// hyphens) are dropped from keys and from the ends of values, with a note, so `​status:` is `status:`.
struct KeyValueLines {
    struct Entry {
        var key: String
        var value: String
        var line: Int
        /// Column of the value's first character.
        var valueColumn: Int
        var source: String

        /// The parts of a comma-separated value, each with its column; empty parts left out.
        var commaSeparated: [(text: String, column: Int)] { fields(separatedBy: ",").filter { !$0.text.isEmpty } }

        /// Every part of the value between `separator`s, trimmed, with the column of its first character (empty parts kept,
        /// so a field's position in the line is its index).
        func fields(separatedBy separator: Character) -> [(text: String, column: Int)] {
            var parts: [(String, Int)] = []
            var column = valueColumn
            for piece in value.split(separator: separator, omittingEmptySubsequences: false) {
                let leading = piece.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }.count
                parts.append((String(piece).trimmingSpaces(), column + leading))
                column += piece.count + 1
            }
            return parts
        }
    }

    var entries: [Entry] = []
    var diagnostics: [Diagnostic] = []

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: return true
        default: return false
        }
    }

    init(_ lines: [Substring], file: String, firstLine: Int = 1, inFrontMatter: Bool = false) {
        for (offset, rawLine) in lines.enumerated() {
            let lineNumber = firstLine + offset
            let line = String(rawLine)
            let visible = String(String.UnicodeScalarView(line.unicodeScalars.filter { !Self.isInvisible($0) }))
            let trimmed = visible.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(InputMessage.missingColon(line: trimmed, inFrontMatter: inFrontMatter)
                    .diagnostic(file: file, line: lineNumber, excerpt: line))
                continue
            }
            var dropped: [Unicode.Scalar] = []
            let rawKey = line[..<colon].unicodeScalars
            dropped += rawKey.filter(Self.isInvisible)
            let key = String(String.UnicodeScalarView(rawKey.filter { !Self.isInvisible($0) })).trimmingSpaces().lowercased()
            var rest = Substring(line[line.index(after: colon)...])
            var leading = 0
            while let first = rest.unicodeScalars.first, first == " " || first == "\t" || Self.isInvisible(first) {
                if Self.isInvisible(first) { dropped.append(first) }
                rest = Substring(rest.unicodeScalars.dropFirst())
                leading += 1
            }
            while let last = rest.unicodeScalars.last, last == " " || last == "\t" || last == "\r" || Self.isInvisible(last) {
                if Self.isInvisible(last) { dropped.append(last) }
                rest = Substring(rest.unicodeScalars.dropLast())
            }
            if !dropped.isEmpty {
                diagnostics.append(InputMessage.invisibleCharactersIgnored(dropped, around: key).diagnostic(file: file, line: lineNumber))
            }
            let valueColumn = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: colon) + 2 + leading
            entries.append(Entry(key: key, value: String(rest).trimmingSpaces(), line: lineNumber, valueColumn: valueColumn, source: line))
        }
    }
}
