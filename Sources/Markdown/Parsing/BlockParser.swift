/// The block phase (CommonMark section 4–5): reads lines into a tree of open blocks.
///
/// Each line runs the three steps of cmark's `S_process_line`: match the open blocks, open new
/// blocks, add the rest of the line as text. Inline content is parsed afterwards by `InlineParser`.
struct BlockParser {
    static let tabStop = 4
    /// Lists nest at most this deep; deeper markers stay text (as in cmark-gfm), so nothing is lost.
    static let maximumListDepth = 1_000

    var document = Document()
    var options: ParseOptions
    var references = ReferenceMap()

    // The current line and where we are in it.
    var line: [UInt8] = []
    var lineNumber: Int32 = 0
    var offset = 0
    var column = 0
    var firstNonspace = 0
    var firstNonspaceColumn = 0
    var indent = 0
    var blank = false
    var partiallyConsumedTab = false

    /// The deepest open block.
    var tip: NodeID = Document.root
    var lastMatchedContainer: NodeID = Document.root
    /// Filled-in table cells so far, capped so that a few bytes cannot produce gigabytes of table.
    var filledTableCells = 0
    /// The current line became a table's delimiter row or a body row in step 2.
    var tableRowAdded = false
    /// The current line became a body row. Unlike the delimiter row, which cmark-gfm counts as a blank line
    /// for list tightness (the table is then the container of an emptied line), a body row does not.
    var tableBodyRowAdded = false
    /// Footnote definitions opened (their resolution is skipped when there are none and no references).
    var footnoteDefinitions = 0

    init(options: ParseOptions) {
        self.options = options
    }

    // MARK: Driver

    mutating func parse(_ input: [UInt8]) -> Document {
        // Room for every node at once (a generous guess: pages never written stay virtual), so the arena
        // is never copied into a larger one: that copy would double its peak memory.
        document.records.storage.reserveCapacity(input.count / 4 + 256)
        // Every line's text is copied once at most, plus a little for labels and table cells.
        document.text.reserveCapacity(input.count + input.count / 8 + 64)
        var start = 0
        let count = input.count
        while start < count {
            var end = start
            while end < count, input[end] != 0x0A, input[end] != 0x0D { end += 1 }
            var next = end
            if next < count {
                next += (input[next] == 0x0D && next + 1 < count && input[next + 1] == 0x0A) ? 2 : 1
            }
            // A fresh array a line: emptying and refilling one costs more than the allocation.
            line = []
            line.reserveCapacity(end - start + 1)
            line.append(contentsOf: input[start..<end])
            line.append(0x0A)
            processLine()
            start = next
        }
        finalizeAll()
        // Hand the tree over instead of sharing it: the inline phase changes every node, and a second
        // reference here would make it copy the whole arena.
        let result = document
        document = Document()
        return result
    }

    /// The previous line and whether it left the tree as it was (only blank-line bookkeeping).
    var previousLine: [UInt8] = []
    var previousLineChangedNothing = false

    private mutating func processLine() {
        lineNumber += 1
        // A line identical to a previous one that changed nothing changes nothing either; skipping it
        // keeps runs of blank lines after 30 000 nested list items linear instead of quadratic.
        if previousLineChangedNothing, line == previousLine { return }
        let nodesBefore = document.nodeCount
        let tipBefore = tip
        defer {
            previousLineChangedNothing = document.nodeCount == nodesBefore && tip == tipBefore
                && tip == lastMatchedContainer && Self.holdsOnlyBlocks(document.records[tip].kind)
            // Only compared when it changed nothing.
            if previousLineChangedNothing { previousLine = line }
        }
        offset = 0
        column = 0
        firstNonspace = 0
        firstNonspaceColumn = 0
        blank = false
        partiallyConsumedTab = false

        tableRowAdded = false
        tableBodyRowAdded = false
        guard let (matched, allMatched) = checkOpenBlocks() else { return }
        var container = matched
        lastMatchedContainer = container
        openNewBlocks(&container, allMatched: allMatched)
        addText(to: container)
    }

    // MARK: Positions

