/// The written form of the report text (`målform`): every generated word comes from the phrasebook in this form.
public enum LanguageForm: String, Sendable, Hashable, CaseIterable {
    case bokmål = "nb"
    case nynorsk = "nn"

    /// The language tag with region for document metadata (`lang: nn-NO`); the plain `rawValue` is HTML's `lang`.
    public var languageTag: String { rawValue + "-NO" }

    /// `nb` or `nn`, whichever is this form. Both are required, so a phrase cannot be missing in either.
    public func pick(nb: String, nn: String) -> String {
        switch self {
        case .bokmål: return nb
        case .nynorsk: return nn
        }
    }
}

/// A text in both written forms, for the names in the registries. Both are required: a name cannot be
/// missing in one form and silently fall back to the other.
public struct Words: Sendable, Hashable {
    public let nb: String
    public let nn: String

    /// Creates a name in both forms.
    public init(nb: String, nn: String) {
        self.nb = nb
        self.nn = nn
    }

    /// The same text in both forms (a proper name, an abbreviation such as «KOSTRA»).
    public init(both text: String) {
        self.init(nb: text, nn: text)
    }

    /// The text in `form`.
    public func callAsFunction(_ form: LanguageForm) -> String { form.pick(nb: nb, nn: nn) }
}
