extension BlockParser {
    /// Closes a block: resolves reference definitions, trims code, decides list tightness.
    mutating func finalize(_ node: NodeID) {
        guard node >= 0, document[node].isOpen else { return }
        document[node].isOpen = false
        document[node].endLine = lineNumber
        switch document[node].kind {
        case .paragraph:
            let hasContent = references.extractDefinitions(from: &document[node].literal)
            if !hasContent { document.unlink(node) }
        case .codeBlock:
            if !document[node].fenced { Self.trimTrailingBlankLines(&document[node].literal) }
        case .list:
            document[node].tight = isTight(node)
        default:
            break
        }
    }

    private static func trimTrailingBlankLines(_ literal: inout [UInt8]) {
        var end = literal.count
        while end > 0 {
            var lineEnd = end
            if literal[lineEnd - 1] == 0x0A { lineEnd -= 1 }
            var lineStart = lineEnd
            while lineStart > 0, literal[lineStart - 1] != 0x0A { lineStart -= 1 }
            guard literal[lineStart..<lineEnd].allSatisfy(Scanners.isWhitespace) else { break }
            end = lineStart
        }
        literal.removeSubrange(end...)
    }

    private func isTight(_ list: NodeID) -> Bool {
        var item = document[list].firstChild
        while item >= 0 {
            if document[item].lastLineBlank, document[item].next >= 0 { return false }
            var child = document[item].firstChild
            while child >= 0 {
                if (document[item].next >= 0 || document[child].next >= 0), endsWithBlankLine(child) { return false }
                child = document[child].next
            }
            item = document[item].next
        }
        return true
    }

    private func endsWithBlankLine(_ node: NodeID) -> Bool {
        var current = node
        while current >= 0 {
            if document[current].lastLineBlank { return true }
            let kind = document[current].kind
            current = (kind == .list || kind == .item) ? document[current].lastChild : -1
        }
        return false
    }
}
