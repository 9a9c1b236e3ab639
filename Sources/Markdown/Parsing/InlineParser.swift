/// The inline phase (CommonMark section 6): turns the text of paragraphs, headings and table cells
/// into inline nodes, with cmark's delimiter-stack algorithm for emphasis and links.
struct InlineParser {
    var document: Document
    let references: ReferenceMap
    let options: ParseOptions
    /// The text storage as the block phase left it, read-only here: every block's content is in it, and a text
    /// node is a span of it. What this phase makes (decoded references, destinations) goes to the document's
    /// storage from `source.count` on; `parseAll` joins the two.
    var source: [UInt8]

    // Per block.
    var subject: ArraySlice<UInt8> = []
    var position = 0
    var block: NodeID = 0
    var line: Int32 = 0
    var delimiters: [Delimiter] = []
    var lastDelimiter = -1
    var brackets: [Bracket] = []
    /// Link openers below this bracket index are inactive (a link was made after them).
    var linkOpenersInactiveBelow = 0
    var backtickRuns = BacktickIndex()
    var htmlMemo = HTMLTagScanner.Memo()
    /// Footnote references made so far (see `Footnotes.resolve`).
    var footnoteReferences = 0
    /// Blocks whose text has an `@` (or an `&`, which may decode to one): the only ones where
    /// `Autolinker.linkEmails` can find an address.
    var blocksWithAt: [NodeID] = []

    struct Delimiter {
        var character: UInt8
        var count: Int
        let originalCount: Int
        let node: NodeID
        let canOpen: Bool
        let canClose: Bool
        var previous: Int
        var next: Int
    }

    struct Bracket {
        let node: NodeID
        let isImage: Bool
        var active = true
        var bracketAfter = false
        /// The delimiter stack top when the bracket was pushed.
        let previousDelimiter: Int
        /// Index in the subject just after `[`.
        let textStart: Int
    }

    /// Where backtick runs of each length were last seen, so unclosed runs cost one scan in total.
    struct BacktickIndex {
        var lastPosition: [Int: Int] = [:]
        var scannedToEnd = false
    }

    init(document: Document, references: ReferenceMap, options: ParseOptions) {
        self.document = document
        self.references = references
        self.options = options
        source = self.document.text
        self.document.text = []
        self.document.textBase = source.count
    }

    /// The bytes of a span made by either phase.
    func bytes(_ span: TextSpan) -> ArraySlice<UInt8> {
        span.lowerBound < source.count ? source[span.lowerBound..<span.upperBound] : document.bytes(span)
    }

    /// Parses the inline content of every paragraph, heading and table cell.
    mutating func parseAll() {
        for index in 0..<document.nodeCount {
            let kind = document.records.storage[index].kind
            guard kind == .paragraph || kind == .heading || kind == .tableCell else { continue }
            if document.records.storage[index].parent < 0 && index != 0 { continue } // unlinked
            parse(block: NodeID(index))
        }
        var combined: [UInt8] = []
        swap(&combined, &source)
        combined.append(contentsOf: document.text)
        document.text = combined
        document.textBase = 0
    }

