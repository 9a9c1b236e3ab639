/// GFM tables in the block phase, with cmark-gfm's rules: a paragraph whose last line is a row,
/// followed by a delimiter row with as many cells, becomes a table; each following line that is a row
/// (and starts no other block) adds a body row; any other line ends the table.
extension BlockParser {
    /// Cells added to fill short rows, at most; past it the table ends (as in cmark-gfm), so a few
    /// kilobytes of `x|` cannot become gigabytes of empty cells.
    static let maximumFilledCells = 524_288

    /// Turns the paragraph `container` into a table when the current line is its delimiter row.
    mutating func tryOpeningTable(_ container: inout NodeID) -> Bool {
        let paragraph = container
        let rest = line[firstNonspace...]
        guard TableSyntax.isDelimiterRow(rest), let markers = TableSyntax.row(rest) else { return false }
        guard let (headerCells, headerOffset) = Self.lastRow(of: document.literal(paragraph)),
              headerCells.count == markers.count else { return false }

        let parent = document.records[paragraph].parent
        let table = document.makeNode(.table, line: lineNumber - 1, column: document.records[paragraph].column)
        document.records[table].infoSpan = document.store(markers.map { TableSyntax.alignment($0).rawValue })
        document.append(table, to: parent)
        document.records[paragraph].literalSpan = document.records[paragraph].literalSpan.prefix(headerOffset)
        if document.records[paragraph].literalSpan.isEmpty {
            document.records[paragraph].isOpen = false
            document.unlink(paragraph)
        } else {
            finalize(paragraph)
        }
        appendRow(headerCells, to: table, isHeader: true)
        container = table
        return true
    }

    /// The cells of a paragraph's last line and where that line starts, when it is a row. (A function of its
    /// own, so that no view of the text storage is held while the table's text is stored.)
    private static func lastRow(of literal: ArraySlice<UInt8>) -> ([[UInt8]], Int)? {
        var headerEnd = literal.endIndex
        if headerEnd > literal.startIndex, literal[headerEnd - 1] == 0x0A { headerEnd -= 1 }
        var headerStart = headerEnd
        while headerStart > literal.startIndex, literal[headerStart - 1] != 0x0A { headerStart -= 1 }
        guard let cells = TableSyntax.row(literal[headerStart...]) else { return nil }
        return (cells, headerStart - literal.startIndex)
    }

    /// Adds the current line as a body row; false when it is not a row or the cell cap is reached.
    mutating func tryAddingTableRow(to table: NodeID) -> Bool {
        guard !blank, var cells = TableSyntax.row(line[firstNonspace...]) else { return false }
        let columns = Int(document.records[table].infoSpan.count)
        if cells.count > columns { cells.removeSubrange(columns...) }
        if cells.count < columns {
            filledTableCells += columns - cells.count
            if filledTableCells > Self.maximumFilledCells { return false }
            cells += Array(repeating: [], count: columns - cells.count)
        }
        appendRow(cells, to: table, isHeader: false)
        advanceOffset(line.count - offset, columns: false)
        return true
    }

    private mutating func appendRow(_ cells: [[UInt8]], to table: NodeID, isHeader: Bool) {
        let row = document.makeNode(.tableRow, line: isHeader ? lineNumber - 1 : lineNumber, column: 1)
        document.records[row].isHeader = isHeader
        document.records[row].isOpen = false
        document.append(row, to: table)
        let alignments = Array(document.bytes(document.records[table].infoSpan))
        for (index, content) in cells.enumerated() {
            let cell = document.makeNode(.tableCell, line: document.records[row].line, column: 1)
            document.records[cell].literalSpan = document.store(content)
            document.records[cell].isOpen = false
            document.records[cell].isHeader = isHeader
            document.records[cell].alignment = index < alignments.count ? TableAlignment(rawValue: alignments[index]) ?? .none : .none
            document.append(cell, to: row)
        }
    }
}

