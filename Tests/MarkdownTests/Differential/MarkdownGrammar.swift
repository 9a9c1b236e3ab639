/// Random Markdown from a grammar of blocks and inlines, and mutations of it, for the differential test
/// against cmark-gfm. Deterministic for a seed.
struct MarkdownGrammar {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { random.below(100) < percent }

    // MARK: Documents

    mutating func document() -> String {
        var blocks: [String] = []
        for _ in 0..<(1 + random.below(6)) { blocks.append(block(depth: 0)) }
        var text = blocks.joined(separator: pick(["\n", "\n\n", "\n\n", "\n\n\n"]))
        if chance(70) { text += "\n" }
        return text
    }

    /// A generated document with a few random edits: what a careless writer or a fuzzer would make of it.
    mutating func mutated() -> String {
        var bytes = Array(document().utf8)
        for _ in 0..<(1 + random.below(4)) {
            guard !bytes.isEmpty else { break }
            let at = random.below(bytes.count)
            switch random.below(6) {
            case 0: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(6)))
            case 1: bytes.insert(contentsOf: Array(pick(Self.tokens).utf8), at: at)
            case 2:
                let end = min(bytes.count, at + 1 + random.below(12))
                bytes.insert(contentsOf: bytes[at..<end], at: end)
            case 3: bytes.insert(pick([0x0A, 0x20, 0x09, 0x7C, 0x5B, 0x5D, 0x2A, 0x60, 0x3E]), at: at)
            case 4: bytes[at] = pick(Array("*_~`[]()<>!|\\&#:@w.- \t\n".utf8))
            default: bytes.insert(contentsOf: Array(pick(["    ", "  ", "\t", "> ", "- ", "1. "]).utf8), at: lineStart(bytes, at))
            }
        }
        // Keep the input valid UTF-8: both sides then see the same characters.
        return String(decoding: bytes, as: UTF8.self)
    }

    private func lineStart(_ bytes: [UInt8], _ index: Int) -> Int {
        var start = index
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    static let tokens = [
        "*", "**", "_", "__", "~", "~~", "`", "``", "[", "]", "](", ")", "![", "[^1]", "[^note]: ", "<", ">", "|", "\\|",
        "&amp;", "&copy;", "&#35;", "&#x41;", "\\", "www.", "http://", "https://a.b", "@", "mailto:", "<b>", "</b>",
        "<title>", "<!-- c -->", "- [ ] ", "- [x] ", "---", "===", "```", "~~~", "    ", "\t", "\n", "\n\n", "> ", "1. ", "* ",
        "# ", "|-|", "| --- |", ":-:", "£", "æøå", "\u{A0}", "\r\n",
    ]

    // MARK: Blocks

    mutating func block(depth: Int) -> String {
        let choice = random.below(depth > 2 ? 9 : 13)
        switch choice {
        case 0, 1, 2: return paragraph()
        case 3: return String(repeating: "#", count: 1 + random.below(6)) + pick([" ", " ", "\t", ""]) + inlines(4) + pick(["", " #", " ##"])
        case 4: return inlines(3) + "\n" + pick(["===", "---", "--", "= ="])
        case 5: return fencedCode()
        case 6: return pick(["    ", "\t", "  \t"]) + pick(["let x = 1", "kode\n    mer", "a\tb"])
        case 7: return table()
        case 8: return pick(["***", "---", "_ _ _", "- - -", "* * *"])
        case 9: return blockQuote(depth: depth)
        case 10, 11: return list(depth: depth)
        default: return pick([htmlBlock(), footnoteDefinition(), referenceDefinition()])
        }
    }

    mutating func paragraph() -> String {
        var lines: [String] = []
        for _ in 0..<(1 + random.below(3)) { lines.append(inlines(1 + random.below(6))) }
        return lines.joined(separator: pick(["\n", "  \n", "\\\n", "\n"]))
    }

    mutating func fencedCode() -> String {
        let fence = pick(["```", "~~~", "````"])
        let indent = pick(["", " ", "  ", "   "])
        let body = (0..<random.below(3)).map { _ in pick(["", "\t", " ", "  "]) + pick(["kode", "x = 1", "<b>&amp;</b>", "```"]) }
        let close = chance(85) ? "\n" + pick(["", " ", "  "]) + fence : ""
        return indent + fence + pick(["", "swift", " chart", "js {x}"]) + "\n" + body.joined(separator: "\n") + close
    }

    mutating func table() -> String {
        let columns = 1 + random.below(4)
        let leading = chance(50)
        func row(_ cells: [String]) -> String {
            (leading ? "| " : "") + cells.joined(separator: " | ") + (chance(50) ? " |" : "")
        }
        let header = row((0..<columns).map { _ in inlines(1) })
        let delimiter = row((0..<columns).map { _ in pick(["---", ":--", "--:", ":-:", "-", " --- "]) })
        var lines = [header, delimiter]
        for _ in 0..<random.below(4) {
            let count = max(1, columns + random.below(3) - 1)
            lines.append(row((0..<count).map { _ in inlines(1 + random.below(2)) }))
        }
        if chance(25) { lines.insert(inlines(2), at: 0) }
        return lines.joined(separator: "\n")
    }

    mutating func blockQuote(depth: Int) -> String {
        let inner = block(depth: depth + 1)
        let lazy = chance(20)
        return inner.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            (lazy && index > 0) ? String(line) : pick(["> ", ">", "   > "]) + line
        }.joined(separator: "\n")
    }

    mutating func list(depth: Int) -> String {
        let ordered = chance(35)
        let bullet = pick(["-", "*", "+"])
        var items: [String] = []
        let start = pick([1, 1, 3, 0])
        for index in 0..<(1 + random.below(4)) {
            let marker = ordered ? "\(start + index)" + pick([".", ")"]) : bullet
            let spacing = pick([" ", " ", "  ", "\t"])
            var content = chance(25) ? pick(["[ ] ", "[x] ", "[X] ", "[ ]", "[x]"]) + inlines(2) : block(depth: depth + 1)
            if chance(20) { content += "\n\n" + block(depth: depth + 1) }
            let width = marker.utf8.count + (spacing == "\t" ? 2 : spacing.utf8.count)
            let indent = String(repeating: " ", count: width)
            let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
            var text = marker + spacing + lines[0]
            for line in lines.dropFirst() { text += "\n" + (line.isEmpty ? "" : indent + line) }
            items.append(text)
        }
        return items.joined(separator: chance(30) ? "\n\n" : "\n")
    }

    mutating func htmlBlock() -> String {
        pick([
            "<div>\n" + inlines(2) + "\n</div>", "<table><tr><td>x</td></tr></table>", "<!-- kommentar -->",
            "<script>\nlet a = 1 < 2\n</script>", "<textarea>\n*x*\n</textarea>", "<title>t</title>", "<?php x ?>",
            "<!DOCTYPE html>", "<![CDATA[ x ]]>", "<custom-tag a=\"1\">", "<pre>\n**x**\n</pre>",
        ])
    }

    mutating func footnoteDefinition() -> String {
        "[^" + pick(["1", "note", "a", "Kilde", "x-y"]) + "]:" + pick([" ", "  ", "\t", ""]) + inlines(2)
            + (chance(30) ? "\n\n    " + inlines(2) : "")
    }

    mutating func referenceDefinition() -> String {
        "[" + pick(["ref", "Ref", "a b", "x"]) + "]: " + pick(["/url", "<a b>", "https://x.no", "javascript:x"])
            + pick(["", " \"tittel\"", " 'ti'", " (t)"])
    }

    // MARK: Inlines

    mutating func inlines(_ count: Int) -> String {
        var parts: [String] = []
        for _ in 0..<count { parts.append(inline(depth: 0)) }
        return parts.joined(separator: pick([" ", " ", "", "  "]))
    }

    mutating func inline(depth: Int) -> String {
        switch random.below(depth > 1 ? 8 : 22) {
        case 0, 1, 2, 3: return word()
        case 4: return pick(["\\*", "\\_", "\\[", "\\\\", "\\|", "\\`", "\\#", "\\a"])
        case 5: return pick(["&amp;", "&lt;", "&copy;", "&#65;", "&#x1F600;", "&nosuch;", "&", "&#0;"])
        case 6: return "`" + pick(["kode", "a`b", " x ", "*"]) + "`"
        case 7: return pick(["$", "£", "€", "%", "!", "?", ".", ",", ":", ";", "(", ")", "\"", "'", "-", "–", "«", "»"])
        case 8: return "*" + inline(depth: depth + 1) + "*"
        case 9: return "**" + inline(depth: depth + 1) + "**"
        case 10: return "_" + inline(depth: depth + 1) + "_"
        case 11: return pick(["~", "~~"]) + inline(depth: depth + 1) + pick(["~", "~~"])
        case 12: return "[" + inline(depth: depth + 1) + "](" + pick(["/url", "https://x.no", "<a b>", "", "javascript:x", "#id"]) + pick(["", " \"t\""]) + ")"
        case 13: return "![" + inline(depth: depth + 1) + "](" + pick(["/bilde.png", "data:image/png;base64,AA"]) + ")"
        case 14: return pick(["[ref]", "[Ref][]", "[tekst][ref]", "[ingen]"])
        case 15: return pick(["<https://x.no>", "<post@x.no>", "<a+b:c>", "<b>", "</i>", "<span class=\"x\">", "<!-- k -->", "<x y='1'/>"])
        case 16: return pick(["www.bufdir.no", "https://x.no/a_(b)", "http://x.no/side?a=1&b=2.", "www.a.no/x*y*", "ftp://f.no"])
        case 17: return pick(["post@fjordvik.no", "a.b-c@x.y.no", "mailto:x@y.no", "xmpp:a@b.no/r", "@x", "a@b"])
        case 18: return pick(["[^1]", "[^note]", "[^mangler]", "![^1]", "[^a b]"])
        case 19: return pick(["<title>", "<script>", "</style>", "<xmp>", "<iframe/>", "<noembed>", "<plaintext>", "<textarea>"])
        case 20: return pick(["\t", "  ", "\u{A0}", " \n", "  \n", "\\\n"])
        default: return word() + pick(["*", "_", "**", "__", "~"]) + word()
        }
    }

    mutating func word() -> String {
        pick(["tekst", "barnevern", "Fjordvik", "år", "æøå", "x", "a", "tall", "2025", "w", "ww", "kommune", "ord", "Ærlig"])
    }
}

/// A small, fast, seedable generator (SplitMix64), so a failing seed can be replayed exactly.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }
}
