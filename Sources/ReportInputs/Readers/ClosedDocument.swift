import Markdown
import SourceText

/// A chapter text is a closed document: whatever it opens, it closes, so it cannot swallow the generated
/// content after it (the «Tallene» section, charts) or the next chapter. The check is the real parser's:
/// a marker paragraph appended after the text must come out as a paragraph of its own. A code fence left
/// open is closed by adding its closing line (with the opening line's container prefix, so a fence in a list
/// item or block quote closes there) and a warning naming the line where it was opened.
enum ClosedDocument {
    static let marker = "TILSTANDSRAPPORTMARKOR7F3A9C"

    /// `lines` (the body, whose first line is `firstLine` of `file`), closed, and the warning if it had to be.
    static func close(_ lines: [String], firstLine: Int, file: String) -> (lines: [String], diagnostics: [Diagnostic]) {
        // Only fenced code and HTML blocks run past a blank line; a text with neither is closed without parsing it.
        guard lines.contains(where: { $0.contains("```") || $0.contains("~~~") || $0.contains("<") }),
              let swallower = swallowingNode(lines) else { return (lines, []) }
        let index = Int(swallower.line) - 1
        guard swallower.kind == .codeBlock, index >= 0, index < lines.count, let closer = closingLine(for: lines[index]) else {
            return (lines, [])
        }
        var closed = lines
        closed.append(closer.line)
        if swallowingNode(closed) != nil {
            closed[closed.count - 1] = closer.fence // the container guess was wrong: a bare fence
        }
        let warning = InputMessage.unclosedCodeFence(fence: closer.fence, openingLine: firstLine + index).diagnostic(file: file, line: firstLine + index)
        return (closed, [warning])
    }

    /// The node that swallows a paragraph written after the text, or nil when the text is closed.
    static func swallowingNode(_ lines: [String]) -> Node? {
        let document = MarkdownParser.parse(lines.joined(separator: "\n") + "\n\n" + marker + "\n")
        guard let last = document.children(of: Document.root).last else { return nil }
        let node = document[last]
        if node.kind == .paragraph, document.children(of: last).count == 1,
           let text = document.children(of: last).first.map({ document[$0] }), text.kind == .text, text.literal == Array(marker.utf8) {
            return nil
        }
        // The deepest last descendant that is not a container holds the marker.
        var current = last
        while document[current].kind == .blockQuote || document[current].kind == .list || document[current].kind == .item,
              let child = document.children(of: current).last {
            current = child
        }
        return document[current]
    }

    /// The line that closes the fence opened on `line`: the same container prefix (list markers as spaces,
    /// `>` kept), then the fence.
    static func closingLine(for line: String) -> (line: String, fence: String)? {
        var prefix = ""
        var rest = Substring(line)
        while let first = rest.first {
            if first == " " || first == ">" || first == "\t" {
                prefix.append(first)
                rest = rest.dropFirst()
            } else if "-*+".contains(first), rest.dropFirst().first == " " {
                prefix += " "
                rest = rest.dropFirst()
            } else if first.isASCII, first.isNumber {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                let after = rest.dropFirst(digits.count)
                guard let mark = after.first, mark == "." || mark == ")" else { return nil }
                prefix += String(repeating: " ", count: digits.count + 1)
                rest = after.dropFirst()
            } else {
                break
            }
        }
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let fence = String(rest.prefix { $0 == character })
        guard fence.count >= 3 else { return nil }
        return (prefix + fence, fence)
    }
}
