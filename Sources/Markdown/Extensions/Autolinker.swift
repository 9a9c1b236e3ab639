/// GFM extended autolinks: `www.…`, `http://…`, `https://…`, `ftp://…` and bare e-mail addresses,
/// found in text after the inline phase (never inside a link or an image).
enum Autolinker {
    static func link(in block: NodeID, document: inout Document) {
        var stack: [NodeID] = [block]
        while let container = stack.popLast() {
            mergeTextChildren(of: container, document: &document)
            var child = document[container].firstChild
            while child >= 0 {
                let next = document[child].next
                switch document[child].kind {
                case .text: linkify(child, document: &document)
                case .emphasis, .strong, .strikethrough: stack.append(child)
                default: break
                }
                child = next
            }
        }
    }

    private static func mergeTextChildren(of parent: NodeID, document: inout Document) {
        var child = document[parent].firstChild
        while child >= 0 {
            var next = document[child].next
            if document[child].kind == .text {
                while next >= 0, document[next].kind == .text {
                    let after = document[next].next
                    document[child].literal += document[next].literal
                    document.unlink(next)
                    next = after
                }
            }
            child = next
        }
    }

    private enum Piece {
        case text(Range<Int>)
        case link(Range<Int>, href: [UInt8])
    }

    private static func linkify(_ node: NodeID, document: inout Document) {
        let text = document[node].literal
        guard text.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "w") }) else { return }
        var pieces: [Piece] = []
        var emitted = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            var found: (Range<Int>, [UInt8])?
            if byte == UInt8(ascii: "w"), index >= emitted, isBoundary(text, index), let end = www(text, index) {
                found = (index..<end, Array("http://".utf8) + text[index..<end])
            } else if byte == UInt8(ascii: ":"), let (start, end) = url(text, colon: index), start >= emitted {
                found = (start..<end, Array(text[start..<end]))
            } else if byte == UInt8(ascii: "@"), let (start, end) = email(text, at: index), start >= emitted {
                found = (start..<end, Array("mailto:".utf8) + text[start..<end])
            }
            if let (range, href) = found {
                if range.lowerBound > emitted { pieces.append(.text(emitted..<range.lowerBound)) }
                pieces.append(.link(range, href: href))
                emitted = range.upperBound
                index = range.upperBound
            } else {
                index += 1
            }
        }
        guard !pieces.isEmpty else { return }
        if emitted < text.count { pieces.append(.text(emitted..<text.count)) }
        var previous = node
        for piece in pieces {
            let created: NodeID
            switch piece {
            case .text(let range):
                created = document.makeNode(.text, line: document[node].line, column: 1)
                document[created].literal = Array(text[range])
            case .link(let range, let href):
                created = document.makeNode(.link, line: document[node].line, column: 1)
                document[created].destination = href
                let label = document.makeNode(.text, line: document[node].line, column: 1)
                document[label].literal = Array(text[range])
                document.append(label, to: created)
            }
            document.insert(created, after: previous)
            previous = created
        }
        document.unlink(node)
    }

    private static func isBoundary(_ text: [UInt8], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = text[index - 1]
        return Scanners.isWhitespace(before) || before == UInt8(ascii: "*") || before == UInt8(ascii: "_")
            || before == UInt8(ascii: "~") || before == UInt8(ascii: "(")
    }

    private static func www(_ text: [UInt8], _ start: Int) -> Int? {
        guard Scanners.hasPrefixCaseInsensitive(text, at: start, "www.") else { return nil }
        guard let domainEnd = domain(text, start, allowShort: false) else { return nil }
        return trimmedEnd(text, start, extendToSpace(text, domainEnd))
    }

    private static func url(_ text: [UInt8], colon: Int) -> (Int, Int)? {
        guard colon + 2 < text.count, text[colon + 1] == UInt8(ascii: "/"), text[colon + 2] == UInt8(ascii: "/") else { return nil }
        var start = colon
        while start > 0, Scanners.isLetter(text[start - 1]) { start -= 1 }
        let scheme = String(decoding: text[start..<colon], as: UTF8.self).lowercased()
        guard scheme == "http" || scheme == "https" || scheme == "ftp" else { return nil }
        guard let domainEnd = domain(text, colon + 3, allowShort: true) else { return nil }
        let end = trimmedEnd(text, start, extendToSpace(text, domainEnd))
        return end > colon + 3 ? (start, end) : nil
    }

    private static func email(_ text: [UInt8], at: Int) -> (Int, Int)? {
        var start = at
        while start > 0 {
            let byte = text[start - 1]
            guard Scanners.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") else { break }
            start -= 1
        }
        guard start < at else { return nil }
        var end = at
        var ats = 0
        var periods = 0
        while end < text.count {
            let byte = text[end]
            if Scanners.isAlphanumeric(byte) { end += 1; continue }
            if byte == UInt8(ascii: "@") {
                ats += 1
            } else if byte == UInt8(ascii: "."), end + 1 < text.count, Scanners.isAlphanumeric(text[end + 1]) {
                periods += 1
            } else if byte != UInt8(ascii: "-"), byte != UInt8(ascii: "_") {
                break
            }
            end += 1
        }
        guard end - at >= 2, ats == 1, periods > 0 else { return nil }
        let last = text[end - 1]
        guard Scanners.isLetter(last) || last == UInt8(ascii: ".") else { return nil }
        let trimmed = trimmedEnd(text, at, end)
        return trimmed > at + 1 ? (start, trimmed) : nil
    }

    /// The end of a valid domain starting at `start`, or nil (cmark-gfm's `check_domain`).
    private static func domain(_ text: [UInt8], _ start: Int, allowShort: Bool) -> Int? {
        var index = start
        var periods = 0
        var underscoresBeforeLastPeriod = 0
        var underscoresAfterLastPeriod = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "_") {
                underscoresAfterLastPeriod += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBeforeLastPeriod = underscoresAfterLastPeriod
                underscoresAfterLastPeriod = 0
                periods += 1
            } else if byte >= 0x80 || Scanners.isAlphanumeric(byte) || byte == UInt8(ascii: "-") {
                // Letters beyond ASCII are allowed in host names.
            } else {
                break
            }
            index += 1
        }
        guard index > start, underscoresBeforeLastPeriod == 0, underscoresAfterLastPeriod == 0 else { return nil }
        if !allowShort, periods == 0 { return nil }
        return index
    }

    private static func extendToSpace(_ text: [UInt8], _ start: Int) -> Int {
        var index = start
        while index < text.count, !Scanners.isWhitespace(text[index]), text[index] != UInt8(ascii: "<") { index += 1 }
        return index
    }

    /// Drops trailing punctuation, an entity-like `&name;` and unbalanced `)` (cmark-gfm's `autolink_delim`).
    private static func trimmedEnd(_ text: [UInt8], _ start: Int, _ initialEnd: Int) -> Int {
        var end = initialEnd
        while end > start {
            let last = text[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var scan = end - 2
                while scan > start, Scanners.isAlphanumeric(text[scan]) { scan -= 1 }
                if scan < end - 2, text[scan] == UInt8(ascii: "&") { end = scan } else { end -= 1 }
            } else if last == UInt8(ascii: ")") {
                var opening = 0
                var closing = 0
                for byte in text[start..<end] {
                    if byte == UInt8(ascii: "(") { opening += 1 } else if byte == UInt8(ascii: ")") { closing += 1 }
                }
                if closing > opening { end -= 1 } else { break }
            } else {
                break
            }
        }
        return end
    }
}
