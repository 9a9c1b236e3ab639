import SourceText

/// Options for one render.
public struct RenderOptions: Sendable {
    /// The output kind; when nil it is inferred from the template's name, else HTML (the spec's default).
    public var kind: OutputKind?
    /// When true, a name, partial or section that is not found is an error instead of rendering nothing.
    public var strict: Bool
    /// How deep partials and parents may nest before rendering stops with an error.
    public var maxDepth: Int

    /// Creates options.
    public init(kind: OutputKind? = nil, strict: Bool = false, maxDepth: Int = 100) {
        self.kind = kind
        self.strict = strict
        self.maxDepth = maxDepth
    }
}

/// Compiles templates from a source on first use and keeps them for later renders.
///
/// A name is looked up as written, then with `.mustache`, then with the output kind's extension
/// (`.md.mustache`, `.html.mustache`), so `{{>kapittel}}` finds `kapittel.md.mustache`.
public final class TemplateLibrary {
    /// Where template texts come from.
    public let source: any TemplateSource
    private var cache: [CacheKey: Template] = [:]

    private struct CacheKey: Hashable {
        let name: String
        let indentation: [UInt8]
    }

    /// Creates a library over `source`.
    public init(source: any TemplateSource) {
        self.source = source
    }

    /// Creates a library over in-memory templates.
    public convenience init(templates: [String: String]) {
        self.init(source: InMemoryTemplates(templates))
    }

    /// The compiled template `name`; throws when it does not exist or does not compile.
    public func template(named name: String) throws(MustacheError) -> Template {
        if let template = try load(name, indentation: [], kind: nil, site: nil) { return template }
        let message = MustacheMessage.unknownPartial(name)
        throw MustacheError(Diagnostic(code: message.code, message: message.text, expected: message.expected))
    }

    /// Renders the template `name` with `context`.
    public func render(_ name: String, with context: TemplateValue, options: RenderOptions = RenderOptions()) throws(MustacheError) -> String {
        let template = try template(named: name)
        return try template.render(context, options: options, library: self)
    }

    func load(_ name: String, indentation: [UInt8], kind: OutputKind?, site: TemplateSite?) throws(MustacheError) -> Template? {
        let key = CacheKey(name: name, indentation: indentation)
        if let cached = cache[key] { return cached }
        guard DirectoryTemplates.isConfined(name) else {
            throw refusal(.nameOutsideRoot(name), site: site)
        }
        for candidate in candidates(for: name, kind: kind) {
            let text: String?
            do {
                text = try source.text(forName: candidate)
            } catch {
                switch error {
                case .outsideRoot: throw refusal(.nameOutsideRoot(name), site: site)
                case .unreadable(let reason): throw refusal(.unreadableTemplate(candidate, reason: reason), site: site)
                case .notText: throw refusal(.invalidTemplateText(candidate), site: site)
                }
            }
            if let text {
                let template = try Template(name: candidate, bytes: Array(text.utf8), indentation: indentation)
                cache[key] = template
                return template
            }
        }
        return nil
    }

    private func candidates(for name: String, kind: OutputKind?) -> [String] {
        var names = [name, name + ".mustache"]
        switch kind {
        case .html?: names.append(name + ".html.mustache")
        case .markdown?: names.append(name + ".md.mustache")
        case .text?: names.append(name + ".txt.mustache")
        case nil: names += [name + ".md.mustache", name + ".html.mustache"]
        }
        return names
    }

    private func refusal(_ message: MustacheMessage, site: TemplateSite?) -> MustacheError {
        if let site { return site.error(message) }
        return MustacheError(Diagnostic(code: message.code, message: message.text, found: message.found, expected: message.expected))
    }
}

extension Template {
    /// Renders this template with `context`; partials and parents come from `library` when given.
    public func render(_ context: TemplateValue, options: RenderOptions = RenderOptions(), library: TemplateLibrary? = nil) throws(MustacheError) -> String {
        let kind = options.kind ?? OutputKind.inferred(fromName: name) ?? .html
        var renderer = Renderer(kind: kind, strict: options.strict, maxDepth: options.maxDepth, library: library, root: context)
        renderer.output.reserveCapacity(max(1024, source.count * 2))
        try renderer.render(nodes, in: self, blocks: [:])
        return String(decoding: renderer.output, as: UTF8.self)
    }
}
