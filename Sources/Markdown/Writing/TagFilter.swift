/// GFM's tag filter (extension 5): in raw HTML that is written through, `<` is escaped before the nine
/// tags that would change how the rest of the page is parsed.
enum TagFilter {
    private static let names: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        .map { Array($0.utf8) }

    /// Writes `html` with the `<` of every filtered tag (opening or closing) as `&lt;`.
    static func write(_ html: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var runStart = html.startIndex
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == UInt8(ascii: "<"), isFiltered(html[index...]) {
                out.append(contentsOf: html[runStart..<index])
                out.append(contentsOf: Array("&lt;".utf8))
                runStart = index + 1
            }
            index += 1
        }
        out.append(contentsOf: html[runStart...])
    }

    /// True when `tag` starts with `<name` or `</name` for a filtered name, followed by white space, `>` or `/>`.
    static func isFiltered(_ tag: ArraySlice<UInt8>) -> Bool {
        guard tag.count >= 3, tag.first == UInt8(ascii: "<") else { return false }
        var start = tag.startIndex + 1
        if tag[start] == UInt8(ascii: "/") { start += 1 }
        for name in names where start + name.count < tag.endIndex {
            var matched = true
            for (offset, byte) in name.enumerated() where tag[start + offset] | 0x20 != byte || !Scanners.isLetter(tag[start + offset]) {
                matched = false
                break
            }
            guard matched else { continue }
            let after = start + name.count
            if Scanners.isWhitespace(tag[after]) || tag[after] == UInt8(ascii: ">") { return true }
            if tag[after] == UInt8(ascii: "/"), after + 1 < tag.endIndex, tag[after + 1] == UInt8(ascii: ">") { return true }
        }
        return false
    }
}
