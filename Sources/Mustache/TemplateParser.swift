/// Turns template bytes into nodes in three passes: tokens, standalone lines, tree.
///
/// A standalone line (white space and one section, comment, partial, delimiter, parent or block tag)
/// vanishes from the output, as the spec requires; that can only be decided once a whole line is
/// tokenized, hence the separate pass. Only `~inheritance` lets several tags share a standalone line:
/// parent and block tags and the tags closing them (`{{<parent}}{{$block}}`, `{{/block}}{{/parent}}`).
struct TemplateParser {
    /// Sections, parents and blocks nest at most this deep in one template; deeper is an error (MUS015),
    /// so no template can exhaust the stack when it is rendered.
    static let maximumNesting = 50

    let name: String
    let source: [UInt8]
    /// Added at the start of every line: a standalone partial's indentation.
    let indentation: [UInt8]

    /// The delimiters at the start: standard, or a section lambda's when its result is rendered.
    let initialDelimiters: Delimiters

    init(name: String, source: [UInt8], indentation: [UInt8], delimiters: Delimiters = .standard) {
        self.name = name
        self.source = source
        self.indentation = indentation
        self.initialDelimiters = delimiters
    }

    mutating func parse() throws(MustacheError) -> [Node] {
        let tokens = try tokenize()
        let lines = applyStandaloneRules(tokens)
        return try buildTree(lines)
    }

    // MARK: Tokens

