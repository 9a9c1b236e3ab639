import Foundation
import Markdown
import Testing

/// Every family of `shared/conformance/pathological.md` at its full size: it must finish within a
/// generous deadline (so a hang fails instead of blocking CI) and produce the expected shape.
@Suite struct PathologicalTests {
    struct Family: Sendable, CustomStringConvertible {
        let name: String
        let input: @Sendable () -> String
        let options: ParseOptions
        let check: @Sendable (String, String) -> Bool
        var description: String { name }
    }

    static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

    static func paragraphOfInput(_ input: String, _ html: String) -> Bool {
        var text = input
        while text.last == " " { text.removeLast() }
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        return html == "<p>" + escaped + "</p>\n"
    }

    static let families: [Family] = [
        Family(name: "nested strong emphasis", input: { repeated("*a **a ", 65_000) + "b" + repeated(" a** a*", 65_000) }, options: .commonMark) { _, html in
            html == "<p>" + repeated("<em>a <strong>a ", 65_000) + "b" + repeated(" a</strong> a</em>", 65_000) + "</p>\n"
        },
        Family(name: "emphasis closers without openers", input: { repeated("a_ ", 65_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "emphasis openers without closers", input: { repeated("_a ", 65_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "link closers without openers", input: { repeated("a]", 65_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "link openers without closers", input: { repeated("[a", 65_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "mismatched openers and closers", input: { repeated("*a_ ", 50_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "run lengths multiple of 3", input: { "a**b" + repeated("c* ", 50_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "link openers and emphasis closers", input: { repeated("[ a_", 50_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "repeated [ (](", input: { repeated("[ (](", 80_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "repeated ![[]()", input: { repeated("![[]()", 160_000) }, options: .commonMark) { _, html in
            html == "<p>" + repeated("![<a href=\"\"></a>", 160_000) + "</p>\n"
        },
        Family(name: "openers then mixed closers", input: { repeated("*a ", 20_000) + repeated("_a*_ ", 20_000) }, options: .commonMark) { _, html in
            var tail = repeated("_a</em>_ ", 20_000)
            tail.removeLast()
            return html == "<p>" + repeated("<em>a ", 20_000) + tail + "</p>\n"
        },
        Family(name: "hard link/emphasis case", input: { "**x [a*b**c*](d)" }, options: .commonMark) { _, html in
            html == "<p>**x <a href=\"d\">a<em>b**c</em></a></p>\n"
        },
        Family(name: "nested brackets", input: { repeated("[", 50_000) + "a" + repeated("]", 50_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "backtick runs of every length", input: {
            var text = "e"
            for length in 1..<5_000 { text += repeated("`", length) + "e" }
            return String(text.dropLast())
        }, options: .commonMark, check: paragraphOfInput),
        Family(name: "unclosed link destinations in <...>", input: { repeated("[a](<b", 30_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "unclosed link destinations", input: { repeated("[a](b", 30_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "unclosed HTML comments", input: { "</" + repeated("<!--", 300_000) }, options: .commonMark, check: paragraphOfInput),
        Family(name: "NUL in input", input: { "abc\u{0}de\u{0}" }, options: .commonMark) { _, html in html == "<p>abc\u{FFFD}de\u{FFFD}</p>\n" },
        Family(name: "nested block quotes", input: { repeated("> ", 50_000) + "a" }, options: .commonMark) { _, html in
            html == repeated("<blockquote>\n", 50_000) + "<p>a</p>\n" + repeated("</blockquote>\n", 50_000)
        },
        Family(name: "deeply nested lists", input: { (0..<1_000).map { repeated("  ", $0) + "* a\n" }.joined() }, options: .commonMark) { _, html in
            html == "<ul>\n" + repeated("<li>a\n<ul>\n", 999) + "<li>a</li>\n</ul>\n" + repeated("</li>\n</ul>\n", 999)
        },
        Family(name: "blank lines after a deeply nested list", input: { repeated("- ", 30_000) + "x" + repeated("\n", 30_000) }, options: .commonMark) { _, html in
            html.hasPrefix("<ul>\n<li>\n<ul>\n") && html.contains("x") && html.hasSuffix("</li>\n</ul>\n")
                && !html.contains("<p>")
        },
        Family(name: "blank lines in a block quote after a deeply nested list", input: { "> " + repeated("- ", 30_000) + "x\n" + repeated(">\n", 30_000) }, options: .commonMark) { _, html in
            html.hasPrefix("<blockquote>\n<ul>\n") && html.contains("x") && html.hasSuffix("</ul>\n</blockquote>\n")
        },
        Family(name: "emphasis in a deep block quote", input: { repeated(">", 100_000) + repeated("a*", 100_000) }, options: .commonMark) { _, html in
            html.hasPrefix(repeated("<blockquote>\n", 100_000) + "<p>") && html.hasSuffix("</p>\n" + repeated("</blockquote>\n", 100_000))
        },
        Family(name: "reference label collisions", input: {
            var keys: [String] = []
            var index = 0
            while keys.count < 50_000 {
                let key = "x\(index)"
                var hash: UInt32 = 0
                for byte in key.utf8 { hash = UInt32(byte) &+ (hash << 6) &+ (hash << 16) &- hash }
                if hash % 16 == 0 { keys.append(key) }
                index += 1
            }
            return keys.map { "[\($0)]: /url\n\n[\(keys[0])]\n\n" }.joined().replacingOccurrences(of: "[\(keys[0])]: /url\n\n", with: "[zz]: /url\n\n")
        }, options: .commonMark) { _, html in
            html.hasPrefix("<p>[x") && html.components(separatedBy: "<p>[").count == 50_001
        },
        Family(name: "many reference definitions", input: { (1..<80_000).map { "[\($0)]: u\n" }.joined() + repeated("[0] ", 5_000) }, options: .commonMark, check: { _, html in
            html == "<p>" + String(repeated("[0] ", 5_000).dropLast()) + "</p>\n"
        }),
        Family(name: "table rows with CR and VT", input: { repeated("aaa\rbbb\n-\u{0B}\n", 30_000) }, options: .gfm) { _, html in
            html.hasPrefix("<p>aaa</p>\n<table>\n<thead>\n<tr>\n<th>bbb</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>aaa</td>\n")
                && html.hasSuffix("</tbody>\n</table>\n")
        },
        Family(name: "table missing-cell amplification", input: { repeated("x|", 10_000) + "\n" + repeated("-|", 10_000) + "\n" + repeated("x|\n", 10_000) }, options: .gfm) { input, html in
            html.utf8.count < input.utf8.count * 10 + 524_288 * 12 && html.hasPrefix("<table>")
        },
    ]

    @Test(arguments: families)
    func rendersAtFullSizeWithinTheDeadline(_ family: Family) {
        let input = family.input()
        let finished = DispatchSemaphore(value: 0)
        let box = ResultBox()
        let thread = Thread {
            let html = HTMLWriter(options: .unsafe).render(MarkdownParser.parse(input, options: family.options))
            box.set(html)
            finished.signal()
        }
        thread.stackSize = 1 << 20 // a small stack: the parser and writer must not recurse per level
        thread.start()
        guard finished.wait(timeout: .now() + 60) == .success, let html = box.value else {
            Issue.record("\(family.name): no result within 60 s (a hang or quadratic behaviour)")
            return
        }
        #expect(family.check(input, html), "\(family.name): unexpected output shape (\(html.prefix(200))…)")
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    func set(_ value: String) { lock.lock(); stored = value; lock.unlock() }
    var value: String? { lock.lock(); defer { lock.unlock() }; return stored }
}
