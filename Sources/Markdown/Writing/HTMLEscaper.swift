/// cmark's escaping: `& < > "` in text and attributes, and percent-encoding for URLs.
enum HTMLEscaper {
    static func escape(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let replacement: [UInt8]?
            switch byte {
            case UInt8(ascii: "&"): replacement = Array("&amp;".utf8)
            case UInt8(ascii: "<"): replacement = Array("&lt;".utf8)
            case UInt8(ascii: ">"): replacement = Array("&gt;".utf8)
            case UInt8(ascii: "\""): replacement = Array("&quot;".utf8)
            default: replacement = nil
            }
            if let replacement {
                out.append(contentsOf: bytes[runStart..<index])
                out.append(contentsOf: replacement)
                runStart = index + 1
            }
            index += 1
        }
        out.append(contentsOf: bytes[runStart..<bytes.endIndex])
    }

    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "-_.+!*(),%#@?=;:/,+$~".utf8 { table[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        return table
    }()

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func escapeHref(_ bytes: [UInt8], into out: inout [UInt8]) {
        for byte in bytes {
            if hrefSafe[Int(byte)] {
                out.append(byte)
            } else if byte == UInt8(ascii: "&") {
                out.append(contentsOf: Array("&amp;".utf8))
            } else if byte == UInt8(ascii: "'") {
                out.append(contentsOf: Array("&#x27;".utf8))
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }
}