    enum TagKind: Equatable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiters
    }

    struct Tag {
        let kind: TagKind
        let content: String
        let start: Int
        let end: Int
        let delimiters: Delimiters
        var standalone = false
        var lineIndentation: [UInt8] = []

        var canStandAlone: Bool { kind != .variable && kind != .unescaped }
    }

    enum Token {
        case text(Range<Int>)
        case newline(Range<Int>)
        case indentation
        case tag(Tag)
    }

    private func site(_ offset: Int) -> TemplateSite {
        TemplateSite(templateName: name, source: source, offset: offset)
    }

    private func tokenize() throws(MustacheError) -> [Token] {
        var tokens: [Token] = []
        var delimiters = initialDelimiters
        // Nesting is counted here already, so a template nested far too deep fails after `maximumNesting`
        // levels instead of after reading all of it.
        var depth = 0
        let count = source.count
        var index = 0
        var textStart = 0
        while index < count {
            let byte = source[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && index + 1 < count && source[index + 1] == UInt8(ascii: "\n")) {
                if textStart < index { tokens.append(.text(textStart..<index)) }
                let end = byte == UInt8(ascii: "\n") ? index + 1 : index + 2
                tokens.append(.newline(index..<end))
                index = end
                textStart = end
                continue
            }
            if byte == delimiters.open[0], matches(delimiters.open, at: index) {
                if textStart < index { tokens.append(.text(textStart..<index)) }
                let tag = try readTag(at: index, delimiters: delimiters)
                switch tag.kind {
                case .delimiters: delimiters = try parseDelimiters(tag)
                case .section, .inverted, .parent, .block:
                    depth += 1
                    if depth > Self.maximumNesting { throw site(tag.start).error(.nestedTooDeeply(limit: Self.maximumNesting)) }
                case .close: depth = max(0, depth - 1)
                default: break
                }
                tokens.append(.tag(tag))
                index = tag.end
                textStart = index
                continue
            }
            index += 1
        }
        if textStart < count { tokens.append(.text(textStart..<count)) }
        return tokens
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= source.count else { return false }
        var offset = 0
        while offset < pattern.count {
            if source[index + offset] != pattern[offset] { return false }
            offset += 1
        }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = start
        let last = source.count - pattern.count
        while index <= last {
            if source[index] == first, matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func readTag(at start: Int, delimiters: Delimiters) throws(MustacheError) -> Tag {
        let contentStart = start + delimiters.open.count
        let isTriple = contentStart < source.count && source[contentStart] == UInt8(ascii: "{")
        let closing = isTriple ? [UInt8(ascii: "}")] + delimiters.close : delimiters.close
        let openText = String(decoding: delimiters.open, as: UTF8.self) + (isTriple ? "{" : "")
        guard let closeStart = find(closing, from: contentStart + (isTriple ? 1 : 0)) else {
            throw site(start).error(.unclosedTag(open: openText, close: String(decoding: closing, as: UTF8.self)))
        }
        let end = closeStart + closing.count
        if isTriple {
            let name = trimmed(contentStart + 1, closeStart)
            return Tag(kind: .unescaped, content: name, start: start, end: end, delimiters: delimiters)
        }
        var contentBegin = contentStart
        while contentBegin < closeStart, isTagSpace(source[contentBegin]) { contentBegin += 1 }
        guard contentBegin < closeStart else {
            throw site(start).error(.emptyName())
        }
        let kind: TagKind
        switch source[contentBegin] {
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "="): kind = .delimiters
        case UInt8(ascii: "&"): kind = .unescaped
        default: kind = .variable
        }
        let nameStart = kind == .variable ? contentBegin : contentBegin + 1
        let content: String
        switch kind {
        case .comment: content = ""
        case .delimiters: content = String(decoding: source[nameStart..<closeStart], as: UTF8.self)
        default: content = trimmed(nameStart, closeStart)
        }
        if content.isEmpty && kind != .comment {
            throw site(start).error(.emptyName())
        }
        return Tag(kind: kind, content: content, start: start, end: end, delimiters: delimiters)
    }

    private func trimmed(_ start: Int, _ end: Int) -> String {
        var low = start
        var high = end
        while low < high, isTagSpace(source[low]) { low += 1 }
        while high > low, isTagSpace(source[high - 1]) { high -= 1 }
        return String(decoding: source[low..<high], as: UTF8.self)
    }

    private func parseDelimiters(_ tag: Tag) throws(MustacheError) -> Delimiters {
        var inner = Array(tag.content.utf8)
        guard inner.last == UInt8(ascii: "=") else {
            throw site(tag.start).error(.badDelimiters(tag.content))
        }
        inner.removeLast()
        let parts = inner.split(whereSeparator: isSpace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw site(tag.start).error(.badDelimiters("=" + tag.content))
        }
        return Delimiters(open: Array(parts[0]), close: Array(parts[1]))
    }

    // MARK: Standalone lines

    /// Drops the white space and line ending of standalone lines and adds partial indentation.
    private func applyStandaloneRules(_ tokens: [Token]) -> [Token] {
        var output: [Token] = []
        output.reserveCapacity(tokens.count + 8)
        var open: [TagKind] = []
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart
            while lineEnd < tokens.count {
                if case .newline = tokens[lineEnd] { lineEnd += 1; break }
                lineEnd += 1
            }
            appendLine(tokens[lineStart..<lineEnd], open: &open, to: &output)
            lineStart = lineEnd
        }
        return output
    }

    /// True when the tags of one line may stand alone together: one tag, or only parent and block tags
    /// and the closing tags of parents and blocks. Keeps `open` (the kinds of the open tags) up to date.
    private func mayStandAloneTogether(_ tags: [Tag], open: inout [TagKind]) -> Bool {
        var inheritanceOnly = true
        for tag in tags {
            switch tag.kind {
            case .section, .inverted, .parent, .block:
                open.append(tag.kind)
                if tag.kind != .parent, tag.kind != .block { inheritanceOnly = false }
            case .close:
                let closes = open.popLast()
                if closes != .parent, closes != .block { inheritanceOnly = false }
            default:
                inheritanceOnly = false
            }
        }
        return tags.count == 1 || inheritanceOnly
    }

    private func appendLine(_ line: ArraySlice<Token>, open: inout [TagKind], to output: inout [Token]) {
        var tags: [Tag] = []
        var onlySpace = true
        var leading: [UInt8] = []
        for token in line {
            switch token {
            case .tag(let tag):
                tags.append(tag)
            case .text(let range):
                if !source[range].allSatisfy(isSpace) { onlySpace = false }
                if tags.isEmpty { leading += source[range] }
            case .newline, .indentation:
                break
            }
        }
        let together = mayStandAloneTogether(tags, open: &open)
        let standalone = onlySpace && !tags.isEmpty && tags.allSatisfy(\.canStandAlone) && together
        if !standalone {
            // A standalone partial's indentation goes before every line, empty ones too (the spec's «each line»).
            if !indentation.isEmpty, !line.isEmpty { output.append(.indentation) }
            output.append(contentsOf: line)
            return
        }
        let lineIndentation = indentation + leading
        for var tag in tags {
            tag.standalone = true
            tag.lineIndentation = lineIndentation
            output.append(.tag(tag))
        }
        // A block opened and closed on one standalone line keeps its line ending: the block is the line.
        if tags.count == 2, tags[0].kind == .block, tags[1].kind == .close, tags[0].content == tags[1].content,
           case .newline(let range)? = line.last {
            output.append(.newline(range))
        }
    }

    // MARK: Tree

    private struct Frame {
        let tag: Tag?
        var nodes: [Node] = []
        var blocks: [Block] = []
    }

    private func buildTree(_ tokens: [Token]) throws(MustacheError) -> [Node] {
        var stack: [Frame] = [Frame(tag: nil)]
        for token in tokens {
            switch token {
            case .text(let range):
                appendText(source[range], to: &stack[stack.count - 1])
            case .newline(let range):
                appendText(source[range], to: &stack[stack.count - 1])
            case .indentation:
                appendText(indentation[...], to: &stack[stack.count - 1])
            case .tag(let tag):
                try handle(tag, stack: &stack)
            }
        }
        if stack.count > 1, let open = stack.last?.tag {
            throw site(open.start).error(.unclosedSection(open.content))
        }
        return stack[0].nodes
    }

    private func appendText(_ bytes: ArraySlice<UInt8>, to frame: inout Frame) {
        if case .text(var existing)? = frame.nodes.last {
            frame.nodes.removeLast()
            existing.append(contentsOf: bytes)
            frame.nodes.append(.text(existing))
        } else {
            frame.nodes.append(.text(Array(bytes)))
        }
    }

    private func handle(_ tag: Tag, stack: inout [Frame]) throws(MustacheError) {
        switch tag.kind {
        case .comment, .delimiters:
            return
        case .variable, .unescaped:
            stack[stack.count - 1].nodes.append(.variable(Name(tag.content, offset: tag.start), escaped: tag.kind == .variable))
        case .partial:
            stack[stack.count - 1].nodes.append(
                .partial(reference(tag.content, offset: tag.start), indentation: tag.standalone ? tag.lineIndentation : [], offset: tag.start))
        case .section, .inverted, .parent, .block:
            if stack.count > Self.maximumNesting {
                throw site(tag.start).error(.nestedTooDeeply(limit: Self.maximumNesting))
            }
            stack.append(Frame(tag: tag))
        case .close:
            guard stack.count > 1, let open = stack.last?.tag else {
                throw site(tag.start).error(.closeWithoutOpen(tag.content))
            }
            guard open.content == tag.content else {
                throw site(tag.start).error(.mismatchedClose(found: tag.content, open: open.content))
            }
            let frame = stack.removeLast()
            close(frame, open: open, closeTag: tag, into: &stack[stack.count - 1])
        }
    }

    private func close(_ frame: Frame, open: Tag, closeTag: Tag, into parent: inout Frame) {
        let name = Name(open.content, offset: open.start)
        switch open.kind {
        case .section:
            // The raw text is kept as a range into the source, not a copy: nested sections would
            // otherwise copy the same text once per level.
            parent.nodes.append(.section(name, nodes: frame.nodes, rawText: open.end..<closeTag.start, delimiters: open.delimiters))
        case .inverted:
            parent.nodes.append(.inverted(name, nodes: frame.nodes))
        case .parent:
            parent.nodes.append(.parent(
                reference(open.content, offset: open.start), blocks: frame.blocks,
                indentation: open.standalone ? open.lineIndentation : [], offset: open.start))
        case .block:
            let block = Block(name: open.content, nodes: frame.nodes, reindent: reindent(for: open, content: frame.nodes))
            if parent.tag?.kind == .parent {
                parent.blocks.append(block)
            } else {
                parent.nodes.append(.block(block))
            }
        default:
            break
        }
    }

    private func reindent(for open: Tag, content: [Node]) -> Reindent? {
        guard open.standalone else { return nil }
        var contentIndentation: [UInt8] = []
        if case .text(let bytes)? = content.first {
            contentIndentation = Array(bytes.prefix(while: isSpace))
        }
        let expansion = content.isEmpty ? open.lineIndentation : contentIndentation
        return Reindent(contentIndentation: contentIndentation, expansionIndentation: expansion)
    }

    private func reference(_ content: String, offset: Int) -> TemplateReference {
        guard content.hasPrefix("*") else { return .literal(content) }
        let rest = content.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
        return .dynamic(Name(String(rest), offset: offset))
    }
}

@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
}

@inline(__always)
func isTagSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
}
