/// Emphasis, strong emphasis and strikethrough: the delimiter runs and `process_emphasis`.
extension InlineParser {
    mutating func handleDelimiter(_ character: UInt8) {
        let start = position
        while position < subject.endIndex, subject[position] == character { position += 1 }
        let count = position - start
        let before: UInt8 = start > subject.startIndex ? subject[start - 1] : 0x0A
        let after: UInt8 = position < subject.endIndex ? subject[position] : 0x0A
        let beforeScalar = Self.scalar(before: start, in: subject)
        let afterScalar = Self.scalar(at: position, in: subject)
        let beforeIsSpace = Self.isUnicodeWhitespace(beforeScalar, byte: before)
        let afterIsSpace = Self.isUnicodeWhitespace(afterScalar, byte: after)
        let beforeIsPunctuation = Self.isUnicodePunctuation(beforeScalar)
        let afterIsPunctuation = Self.isUnicodePunctuation(afterScalar)
        let leftFlanking = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
        let rightFlanking = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
        var canOpen: Bool
        var canClose: Bool
        if character == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        if character == UInt8(ascii: "~"), count > 2 {
            canOpen = false
            canClose = false
        }
        let node = appendText(start..<position)
        guard canOpen || canClose else { return }
        let index = delimiters.count
        delimiters.append(Delimiter(
            character: character, count: count, originalCount: count, node: node,
            canOpen: canOpen, canClose: canClose, previous: lastDelimiter, next: -1))
        if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
        lastDelimiter = index
    }

    static func scalar(before index: Int, in subject: ArraySlice<UInt8>) -> Unicode.Scalar? {
        guard index > subject.startIndex else { return nil }
        var start = index - 1
        while start > subject.startIndex, subject[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        return String(decoding: subject[start..<index], as: UTF8.self).unicodeScalars.last
    }

    static func scalar(at index: Int, in subject: ArraySlice<UInt8>) -> Unicode.Scalar? {
        guard index < subject.endIndex else { return nil }
        let byte = subject[index]
        if byte < 0x80 { return Unicode.Scalar(byte) }
        var end = index + 1
        while end < subject.endIndex, subject[end] & 0xC0 == 0x80, end - index < 4 { end += 1 }
        return String(decoding: subject[index..<end], as: UTF8.self).unicodeScalars.first
    }

    static func isUnicodeWhitespace(_ scalar: Unicode.Scalar?, byte: UInt8) -> Bool {
        guard let scalar else { return true }
        // CommonMark's Unicode whitespace: Zs, tab, line feed, form feed, carriage return (not U+000B).
        if scalar.value < 0x80 { return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    static func isUnicodePunctuation(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.value < 0x80 { return Scanners.isPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    mutating func removeDelimiter(_ index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if previous >= 0 { delimiters[previous].next = next }
        if next >= 0 { delimiters[next].previous = previous } else { lastDelimiter = previous }
        delimiters[index].previous = -1
        delimiters[index].next = -1
    }

    private static func bottomIndex(_ delimiter: Delimiter) -> Int {
        let characterIndex: Int
        switch delimiter.character {
        case UInt8(ascii: "*"): characterIndex = 0
        case UInt8(ascii: "_"): characterIndex = 1
        default: characterIndex = 2
        }
        return characterIndex * 6 + (delimiter.canOpen ? 3 : 0) + delimiter.originalCount % 3
    }

    /// Matches closers with openers above `stackBottom` (cmark's `process_emphasis`).
    mutating func processEmphasis(stackBottom: Int) {
        var openersBottom = [Int](repeating: stackBottom, count: 18)
        // Find the first delimiter above the bottom.
        var closer = lastDelimiter
        while closer >= 0, delimiters[closer].previous != stackBottom { closer = delimiters[closer].previous }
        while closer >= 0 {
            guard delimiters[closer].canClose else {
                closer = delimiters[closer].next
                continue
            }
            let bottom = Self.bottomIndex(delimiters[closer])
            var opener = delimiters[closer].previous
            var found = false
            // Delimiters are numbered in text order, so "below the bottom" is a comparison: it stays right
            // when the bottom delimiter itself has been used up and removed (cmark issue 389).
            while opener >= 0, opener > openersBottom[bottom] {
                if delimiters[opener].canOpen, delimiters[opener].character == delimiters[closer].character {
                    if delimiters[closer].character == UInt8(ascii: "~") {
                        if delimiters[opener].count == delimiters[closer].count { found = true; break }
                    } else {
                        let openerLength = delimiters[opener].originalCount
                        let closerLength = delimiters[closer].originalCount
                        let oddMatch = (delimiters[closer].canOpen || delimiters[opener].canClose)
                            && (openerLength + closerLength) % 3 == 0
                            && !(openerLength % 3 == 0 && closerLength % 3 == 0)
                        if !oddMatch { found = true; break }
                    }
                }
                opener = delimiters[opener].previous
            }
            let oldCloser = closer
            if found {
                closer = insertEmphasis(opener: opener, closer: closer)
            } else {
                closer = delimiters[closer].next
                openersBottom[bottom] = delimiters[oldCloser].previous
                if !delimiters[oldCloser].canOpen { removeDelimiter(oldCloser) }
            }
        }
        while lastDelimiter >= 0, lastDelimiter != stackBottom { removeDelimiter(lastDelimiter) }
    }

    /// Wraps the nodes between opener and closer; returns the next closer to look at.
    private mutating func insertEmphasis(opener: Int, closer: Int) -> Int {
        let character = delimiters[opener].character
        let used: Int
        let kind: NodeKind
        if character == UInt8(ascii: "~") {
            used = delimiters[closer].count
            kind = .strikethrough
        } else {
            used = delimiters[closer].count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
            kind = used == 2 ? .strong : .emphasis
        }
        delimiters[opener].count -= used
        delimiters[closer].count -= used
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        document.records[openerNode].literalSpan.count -= UInt32(used)
        document.records[closerNode].literalSpan.count -= UInt32(used)
        // Delimiters between them can no longer match anything.
        var between = delimiters[closer].previous
        while between >= 0, between != opener {
            let previous = delimiters[between].previous
            removeDelimiter(between)
            between = previous
        }
        let wrapper = document.makeNode(kind, line: document.records[openerNode].line, column: 1)
        var child = document.records[openerNode].next
        while child >= 0, child != closerNode {
            let next = document.records[child].next
            document.unlink(child)
            document.append(child, to: wrapper)
            child = next
        }
        document.insert(wrapper, after: openerNode)
        if delimiters[opener].count == 0 {
            document.unlink(openerNode)
            removeDelimiter(opener)
        }
        if delimiters[closer].count == 0 {
            let next = delimiters[closer].next
            document.unlink(closerNode)
            removeDelimiter(closer)
            return next
        }
        return closer
    }
}