    mutating func findFirstNonspace() {
        // Still ahead of the offset: the same spaces need not be scanned again at every container level
        // (a line deep inside 1 000 nested lists would otherwise cost depth × indentation).
        if firstNonspace > offset {
            indent = firstNonspaceColumn - column
            blank = firstNonspace >= line.count || Scanners.isLineEnd(line[firstNonspace])
            return
        }
        var charsToTab = Self.tabStop - (column % Self.tabStop)
        firstNonspace = offset
        firstNonspaceColumn = column
        while firstNonspace < line.count {
            let byte = line[firstNonspace]
            if byte == 0x20 {
                firstNonspace += 1
                firstNonspaceColumn += 1
                charsToTab -= 1
                if charsToTab == 0 { charsToTab = Self.tabStop }
            } else if byte == 0x09 {
                firstNonspace += 1
                firstNonspaceColumn += charsToTab
                charsToTab = Self.tabStop
            } else {
                break
            }
        }
        indent = firstNonspaceColumn - column
        blank = firstNonspace >= line.count || Scanners.isLineEnd(line[firstNonspace])
    }

    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var remaining = count
        while remaining > 0, offset < line.count {
            if line[offset] == 0x09 {
                let charsToTab = Self.tabStop - (column % Self.tabStop)
                if columns {
                    partiallyConsumedTab = charsToTab > remaining
                    let advance = min(remaining, charsToTab)
                    column += advance
                    offset += partiallyConsumedTab ? 0 : 1
                    remaining -= advance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    remaining -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }

    mutating func advanceToFirstNonspace() {
        advanceOffset(firstNonspace - offset, columns: false)
    }

    var peek: UInt8 { firstNonspace < line.count ? line[firstNonspace] : 0x0A }

    // MARK: Step 1: match open blocks

    /// Returns the last matched container and whether all open blocks matched; nil when the line was
    /// consumed entirely (a closing code fence).
    private mutating func checkOpenBlocks() -> (NodeID, Bool)? {
        var container = Document.root
        while true {
            let last = document.records[container].lastChild
            guard last >= 0, document.records[last].isOpen else { return (container, true) }
            container = last
            findFirstNonspace()
            switch document.records[container].kind {
            case .blockQuote:
                guard indent <= 3, peek == UInt8(ascii: ">") else { return (document.records[container].parent, false) }
                advanceToFirstNonspace()
                advanceOffset(1, columns: true)
                if offset < line.count, Scanners.isSpaceOrTab(line[offset]) { advanceOffset(1, columns: true) }
            case .item:
                let width = document.records[container].markerOffset + document.records[container].padding
                if indent >= width {
                    advanceOffset(width, columns: true)
                } else if blank, document.records[container].firstChild >= 0 {
                    advanceToFirstNonspace()
                } else {
                    return (document.records[container].parent, false)
                }
            case .codeBlock:
                if document.records[container].fenced {
                    if indent <= 3, peek == document.records[container].fenceCharacter,
                       Scanners.closingFence(line, at: firstNonspace, character: document.records[container].fenceCharacter,
                                             length: document.records[container].fenceLength) {
                        finalize(container)
                        tip = document.records[container].parent
                        return nil
                    }
                    // A tab in the fence's indentation is split into spaces (CommonMark 2.2).
                    var skip = document.records[container].fenceOffset
                    while skip > 0, offset < line.count, Scanners.isSpaceOrTab(line[offset]) {
                        advanceOffset(1, columns: true)
                        skip -= 1
                    }
                } else {
                    if indent >= 4 {
                        advanceOffset(4, columns: true)
                    } else if blank {
                        advanceToFirstNonspace()
                    } else {
                        return (document.records[container].parent, false)
                    }
                }
            case .htmlBlock:
                if blank, document.records[container].htmlBlockType >= 6 { return (document.records[container].parent, false) }
            case .paragraph:
                if blank { return (document.records[container].parent, false) }
            case .table:
                // A table goes on while its lines are rows; a new block started by the line still ends it.
                if blank || TableSyntax.row(line[firstNonspace...]) == nil { return (document.records[container].parent, false) }
            case .footnoteDefinition:
                // Continued by lines indented four columns, or by an empty line (cmark-gfm).
                if indent >= 4 {
                    advanceOffset(4, columns: true)
                } else if !(line.count == 1 && line[0] == 0x0A) {
                    return (document.records[container].parent, false)
                }
            case .heading, .thematicBreak:
                return (document.records[container].parent, false)
            default:
                break
            }
        }
    }

    // MARK: Step 2: open new blocks

    private mutating func openNewBlocks(_ container: inout NodeID, allMatched: Bool) {
        var maybeLazy = document.records[tip].kind == .paragraph
        var listDepth = 0
        var ancestor = container
        while ancestor >= 0 {
            if document.records[ancestor].kind == .list { listDepth += 1 }
            ancestor = document.records[ancestor].parent
        }
        var openedItem: NodeID = -1
        while Self.mayOpenBlocks(in: document.records[container].kind) {
            let kind = document.records[container].kind
            findFirstNonspace()
            let indented = indent >= 4
            if !indented, peek == UInt8(ascii: ">") {
                advanceToFirstNonspace()
                advanceOffset(1, columns: true)
                if offset < line.count, Scanners.isSpaceOrTab(line[offset]) { advanceOffset(1, columns: true) }
                container = addChild(.blockQuote, to: container, column: firstNonspaceColumn + 1)
            } else if !indented, let (level, contentStart) = Scanners.atxHeadingStart(line, at: firstNonspace) {
                advanceOffset(contentStart - offset, columns: false)
                container = addChild(.heading, to: container, column: firstNonspaceColumn + 1)
                document.records[container].level = level
            } else if !indented, let fence = Scanners.openingFence(line, at: firstNonspace) {
                container = addChild(.codeBlock, to: container, column: firstNonspaceColumn + 1)
                document.records[container].fenced = true
                document.records[container].fenceCharacter = fence.character
                document.records[container].fenceLength = fence.length
                document.records[container].fenceOffset = firstNonspace - offset
                document.records[container].infoSpan = document.store(Self.trimmed(line[fence.infoStart..<line.count]))
                advanceOffset(line.count - offset, columns: false)
            } else if !indented, let type = Scanners.htmlBlockStart(line, at: firstNonspace, interruptsParagraph: kind == .paragraph) {
                container = addChild(.htmlBlock, to: container, column: firstNonspaceColumn + 1)
                document.records[container].htmlBlockType = type
            } else if !indented, kind == .paragraph, let level = Scanners.setextUnderline(line, at: firstNonspace),
                      convertToSetextHeading(container, level: level) {
                advanceOffset(line.count - offset, columns: false)
            } else if !indented, !(kind == .paragraph && !allMatched), Scanners.isThematicBreak(line, at: firstNonspace) {
                container = addChild(.thematicBreak, to: container, column: firstNonspaceColumn + 1)
                advanceOffset(line.count - offset, columns: false)
            } else if !indented, options.footnotes, listDepth < Self.maximumListDepth,
                      let (label, length) = Scanners.footnoteDefinitionStart(line, at: firstNonspace) {
                advanceOffset(firstNonspace + length - offset, columns: false)
                container = addChild(.footnoteDefinition, to: container, column: firstNonspaceColumn + 1)
                document.records[container].literalSpan = document.store(line[label])
                footnoteDefinitions += 1
            } else if (!indented || kind == .list), indent < 4, listDepth < Self.maximumListDepth,
                      let marker = ListMarker.parse(line, at: firstNonspace, interruptsParagraph: kind == .paragraph) {
                openListItem(&container, marker: marker)
                openedItem = container
                listDepth += 1
            } else if indented, !maybeLazy, !blank, kind != .paragraph {
                advanceOffset(4, columns: true)
                container = addChild(.codeBlock, to: container, column: column + 1)
            } else if !indented, kind == .paragraph, options.tables, tryOpeningTable(&container) {
                // Block starts come first, as in cmark-gfm, where the table is an extension tried last.
                advanceOffset(line.count - offset, columns: false)
                tableRowAdded = true
                break
            } else if !indented, kind == .table, options.tables, tryAddingTableRow(to: container) {
                tableRowAdded = true
                tableBodyRowAdded = true
                break
            } else if !indented, kind == .item, container == openedItem, options.taskLists, markTaskItem(container) {
                break
            } else {
                break
            }
            if Self.isLeaf(document.records[container].kind) { break }
            maybeLazy = false
        }
    }

    private static func holdsOnlyBlocks(_ kind: NodeKind) -> Bool {
        switch kind {
        case .document, .blockQuote, .list, .item: return true
        default: return false
        }
    }

    /// Kinds in which step 2 looks for new block starts (a paragraph or table may turn into another block).
    private static func mayOpenBlocks(in kind: NodeKind) -> Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .paragraph, .table, .footnoteDefinition: return true
        default: return false
        }
    }

