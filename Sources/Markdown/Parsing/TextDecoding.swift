/// Backslash escapes and character references in destinations, titles, info strings and text.
enum TextDecoding {
    /// Resolves `\!`-style escapes and `&…;` references.
    static func unescapeAndDecode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        decode(bytes, escapes: true)
    }

    /// Resolves `&…;` references only: in `<scheme:…>` autolinks, where backslash escapes do not work
    /// (CommonMark 2.4) but references do (2.5 exempts only code spans and code blocks).
    static func decodeReferences(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        decode(bytes, escapes: false)
    }

    private static func decode(_ bytes: ArraySlice<UInt8>, escapes: Bool) -> [UInt8] {
        guard bytes.contains(where: { (escapes && $0 == UInt8(ascii: "\\")) || $0 == UInt8(ascii: "&") }) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if escapes, byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, Scanners.isPunctuation(bytes[index + 1]) {
                out.append(bytes[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"), let (decoded, end) = characterReference(bytes, at: index) {
                out.append(contentsOf: decoded)
                index = end
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// A character reference at `start` (an `&`): its UTF-8 bytes and the index after `;`.
    static func characterReference(_ bytes: ArraySlice<UInt8>, at start: Int) -> ([UInt8], Int)? {
        var index = start + 1
        guard index < bytes.endIndex else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = index < bytes.endIndex && (bytes[index] | 0x20) == UInt8(ascii: "x")
            if hex { index += 1 }
            while index < bytes.endIndex {
                let byte = bytes[index]
                let digit: UInt32
                if Scanners.isDigit(byte) {
                    digit = UInt32(byte - 0x30)
                } else if hex, (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "f") {
                    digit = UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
                } else {
                    break
                }
                digits += 1
                if digits > (hex ? 6 : 7) { return nil }
                value = value * (hex ? 16 : 10) + digit
                index += 1
            }
            guard digits > 0, index < bytes.endIndex, bytes[index] == UInt8(ascii: ";") else { return nil }
            let scalar = (value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value)) ? 0xFFFD : value
            return (Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8), index + 1)
        }
        var nameEnd = index
        while nameEnd < bytes.endIndex, Scanners.isAlphanumeric(bytes[nameEnd]), nameEnd - index <= Entities.longestName {
            nameEnd += 1
        }
        guard nameEnd > index, nameEnd < bytes.endIndex, bytes[nameEnd] == UInt8(ascii: ";") else { return nil }
        guard let value = Entities.named[String(decoding: bytes[index..<nameEnd], as: UTF8.self)] else { return nil }
        return (Array(value.utf8), nameEnd + 1)
    }
}
