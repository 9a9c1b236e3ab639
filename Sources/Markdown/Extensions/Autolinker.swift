/// GFM e-mail autolinks, found after the inline phase in text outside links, as cmark-gfm's autolink
/// extension does in its post-processing: `navn@example.no`, `mailto:navn@example.no`, `xmpp:navn@example.no/r`.
enum Autolinker {
    /// Links the e-mail addresses in the text of `blocks` (the paragraphs, headings and cells that may have one).
    static func linkEmails(in document: inout Document, blocks: [NodeID]) {
        for block in blocks {
            let kind = document.records[block].kind
            guard kind == .paragraph || kind == .heading || kind == .tableCell else { continue }
            link(in: block, document: &document)
        }
    }

    private static func link(in block: NodeID, document: inout Document) {
        // Most blocks have no `@` at all: then nothing needs merging or scanning.
        guard containsAt(block, document) else { return }
        var stack: [NodeID] = [block]
        while let container = stack.popLast() {
            mergeTextChildren(of: container, document: &document)
            var child = document.records[container].firstChild
            while child >= 0 {
                let next = document.records[child].next
                switch document.records[child].kind {
                case .text: linkify(child, document: &document)
                case .emphasis, .strong, .strikethrough: stack.append(child)
                default: break
                }
                child = next
            }
        }
    }

    private static func containsAt(_ block: NodeID, _ document: Document) -> Bool {
        var stack: [NodeID] = [block]
        while let container = stack.popLast() {
            var child = document.records[container].firstChild
            while child >= 0 {
                switch document.records[child].kind {
                case .text: if document.literal(child).contains(UInt8(ascii: "@")) { return true }
                case .emphasis, .strong, .strikethrough: stack.append(child)
                default: break
                }
                child = document.records[child].next
            }
        }
        return false
    }

    private static func mergeTextChildren(of parent: NodeID, document: inout Document) {
        var child = document.records[parent].firstChild
        while child >= 0 {
            var next = document.records[child].next
            if document.records[child].kind == .text, next >= 0, document.records[next].kind == .text {
                // Text split by delimiters that matched nothing lies side by side in the source: usually the
                // joined span is the same bytes; else the run is copied once.
                var joined: [UInt8] = []
                var span = document.records[child].literalSpan
                var contiguous = true
                while next >= 0, document.records[next].kind == .text {
                    let nextSpan = document.records[next].literalSpan
                    if contiguous, span.isEmpty {
                        span = nextSpan
                    } else if contiguous, nextSpan.isEmpty || nextSpan.lowerBound == span.upperBound {
                        span.count += nextSpan.count
                    } else {
                        if contiguous { joined = Array(document.bytes(span)) }
                        contiguous = false
                        joined += document.bytes(nextSpan)
                    }
                    let after = document.records[next].next
                    document.unlink(next)
                    next = after
                }
                document.records[child].literalSpan = contiguous ? span : document.store(joined)
            }
            child = next
        }
    }

    private static func linkify(_ node: NodeID, document: inout Document) {
        let span = document.records[node].literalSpan
        let text = Array(document.bytes(span))
        guard text.contains(UInt8(ascii: "@")) else { return }
        var pieces: [(link: Range<Int>, href: [UInt8])] = []
        var searchFrom = 0
        while let at = text[searchFrom...].firstIndex(of: UInt8(ascii: "@")) {
            if let (range, href) = email(text, at: at, lowerBound: searchFrom) {
                pieces.append((range, href))
                searchFrom = range.upperBound
            } else {
                searchFrom = at + 1
            }
        }
        guard !pieces.isEmpty else { return }
        var previous = node
        var emitted = 0
        let line = document.records[node].line
        for piece in pieces {
            if piece.link.lowerBound > emitted {
                previous = insertText(span.slice(emitted..<piece.link.lowerBound), after: previous, line: line, document: &document)
            }
            let link = document.makeNode(.link, line: line, column: 1)
            document.records[link].destinationSpan = document.store(piece.href)
            let label = document.makeNode(.text, line: line, column: 1)
            document.records[label].literalSpan = span.slice(piece.link)
            document.append(label, to: link)
            document.insert(link, after: previous)
            previous = link
            emitted = piece.link.upperBound
        }
        if emitted < text.count { _ = insertText(span.slice(emitted..<text.count), after: previous, line: line, document: &document) }
        document.unlink(node)
    }

    private static func insertText(_ span: TextSpan, after previous: NodeID, line: Int32, document: inout Document) -> NodeID {
        let created = document.makeNode(.text, line: line, column: 1)
        document.records[created].literalSpan = span
        document.insert(created, after: previous)
        return created
    }

    /// The address around the `@` at `at` and its destination (cmark-gfm 0.29's `postprocess_text`):
    /// letters, digits and `.+-_` before it (and a `mailto:` or `xmpp:` right in front, kept as written),
    /// a domain with a period after it, ending in a letter or a period, with one `@` in all.
    static func email(_ text: [UInt8], at: Int, lowerBound: Int) -> (Range<Int>, [UInt8])? {
        var start = at
        var prefixed = false
        var isXMPP = false
        while start > lowerBound {
            let byte = text[start - 1]
            if Scanners.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                start -= 1
                continue
            }
            if byte == UInt8(ascii: ":") {
                if hasProtocol("mailto:", text, colonEnd: start, lowerBound: lowerBound) {
                    prefixed = true
                    start -= 1
                    continue
                }
                if hasProtocol("xmpp:", text, colonEnd: start, lowerBound: lowerBound) {
                    prefixed = true
                    isXMPP = true
                    start -= 1
                    continue
                }
            }
            break
        }
        guard start < at else { return nil }
        var end = at
        var ats = 0
        var periods = 0
        while end < text.count {
            let byte = text[end]
            if Scanners.isAlphanumeric(byte) {
            } else if byte == UInt8(ascii: "@") {
                ats += 1
            } else if byte == UInt8(ascii: "."), end + 1 < text.count, Scanners.isAlphanumeric(text[end + 1]) {
                periods += 1
            } else if byte == UInt8(ascii: "/"), isXMPP {
            } else if byte != UInt8(ascii: "-"), byte != UInt8(ascii: "_") {
                break
            }
            end += 1
        }
        guard end - at >= 2, ats == 1, periods > 0 else { return nil }
        let last = text[end - 1]
        guard Scanners.isLetter(last) || last == UInt8(ascii: ".") else { return nil }
        let trimmed = AutolinkSyntax.trimmedEnd(text[...], base: at, end: end)
        guard trimmed > at else { return nil }
        let href = prefixed ? Array(text[start..<trimmed]) : Array("mailto:".utf8) + text[start..<trimmed]
        return (start..<trimmed, href)
    }

    /// `protocol` (ending in `:`) ends at `colonEnd - 1`..`colonEnd` and stands at the start or after a
    /// character that is not a letter or digit.
    private static func hasProtocol(_ name: String, _ text: [UInt8], colonEnd: Int, lowerBound: Int) -> Bool {
        let pattern = Array(name.utf8)
        let protocolStart = colonEnd - pattern.count
        guard protocolStart >= lowerBound, text[protocolStart..<colonEnd].elementsEqual(pattern) else { return false }
        return protocolStart == lowerBound || !Scanners.isAlphanumeric(text[protocolStart - 1])
    }
}