    private static func isLeaf(_ kind: NodeKind) -> Bool {
        switch kind {
        case .paragraph, .heading, .codeBlock, .htmlBlock, .thematicBreak: return true
        default: return false
        }
    }

    private mutating func openListItem(_ container: inout NodeID, marker: ListMarker) {
        let markerColumn = firstNonspaceColumn
        advanceToFirstNonspace()
        advanceOffset(marker.length, columns: true)
        // Spaces after the marker: 1–4 belong to it; 5 or more mean indented code, so only 1 counts.
        let savedOffset = offset, savedColumn = column, savedTab = partiallyConsumedTab
        var spaces = 0
        while spaces <= 5, offset < line.count, Scanners.isSpaceOrTab(line[offset]) {
            let before = column
            advanceOffset(1, columns: true)
            spaces += column - before
        }
        let restIsBlank = offset >= line.count || Scanners.isLineEnd(line[offset])
        var padding: Int
        if spaces >= 5 || spaces < 1 || restIsBlank {
            padding = marker.length + 1
            offset = savedOffset
            column = savedColumn
            partiallyConsumedTab = savedTab
            if spaces > 0 { advanceOffset(1, columns: true) }
        } else {
            padding = marker.length + spaces
        }
        let kind = document.records[container].kind
        let matchesList = kind == .list && document.records[container].ordered == marker.ordered
            && (marker.ordered ? document.records[container].delimiter == marker.delimiter : document.records[container].bulletCharacter == marker.bullet)
        if !matchesList {
            container = addChild(.list, to: container, column: markerColumn + 1)
            document.records[container].ordered = marker.ordered
            document.records[container].start = marker.start
            document.records[container].delimiter = marker.delimiter
            document.records[container].bulletCharacter = marker.bullet
        }
        container = addChild(.item, to: container, column: markerColumn + 1)
        document.records[container].markerOffset = indent
        document.records[container].padding = padding
        document.records[container].ordered = marker.ordered
    }

