/// A value a template renders: the typed context that replaces `Any` and reflection.
///
/// Objects are dictionaries keyed by name; a domain value that must decide how it renders itself
/// (a suppressed count that shows `<5`, a share that shows `12,5 %`) is a `.custom` value.
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([TemplateValue])
    case object([String: TemplateValue])
    indirect case custom(any TemplateRenderable)
    indirect case lambda(MustacheLambda)

    /// False for `null`, `false`, an empty list, an empty string, and custom values that say so.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .array(let items): return !items.isEmpty
        case .string(let text): return !text.isEmpty
        case .custom(let value): return value.isTruthy
        case .int, .double, .object, .lambda: return true
        }
    }

    /// The value of `key` when this value is searched for a name, or nil when it has no such member.
    @inlinable
    public func member(_ key: String) -> TemplateValue? {
        switch self {
        case .object(let members): return members[key]
        case .custom(let value): return value.member(key)
        default: return nil
        }
    }

    /// The text this value shows when interpolated, before escaping.
    public var text: String {
        switch self {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return TemplateValue.format(value)
        case .string(let text): return text
        case .custom(let value): return value.text
        case .array, .object: return ""
        case .lambda: return ""
        }
    }

    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }
}

/// A domain value that decides how it renders itself and how it behaves in a section.
public protocol TemplateRenderable: Sendable {
    /// The text shown by `{{name}}`, before the output kind's escaping.
    var text: String { get }
    /// Whether `{{#name}}` renders its content (and `{{^name}}` does not).
    var isTruthy: Bool { get }
    /// A named member, for `{{name.member}}` and for names looked up inside `{{#name}}`.
    func member(_ key: String) -> TemplateValue?
}

extension TemplateRenderable {
    public var isTruthy: Bool { true }
    public func member(_ key: String) -> TemplateValue? { nil }
}

/// A Swift closure used as a Mustache lambda.
///
/// As `{{name}}` it is called with an empty string and its result is rendered as a template with the
/// default delimiters; as `{{#name}}…{{/name}}` it gets the section's raw text and its result is rendered
/// with the delimiters in effect.
public struct MustacheLambda: Sendable {
    public let body: @Sendable (String) -> String

    /// Wraps a closure.
    public init(_ body: @escaping @Sendable (String) -> String) {
        self.body = body
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var members: [String: TemplateValue] = [:]
        for (key, value) in elements { members[key] = value }
        self = .object(members)
    }
    public init(nilLiteral: ()) { self = .null }
}