/// The byte-level table grammar of cmark-gfm's table extension.
enum TableSyntax {
    /// Space characters inside rows: space, tab, vertical tab, form feed.
    @inline(__always) static func isSpaceCharacter(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    /// `|? marker (| marker)* |? spaces newline`, where a marker is `spaces :? -+ :? spaces`.
    static func isDelimiterRow(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        if index < end, bytes[index] == UInt8(ascii: "|") { index += 1 }
        var markers = 0
        while true {
            var scan = index
            while scan < end, isSpaceCharacter(bytes[scan]) { scan += 1 }
            if scan < end, bytes[scan] == UInt8(ascii: ":") { scan += 1 }
            let dashes = scan
            while scan < end, bytes[scan] == UInt8(ascii: "-") { scan += 1 }
            guard scan > dashes else { break }
            if scan < end, bytes[scan] == UInt8(ascii: ":") { scan += 1 }
            while scan < end, isSpaceCharacter(bytes[scan]) { scan += 1 }
            markers += 1
            index = scan
            guard index < end, bytes[index] == UInt8(ascii: "|") else { break }
            index += 1
        }
        guard markers > 0 else { return false }
        while index < end, isSpaceCharacter(bytes[index]) { index += 1 }
        return index < end && Scanners.isLineEnd(bytes[index])
    }

    /// The cells of a row (pipes unescaped, trimmed), or nil when the line is not a row with at least
    /// one cell (cmark-gfm's `row_from_string` on one line ending in a newline).
    static func row(_ bytes: ArraySlice<UInt8>) -> [[UInt8]]? {
        let end = bytes.endIndex
        var index = pipeEnd(bytes, bytes.startIndex)
        var cells: [[UInt8]] = []
        while index < end {
            let cellEnd = cellContentEnd(bytes, index)
            let afterPipe = pipeEnd(bytes, cellEnd)
            if cellEnd > index || afterPipe > cellEnd {
                cells.append(trimmedUnescaped(bytes[index..<cellEnd]))
            }
            index = afterPipe
            if afterPipe == cellEnd {
                // The last cell: only spaces and the line ending may follow.
                while index < end, isSpaceCharacter(bytes[index]) { index += 1 }
                guard index < end, Scanners.isLineEnd(bytes[index]) else { return nil }
                index += 1
                if index < end, bytes[index - 1] == 0x0D, bytes[index] == 0x0A { index += 1 }
                guard index == end else { return nil }
            }
        }
        return cells.isEmpty ? nil : cells
    }

    static func alignment(_ marker: [UInt8]) -> TableAlignment {
        let left = marker.first == UInt8(ascii: ":")
        let right = marker.last == UInt8(ascii: ":")
        return left && right ? .center : left ? .left : right ? .right : .none
    }

    /// After a `|` and the spaces following it, or `start` when there is no pipe.
    private static func pipeEnd(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int {
        guard start < bytes.endIndex, bytes[start] == UInt8(ascii: "|") else { return start }
        var index = start + 1
        while index < bytes.endIndex, isSpaceCharacter(bytes[index]) { index += 1 }
        return index
    }

    /// The end of a cell's content: the next unescaped `|` or line ending.
    private static func cellContentEnd(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "|") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") || Scanners.isLineEnd(byte) { break }
            index += 1
        }
        return index
    }

    /// `\|` becomes `|` (other escapes stay for the inline phase); white space is trimmed, but not a
    /// vertical tab (cmark's `cmark_isspace`).
    private static func trimmedUnescaped(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "|") {
                index += 1
            }
            out.append(bytes[index])
            index += 1
        }
        var start = 0
        var finish = out.count
        while start < finish, Scanners.isCmarkSpace(out[start]) { start += 1 }
        while finish > start, Scanners.isCmarkSpace(out[finish - 1]) { finish -= 1 }
        if start == 0, finish == out.count { return out }
        return Array(out[start..<finish])
    }
}
