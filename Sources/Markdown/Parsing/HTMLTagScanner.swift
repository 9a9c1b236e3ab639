/// Recognises raw HTML constructs (CommonMark 6.6) at a position; returns the index just past them.
enum HTMLTagScanner {
    /// An open tag or closing tag only (used for HTML block condition 7).
    static func scanTag(_ bytes: ArraySlice<UInt8>, at start: Int, closingOrOpeningOnly: Bool) -> Int? {
        guard start < bytes.endIndex, bytes[start] == UInt8(ascii: "<") else { return nil }
        if let end = openTag(bytes, start + 1) { return end }
        if let end = closingTag(bytes, start + 1) { return end }
        return nil
    }

    /// What earlier scans learned: once a terminator is not found after a position, later scans
    /// from further on cannot find it either, which keeps `<!--` × n linear.
    struct Memo {
        var commentEndMissingFrom = Int.max
        var processingEndMissingFrom = Int.max
        var cdataEndMissingFrom = Int.max
        var declarationEndMissingFrom = Int.max
    }

    /// Any inline raw HTML: open tag, closing tag, comment, processing instruction, declaration, CDATA.
    static func scanInline(_ bytes: ArraySlice<UInt8>, at start: Int, memo: inout Memo) -> Int? {
        guard start + 1 < bytes.endIndex, bytes[start] == UInt8(ascii: "<") else { return nil }
        let next = start + 1
        switch bytes[next] {
        case UInt8(ascii: "!"):
            if next + 2 < bytes.endIndex, bytes[next + 1] == UInt8(ascii: "-"), bytes[next + 2] == UInt8(ascii: "-") {
                return guarded(&memo.commentEndMissingFrom, start) { comment(bytes, next + 3) }
            } else if Scanners.hasPrefixCaseInsensitive(bytes, at: next + 1, "[cdata[") {
                return guarded(&memo.cdataEndMissingFrom, start) { find(bytes, from: next + 8, "]]>") }
            } else if next + 1 < bytes.endIndex, Scanners.isLetter(bytes[next + 1]) {
                return guarded(&memo.declarationEndMissingFrom, start) { find(bytes, from: next + 2, ">") }
            }
            return nil
        case UInt8(ascii: "?"):
            return guarded(&memo.processingEndMissingFrom, start) { find(bytes, from: next + 1, "?>") }
        case UInt8(ascii: "/"):
            return closingTag(bytes, next)
        default:
            return openTag(bytes, next)
        }
    }

    private static func guarded(_ missingFrom: inout Int, _ start: Int, _ scan: () -> Int?) -> Int? {
        if start >= missingFrom { return nil }
        let result = scan()
        if result == nil { missingFrom = start }
        return result
    }

    private static func find(_ bytes: ArraySlice<UInt8>, from start: Int, _ terminator: String) -> Int? {
        let pattern = Array(terminator.utf8)
        var index = start
        while index + pattern.count <= bytes.endIndex {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index + pattern.count }
            index += 1
        }
        return nil
    }

    private static func comment(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int? {
        // `<!-->` and `<!--->` are complete comments; otherwise run to the first `-->`.
        if start < bytes.endIndex, bytes[start] == UInt8(ascii: ">") { return start + 1 }
        if start + 1 < bytes.endIndex, bytes[start] == UInt8(ascii: "-"), bytes[start + 1] == UInt8(ascii: ">") { return start + 2 }
        return find(bytes, from: start, "-->")
    }

    private static func tagName(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int? {
        guard start < bytes.endIndex, Scanners.isLetter(bytes[start]) else { return nil }
        var index = start + 1
        while index < bytes.endIndex, Scanners.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
        return index
    }

    private static func skipWhitespace(_ bytes: ArraySlice<UInt8>, _ start: Int) -> (Int, Bool) {
        var index = start
        var newlines = 0
        while index < bytes.endIndex, Scanners.isWhitespace(bytes[index]) {
            if bytes[index] == 0x0A { newlines += 1 }
            index += 1
        }
        return (index, index > start)
    }

    private static func openTag(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int? {
        guard var index = tagName(bytes, start) else { return nil }
        while true {
            let (afterSpace, hadSpace) = skipWhitespace(bytes, index)
            if afterSpace < bytes.endIndex, bytes[afterSpace] == UInt8(ascii: ">") { return afterSpace + 1 }
            if afterSpace + 1 < bytes.endIndex, bytes[afterSpace] == UInt8(ascii: "/"), bytes[afterSpace + 1] == UInt8(ascii: ">") { return afterSpace + 2 }
            guard hadSpace, let afterAttribute = attribute(bytes, afterSpace) else { return nil }
            index = afterAttribute
        }
    }

    private static func attribute(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int? {
        guard start < bytes.endIndex else { return nil }
        let first = bytes[start]
        guard Scanners.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") else { return nil }
        var index = start + 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard Scanners.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") else { break }
            index += 1
        }
        let (afterSpace, _) = skipWhitespace(bytes, index)
        guard afterSpace < bytes.endIndex, bytes[afterSpace] == UInt8(ascii: "=") else { return index }
        let (valueStart, _) = skipWhitespace(bytes, afterSpace + 1)
        guard valueStart < bytes.endIndex else { return nil }
        let quote = bytes[valueStart]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var scan = valueStart + 1
            while scan < bytes.endIndex, bytes[scan] != quote { scan += 1 }
            return scan < bytes.endIndex ? scan + 1 : nil
        }
        var scan = valueStart
        while scan < bytes.endIndex {
            let byte = bytes[scan]
            if Scanners.isWhitespace(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "`") { break }
            scan += 1
        }
        return scan > valueStart ? scan : nil
    }

    private static func closingTag(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int? {
        guard start < bytes.endIndex, bytes[start] == UInt8(ascii: "/"), let end = tagName(bytes, start + 1) else { return nil }
        let (afterSpace, _) = skipWhitespace(bytes, end)
        guard afterSpace < bytes.endIndex, bytes[afterSpace] == UInt8(ascii: ">") else { return nil }
        return afterSpace + 1
    }
}
