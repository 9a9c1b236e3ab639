import SourceText

/// A template problem: where it is (template name, line, column, the line itself) and what is wrong.
public struct MustacheError: Error, Sendable, CustomStringConvertible {
    /// The problem as a diagnostic, ready for `DiagnosticFormatter`.
    public let diagnostic: Diagnostic

    /// Wraps a diagnostic.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    public var description: String { DiagnosticFormatter().format(diagnostic) }
}

/// Where in which template something is, computed only when an error is reported.
struct TemplateSite: Sendable {
    let templateName: String
    let source: [UInt8]
    let offset: Int

    func location() -> (SourceLocation, String) {
        let index = LineIndex(bytes: source)
        let location = index.location(ofOffset: offset, file: templateName)
        return (location, index.text(ofLine: location.line))
    }

    func error(_ message: MustacheMessage) -> MustacheError {
        let (location, excerpt) = location()
        return MustacheError(Diagnostic(
            severity: .error, code: message.code, message: message.text, location: location,
            found: message.found, expected: message.expected, excerpt: excerpt))
    }
}
