import CSV
import ReportModel
import SourceText

/// Reads `tekster/<id>.md`: front matter between `---` lines, then Markdown.
enum ChapterTextReader {
    static let keys = ["tittel", "ansvarlig", "status", "forfatter"]

    static func read(_ text: String, id: String, file: String) -> (ChapterText?, [Diagnostic]) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        guard lines.first.map({ String($0).trimmingSpaces() }) == "---" else {
            return (nil, [Diagnostic(code: "INN070", message: "Teksten mangler forsiden (front matter) med tittel, ansvarlig og status.",
                                     location: SourceLocation(file: file, line: 1, column: 1), found: lines.first.map(String.init) ?? "tom fil",
                                     expected: "første linje «---», så tittel:, ansvarlig: og status:, så «---»", excerpt: lines.first.map(String.init))])
        }
        guard let end = lines.dropFirst().firstIndex(where: { String($0).trimmingSpaces() == "---" }) else {
            return (nil, [Diagnostic(code: "INN071", message: "Forsiden (front matter) lukkes aldri.", location: SourceLocation(file: file, line: 1, column: 1),
                                     found: "«---» bare på linje 1", expected: "en linje «---» etter tittel, ansvarlig og status")])
        }
        let parsed = KeyValueLines(Array(lines[1..<end]), file: file, firstLine: 2)
        var diagnostics = parsed.diagnostics
        var values: [String: KeyValueLines.Entry] = [:]
        var authors: [Author] = []
        for entry in parsed.entries {
            guard keys.contains(entry.key) else {
                diagnostics.append(Diagnostic(code: "INN072", message: "Ukjent felt i forsiden.", location: SourceLocation(file: file, line: entry.line, column: 1),
                                              found: entry.key, expected: "ett av: " + keys.joined(separator: ", "), excerpt: entry.source))
                continue
            }
            if entry.key == "forfatter" {
                let parts = entry.value.split(separator: ";", maxSplits: 1).map { String($0).trimmingSpaces() }
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { authors.append(Author(name: parts[0], role: parts[1])) } else {
                    diagnostics.append(Diagnostic(code: "INN003", message: "Forfatteren må ha navn og rolle, skilt med semikolon.",
                                                  location: SourceLocation(file: file, line: entry.line, column: entry.valueColumn), found: entry.value,
                                                  expected: "navn; rolle, for eksempel «Kari Nordmann; hovedtillitsvalgt, Fellesorganisasjonen»", excerpt: entry.source))
                }
                continue
            }
            values[entry.key] = entry
        }
        var status: ApprovalStatus? = nil
        if let entry = values["status"], !entry.value.isEmpty {
            status = ApprovalStatus.allCases.first { $0.rawValue == entry.value.lowercased() }
            if status == nil {
                diagnostics.append(Diagnostic(code: "INN074", message: "Ukjent status.", location: SourceLocation(file: file, line: entry.line, column: entry.valueColumn),
                                              found: entry.value, expected: "ikke påbegynt, utkast, til gjennomlesing eller godkjent", excerpt: entry.source))
            }
        }
        // A chapter nobody has started may not have anyone responsible yet.
        let required = status == .notStarted ? ["tittel", "status"] : ["tittel", "ansvarlig", "status"]
        for key in required where values[key]?.value.isEmpty ?? true {
            diagnostics.append(Diagnostic(code: "INN073", message: "Feltet «\(key)» mangler i forsiden.", location: SourceLocation(file: file, line: end + 1, column: 1),
                                          expected: key == "status" ? "status: ikke påbegynt, utkast, til gjennomlesing eller godkjent" : "\(key): …"))
        }
        let responsible = values["ansvarlig"]?.value ?? ""
        guard let title = values["tittel"]?.value, !title.isEmpty, status == .notStarted || !responsible.isEmpty, let status else {
            return (nil, diagnostics)
        }
        let body = lines[(end + 1)...].joined(separator: "\n")
        return (ChapterText(id: id, title: title, responsible: responsible, status: status, authors: authors, markdown: body, file: file, bodyLine: end + 2), diagnostics)
    }
}
