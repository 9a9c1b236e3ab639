import Foundation

extension Hostile {
/// A small, deliberately paranoid HTML tokenizer for checking generated reports: every `<` followed by a
/// letter is a tag (as a browser reads it), attribute values are read with their quotes, and only
/// `<script>` and `<style>` hold raw text. Text between tags is entity-decoded into `visibleText`.
struct HTMLScan {
    struct Tag {
        var name: String
        var isEnd: Bool
        var attributes: [(name: String, value: String)]
        /// Byte offset of the `<`.
        var offset: Int
    }

    var tags: [Tag] = []
    /// All text outside tags, entity-decoded, in document order (raw text of script/style excluded).
    var visibleText = ""
    /// The raw content of each `<style>` and `<script>` element.
    var rawTextElements: [(name: String, content: String)] = []
    let source: [UInt8]

    init(_ html: String) {
        source = Array(html.utf8)
        let bytes = source
        var index = 0
        var text: [UInt8] = []
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        func starts(_ prefix: String, at position: Int) -> Bool {
            let prefix = Array(prefix.utf8)
            guard position + prefix.count <= bytes.count else { return false }
            for (offset, byte) in prefix.enumerated() where (bytes[position + offset] | 0x20) != (byte | 0x20) { return false }
            return true
        }
        func find(_ needle: String, from position: Int) -> Int? {
            var position = position
            while position < bytes.count {
                if starts(needle, at: position) { return position }
                position += 1
            }
            return nil
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<"), index + 1 < bytes.count else {
                text.append(byte); index += 1; continue
            }
            let next = bytes[index + 1]
            if starts("<!--", at: index) {
                index = (find("-->", from: index + 4) ?? bytes.count - 3) + 3
                continue
            }
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                index = (find(">", from: index) ?? bytes.count - 1) + 1
                continue
            }
            let isEnd = next == UInt8(ascii: "/")
            let nameStart = index + (isEnd ? 2 : 1)
            guard nameStart < bytes.count, isLetter(bytes[nameStart]) else {
                text.append(byte); index += 1; continue
            }
            flushText(&text)
            let tagStart = index
            var position = nameStart
            while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/") {
                position += 1
            }
            let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
            var attributes: [(String, String)] = []
            var selfClosing = false
            while position < bytes.count {
                while position < bytes.count, isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
                    selfClosing = bytes[position] == UInt8(ascii: "/")
                    position += 1
                }
                if position >= bytes.count || bytes[position] == UInt8(ascii: ">") { position += 1; break }
                selfClosing = false
                let attributeStart = position
                while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
                      bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/") || position == attributeStart {
                    position += 1
                }
                let attributeName = String(decoding: bytes[attributeStart..<position], as: UTF8.self).lowercased()
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                        let quote = bytes[position]
                        let valueStart = position + 1
                        position = valueStart
                        while position < bytes.count, bytes[position] != quote { position += 1 }
                        value = String(decoding: bytes[valueStart..<min(position, bytes.count)], as: UTF8.self)
                        position += 1
                    } else {
                        let valueStart = position
                        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                        value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                    }
                }
                attributes.append((attributeName, Self.decodeEntities(value)))
            }
            tags.append(Tag(name: name, isEnd: isEnd, attributes: attributes, offset: tagStart))
            index = position
            if !isEnd, !selfClosing, name == "script" || name == "style" {
                let close = find("</" + name, from: index) ?? bytes.count
                rawTextElements.append((name, String(decoding: bytes[index..<close], as: UTF8.self)))
                index = close
            }
        }
        flushText(&text)
    }

    private mutating func flushText(_ text: inout [UInt8]) {
        visibleText += Self.decodeEntities(String(decoding: text, as: UTF8.self))
        text.removeAll(keepingCapacity: true)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
                                       "colon": ":", "tab": "\t", "newline": "\n", "lpar": "(", "rpar": ")", "sol": "/"]
        var out = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            rest = rest[ampersand...]
            let candidate = rest.dropFirst().prefix(12)
            if let semicolon = candidate.firstIndex(of: ";") {
                let body = String(candidate[..<semicolon])
                var decoded: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[body]
                }
                if let decoded {
                    out += decoded
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = rest.dropFirst()
        }
        return out + rest
    }

    /// Number of start and end tags per name, e.g. `["td": 3, "/td": 3]`.
    var tagCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for tag in tags { counts[(tag.isEnd ? "/" : "") + tag.name, default: 0] += 1 }
        return counts
    }

    /// About 80 characters of source around a byte offset, for failure messages.
    func context(at offset: Int) -> String {
        let start = max(0, offset - 60), end = min(source.count, offset + 100)
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    /// Everything a browser could execute or load from a payload: every problem found, described.
    func scriptingProblems() -> [String] {
        var problems: [String] = []
        for tag in tags where !tag.isEnd {
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") {
                    problems.append("event handler «\(attribute.name)» on <\(tag.name)>: …\(context(at: tag.offset))…")
                }
                if ["href", "src", "xlink:href", "action", "formaction", "poster", "data", "background", "srcset", "ping"].contains(attribute.name),
                   !Self.isSafeURL(attribute.value) {
                    problems.append("unsafe URL \(attribute.name)=«\(attribute.value)» on <\(tag.name)>")
                }
                let lowered = attribute.value.lowercased()
                if attribute.name == "style", lowered.contains("url(") || lowered.contains("expression(") || lowered.contains("@import") {
                    problems.append("style attribute loads something: «\(attribute.value)»")
                }
                // A plain https link is a link, not a load (GFM turns a bare URL into one); anything else carrying it is.
                let isLink = tag.name == "a" && attribute.name == "href" && (lowered.hasPrefix("https:") || lowered.hasPrefix("http:"))
                if lowered.contains("evil.example"), !isLink {
                    problems.append("attribute «\(attribute.name)» of <\(tag.name)> carries the payload: «\(attribute.value)»")
                }
            }
            if tag.name == "meta", tag.attributes.contains(where: { $0.name == "http-equiv" && $0.value.lowercased() == "refresh" }) {
                problems.append("meta refresh")
            }
        }
        for element in rawTextElements {
            if element.name == "script" { problems.append("a <script> element: «\(element.content.prefix(80))»") }
            if element.content.contains("evil.example") || element.content.lowercased().contains("javascript:") {
                problems.append("<\(element.name)> holds the payload")
            }
        }
        return problems
    }

    /// False for `javascript:`, `vbscript:`, `file:` and `data:` other than images, read as a browser reads them.
    static func isSafeURL(_ value: String) -> Bool {
        var cleaned = value.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            .map { String($0) }.joined().lowercased()
        if let colon = cleaned.firstIndex(of: ":") {
            let scheme = cleaned[..<colon]
            if !scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) { return true }
            cleaned = String(cleaned)
            switch scheme {
            case "javascript", "vbscript", "file", "livescript", "mocha": return false
            case "data":
                return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { cleaned.hasPrefix($0) }
            default: return true
            }
        }
        return true
    }
}
}
