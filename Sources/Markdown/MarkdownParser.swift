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
        // A byte-order mark at the start is not text (cmark drops it too).
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var document = blocks.parse(hasBOM ? Array(bytes[3...]) : bytes)
        document.options = options
        var inlines = InlineParser(document: document, references: blocks.references, options: options)
        document = Document()
        inlines.parseAll()
        if options.footnotes, blocks.footnoteDefinitions > 0 || inlines.footnoteReferences > 0 {
            Footnotes.resolve(in: &inlines.document)
        }
        // E-mail addresses are linked last, so the text of an unresolved `[^label]` is searched too.
        if options.autolinks { Autolinker.linkEmails(in: &inlines.document, blocks: inlines.blocksWithAt) }
        return inlines.document
    }

    static func sanitized(_ bytes: [UInt8]) -> [UInt8] {
        // Valid input without NUL (the usual case) is used as it is, with no copy kept.
        if !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil { return bytes }
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
