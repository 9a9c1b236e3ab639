/// Line-level changes that take HTML and pictures out of a line of Markdown without moving it.
enum MarkupEscaping {
    /// The line with each `<` that starts a tag, comment or declaration written `&lt;`, outside code spans
    /// and backslash escapes; an autolink (`<https://…>`, `<navn@kommune.no>`) is kept. With
    /// `everyLessThan`, every `<` is changed, code or not.
    static func escapingTags(in line: String, everyLessThan: Bool) -> String {
        guard line.contains("<") else { return line }
        if everyLessThan { return line.replacingOccurrences(of: "<", with: "&lt;") }
        let characters = Array(line)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                output.append(character)
                output.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "`" {
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = closingRun(of: run, in: characters, from: index + run) {
                    output += String(characters[index..<(close + run)])
                    index = close + run
                    continue
                }
                output += String(repeating: "`", count: run)
                index += run
                continue
            }
            if character == "<", startsTag(characters, at: index), autolinkEnd(characters, at: index) == nil {
                disarmAutolink(endingAt: &output)
                output += "&lt;"
                index += 1
                continue
            }
            output.append(character)
            index += 1
        }
        return output
    }

    /// A web address right before an escaped `<` stopped there; with `&lt;` it would run on and take the
    /// rest of the markup as its link text, so the address is written as text (`\:` in `://`, `\.` in `www.`).
    static func disarmAutolink(endingAt output: inout String) {
        guard let last = output.last, !last.isWhitespace else { return }
        let start = output.lastIndex(where: \.isWhitespace).map(output.index(after:)) ?? output.startIndex
        var word = String(output[start...])
        if let scheme = word.range(of: "://"), !word[..<scheme.lowerBound].hasSuffix("\\") {
            word.replaceSubrange(scheme, with: "\\://")
        }
        if let www = word.range(of: "www.") {
            word.replaceSubrange(www, with: "www\\.")
        }
        output.replaceSubrange(start..., with: word)
    }

    /// The line with pictures turned into links (`![a](x)` into `[a](x)`): those whose destination is one of
    /// `destinations`, or every one when it is nil.
    static func unimaging(_ line: String, destinations: [String]?) -> String {
        guard line.contains("![") else { return line }
        guard let destinations else { return line.replacingOccurrences(of: "![", with: "[") }
        var output = line
        for destination in destinations {
            var search = output.startIndex
            while let bang = output.range(of: "![", range: search..<output.endIndex) {
                let rest = output[bang.upperBound...]
                if let close = rest.range(of: "]("), output[close.upperBound...].drop(while: { $0 == " " || $0 == "<" }).hasPrefix(destination) {
                    output.removeSubrange(bang.lowerBound..<output.index(after: bang.lowerBound))
                    break
                }
                search = bang.upperBound
            }
        }
        return output
    }

    static func closingRun(of length: Int, in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count {
            if characters[index] == "`" {
                let run = characters[index...].prefix { $0 == "`" }.count
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `<` followed by what may begin HTML: a letter, `/`, `!` or `?`.
    static func startsTag(_ characters: [Character], at index: Int) -> Bool {
        guard index + 1 < characters.count else { return false }
        let next = characters[index + 1]
        return (next.isASCII && next.isLetter) || next == "/" || next == "!" || next == "?"
    }

    /// The end of an autolink starting at `index` (`<scheme:…>` or `<address@domain>`), or nil.
    static func autolinkEnd(_ characters: [Character], at index: Int) -> Int? {
        guard let close = characters[(index + 1)...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == " " || $0 == "\t" }),
              characters[close] == ">" else { return nil }
        let inside = String(characters[(index + 1)..<close])
        if let colon = inside.firstIndex(of: ":") {
            let scheme = inside[..<colon]
            if (2...32).contains(scheme.count), scheme.first?.isLetter == true,
               scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) { return close }
        }
        if inside.contains("@"), !inside.hasPrefix("@"), !inside.hasSuffix("@") { return close }
        return nil
    }
}
