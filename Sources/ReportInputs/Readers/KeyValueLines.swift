import SourceText

/// `key: value` lines as a non-programmer writes them: `#` comment lines, blank lines, spaces
/// around the colon, keys in any case. Each entry keeps its position.
struct KeyValueLines {
    struct Entry {
        var key: String
        var value: String
        var line: Int
        /// Column of the value's first character.
        var valueColumn: Int
        var source: String
    }

    var entries: [Entry] = []
    var diagnostics: [Diagnostic] = []

    init(_ lines: [Substring], file: String, firstLine: Int = 1) {
        for (offset, rawLine) in lines.enumerated() {
            let lineNumber = firstLine + offset
            let line = String(rawLine)
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(Diagnostic(code: "INN001", message: "Linjen mangler kolon mellom navn og verdi.",
                                              location: SourceLocation(file: file, line: lineNumber, column: 1), found: trimmed,
                                              expected: "nøkkel: verdi, for eksempel «kommune: Fjordvik kommune»", excerpt: line))
                continue
            }
            let key = String(line[..<colon]).trimmingSpaces().lowercased()
            let rest = line[line.index(after: colon)...]
            let leading = rest.prefix { $0 == " " || $0 == "\t" }.count
            let valueColumn = line.distance(from: line.startIndex, to: colon) + 2 + leading
            entries.append(Entry(key: key, value: String(rest).trimmingSpaces(), line: lineNumber, valueColumn: valueColumn, source: line))
        }
    }
}
