/// Walks compiled nodes against a context stack and writes bytes.
struct Renderer {
    var output: [UInt8] = []
    private var stack: [TemplateValue]
    private let kind: OutputKind
    private let strict: Bool
    private let maxDepth: Int
    private let library: TemplateLibrary?
    private var depth = 0
    /// Sections, inverted sections, blocks, partials and parents being rendered, across templates. The walk
    /// is iterative, so this is not about the stack: the cap (MUS015) keeps a runaway template's memory and
    /// time bounded and its error readable.
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

    /// What is left to do, innermost last: the renderer walks templates with this explicit stack instead of
    /// recursing, so how deeply a template nests decides memory, never the thread's stack.
    private enum Step {
        /// Render `nodes` from `index` on.
        case nodes([Node], index: Int, template: Template, blocks: Overrides)
        /// Render `children` once per item from `index` on, each item on top of the context stack.
        case items([TemplateValue], index: Int, children: [Node], template: Template, blocks: Overrides)
        /// Take a section's value off the context stack.
        case popContext
        /// Leave a partial or a parent.
        case leaveTemplate
        /// Reindent what a block override wrote since `start`.
        case reindent(start: Int, removing: [UInt8], adding: [UInt8])
    }

    mutating func render(_ nodes: [Node], in template: Template, blocks: Overrides) throws(MustacheError) {
        var work: [Step] = []
        push(nodes, in: template, blocks: blocks, onto: &work)
        while let step = work.popLast() {
            switch step {
            case let .nodes(nodes, index, template, blocks):
                guard index < nodes.count else {
                    nesting -= 1
                    continue
                }
                work.append(.nodes(nodes, index: index + 1, template: template, blocks: blocks))
                try visit(nodes[index], in: template, blocks: blocks, onto: &work)
            case let .items(items, index, children, template, blocks):
                guard index < items.count else { continue }
                work.append(.items(items, index: index + 1, children: children, template: template, blocks: blocks))
                stack.append(items[index])
                work.append(.popContext)
                push(children, in: template, blocks: blocks, onto: &work)
            case .popContext:
                stack.removeLast()
            case .leaveTemplate:
                depth -= 1
            case let .reindent(start, removing, adding):
                let rendered = Array(output[start...])
                output.removeSubrange(start...)
                output.append(contentsOf: Self.reindent(rendered, removing: removing, adding: adding))
            }
        }
    }

    /// Starts rendering `nodes`: one level of nesting until they are done.
    private mutating func push(_ nodes: [Node], in template: Template, blocks: Overrides, onto work: inout [Step]) {
        nesting += 1
        work.append(.nodes(nodes, index: 0, template: template, blocks: blocks))
    }

    /// Renders one node, or puts what it needs rendered on `work`.
    private mutating func visit(_ node: Node, in template: Template, blocks: Overrides, onto work: inout [Step]) throws(MustacheError) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            try renderVariable(name, escaped: escaped, in: template)
        case .section(let name, let children, let rawText, let delimiters):
            try checkNesting(at: name.offset, in: template)
            try startSection(name, children: children, rawText: rawText, delimiters: delimiters, in: template, blocks: blocks, onto: &work)
        case .inverted(let name, let children):
            try checkNesting(at: name.offset, in: template)
            // A missing name is falsey, so the inverted section renders (strict mode reports it instead).
            let value = try resolve(name, in: template)
            if !(value?.isTruthy ?? false) { push(children, in: template, blocks: blocks, onto: &work) }
        case .partial(let reference, let indentation, let offset):
            try checkNesting(at: offset, in: template, allowing: maxDepth)
            try startPartial(reference, indentation: indentation, offset: offset, in: template, onto: &work)
        case .parent(let reference, let definitions, let indentation, let offset):
            try checkNesting(at: offset, in: template, allowing: maxDepth)
            try startParent(reference, definitions: definitions, indentation: indentation, offset: offset, in: template, blocks: blocks, onto: &work)
        case .block(let slot):
            startBlock(slot, in: template, blocks: blocks, onto: &work)
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

    private mutating func startSection(
        _ name: Name, children: [Node], rawText: Range<Int>, delimiters: Delimiters, in template: Template, blocks: Overrides,
        onto work: inout [Step]
    ) throws(MustacheError) {
        guard let value = try resolve(name, in: template) else { return }
        switch value {
        case .array(let items):
            work.append(.items(items, index: 0, children: children, template: template, blocks: blocks))
        case .lambda(let lambda):
            let source = lambda.body(String(decoding: template.source[rawText], as: UTF8.self))
            let compiled = try Template(name: template.name, bytes: Array(source.utf8), indentation: [], delimiters: delimiters)
            push(compiled.nodes, in: compiled, blocks: blocks, onto: &work)
        default:
            guard value.isTruthy else { return }
            stack.append(value)
            work.append(.popContext)
            push(children, in: template, blocks: blocks, onto: &work)
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

    private mutating func startPartial(_ reference: TemplateReference, indentation: [UInt8], offset: Int, in template: Template,
                                       onto work: inout [Step]) throws(MustacheError) {
        guard let partialName = try referencedName(reference, in: template) else { return }
        let site = template.site(offset)
        guard let library, let partial = try library.load(partialName, indentation: indentation, kind: kind, site: site) else {
            if strict { throw site.error(.unknownPartial(partialName)) }
            return
        }
        try enter(offset, in: template)
        work.append(.leaveTemplate)
        push(partial.nodes, in: partial, blocks: [:], onto: &work)
    }

    private mutating func startParent(
        _ reference: TemplateReference, definitions: [Block], indentation: [UInt8], offset: Int, in template: Template, blocks: Overrides,
        onto work: inout [Step]
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
        work.append(.leaveTemplate)
        push(parent.nodes, in: parent, blocks: merged, onto: &work)
    }

    private mutating func startBlock(_ slot: Block, in template: Template, blocks: Overrides, onto work: inout [Step]) {
        guard let override = blocks[slot.name] else {
            push(slot.nodes, in: template, blocks: blocks, onto: &work)
            return
        }
        if override.block.reindent != nil || slot.reindent != nil {
            work.append(.reindent(start: output.count, removing: override.block.reindent?.contentIndentation ?? [],
                                  adding: slot.reindent?.expansionIndentation ?? []))
        }
        push(override.block.nodes, in: override.template, blocks: blocks, onto: &work)
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
