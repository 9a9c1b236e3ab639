/// Links and images: the bracket stack and `handle_close_bracket`.
extension InlineParser {
    mutating func pushBracket(node: NodeID, isImage: Bool) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        brackets.append(Bracket(node: node, isImage: isImage, previousDelimiter: lastDelimiter, textStart: position))
    }

    mutating func handleCloseBracket() {
        position += 1
        guard let opener = brackets.last else {
            appendText(position - 1..<position)
            return
        }
        let openerIndex = brackets.count - 1
        let active = opener.active && (opener.isImage || openerIndex >= linkOpenersInactiveBelow)
        guard active else {
            popBracket()
            appendText(position - 1..<position)
            return
        }
        let afterText = position
        var destination: [UInt8] = []
        var title: [UInt8] = []
        var matched = false

        if let (dest, linkTitle, end) = inlineLinkTail(at: afterText) {
            destination = dest
            title = linkTitle
            position = end
            matched = true
        } else {
            let linkText = subject[opener.textStart..<(afterText - 1)]
            var labelBytes: ArraySlice<UInt8>? = nil
            var afterLabel = afterText
            if let (inner, end) = LinkSyntax.label(subject, at: afterText) {
                labelBytes = subject[inner]
                afterLabel = end
            } else if afterText + 1 < subject.endIndex, subject[afterText] == UInt8(ascii: "["),
                      subject[afterText + 1] == UInt8(ascii: "]") {
                labelBytes = nil
                afterLabel = afterText + 2
                if let definition = lookup(linkText) {
                    destination = definition.destination
                    title = definition.title
                    position = afterLabel
                    matched = true
                }
            }
            if !matched {
                if let label = labelBytes {
                    if let definition = lookup(label) {
                        destination = definition.destination
                        title = definition.title
                        position = afterLabel
                        matched = true
                    }
                } else if afterLabel == afterText, !opener.bracketAfter, let definition = lookup(linkText) {
                    destination = definition.destination
                    title = definition.title
                    position = afterText
                    matched = true
                }
            }
        }

        guard matched else {
            if options.footnotes, makeFootnoteReference(opener: opener, closeBracket: afterText - 1) {
                position = afterText
                return
            }
            popBracket()
            position = afterText
            appendText(position - 1..<position)
            return
        }

        let link = document.makeNode(opener.isImage ? .image : .link, line: document.records[opener.node].line, column: 1)
        document.records[link].destinationSpan = document.store(destination)
        document.records[link].titleSpan = document.store(title)
        var child = document.records[opener.node].next
        while child >= 0 {
            let next = document.records[child].next
            document.unlink(child)
            document.append(child, to: link)
            child = next
        }
        document.insert(link, after: opener.node)
        document.unlink(opener.node)
        processEmphasis(stackBottom: opener.previousDelimiter)
        popBracket()
        if !opener.isImage {
            // No links in links: every `[` opened before this one can no longer make a link.
            linkOpenersInactiveBelow = brackets.count
        }
    }

    /// `[^label]` that is not a link becomes a footnote reference (cmark-gfm): when the text right after
    /// `[` starts with `^` and more follows. Everything up to `]` is replaced by the reference; its label is
    /// the source text. Whether a definition exists is decided after parsing (`Footnotes.resolve`).
    private mutating func makeFootnoteReference(opener: Bracket, closeBracket: Int) -> Bool {
        guard !opener.isImage else { return false }
        let first = document.records[opener.node].next
        guard first >= 0, document.records[first].kind == .text, bytes(document.records[first].literalSpan).first == UInt8(ascii: "^"),
              document.records[first].literalSpan.count > 1 || document.records[first].next >= 0 else { return false }
        processEmphasis(stackBottom: opener.previousDelimiter)
        var child = document.records[opener.node].next
        while child >= 0 {
            let next = document.records[child].next
            document.unlink(child)
            child = next
        }
        let reference = document.makeNode(.footnoteReference, line: document.records[opener.node].line, column: 1)
        document.records[reference].destinationSpan = TextSpan(start: opener.textStart + 1, count: closeBracket - opener.textStart - 1)
        document.insert(reference, after: opener.node)
        document.unlink(opener.node)
        popBracket()
        footnoteReferences += 1
        return true
    }

    /// Pops the top bracket; a bracket pushed later takes its place and is active again.
    private mutating func popBracket() {
        brackets.removeLast()
        linkOpenersInactiveBelow = min(linkOpenersInactiveBelow, brackets.count)
    }

    private func lookup(_ label: ArraySlice<UInt8>) -> ReferenceMap.Definition? {
        guard label.count <= 999 else { return nil }
        return references.lookup(label)
    }

    /// `(destination "title")` after a link text: destination, title and the index after `)`.
    private func inlineLinkTail(at start: Int) -> ([UInt8], [UInt8], Int)? {
        guard start < subject.endIndex, subject[start] == UInt8(ascii: "(") else { return nil }
        var index = skipWhitespace(from: start + 1)
        guard index < subject.endIndex else { return nil }
        if subject[index] == UInt8(ascii: ")") { return ([], [], index + 1) }
        guard let (rawDestination, afterDestination) = LinkSyntax.destination(subject, at: index) else { return nil }
        index = skipWhitespace(from: afterDestination)
        var rawTitle: ArraySlice<UInt8> = []
        if index > afterDestination, let (titleBytes, afterTitle) = LinkSyntax.title(subject, at: index) {
            rawTitle = titleBytes
            index = skipWhitespace(from: afterTitle)
        }
        guard index < subject.endIndex, subject[index] == UInt8(ascii: ")") else { return nil }
        return (TextDecoding.unescapeAndDecode(rawDestination), TextDecoding.unescapeAndDecode(rawTitle), index + 1)
    }

    private func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < subject.endIndex, Scanners.isWhitespace(subject[index]) { index += 1 }
        return index
    }
}
