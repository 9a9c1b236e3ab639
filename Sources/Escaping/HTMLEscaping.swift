/// Escaping of text for HTML element content and attribute values.
///
/// Both functions escape `&`, `<`, `>`, `"` and `'`, so the same escaped value is safe in text, in a
/// double-quoted or single-quoted attribute, and inside SVG `<title>` and `<desc>`.
public enum HTMLEscaping {
    /// Returns `text` with `& < > " '` replaced by character references.
    public static func escape(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }

    /// Appends `text` to `out` with `& < > " '` replaced by character references.
    public static func escape(_ text: String, into out: inout String) {
        let utf8 = text.utf8
        // Fast path: most values need no escaping at all.
        guard utf8.contains(where: needsEscape) else {
            out += text
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
