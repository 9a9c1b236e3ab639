/// Parses Markdown into a `Document`. Parsing cannot fail: any byte sequence gives a document.
public enum MarkdownParser {
    /// Parses UTF-8 bytes; invalid sequences become U+FFFD, and so does NUL.
    public static func parse(_ bytes: [UInt8], options: ParseOptions = .gfm) -> Document {
        parseValid(sanitized(bytes), options: options)
    }

    /// Parses a string.
    public static func parse(_ text: String, options: ParseOptions = .gfm) -> Document {
        var bytes = Array(text.utf8)
        if bytes.contains(0) { bytes = replacingNUL(bytes) }
        return parseValid(bytes, options: options)
    }

    private static func parseValid(_ bytes: [UInt8], options: ParseOptions) -> Document {
        var blocks = BlockParser(options: options)
        var document = blocks.parse(bytes)
        if options.taskLists { TaskLists.mark(in: &document) }
        var inlines = InlineParser(document: document, references: blocks.references, options: options)
        document = Document()
        inlines.parseAll()
        return inlines.document
    }

    static func sanitized(_ bytes: [UInt8]) -> [UInt8] {
        var repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        if repaired.contains(0) { repaired = replacingNUL(repaired) }
        return repaired
    }

    private static func replacingNUL(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for byte in bytes {
            if byte == 0 { out += [0xEF, 0xBF, 0xBD] } else { out.append(byte) }
        }
        return out
    }
}

/// GFM task list items: `[ ]` or `[x]` at the start of an item's first paragraph.
enum TaskLists {
    static func mark(in document: inout Document) {
        for index in 0..<document.nodes.count where document.nodes[index].kind == .item {
            let paragraph = document.nodes[index].firstChild
            guard paragraph >= 0, document[paragraph].kind == .paragraph else { continue }
            let text = document[paragraph].literal
            guard text.count >= 4, text[0] == UInt8(ascii: "["), text[2] == UInt8(ascii: "]"),
                  Scanners.isWhitespace(text[3]) else { continue }
            let mark = text[1]
            guard mark == 0x20 || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") else { continue }
            document.nodes[index].taskChecked = mark != 0x20
            var start = 3
            while start < text.count, Scanners.isSpaceOrTab(text[start]) { start += 1 }
            document[paragraph].literal.removeSubrange(0..<start)
        }
    }
}
