extension XMLTokenizer {
    /// Character data or an attribute value with references expanded: the five predefined entities and
    /// `&#…;`/`&#x…;`. Line ends become `\n`; in an attribute, literal tabs and line ends become spaces
    /// (XML 1.0 § 3.3.3) while `&#10;` stays a line end.
    static func expand(_ raw: ArraySlice<UInt8>, at offset: Int, attribute: Bool) throws(XMLError) -> String {
        if !raw.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D || (attribute && ($0 == 0x09 || $0 == 0x0A)) }) {
            return String(decoding: raw, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            switch byte {
            case UInt8(ascii: "&"):
                guard let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                    throw XMLError(message: "Et &-tegn som ikke starter en gyldig entitet (skriv &amp;)", offset: offset + index - raw.startIndex)
                }
                let name = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
                guard let scalar = reference(name) else {
                    throw XMLError(message: "Ukjent entitet «&\(name);»: bare &lt; &gt; &amp; &quot; &apos; og tallreferanser er tillatt",
                                   offset: offset + index - raw.startIndex)
                }
                out += Array(String(Character(scalar)).utf8)
                index = semicolon + 1
                continue
            case 0x0D:
                if index + 1 < raw.endIndex, raw[index + 1] == 0x0A { index += 1 }
                out.append(attribute ? 0x20 : 0x0A)
            case 0x09, 0x0A:
                out.append(attribute ? 0x20 : byte)
            default:
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character a reference stands for; nil for anything XML 1.0 does not allow (NUL, surrogates, undeclared names).
    static func reference(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        var value: UInt32?
        if name.hasPrefix("#x") {
            value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            value = UInt32(name.dropFirst(1), radix: 10)
        }
        guard let value, value == 0x09 || value == 0x0A || value == 0x0D || value >= 0x20 else { return nil }
        return Unicode.Scalar(value)
    }

    /// `\r\n` and a lone `\r` as `\n` (XML 1.0 § 2.11).
    static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var out: [UInt8] = []
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0A, previousCR { previousCR = false; continue }
            previousCR = byte == 0x0D
            out.append(byte == 0x0D ? 0x0A : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func utf16(_ bytes: [UInt8]) -> String {
        let littleEndian = bytes.starts(with: [0xFF, 0xFE])
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
