/// GFM tables in the block phase: a paragraph line followed by a delimiter row opens a table.
extension BlockParser {
    /// Cells added to fill short rows, at most; past it the table ends (as in cmark-gfm), so a few
    /// kilobytes of `x|` cannot become gigabytes of empty cells.
    static let maximumFilledCells = 524_288

    mutating func tryOpeningTable(_ container: inout NodeID) -> Bool {
        let paragraph = container
        guard let alignments = Self.delimiterRow(line[firstNonspace...]) else { return false }
        let literal = document[paragraph].literal
        var headerStart = literal.count
        if headerStart > 0, literal[headerStart - 1] == 0x0A { headerStart -= 1 }
        let headerEnd = headerStart
        while headerStart > 0, literal[headerStart - 1] != 0x0A { headerStart -= 1 }
        let headerCells = Self.splitRow(literal[headerStart..<headerEnd])
        guard headerCells.count == alignments.count else { return false }

        let parent = document[paragraph].parent
        let table = document.makeNode(.table, line: lineNumber - 1, column: document[paragraph].column)
        document[table].alignments = alignments
        document.append(table, to: parent)
        document[paragraph].literal.removeSubrange(headerStart...)
        if document[paragraph].literal.isEmpty {
            document[paragraph].isOpen = false
            document.unlink(paragraph)
        } else {
            finalize(paragraph)
        }
        appendRow(headerCells, to: table, isHeader: true)
        container = table
        return true
    }

    /// Adds the current line as a body row; false when the cell cap is reached.
    mutating func addTableRow(to table: NodeID) -> Bool {
        guard !blank else { return true }
        var cells = Self.splitRow(line[firstNonspace...])
        let columns = document[table].alignments.count
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
        document[row].isHeader = isHeader
        document[row].isOpen = false
        document.append(row, to: table)
        for (index, content) in cells.enumerated() {
            let cell = document.makeNode(.tableCell, line: document[row].line, column: 1)
            document[cell].literal = content
            document[cell].isOpen = false
            document[cell].isHeader = isHeader
            document[cell].alignment = index < document[table].alignments.count ? document[table].alignments[index] : .none
            document.append(cell, to: row)
        }
    }

    /// The alignments of a delimiter row such as `| :--- | ---: |`, or nil when the line is not one.
    static func delimiterRow(_ bytes: ArraySlice<UInt8>) -> [TableAlignment]? {
        let cells = splitRow(bytes)
        guard !cells.isEmpty else { return nil }
        var alignments: [TableAlignment] = []
        for rawCell in cells {
            // Delimiter cells may be padded with vertical tabs and form feeds too (cmark-gfm's spacechar).
            let cell = Array(rawCell.drop { $0 == 0x0B || $0 == 0x0C }.reversed().drop { $0 == 0x0B || $0 == 0x0C }.reversed())
            guard !cell.isEmpty else { return nil }
            let left = cell.first == UInt8(ascii: ":")
            let right = cell.last == UInt8(ascii: ":")
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right && cell.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        // A delimiter row needs a pipe unless it has one cell written with a colon or pipe-free dashes.
        return alignments
    }

    /// Splits a row at unescaped pipes; leading and trailing pipes are optional; `\|` becomes `|`.
    static func splitRow(_ bytes: ArraySlice<UInt8>) -> [[UInt8]] {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isCellSpace(bytes[start]) { start += 1 }
        while end > start, isCellSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return [] }
        if bytes[start] == UInt8(ascii: "|") { start += 1 }
        var cells: [[UInt8]] = []
        var current: [UInt8] = []
        var index = start
        var endedWithPipe = false
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "|") {
                current.append(UInt8(ascii: "|"))
                index += 2
                endedWithPipe = false
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(trimmedCell(current[...]))
                current.removeAll(keepingCapacity: true)
                endedWithPipe = true
            } else {
                current.append(byte)
                endedWithPipe = false
            }
            index += 1
        }
        if !endedWithPipe || !current.isEmpty { cells.append(trimmedCell(current[...])) }
        return cells
    }

    /// Cells are trimmed of spaces, tabs and line endings only; a vertical tab is content (as in cmark-gfm).
    private static func isCellSpace(_ byte: UInt8) -> Bool {
        Scanners.isSpaceOrTab(byte) || Scanners.isLineEnd(byte)
    }

    private static func trimmedCell(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isCellSpace(bytes[start]) { start += 1 }
        while end > start, isCellSpace(bytes[end - 1]) { end -= 1 }
        return Array(bytes[start..<end])
    }
}
