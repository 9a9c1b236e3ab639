/// Walks compiled nodes against a context stack and writes bytes.
struct Renderer {
    var output: [UInt8] = []
    private var stack: [TemplateValue]
    private let kind: OutputKind
    private let strict: Bool
    private let maxDepth: Int
    private let library: TemplateLibrary?
    private var depth = 0
    /// Sections, inverted sections, blocks, partials and parents being rendered, across templates: each
    /// is a level of recursion, so the total is capped (MUS015) to keep any template off the stack's end.
    private var nesting = 0
    static let maximumNesting = 100

    init(kind: OutputKind, strict: Bool, maxDepth: Int, library: TemplateLibrary?, root: TemplateValue) {
        self.kind = kind
        self.strict = strict
        self.maxDepth = maxDepth
        self.library = library
        self.stack = [root]
    }

    /// Block overrides in effect, by block name, with the template each was written in.
    typealias Overrides = [String: (block: Block, template: Template)]

    mutating func render(_ nodes: [Node], in template: Template, blocks: Overrides) throws(MustacheError) {
        nesting += 1
        defer { nesting -= 1 }
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                try renderVariable(name, escaped: escaped, in: template)
            case .section(let name, let children, let rawText, let delimiters):
                try checkNesting(at: name.offset, in: template)
                try renderSection(name, children: children, rawText: rawText, delimiters: delimiters, in: template, blocks: blocks)
            case .inverted(let name, let children):
                try checkNesting(at: name.offset, in: template)
                // A missing name is falsey, so the inverted section renders (strict mode reports it instead).
                let value = try resolve(name, in: template)
                if !(value?.isTruthy ?? false) { try render(children, in: template, blocks: blocks) }
            case .partial(let reference, let indentation, let offset):
                try checkNesting(at: offset, in: template, allowing: maxDepth)
                try renderPartial(reference, indentation: indentation, offset: offset, in: template)
            case .parent(let reference, let definitions, let indentation, let offset):
                try checkNesting(at: offset, in: template, allowing: maxDepth)
                try renderParent(reference, definitions: definitions, indentation: indentation, offset: offset, in: template, blocks: blocks)
            case .block(let slot):
                try renderBlock(slot, in: template, blocks: blocks)
            }
        }
    }

    /// Partials and parents have their own limit (`maxDepth`, MUS011), so they get that much more room here.
    private func checkNesting(at offset: Int, in template: Template, allowing extra: Int = 0) throws(MustacheError) {
        if nesting > Self.maximumNesting + extra { throw template.site(offset).error(.nestedTooDeeply(limit: Self.maximumNesting)) }
    }

    // MARK: Names

    /// The value of `name`, searching the context stack; nil (or an error in strict mode) when missing.
    private func resolve(_ name: Name, in template: Template) throws(MustacheError) -> TemplateValue? {
        if let value = lookup(name) { return value }
        if strict { throw template.site(name.offset).error(.missingName(name.written)) }
        return nil
    }

    private func lookup(_ name: Name) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: TemplateValue?
        var index = stack.count - 1
        while index >= 0 {
            if let value = stack[index].member(first) {
                found = value
                break
            }
            index -= 1
        }
        guard var value = found else { return nil }
        var partIndex = 1
        while partIndex < name.parts.count {
            guard let next = value.member(name.parts[partIndex]) else { return nil }
            value = next
            partIndex += 1
        }
        return value
    }

    // MARK: Tags

    private mutating func renderVariable(_ name: Name, escaped: Bool, in template: Template) throws(MustacheError) {
        guard let value = try resolve(name, in: template) else { return }
        switch value {
        case .string(var text):
            if escaped {
                kind.appendEscaped(text, to: &output)
            } else {
                text.withUTF8 { output.append(contentsOf: $0) }
            }
        case .int(let number):
            output.append(contentsOf: String(number).utf8)
        case .lambda(let lambda):
            let expanded = try expandLambda(lambda.body(""), delimiters: .standard, in: template)
            if escaped { kind.appendEscaped(expanded, to: &output) } else { output.append(contentsOf: expanded.utf8) }
        default:
            let text = value.text
            if escaped { kind.appendEscaped(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        }
    }

    private mutating func renderSection(
        _ name: Name, children: [Node], rawText: Range<Int>, delimiters: Delimiters, in template: Template, blocks: Overrides
    ) throws(MustacheError) {
        guard let value = try resolve(name, in: template) else { return }
        switch value {
        case .array(let items):
            for item in items {
                stack.append(item)
                try render(children, in: template, blocks: blocks)
                stack.removeLast()
            }
        case .lambda(let lambda):
            let source = lambda.body(String(decoding: template.source[rawText], as: UTF8.self))
            let compiled = try Template(name: template.name, bytes: Array(source.utf8), indentation: [], delimiters: delimiters)
            try render(compiled.nodes, in: compiled, blocks: blocks)
        default:
            guard value.isTruthy else { return }
            stack.append(value)
            try render(children, in: template, blocks: blocks)
            stack.removeLast()
        }
    }

    private mutating func expandLambda(_ source: String, delimiters: Delimiters, in template: Template) throws(MustacheError) -> String {
        let compiled = try Template(name: template.name, bytes: Array(source.utf8), indentation: [], delimiters: delimiters)
        let start = output.count
        try render(compiled.nodes, in: compiled, blocks: [:])
        let text = String(decoding: output[start...], as: UTF8.self)
        output.removeSubrange(start...)
        return text
    }

    private func referencedName(_ reference: TemplateReference, in template: Template) throws(MustacheError) -> String? {
        switch reference {
        case .literal(let name):
            return name
        case .dynamic(let name):
            guard let value = lookup(name) else {
                if strict { throw template.site(name.offset).error(.missingName(name.written)) }
                return nil
            }
            if case .string(let text) = value { return text }
            return nil
        }
    }

    private mutating func enter(_ offset: Int, in template: Template) throws(MustacheError) {
        depth += 1
        if depth > maxDepth { throw template.site(offset).error(.tooDeep(limit: maxDepth)) }
    }

    private mutating func renderPartial(_ reference: TemplateReference, indentation: [UInt8], offset: Int, in template: Template) throws(MustacheError) {
        guard let partialName = try referencedName(reference, in: template) else { return }
        let site = template.site(offset)
        guard let library, let partial = try library.load(partialName, indentation: indentation, kind: kind, site: site) else {
            if strict { throw site.error(.unknownPartial(partialName)) }
            return
        }
        try enter(offset, in: template)
        try render(partial.nodes, in: partial, blocks: [:])
        depth -= 1
    }

    private mutating func renderParent(
        _ reference: TemplateReference, definitions: [Block], indentation: [UInt8], offset: Int, in template: Template, blocks: Overrides
    ) throws(MustacheError) {
        guard let parentName = try referencedName(reference, in: template) else { return }
        let site = template.site(offset)
        guard let library, let parent = try library.load(parentName, indentation: indentation, kind: kind, site: site) else {
            throw site.error(.unknownParent(parentName))
        }
        // Outer overrides win: the template furthest down the inheritance chain decides.
        var merged = blocks
        for definition in definitions where merged[definition.name] == nil {
            merged[definition.name] = (definition, template)
        }
        try enter(offset, in: template)
        try render(parent.nodes, in: parent, blocks: merged)
        depth -= 1
    }

    private mutating func renderBlock(_ slot: Block, in template: Template, blocks: Overrides) throws(MustacheError) {
        guard let override = blocks[slot.name] else {
            try render(slot.nodes, in: template, blocks: blocks)
            return
        }
        guard override.block.reindent != nil || slot.reindent != nil else {
            try render(override.block.nodes, in: override.template, blocks: blocks)
            return
        }
        let start = output.count
        try render(override.block.nodes, in: override.template, blocks: blocks)
        let rendered = Array(output[start...])
        output.removeSubrange(start...)
        output.append(contentsOf: Self.reindent(
            rendered,
            removing: override.block.reindent?.contentIndentation ?? [],
            adding: slot.reindent?.expansionIndentation ?? []))
    }

    /// Removes `removing` from the start of each line and puts `adding` before each non-empty line.
    static func reindent(_ text: [UInt8], removing: [UInt8], adding: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let hasNewline = lineEnd < text.count
            var contentStart = lineStart
            if !removing.isEmpty, text[lineStart..<lineEnd].starts(with: removing) {
                contentStart += removing.count
            }
            if contentStart < lineEnd { result.append(contentsOf: adding) }
            result.append(contentsOf: text[contentStart..<lineEnd])
            if hasNewline { result.append(UInt8(ascii: "\n")) }
            lineStart = lineEnd + 1
        }
        return result
    }
}
