extension BlockParser {
    /// Closes a block: resolves reference definitions, trims code, decides list tightness.
    mutating func finalize(_ node: NodeID) {
        guard node >= 0, document.records[node].isOpen else { return }
        document.records[node].isOpen = false
        document.records[node].endLine = lineNumber
        switch document.records[node].kind {
        case .paragraph:
            let (consumed, hasContent) = references.extractDefinitions(from: document.literal(node))
            document.records[node].literalSpan = document.records[node].literalSpan.dropFirst(consumed)
            if !hasContent { document.unlink(node) }
        case .codeBlock:
            if !document.records[node].fenced {
                let kept = Self.lengthWithoutTrailingBlankLines(document.literal(node))
                document.records[node].literalSpan = document.records[node].literalSpan.prefix(kept)
            }
        case .list:
            document.records[node].tight = isTight(node)
        default:
            break
        }
    }

    /// How many bytes are left when the blank lines at the end are dropped.
    private static func lengthWithoutTrailingBlankLines(_ text: ArraySlice<UInt8>) -> Int {
        let literal = Array(text)
        var end = literal.count
        while end > 0 {
            var lineEnd = end
            if literal[lineEnd - 1] == 0x0A { lineEnd -= 1 }
            var lineStart = lineEnd
            while lineStart > 0, literal[lineStart - 1] != 0x0A { lineStart -= 1 }
            guard literal[lineStart..<lineEnd].allSatisfy(Scanners.isWhitespace) else { break }
            end = lineStart
        }
        return end
    }

    private func isTight(_ list: NodeID) -> Bool {
        var item = document.records[list].firstChild
        while item >= 0 {
            if document.records[item].lastLineBlank, document.records[item].next >= 0 { return false }
            var child = document.records[item].firstChild
            while child >= 0 {
                if (document.records[item].next >= 0 || document.records[child].next >= 0), endsWithBlankLine(child) { return false }
                child = document.records[child].next
            }
            item = document.records[item].next
        }
        return true
    }

    private func endsWithBlankLine(_ node: NodeID) -> Bool {
        var current = node
        while current >= 0 {
            if document.records[current].lastLineBlank { return true }
            let kind = document.records[current].kind
            current = (kind == .list || kind == .item) ? document.records[current].lastChild : -1
        }
        return false
    }
}
