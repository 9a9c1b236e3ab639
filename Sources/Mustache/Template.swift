/// A compiled Mustache template: parsed once, rendered many times.
public struct Template: Sendable {
    /// The name used in every error message (usually the file name).
    public let name: String
    let source: [UInt8]
    let nodes: [Node]

    /// Compiles `text`; throws `MustacheError` for a template that cannot be parsed.
    public init(name: String, source text: String) throws(MustacheError) {
        try self.init(name: name, bytes: Array(text.utf8), indentation: [])
    }

    init(name: String, bytes: [UInt8], indentation: [UInt8], delimiters: Delimiters = .standard) throws(MustacheError) {
        self.name = name
        self.source = bytes
        var parser = TemplateParser(name: name, source: bytes, indentation: indentation, delimiters: delimiters)
        self.nodes = try parser.parse()
    }

    func site(_ offset: Int) -> TemplateSite {
        TemplateSite(templateName: name, source: source, offset: offset)
    }
}

/// A name as written in a tag, split once at compile time.
struct Name: Sendable {
    /// `["a", "b"]` for `a.b`; empty for the implicit iterator `.`.
    let parts: [String]
    let written: String
    /// The byte offset of the tag, for error messages.
    let offset: Int

    init(_ written: String, offset: Int) {
        self.written = written
        self.offset = offset
        if written == "." {
            parts = []
        } else {
            parts = written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }
}

/// A partial or parent name, literal or resolved from the context (`{{>*name}}`).
enum TemplateReference: Sendable {
    case literal(String)
    case dynamic(Name)
}

/// A block definition or slot (`{{$name}}…{{/name}}`).
struct Block: Sendable {
    let name: String
    let nodes: [Node]
    /// Set when the opening tag stood alone on its line: the indentation to remove from the content
    /// where the block is defined, and to add where it is expanded.
    let reindent: Reindent?
}

struct Reindent: Sendable {
    /// Leading whitespace of the block's first content line (removed where an override is defined).
    let contentIndentation: [UInt8]
    /// Indentation applied where the block is expanded: the first default line's, else the tag's.
    let expansionIndentation: [UInt8]
}

indirect enum Node: Sendable {
    case text([UInt8])
    case variable(Name, escaped: Bool)
    /// `rawText` is the byte range of the section's text in the template's source (what a lambda gets).
    case section(Name, nodes: [Node], rawText: Range<Int>, delimiters: Delimiters)
    case inverted(Name, nodes: [Node])
    case partial(TemplateReference, indentation: [UInt8], offset: Int)
    case parent(TemplateReference, blocks: [Block], indentation: [UInt8], offset: Int)
    case block(Block)
}

/// The opening and closing delimiters in effect (`{{` and `}}` unless changed with `{{=<% %>=}}`).
struct Delimiters: Sendable, Equatable {
    var open: [UInt8]
    var close: [UInt8]

    static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
}