    private static let specialBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\n\r`\\&<*_[]!~".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// The same, plus the bytes where an extended autolink may start or have its scheme (`w`, `:`).
    private static let specialBytesWithAutolinks: [Bool] = {
        var table = specialBytes
        for byte in "w:".utf8 { table[Int(byte)] = true }
        return table
    }()

    mutating func parse(block: NodeID) {
        let span = document.records[block].literalSpan
        document.records[block].literalSpan = TextSpan()
        var end = span.upperBound
        while end > span.lowerBound, Scanners.isWhitespace(source[end - 1]) { end -= 1 }
        var start = span.lowerBound
        while start < end, Scanners.isSpaceOrTab(source[start]) { start += 1 }
        subject = source[start..<end]
        if options.autolinks, subject.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "&") }) {
            blocksWithAt.append(block)
        }
        position = start
        self.block = block
        line = document.records[block].line
        delimiters.removeAll(keepingCapacity: true)
        lastDelimiter = -1
        brackets.removeAll(keepingCapacity: true)
        linkOpenersInactiveBelow = 0
        backtickRuns = BacktickIndex()
        htmlMemo = HTMLTagScanner.Memo()
        if document.records[block].kind == .item { return }
        while position < subject.endIndex {
            parseOne()
        }
        processEmphasis(stackBottom: -1)
    }

    // MARK: Dispatch

    private mutating func parseOne() {
        let byte = subject[position]
        switch byte {
        case 0x0A, 0x0D: handleNewline()
        case UInt8(ascii: "`"): handleBackticks()
        case UInt8(ascii: "\\"): handleBackslash()
        case UInt8(ascii: "&"): handleEntity()
        case UInt8(ascii: "<"): handleLessThan()
        case UInt8(ascii: "*"), UInt8(ascii: "_"): handleDelimiter(byte)
        case UInt8(ascii: "~") where options.strikethrough: handleDelimiter(byte)
        case UInt8(ascii: "["):
            position += 1
            let node = appendText(position - 1..<position)
            pushBracket(node: node, isImage: false)
        case UInt8(ascii: "!"):
            // `![^` is `!` and a footnote reference, never an image (cmark-gfm).
            if position + 1 < subject.endIndex, subject[position + 1] == UInt8(ascii: "["),
               !(options.footnotes && position + 2 < subject.endIndex && subject[position + 2] == UInt8(ascii: "^")) {
                position += 2
                let node = appendText(position - 2..<position)
                pushBracket(node: node, isImage: true)
            } else {
                position += 1
                appendText(position - 1..<position)
            }
        case UInt8(ascii: "]"): handleCloseBracket()
        default: handleText()
        }
    }

    private mutating func handleText() {
        let start = position
        // Extended autolinks are found here, on the source bytes, as cmark-gfm's extension does at `w`
        // and `:`; never inside link or image text.
        let autolinks = options.autolinks && brackets.isEmpty
        let special = autolinks ? Self.specialBytesWithAutolinks : Self.specialBytes
        var end = position
        while true {
            if autolinks, end < subject.endIndex, let (linkStart, linkEnd, href) = extendedAutolink(at: end) {
                if linkStart > start {
                    appendText(start..<linkStart)
                } else if linkStart < start {
                    unput(start - linkStart)
                }
                appendAutolink(linkStart..<linkEnd, href: href)
                position = linkEnd
                return
            }
            end += 1
            while end < subject.endIndex, !special[Int(subject[end])] { end += 1 }
            guard end < subject.endIndex else { break }
            let byte = subject[end]
            // Without their extensions, `~`, `w` and `:` are ordinary text: keep scanning.
            if byte == UInt8(ascii: "~"), !options.strikethrough { continue }
            if byte != UInt8(ascii: "w"), byte != UInt8(ascii: ":") { break }
        }
        position = end
        var textEnd = end
        if end < subject.endIndex, Scanners.isLineEnd(subject[end]) {
            // cmark trims every kind of its white space here (tabs too), not only spaces.
            while textEnd > start, Scanners.isCmarkSpace(subject[textEnd - 1]) { textEnd -= 1 }
        }
        if textEnd > start { appendText(start..<textEnd) }
    }

    // MARK: Nodes

    private mutating func appendAutolink(_ text: Range<Int>, href: [UInt8]) {
        let link = document.makeNode(.link, line: line, column: 1)
        document.records[link].destinationSpan = document.store(href)
        let label = document.makeNode(.text, line: line, column: 1)
        document.records[label].literalSpan = TextSpan(start: text.lowerBound, count: text.count)
        document.append(label, to: link)
        document.append(link, to: block)
    }

    /// Takes `count` bytes back from the text at the end of the block (cmark's `cmark_node_unput`).
    private mutating func unput(_ count: Int) {
        var remaining = count
        var node = document.records[block].lastChild
        while remaining > 0, node >= 0, document.records[node].kind == .text {
            let take = min(remaining, Int(document.records[node].literalSpan.count))
            document.records[node].literalSpan.count -= UInt32(take)
            remaining -= take
            node = document.records[node].previous
        }
    }

    /// A text node whose text is `range` of the subject (no copy: a span of the source).
    @discardableResult
    mutating func appendText(_ range: Range<Int>) -> NodeID {
        appendNode(.text, span: TextSpan(start: range.lowerBound, count: range.count))
    }

    @discardableResult
    private mutating func appendNode(_ kind: NodeKind, span: TextSpan = TextSpan()) -> NodeID {
        let node = document.makeNode(kind, line: line, column: 1)
        document.records[node].literalSpan = span
        document.append(node, to: block)
        return node
    }

    // MARK: Line breaks

    private mutating func handleNewline() {
        let newlineAt = position
        if subject[position] == 0x0D, position + 1 < subject.endIndex, subject[position + 1] == 0x0A { position += 1 }
        position += 1
        line += 1
        let hard = newlineAt >= subject.startIndex + 2 && subject[newlineAt - 1] == 0x20 && subject[newlineAt - 2] == 0x20
        appendNode(hard ? .lineBreak : .softBreak)
        while position < subject.endIndex, Scanners.isSpaceOrTab(subject[position]) { position += 1 }
    }

    private mutating func handleBackslash() {
        position += 1
        if position < subject.endIndex, Scanners.isPunctuation(subject[position]) {
            appendText(position..<position + 1)
            position += 1
        } else if position < subject.endIndex, Scanners.isLineEnd(subject[position]) {
            handleNewlineAfterBackslash()
        } else {
            appendText(position - 1..<position)
        }
    }

    private mutating func handleNewlineAfterBackslash() {
        if subject[position] == 0x0D, position + 1 < subject.endIndex, subject[position + 1] == 0x0A { position += 1 }
        position += 1
        line += 1
        appendNode(.lineBreak)
        while position < subject.endIndex, Scanners.isSpaceOrTab(subject[position]) { position += 1 }
    }

    private mutating func handleEntity() {
        if let (decoded, end) = TextDecoding.characterReference(subject, at: position) {
            appendNode(.text, span: document.store(decoded))
            position = end
        } else {
            position += 1
            appendText(position - 1..<position)
        }
    }

    // MARK: Code spans

    private mutating func handleBackticks() {
        let start = position
        while position < subject.endIndex, subject[position] == UInt8(ascii: "`") { position += 1 }
        let length = position - start
        guard let closerStart = findClosingBackticks(length: length) else {
            appendText(start..<position)
            return
        }
        let contentStart = position
        position = closerStart + length
        let raw = subject[contentStart..<closerStart]
        let isSpace = { (byte: UInt8) in byte == 0x20 || Scanners.isLineEnd(byte) }
        // One space (or line ending) is stripped from each end when both have one and not all is space.
        let strip = raw.count >= 2 && isSpace(raw[contentStart]) && isSpace(raw[closerStart - 1]) && !raw.allSatisfy(isSpace)
        let range = strip ? contentStart + 1..<closerStart - 1 : contentStart..<closerStart
        guard subject[range].contains(where: Scanners.isLineEnd) else {
            appendNode(.code, span: TextSpan(start: range.lowerBound, count: range.count))
            return
        }
        let content = subject[range].map { Scanners.isLineEnd($0) ? 0x20 : $0 }
        appendNode(.code, span: document.store(content))
    }

    /// The start of a closing run of exactly `length` backticks after the current position.
    ///
    /// As in cmark: the scan runs from the current position and records where runs of each length
    /// were last seen; once a scan has reached the end, an opener whose length was not seen after it
    /// fails at once, which keeps many unclosed runs linear.
    private mutating func findClosingBackticks(length: Int) -> Int? {
        if backtickRuns.scannedToEnd {
            guard let last = backtickRuns.lastPosition[length], last >= position else { return nil }
        }
        var index = position
        while index < subject.endIndex {
            if subject[index] == UInt8(ascii: "`") {
                let runStart = index
                while index < subject.endIndex, subject[index] == UInt8(ascii: "`") { index += 1 }
                let runLength = index - runStart
                backtickRuns.lastPosition[runLength] = runStart
                if runLength == length { return runStart }
            } else {
                index += 1
            }
        }
        backtickRuns.scannedToEnd = true
        return nil
    }

    // MARK: Autolinks and raw HTML

    private mutating func handleLessThan() {
        if let (url, end, isEmail) = Autolinks.angle(subject, at: position) {
            let link = appendNode(.link)
            let urlSpan = document.store(url)
            document.records[link].destinationSpan = isEmail ? document.store(Array("mailto:".utf8) + url) : urlSpan
            let text = document.makeNode(.text, line: line, column: 1)
            document.records[text].literalSpan = urlSpan
            document.append(text, to: link)
            position = end
            return
        }
        if let end = HTMLTagScanner.scanInline(subject, at: position, memo: &htmlMemo) {
            appendNode(.htmlInline, span: TextSpan(start: position, count: end - position))
            for byte in subject[position..<end] where byte == 0x0A { line += 1 }
            position = end
            return
        }
        position += 1
        appendText(position - 1..<position)
    }
}