    /// GFM task list items: `[ ]`, `[x]` or `[X]` and white space right after a new item's marker
    /// (cmark-gfm's tasklist extension). `- [ ]` with nothing after it is not a task.
    private mutating func markTaskItem(_ item: NodeID) -> Bool {
        let start = firstNonspace
        guard start + 3 < line.count, line[start] == UInt8(ascii: "["), line[start + 2] == UInt8(ascii: "]"),
              TableSyntax.isSpaceCharacter(line[start + 3]) else { return false }
        let mark = line[start + 1]
        guard mark == 0x20 || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") else { return false }
        document.records[item].taskChecked = mark != 0x20
        advanceOffset(start + 3 - offset, columns: false)
        return true
    }

    private mutating func convertToSetextHeading(_ paragraph: NodeID, level: Int) -> Bool {
        // Reference definitions at the start of the paragraph are not heading text.
        let (consumed, remaining) = references.extractDefinitions(from: document.literal(paragraph))
        document.records[paragraph].literalSpan = document.records[paragraph].literalSpan.dropFirst(consumed)
        guard remaining else { return false }
        document.records[paragraph].kind = .heading
        document.records[paragraph].level = level
        document.records[paragraph].setext = true
        return true
    }

    // MARK: Step 3: add text

    private mutating func addText(to container: NodeID) {
        findFirstNonspace()
        // A body row was the line's content: the line is not blank, though nothing of it is left.
        if tableBodyRowAdded { blank = false }
        if blank, document.records[container].lastChild >= 0 {
            document.records[document.records[container].lastChild].lastLineBlank = true
        }
        let kind = document.records[container].kind
        let node = document.records[container]
        var lastLineBlank = blank
        switch kind {
        case .blockQuote, .heading, .thematicBreak: lastLineBlank = false
        case .codeBlock where node.fenced: lastLineBlank = false
        case .item where node.firstChild < 0 && node.line == lineNumber: lastLineBlank = false
        default: break
        }
        document.records[container].lastLineBlank = lastLineBlank
        var ancestor = container
        while document.records[ancestor].parent >= 0 {
            ancestor = document.records[ancestor].parent
            document.records[ancestor].lastLineBlank = false
        }

        if tip != lastMatchedContainer, container == lastMatchedContainer, !blank, document.records[tip].kind == .paragraph {
            // Lazy continuation line.
            appendLine(to: tip)
            return
        }
        closeUnmatchedBlocks()
        switch document.records[container].kind {
        case .codeBlock:
            appendLine(to: container)
        case .htmlBlock:
            appendLine(to: container)
            if Scanners.htmlBlockEnds(line[firstNonspace...], type: document.records[container].htmlBlockType) {
                finalize(container)
                tip = document.records[container].parent
                return
            }
        case .table:
            if !tableRowAdded {
                // Over the cell cap: the table ends and the line becomes a paragraph.
                finalize(container)
                let paragraph = addChild(.paragraph, to: document.records[container].parent, column: firstNonspaceColumn + 1)
                advanceToFirstNonspace()
                appendLine(to: paragraph)
                tip = paragraph
                return
            }
        case .heading, .paragraph:
            if blank { break }
            if document.records[container].kind == .heading, !document.records[container].setext {
                appendATXHeadingText(to: container)
            } else {
                advanceToFirstNonspace()
                appendLine(to: container)
            }
        case .thematicBreak:
            break
        default:
            if blank { break }
            let paragraph = addChild(.paragraph, to: container, column: firstNonspaceColumn + 1)
            advanceToFirstNonspace()
            appendLine(to: paragraph)
            tip = paragraph
            return
        }
        tip = container
        if document.records[container].kind == .heading || document.records[container].kind == .thematicBreak {
            // Single-line blocks close at once; keep the parent as the tip.
            if document.records[container].kind == .thematicBreak || !document.records[container].setext {
                finalize(container)
                tip = document.records[container].parent
            }
        }
    }

