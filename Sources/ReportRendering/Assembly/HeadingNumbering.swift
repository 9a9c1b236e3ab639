import Markdown

/// Numbers for the report's headings, «1» for a chapter and «1.2» for its sections, written into the
/// headings themselves so that the page, its contents list, the printed copy and the Markdown for Word
/// all use the same numbers.
///
/// A chapter is a top-level `##` heading of a chapter's Markdown, a section a top-level `###` under it;
/// deeper headings, and headings inside lists or quotes, keep their text. The summary is not numbered:
/// it stands before the contents, as the message of the report.
struct HeadingNumbering {
    /// One chapter's Markdown with its numbers.
    struct Numbered: Equatable {
        /// The Markdown with the numbers in the headings (and, for the .md file, the levels raised).
        var markdown: String
        /// The number each heading got, by its line in the original Markdown (1-based).
        var numbers: [Int: String]
    }

    private(set) var chapter = 0
    private var section = 0

    /// Numbers the headings of `markdown` and moves every top-level heading `raise` levels up (1 for
    /// the .md file, where chapters are level 1). An unnumbered chapter keeps its headings' text.
    mutating func number(_ markdown: String, numbered: Bool = true, raise: Int = 0) -> Numbered {
        let document = MarkdownParser.parse(markdown)
        var lines = Self.lines(of: markdown)
        var numbers: [Int: String] = [:]
        var removed = Set<Int>()
        for child in document.children(of: Document.root) where document[child].kind == .heading {
            let node = document[child]
            var number: String? = nil
            if numbered, node.level == 2 {
                chapter += 1
                section = 0
                number = "\(chapter)"
            } else if numbered, node.level == 3, chapter > 0 {
                section += 1
                number = "\(chapter).\(section)"
            }
            let index = Int(node.line) - 1
            guard index >= 0, index < lines.count else { continue }
            if let number { numbers[index + 1] = number }
            let level = max(1, node.level - raise)
            if Self.isATX(lines[index]) {
                lines[index] = Self.rewrittenATX(lines[index], level: level, number: number)
            } else if number != nil || raise > 0 {
                // A setext heading: its text lines up to the underline become one ATX heading.
                var underline = index + 1
                while underline < lines.count, !Self.isSetextUnderline(lines[underline]) { underline += 1 }
                guard underline < lines.count else { continue }
                let text = lines[index..<underline].map { $0.trimmingSpaces() }.joined(separator: " ")
                lines[index] = Self.rewrittenATX(String(repeating: "#", count: level) + " " + text, level: level, number: number)
                for extra in (index + 1)...underline { removed.insert(extra) }
            }
        }
        let kept = lines.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        return Numbered(markdown: kept.joined(separator: "\n"), numbers: numbers)
    }

    /// The heading text without the number this numbering put in front of it.
    static func unnumbered(_ text: String, number: String?) -> String {
        guard let number, text.hasPrefix(number + " ") else { return text }
        return String(text.dropFirst(number.count + 1))
    }

    static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
    }

    static func isSetextUnderline(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard let first = trimmed.first, first == "=" || first == "-", line.prefix(while: { $0 == " " }).count <= 3 else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    /// True for an ATX heading line: up to three spaces, one to six `#`, then a space, a tab or the end.
    static func isATX(_ line: String) -> Bool {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return false }
        let rest = line.dropFirst(indent.count)
        let hashes = rest.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return false }
        guard let after = rest.dropFirst(hashes.count).first else { return true }
        return after == " " || after == "\t"
    }

    /// `## 1. Mål` → `## 4.2 Mål`: the level set, the number in front, and an author's own «1.» or «1)»
    /// numbering dropped, since ours takes its place.
    static func rewrittenATX(_ line: String, level: Int, number: String?) -> String {
        let indent = line.prefix { $0 == " " }
        var content = Substring(line.dropFirst(indent.count).drop { $0 == "#" })
        content = content.drop { $0 == " " || $0 == "\t" }
        if number != nil { content = droppingOwnNumber(content) }
        let prefix = String(indent) + String(repeating: "#", count: level)
        guard !content.isEmpty || number != nil else { return prefix }
        return prefix + " " + (number.map { $0 + " " } ?? "") + content
    }

    /// «1. Mål» → «Mål», «12) Mål» → «Mål»; anything else as it is.
    static func droppingOwnNumber(_ text: Substring) -> Substring {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return text }
        let rest = text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return text }
        let after = rest.dropFirst()
        guard let space = after.first, space == " " || space == "\t" else { return text }
        let title = after.drop { $0 == " " || $0 == "\t" }
        return title.isEmpty ? text : title
    }
}
