/// Moves the headings of a text down a number of levels, so that a text written with `#` can sit
/// under a chapter heading without breaking the outline (`#` becomes `###` with an offset of 2).
public enum HeadingShifter {
    /// `markdown` with its top-level headings moved down just enough that none is above `level`.
    public static func shift(_ markdown: String, minimumLevel level: Int) -> String {
        let document = MarkdownParser.parse(markdown)
        var highest = 7
        var child = document.records[Document.root].firstChild
        while child >= 0 {
            if document.records[child].kind == .heading { highest = min(highest, document.records[child].level) }
            child = document.records[child].next
        }
        return highest < level ? shift(markdown, by: level - highest) : markdown
    }

    /// `markdown` with every top-level heading `offset` levels deeper (at most level 6). Setext
    /// headings become ATX headings; headings inside lists or quotes are left as written.
    public static func shift(_ markdown: String, by offset: Int) -> String {
        guard offset > 0 else { return markdown }
        let document = MarkdownParser.parse(markdown)
        var lines = markdown.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        var removed = Set<Int>()
        var child = document.records[Document.root].firstChild
        while child >= 0 {
            let node = document.records[child]
            if node.kind == .heading {
                let index = Int(node.line) - 1
                let level = min(6, node.level + offset)
                if index < lines.count, lines[index].drop(while: { $0 == " " }).hasPrefix("#") {
                    let indent = lines[index].prefix { $0 == " " }
                    let rest = lines[index].drop(while: { $0 == " " }).drop(while: { $0 == "#" })
                    lines[index] = indent + String(repeating: "#", count: level) + rest
                } else if index < lines.count {
                    var underline = index + 1
                    while underline < lines.count, !isSetextUnderline(lines[underline]) { underline += 1 }
                    if underline < lines.count {
                        let text = lines[index..<underline].map { $0.trimmingCharacters() }.joined(separator: " ")
                        lines[index] = String(repeating: "#", count: level) + " " + text
                        for extra in (index + 1)...underline { removed.insert(extra) }
                    }
                }
            }
            child = node.next
        }
        return lines.enumerated().filter { !removed.contains($0.offset) }.map(\.element).joined(separator: "\n")
    }

    static func isSetextUnderline(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters()
        guard let first = trimmed.first, first == "=" || first == "-", line.prefix(while: { $0 == " " }).count <= 3 else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}

extension String {
    func trimmingCharacters() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
