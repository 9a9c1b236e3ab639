/// What a template produces, which decides how `{{name}}` escapes values.
public enum OutputKind: Sendable, Hashable {
    /// HTML: `& < > " '` become character references.
    case html
    /// CommonMark/GFM Markdown: a value can never change the document's structure.
    case markdown
    /// Plain text: values are inserted as they are.
    case text

    /// The kind implied by a template name: `x.html`, `x.html.mustache` → html; `x.md`, `x.md.mustache` → markdown.
    public static func inferred(fromName name: String) -> OutputKind? {
        var base = Substring(name)
        if base.hasSuffix(".mustache") { base = base.dropLast(".mustache".count) }
        if base.hasSuffix(".html") || base.hasSuffix(".htm") || base.hasSuffix(".svg") { return .html }
        if base.hasSuffix(".md") || base.hasSuffix(".markdown") { return .markdown }
        if base.hasSuffix(".txt") { return .text }
        return nil
    }

    /// Appends `text` to `out`, escaped for this kind.
    func appendEscaped(_ text: String, to out: inout [UInt8]) {
        switch self {
        case .text: out.append(contentsOf: text.utf8)
        case .html: HTMLValueEscaper.append(text, to: &out)
        case .markdown: MarkdownValueEscaper.append(text, to: &out)
        }
    }
}

/// HTML escaping at byte level for the render loop.
enum HTMLValueEscaper {
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        // Most values need no escaping: copy them in one go.
        let clean = text.withUTF8 { buffer -> Bool in
            for byte in buffer where byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39 { return false }
            out.append(contentsOf: buffer)
            return true
        }
        if clean { return }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: [38, 97, 109, 112, 59]) // &amp;
            case UInt8(ascii: "<"): out.append(contentsOf: [38, 108, 116, 59]) // &lt;
            case UInt8(ascii: ">"): out.append(contentsOf: [38, 103, 116, 59]) // &gt;
            case UInt8(ascii: "\""): out.append(contentsOf: [38, 113, 117, 111, 116, 59]) // &quot;
            case UInt8(ascii: "'"): out.append(contentsOf: [38, 35, 51, 57, 59]) // &#39;
            default: out.append(byte)
            }
        }
    }
}

/// Escapes a value so that, wherever a template puts it in Markdown, it renders as the literal text.
///
/// CommonMark lets any ASCII punctuation be backslash-escaped, so every character that can start or
/// end inline structure (`\ * _ [ ] < > ` | ~ & !`) is escaped everywhere; characters that only matter
/// at the start of a line (`#`, `-`, `+`, `=`, `1.`, `1)`) are escaped at the start of the value; line
/// breaks become spaces so a value cannot open a new block, and leading spaces become `&#32;` so a
/// value cannot turn into an indented code block. `|` is escaped so a value cannot split a table cell.
public enum MarkdownValueEscaper {
    /// Returns `text` escaped for Markdown.
    public static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The `:` of `letters://` or the `.` of `www.`, where GFM's extended autolinks start.
    private static func startsAutolink(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == UInt8(ascii: ":") {
            return index > 0 && (bytes[index - 1] | 0x20) >= UInt8(ascii: "a") && (bytes[index - 1] | 0x20) <= UInt8(ascii: "z")
                && index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/")
        }
        return byte == UInt8(ascii: ".") && index >= 3 && bytes[index - 3] == UInt8(ascii: "w")
            && bytes[index - 2] == UInt8(ascii: "w") && bytes[index - 1] == UInt8(ascii: "w")
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        var atStart = true
        var leadingDigits = false
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            // Only what could start markup is escaped, so `<5` and `26.03.2026` stay readable in the .md file.
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if atStart {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                    out.append(contentsOf: Array("&#32;".utf8))
                    continue
                }
                switch byte {
                case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                    atStart = false
                    continue
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    leadingDigits = true
                    out.append(byte)
                    atStart = false
                    continue
                default:
                    atStart = false
                }
            } else if leadingDigits {
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    out.append(byte)
                    continue
                }
                leadingDigits = false
                if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")), next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") {
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                    continue
                }
            }
            let nextIsLetter = next.map { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") } ?? false
            // GFM finds `scheme://` and `www.` autolinks in the source, so a link would run on over the
            // escapes that follow it and show their backslashes: a value's URL stays text instead.
            if startsAutolink(bytes, at: index) {
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "<") where !nextIsLetter && next != UInt8(ascii: "/") && next != UInt8(ascii: "!") && next != UInt8(ascii: "?"):
                out.append(byte)
            case UInt8(ascii: "&") where !nextIsLetter && next != UInt8(ascii: "#"):
                out.append(byte)
            case UInt8(ascii: "!") where next != UInt8(ascii: "["):
                out.append(byte)
            case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                UInt8(ascii: "&"), UInt8(ascii: "!"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                out.append(UInt8(ascii: " "))
            default:
                out.append(byte)
            }
        }
    }
}
