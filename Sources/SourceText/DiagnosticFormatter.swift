/// Turns diagnostics into the text a user reads in a terminal.
///
/// ```
/// bemanning.csv:14:19: feil[INN012]: Antallet kan ikke være negativt.
///   fant «-2», forventet et tall ≥ 0
///    14 | 2025;saksbehandler;-2
///       |                    ^
/// ```
public struct DiagnosticFormatter: Sendable {
    /// Creates a formatter.
    public init() {}

    /// Formats one diagnostic as one or more lines, without a trailing newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        let label = diagnostic.severity == .error ? "feil" : "advarsel"
        let head = "\(label)[\(diagnostic.code)]: \(diagnostic.message)"
        if let location = diagnostic.location {
            lines.append("\(location): \(head)")
        } else {
            lines.append(head)
        }
        switch (diagnostic.found, diagnostic.expected) {
        case let (found?, expected?): lines.append("  fant «\(found)», forventet \(expected)")
        case let (found?, nil): lines.append("  fant «\(found)»")
        case let (nil, expected?): lines.append("  forventet \(expected)")
        case (nil, nil): break
        }
        if let excerpt = diagnostic.excerpt, let location = diagnostic.location {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let shown = excerpt.replacingTabs()
            lines.append(" \(number) | \(shown)")
            let caretColumn = max(1, location.column)
            let prefix = String(excerpt.prefix(caretColumn - 1)).replacingTabs()
            lines.append(" \(gutter) | \(String(repeating: " ", count: prefix.count))^")
        }
        return lines.joined(separator: "\n")
    }

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