    private mutating func appendATXHeadingText(to heading: NodeID) {
        advanceToFirstNonspace()
        var end = line.count
        while end > offset, Scanners.isWhitespace(line[end - 1]) { end -= 1 }
        // A closing sequence of #s counts only after a space (or when it is all there is).
        var hashes = end
        while hashes > offset, line[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < end, hashes == offset || Scanners.isSpaceOrTab(line[hashes - 1]) {
            end = hashes
            while end > offset, Scanners.isSpaceOrTab(line[end - 1]) { end -= 1 }
        }
        document.appendLiteral(heading, line[offset..<end])
    }

    mutating func appendLine(to node: NodeID) {
        if partiallyConsumedTab {
            offset += 1
            let charsToTab = Self.tabStop - (column % Self.tabStop)
            document.appendLiteral(node, repeatElement(0x20, count: charsToTab))
        }
        if offset < line.count {
            document.appendLiteral(node, line[offset...])
        }
    }

    // MARK: Tree building

    mutating func addChild(_ kind: NodeKind, to parent: NodeID, column: Int) -> NodeID {
        var parent = parent
        // A block that cannot hold this child is closed, and the child goes to its parent.
        while !canContain(document.records[parent].kind, kind) {
            // Read the parent first: finalizing a paragraph of only reference definitions unlinks it.
            let grandparent = document.records[parent].parent
            finalize(parent)
            parent = grandparent
        }
        let node = document.makeNode(kind, line: lineNumber, column: Int32(column))
        document.append(node, to: parent)
        return node
    }

    private func canContain(_ parent: NodeKind, _ child: NodeKind) -> Bool {
        switch parent {
        case .document, .blockQuote, .item, .footnoteDefinition:
            return child != .item && child != .tableRow && child != .tableCell
        case .list: return child == .item
        case .table: return child == .tableRow
        default: return false
        }
    }

    private mutating func closeUnmatchedBlocks() {
        while tip != lastMatchedContainer, tip >= 0 {
            let parent = document.records[tip].parent
            finalize(tip)
            tip = parent
        }
    }

    private mutating func finalizeAll() {
        while tip >= 0 {
            let parent = document.records[tip].parent
            finalize(tip)
            tip = parent
        }
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Scanners.isWhitespace(bytes[start]) { start += 1 }
        while end > start, Scanners.isWhitespace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }
}
