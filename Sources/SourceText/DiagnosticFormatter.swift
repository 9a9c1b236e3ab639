/// Turns diagnostics into the text a user reads in a terminal.
///
/// ```
/// bemanning.csv:14:19: feil[INN012]: Antallet kan ikke være negativt.
///   fant «-2», forventet et tall ≥ 0
///    14 | 2025;saksbehandler;-2
///       |                    ^
/// ```
///
/// A CSV record whose spreadsheet row differs from its line is named both ways
/// (`svar.csv: rad 22 (linje 32), kolonne 5: …`), a workbook cell by sheet and cell
/// (`svar.xlsx: ark Svar, celle D22: …`, without an excerpt).
public struct DiagnosticFormatter: Sendable {
    /// Creates a formatter.
    public init() {}

    /// Formats one diagnostic as one or more lines, without a trailing newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        let label = diagnostic.severity == .error ? "feil" : "advarsel"
        let head = "\(label)[\(diagnostic.code)]: \(diagnostic.message.visible(limit: 400))"
        if let location = diagnostic.location {
            // A sheet name comes from the file: shown like any other input, so it cannot drive the terminal.
            let place = String(location.description.map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" ? " " : $0 })
            lines.append("\(place.visible(limit: 600)): \(head)")
        } else {
            lines.append(head)
        }
        switch (diagnostic.found.map { $0.visible(limit: Self.foundLimit) }, diagnostic.expected.map { $0.visible(limit: 600) }) {
        case let (found?, expected?): lines.append("  fant «\(found)», forventet \(expected)")
        case let (found?, nil): lines.append("  fant «\(found)»")
        case let (nil, expected?): lines.append("  forventet \(expected)")
        case (nil, nil): break
        }
        // A workbook cell has no source line to point into; its value is in «fant».
        if let excerpt = diagnostic.excerpt, let location = diagnostic.location, location.sheet == nil {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            // A long line is cut to a window around the column, so a 10 MB cell never floods the terminal.
            let characters = Array(excerpt)
            let caret = max(0, min(location.column - 1, characters.count))
            let start = max(0, caret - Self.excerptLimit / 2)
            let end = min(characters.count, start + Self.excerptLimit)
            let before = String(characters[start..<caret]).replacingTabs().visible(limit: Int.max)
            let window = String(characters[start..<end]).replacingTabs().visible(limit: Int.max)
            let lead = start > 0 ? "…" : ""
            lines.append(" \(number) | \(lead)\(window)\(end < characters.count ? "…" : "")")
            lines.append(" \(gutter) | \(String(repeating: " ", count: lead.count + before.count))^")
        }
        return lines.joined(separator: "\n")
    }

    /// Longest excerpt and value shown; the rest is cut with «…».
    static let excerptLimit = 160
    static let foundLimit = 200

    /// Formats a list of diagnostics, errors and warnings in input order, separated by newlines.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }
}

extension String {
    // Tabs would make the caret line up differently than the excerpt in most terminals.
    fileprivate func replacingTabs() -> String {
        var out = ""
        out.reserveCapacity(count)
        for character in self { out.append(character == "\t" ? " " : character) }
        return out
    }
}

extension String {
    /// Control characters shown as visible symbols (ESC as ␛) so input cannot drive the terminal,
    /// and the text cut to `limit` characters.
    func visible(limit: Int) -> String {
        var out = ""
        var count = 0
        for scalar in unicodeScalars {
            if count == limit { out += "…"; break }
            switch scalar.value {
            case 0x00...0x1F where scalar != "\t" && scalar != "\n": out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F: out += "␡"
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: out += "\u{FFFD}" // C1 controls and bidi overrides
            default: out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }
}
