/// GFM extended autolinks found during the inline phase, on the source bytes: `www.` at a `w` and
/// `http://`, `https://`, `ftp://` at a `:` (cmark-gfm's autolink extension hooks the same characters).
/// Working on the source means `*`, `~`, backticks and entities inside a URL belong to the URL, as in
/// cmark-gfm, instead of cutting it or being decoded first.
extension InlineParser {
    /// The link's range in the subject and its destination, when one starts or has its scheme at `index`.
    func extendedAutolink(at index: Int) -> (start: Int, end: Int, href: [UInt8])? {
        switch subject[index] {
        case UInt8(ascii: "w"):
            guard let end = wwwLink(at: index) else { return nil }
            return (index, end, Array("http://".utf8) + subject[index..<end])
        case UInt8(ascii: ":"):
            guard let (start, end) = urlLink(colon: index) else { return nil }
            return (start, end, Array(subject[start..<end]))
        default:
            return nil
        }
    }

    private func wwwLink(at start: Int) -> Int? {
        if start > subject.startIndex {
            let before = subject[start - 1]
            guard Scanners.isCmarkSpace(before) || before == UInt8(ascii: "*") || before == UInt8(ascii: "_")
                || before == UInt8(ascii: "~") || before == UInt8(ascii: "(") else { return nil }
        }
        guard start + 4 <= subject.endIndex, subject[start + 1] == UInt8(ascii: "w"), subject[start + 2] == UInt8(ascii: "w"),
              subject[start + 3] == UInt8(ascii: ".") else { return nil }
        let domainLength = AutolinkSyntax.domainLength(subject[start...], allowShort: false)
        guard domainLength > 0 else { return nil }
        let end = AutolinkSyntax.trimmedEnd(subject, base: start, end: AutolinkSyntax.extendToSpace(subject, start + domainLength))
        return end > start ? end : nil
    }

    private func urlLink(colon: Int) -> (Int, Int)? {
        guard colon + 3 < subject.endIndex, subject[colon + 1] == UInt8(ascii: "/"), subject[colon + 2] == UInt8(ascii: "/") else { return nil }
        var start = colon
        while start > subject.startIndex, Scanners.isLetter(subject[start - 1]) { start -= 1 }
        guard AutolinkSyntax.hasSafeScheme(subject, start: start, colon: colon) else { return nil }
        let domainLength = AutolinkSyntax.domainLength(subject[(colon + 3)...], allowShort: true)
        guard domainLength > 0 else { return nil }
        let end = AutolinkSyntax.trimmedEnd(subject, base: colon, end: AutolinkSyntax.extendToSpace(subject, colon + 3 + domainLength))
        return end > colon ? (start, end) : nil
    }
}

/// The pieces of cmark-gfm's autolink rules shared by URLs, `www.` links and e-mail addresses.
enum AutolinkSyntax {
    /// `http://`, `https://` or `ftp://` (any case) from `start`, followed by a character a host name may have.
    static func hasSafeScheme(_ bytes: ArraySlice<UInt8>, start: Int, colon: Int) -> Bool {
        let scheme = bytes[start..<colon]
        let known = [Array("http".utf8), Array("https".utf8), Array("ftp".utf8)]
        guard known.contains(where: { $0.count == scheme.count && zip($0, scheme).allSatisfy { $0 == $1 | 0x20 } }) else { return false }
        let host = colon + 3
        return host < bytes.endIndex && isHostCharacter(bytes, at: host)
    }

    /// Letters, digits and symbols; not white space, punctuation or the middle of a multi-byte character.
    static func isHostCharacter(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return !Scanners.isPunctuation(byte) && !isSpace(byte) }
        guard byte >= 0xC0, let scalar = InlineParser.scalar(at: index, in: bytes), scalar != "\u{FFFD}" || byte == 0xEF else { return false }
        // cmark-gfm 0.29 counts only the Unicode P categories as punctuation here, not symbols.
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return false
        default:
            return true
        }
    }

    /// cmark's `cmark_utf8proc_is_space` for ASCII: space, tab, line feed, form feed, carriage return.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// How many bytes of `bytes` form a domain (cmark-gfm's `check_domain`), or 0. The first byte is
    /// taken as checked, the last is never looked at, and an underscore in the last two labels refuses it.
    static func domainLength(_ bytes: ArraySlice<UInt8>, allowShort: Bool) -> Int {
        let size = bytes.count
        let base = bytes.startIndex
        var index = 1
        var periods = 0
        var underscoresBeforeLastPeriod = 0
        var underscoresAfterLastPeriod = 0
        while index < size - 1 {
            let byte = bytes[base + index]
            if byte == UInt8(ascii: "_") {
                underscoresAfterLastPeriod += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBeforeLastPeriod = underscoresAfterLastPeriod
                underscoresAfterLastPeriod = 0
                periods += 1
            } else if byte != UInt8(ascii: "-"), !isHostCharacter(bytes, at: base + index) {
                break
            }
            index += 1
        }
        if underscoresBeforeLastPeriod > 0 || underscoresAfterLastPeriod > 0 { return 0 }
        if !allowShort, periods == 0 { return 0 }
        return max(0, index)
    }

    /// Runs on to the next white space or `<`.
    static func extendToSpace(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.endIndex, !Scanners.isCmarkSpace(bytes[index]), bytes[index] != UInt8(ascii: "<") { index += 1 }
        return index
    }

    /// Drops trailing punctuation, an entity-like `&name;` and unmatched `)` (cmark-gfm's `autolink_delim`).
    /// Parentheses are counted from `base`: the `:` of a URL, the `@` of an address, the start of `www.`.
    static func trimmedEnd(_ bytes: ArraySlice<UInt8>, base: Int, end initialEnd: Int) -> Int {
        var end = initialEnd
        if let lessThan = bytes[base..<end].firstIndex(of: UInt8(ascii: "<")) { end = lessThan }
        while end > base {
            let last = bytes[end - 1]
            switch last {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ";"):
                guard end - base >= 2 else { end -= 1; continue }
                var scan = end - 2
                while scan > base, Scanners.isLetter(bytes[scan]) { scan -= 1 }
                if scan < end - 2, bytes[scan] == UInt8(ascii: "&") { end = scan } else { end -= 1 }
            case UInt8(ascii: ")"):
                var opening = 0
                var closing = 0
                for byte in bytes[base..<end] {
                    if byte == UInt8(ascii: "(") { opening += 1 } else if byte == UInt8(ascii: ")") { closing += 1 }
                }
                guard closing > opening else { return end }
                end -= 1
            default:
                return end
            }
        }
        return end
    }
}
