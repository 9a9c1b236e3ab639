/// Where a template library finds template texts by name.
public protocol TemplateSource: Sendable {
    /// The text of the template `name`, or nil when there is none.
    func text(forName name: String) throws(TemplateLookupFailure) -> String?
}

/// Why a template could not be looked up.
public enum TemplateLookupFailure: Error, Sendable, Equatable {
    /// The name would leave the template root (`..`, an absolute path, a link pointing outside).
    case outsideRoot
    /// The file exists but could not be read.
    case unreadable(reason: String)
    /// The file is not UTF-8 text.
    case notText
}

/// Templates held in memory, e.g. the built-in templates embedded in the binary.
public struct InMemoryTemplates: TemplateSource {
    public let templates: [String: String]

    /// Creates a source from name → text.
    public init(_ templates: [String: String]) {
        self.templates = templates
    }

    public func text(forName name: String) throws(TemplateLookupFailure) -> String? {
        templates[name]
    }
}

/// Several sources searched in order; the first that has a name wins (a project's own templates before
/// the built-in ones).
public struct LayeredTemplates: TemplateSource {
    public let layers: [any TemplateSource]

    /// Creates a source that searches `layers` in order.
    public init(_ layers: [any TemplateSource]) {
        self.layers = layers
    }

    public func text(forName name: String) throws(TemplateLookupFailure) -> String? {
        for layer in layers {
            if let text = try layer.text(forName: name) { return text }
        }
        return nil
    }
}
