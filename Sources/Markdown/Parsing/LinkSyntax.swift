/// Link labels, destinations and titles (CommonMark 6.3), shared by reference definitions and inline links.
enum LinkSyntax {
    /// A label `[…]` starting at `start` (a `[`): the inner range and the index after `]`.
    static func label(_ bytes: ArraySlice<UInt8>, at start: Int) -> (inner: Range<Int>, end: Int)? {
        guard start < bytes.endIndex, bytes[start] == UInt8(ascii: "[") else { return nil }
        var index = start + 1
        var hasContent = false
        while index < bytes.endIndex, index - start <= 1000 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, Scanners.isPunctuation(bytes[index + 1]) {
                hasContent = true
                index += 2
                continue
            }
            if byte == UInt8(ascii: "[") { return nil }
            if byte == UInt8(ascii: "]") {
                guard hasContent, index - start - 1 <= 999 else { return nil }
                return (start + 1..<index, index + 1)
            }
            if !Scanners.isWhitespace(byte) { hasContent = true }
            index += 1
        }
        return nil
    }

    /// A destination at `start`: `<…>` or a run with balanced parentheses. Returns the raw bytes and the end.
    static func destination(_ bytes: ArraySlice<UInt8>, at start: Int) -> (raw: ArraySlice<UInt8>, end: Int)? {
        guard start < bytes.endIndex else { return nil }
        if bytes[start] == UInt8(ascii: "<") {
            var index = start + 1
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, Scanners.isPunctuation(bytes[index + 1]) {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: ">") { return (bytes[start + 1..<index], index + 1) }
                if byte == UInt8(ascii: "<") || Scanners.isLineEnd(byte) { return nil }
                index += 1
            }
            return nil
        }
        var index = start
        var depth = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, Scanners.isPunctuation(bytes[index + 1]) {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "(") {
                depth += 1
                if depth > 32 { return nil }
            } else if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            } else if byte <= 0x20 || byte == 0x7F {
                break
            }
            index += 1
        }
        guard index > start, depth == 0 else { return nil }
        return (bytes[start..<index], index)
    }

    /// A title at `start`: `"…"`, `'…'` or `(…)`. Returns the raw inner bytes and the end.
    static func title(_ bytes: ArraySlice<UInt8>, at start: Int) -> (raw: ArraySlice<UInt8>, end: Int)? {
        guard start < bytes.endIndex else { return nil }
        let open = bytes[start]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""): close = open
        case UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var index = start + 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, Scanners.isPunctuation(bytes[index + 1]) {
                index += 2
                continue
            }
            if byte == close { return (bytes[start + 1..<index], index + 1) }
            if open == UInt8(ascii: "("), byte == UInt8(ascii: "(") { return nil }
            index += 1
        }
        return nil
    }

    /// Skips spaces and tabs and at most one line ending; returns the new index.
    static func skipSpaceAndOneNewline(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        var newlineSeen = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if Scanners.isSpaceOrTab(byte) {
                index += 1
            } else if byte == 0x0A, !newlineSeen {
                newlineSeen = true
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The normalized form of a label: case-folded, inner white space collapsed, trimmed.
    static func normalize(_ label: ArraySlice<UInt8>) -> String {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(label.count)
        var pendingSpace = false
        var asciiOnly = true
        for byte in label {
            if Scanners.isWhitespace(byte) {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace { collapsed.append(0x20); pendingSpace = false }
            if byte >= 0x80 { asciiOnly = false }
            collapsed.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        let text = String(decoding: collapsed, as: UTF8.self)
        // Full case folding (ẞ and SS are the same label) needs Unicode; ASCII needs none of it.
        return asciiOnly ? text : text.lowercased().uppercased().lowercased()
    }
}

/// Link reference definitions by normalized label; the first definition of a label wins.
struct ReferenceMap {
    struct Definition {
        let destination: [UInt8]
        let title: [UInt8]
    }

    private(set) var definitions: [String: Definition] = [:]

    func lookup(_ label: ArraySlice<UInt8>) -> Definition? {
        guard !definitions.isEmpty else { return nil }
        return definitions[LinkSyntax.normalize(label)]
    }

    /// Records the definitions at the start of a paragraph's text; returns how many bytes they take and
    /// whether any text is left after them.
    mutating func extractDefinitions(from literal: ArraySlice<UInt8>) -> (consumed: Int, hasContent: Bool) {
        var position = literal.startIndex
        while position < literal.endIndex, literal[position] == UInt8(ascii: "[") {
            guard let end = parseDefinition(literal, at: position) else { break }
            position = end
        }
        return (position - literal.startIndex, literal[position...].contains { !Scanners.isWhitespace($0) })
    }

    private mutating func parseDefinition(_ bytes: ArraySlice<UInt8>, at start: Int) -> Int? {
        guard let (inner, afterLabel) = LinkSyntax.label(bytes, at: start),
              afterLabel < bytes.endIndex, bytes[afterLabel] == UInt8(ascii: ":") else { return nil }
        let destinationStart = LinkSyntax.skipSpaceAndOneNewline(bytes, from: afterLabel + 1)
        guard let (rawDestination, afterDestination) = LinkSyntax.destination(bytes, at: destinationStart) else { return nil }
        if rawDestination.isEmpty, bytes[destinationStart] != UInt8(ascii: "<") { return nil }
        let titleStart = LinkSyntax.skipSpaceAndOneNewline(bytes, from: afterDestination)
        var end: Int?
        var title: ArraySlice<UInt8> = []
        if titleStart > afterDestination, let (rawTitle, afterTitle) = LinkSyntax.title(bytes, at: titleStart),
           let lineEnd = Self.restOfLineBlank(bytes, from: afterTitle) {
            title = rawTitle
            end = lineEnd
        }
        if end == nil {
            guard let lineEnd = Self.restOfLineBlank(bytes, from: afterDestination) else { return nil }
            end = lineEnd
        }
        let key = LinkSyntax.normalize(bytes[inner])
        guard !key.isEmpty else { return nil }
        if definitions[key] == nil {
            definitions[key] = Definition(
                destination: TextDecoding.unescapeAndDecode(rawDestination),
                title: TextDecoding.unescapeAndDecode(title))
        }
        return end
    }

    /// The index after the line ending when only spaces follow `start` on its line.
    private static func restOfLineBlank(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.endIndex, Scanners.isSpaceOrTab(bytes[index]) { index += 1 }
        if index == bytes.endIndex { return index }
        if bytes[index] == 0x0A { return index + 1 }
        return nil
    }
}
