/// Byte-level recognisers for the block and inline syntax, each a small function as in cmark's scanners.
enum Scanners {
    @inline(__always) static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    @inline(__always) static func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }
    /// cmark's `cmark_isspace`: space, tab, line feed, form feed, carriage return (not vertical tab).
    @inline(__always) static func isCmarkSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// `#`×1–6 followed by a space, tab or line end: returns the level and where the content starts.
    static func atxHeadingStart(_ line: [UInt8], at start: Int) -> (level: Int, contentStart: Int)? {
        var index = start
        while index < line.count, line[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6 else { return nil }
        guard index == line.count || isSpaceOrTab(line[index]) || isLineEnd(line[index]) else { return nil }
        while index < line.count, isSpaceOrTab(line[index]) { index += 1 }
        return (level, index)
    }

    /// Three or more `*`, `-` or `_` with only spaces or tabs between them.
    static func isThematicBreak(_ line: [UInt8], at start: Int) -> Bool {
        guard start < line.count else { return false }
        let marker = line[start]
        guard marker == UInt8(ascii: "*") || marker == UInt8(ascii: "-") || marker == UInt8(ascii: "_") else { return false }
        var count = 0
        var index = start
        while index < line.count, !isLineEnd(line[index]) {
            if line[index] == marker { count += 1 } else if !isSpaceOrTab(line[index]) { return false }
            index += 1
        }
        return count >= 3
    }

    /// An opening code fence: returns the fence character, its length and where the info string starts.
    static func openingFence(_ line: [UInt8], at start: Int) -> (character: UInt8, length: Int, infoStart: Int)? {
        guard start < line.count else { return nil }
        let character = line[start]
        guard character == UInt8(ascii: "`") || character == UInt8(ascii: "~") else { return nil }
        var index = start
        while index < line.count, line[index] == character { index += 1 }
        let length = index - start
        guard length >= 3 else { return nil }
        if character == UInt8(ascii: "`") {
            var scan = index
            while scan < line.count, !isLineEnd(line[scan]) {
                if line[scan] == UInt8(ascii: "`") { return nil }
                scan += 1
            }
        }
        return (character, length, index)
    }

    /// A closing fence of at least `length` `character`s followed only by spaces: returns its length.
    static func closingFence(_ line: [UInt8], at start: Int, character: UInt8, length: Int) -> Bool {
        var index = start
        while index < line.count, line[index] == character { index += 1 }
        guard index - start >= length else { return false }
        while index < line.count, isSpaceOrTab(line[index]) { index += 1 }
        return index == line.count || isLineEnd(line[index])
    }

    /// `[^label]:` and the spaces or tabs after it (cmark-gfm's footnote definition): the label's range
    /// and the length of the whole match. The label has no `]`, space, tab or line ending.
    static func footnoteDefinitionStart(_ line: [UInt8], at start: Int) -> (label: Range<Int>, length: Int)? {
        guard start + 1 < line.count, line[start] == UInt8(ascii: "["), line[start + 1] == UInt8(ascii: "^") else { return nil }
        var index = start + 2
        while index < line.count {
            let byte = line[index]
            if byte == UInt8(ascii: "]") || byte == 0x20 || byte == 0x09 || isLineEnd(byte) { break }
            index += 1
        }
        guard index > start + 2, index + 1 < line.count, line[index] == UInt8(ascii: "]"),
              line[index + 1] == UInt8(ascii: ":") else { return nil }
        let label = start + 2..<index
        index += 2
        while index < line.count, isSpaceOrTab(line[index]) { index += 1 }
        return (label, index - start)
    }

    /// A setext underline: 1 for `=`, 2 for `-`, nil otherwise.
    static func setextUnderline(_ line: [UInt8], at start: Int) -> Int? {
        guard start < line.count else { return nil }
        let marker = line[start]
        guard marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return nil }
        var index = start
        while index < line.count, line[index] == marker { index += 1 }
        while index < line.count, isSpaceOrTab(line[index]) { index += 1 }
        guard index == line.count || isLineEnd(line[index]) else { return nil }
        return marker == UInt8(ascii: "=") ? 1 : 2
    }

    static let blockTagNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]

    static func lowercasedName(_ line: [UInt8], from start: Int) -> (name: String, end: Int) {
        var index = start
        var name: [UInt8] = []
        while index < line.count, isAlphanumeric(line[index]) || line[index] == UInt8(ascii: "-") {
            name.append(line[index] | (isLetter(line[index]) ? 0x20 : 0))
            index += 1
        }
        return (String(decoding: name, as: UTF8.self), index)
    }

    static func hasPrefixCaseInsensitive<C: RandomAccessCollection>(_ line: C, at start: Int, _ prefix: String) -> Bool
        where C.Element == UInt8, C.Index == Int {
        // The prefix's own bytes, not an array of them: this runs for every line that starts with `<`.
        let bytes = prefix.utf8
        guard start >= line.startIndex, start + bytes.count <= line.endIndex else { return false }
        for (offset, byte) in bytes.enumerated() {
            var actual = line[start + offset]
            if isLetter(actual) { actual |= 0x20 }
            if actual != byte { return false }
        }
        return true
    }

    /// The HTML block start condition (1–7) at `start`, as in CommonMark 4.6.
    static func htmlBlockStart(_ line: [UInt8], at start: Int, interruptsParagraph: Bool) -> Int? {
        guard start < line.count, line[start] == UInt8(ascii: "<") else { return nil }
        let next = start + 1
        for tag in ["script", "pre", "style", "textarea"] where hasPrefixCaseInsensitive(line, at: next, tag) {
            let after = next + tag.utf8.count
            if after >= line.count || isWhitespace(line[after]) || line[after] == UInt8(ascii: ">") { return 1 }
        }
        if hasPrefixCaseInsensitive(line, at: next, "!--") { return 2 }
        if next < line.count, line[next] == UInt8(ascii: "?") { return 3 }
        if hasPrefixCaseInsensitive(line, at: next, "![cdata[") { return 5 }
        if next + 1 < line.count, line[next] == UInt8(ascii: "!"), isLetter(line[next + 1]) { return 4 }
        var nameStart = next
        if nameStart < line.count, line[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
        if nameStart < line.count, isLetter(line[nameStart]) {
            let (name, end) = lowercasedName(line, from: nameStart)
            if blockTagNames.contains(name) {
                if end >= line.count || isWhitespace(line[end]) || line[end] == UInt8(ascii: ">")
                    || (line[end] == UInt8(ascii: "/") && end + 1 < line.count && line[end + 1] == UInt8(ascii: ">")) {
                    return 6
                }
            }
        }
        guard !interruptsParagraph else { return nil }
        if let end = HTMLTagScanner.scanTag(line[...], at: start, closingOrOpeningOnly: true) {
            var index = end
            while index < line.count, isSpaceOrTab(line[index]) { index += 1 }
            if index == line.count || isLineEnd(line[index]) {
                let (name, _) = lowercasedName(line, from: line[next] == UInt8(ascii: "/") ? next + 1 : next)
                if !["script", "style", "pre", "textarea"].contains(name) { return 7 }
            }
        }
        return nil
    }

    /// True when `line` ends an HTML block of `type` (types 1–5 end on a marker, 6–7 on a blank line).
    static func htmlBlockEnds(_ line: ArraySlice<UInt8>, type: Int) -> Bool {
        switch type {
        case 1:
            return containsCaseInsensitive(line, "</script>") || containsCaseInsensitive(line, "</pre>")
                || containsCaseInsensitive(line, "</style>") || containsCaseInsensitive(line, "</textarea>")
        case 2: return containsCaseInsensitive(line, "-->")
        case 3: return containsCaseInsensitive(line, "?>")
        case 4: return line.contains(UInt8(ascii: ">"))
        case 5: return containsCaseInsensitive(line, "]]>")
        default: return false
        }
    }

    static func containsCaseInsensitive(_ haystack: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard haystack.count >= pattern.count else { return false }
        var index = haystack.startIndex
        while index <= haystack.endIndex - pattern.count {
            var matched = true
            for offset in 0..<pattern.count {
                var byte = haystack[index + offset]
                if isLetter(byte) { byte |= 0x20 }
                if byte != pattern[offset] { matched = false; break }
            }
            if matched { return true }
            index += 1
        }
        return false
    }
}
