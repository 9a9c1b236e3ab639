/// How serious a diagnostic is: errors stop a build, warnings are shown and the build goes on.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One problem found in the input, with where it is, what was found and what was expected.
///
/// Every module reports problems in this one shape, so the command line prints them all the same way.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    /// A stable code such as `CSV003` or `MUS007`; tests and documentation refer to it.
    public var code: String
    /// The message in Norwegian bokmål.
    public var message: String
    public var location: SourceLocation?
    /// The offending value as found in the input (already masked where it could be sensitive).
    public var found: String?
    /// What would have been accepted.
    public var expected: String?
    /// The source line the location points into, shown under the message with a caret.
    public var excerpt: String?

    /// Creates a diagnostic.
    public init(
        severity: Severity = .error,
        code: String,
        message: String,
        location: SourceLocation? = nil,
        found: String? = nil,
        expected: String? = nil,
        excerpt: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.found = found
        self.expected = expected
        self.excerpt = excerpt
    }

    /// True for `.error`.
    public var isError: Bool { severity == .error }
}

extension Array where Element == Diagnostic {
    /// True when any element is an error.
    public var containsErrors: Bool { contains { $0.isError } }
}
