/// The byte-level reading of JSON tokens.
struct JSONReader {
    let bytes: [UInt8]
    private(set) var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    var atEnd: Bool { index >= bytes.count }

    mutating func advance() { index += 1 }

    func error(_ message: String) -> JSONError { JSONError(message: message, offset: index) }

    mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONError) {
        guard peek == byte else { throw error("Forventet \(what)") }
        index += 1
    }

    /// `true`, `false`, `null`, a number or a string.
    mutating func scalar() throws(JSONError) -> JSONValue {
        guard let byte = peek else { throw error("JSON-teksten slutter der en verdi skulle stå") }
        switch byte {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("Ugyldig tegn «\(Character(Unicode.Scalar(byte)))» der en verdi skulle stå")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONError) {
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { buffer in
            index + count <= bytes.count && (0..<count).allSatisfy { bytes[index + $0] == buffer[$0] }
        }
        guard matches else { throw error("Ugyldig verdi (forventet \(word))") }
        index += count
    }

    /// RFC 8259 § 6: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws(JSONError) -> Double {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let from = index
            while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
            return index - from
        }
        if peek == UInt8(ascii: "0") { index += 1 } else if digits() == 0 { throw error("Ugyldig tall") }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("Ugyldig tall: sifre mangler etter punktum") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error("Ugyldig tall: eksponenten mangler") }
        }
        guard index - start <= 64, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite else {
            throw JSONError(message: "Tallet kan ikke leses", offset: start)
        }
        return value
    }

    /// A string with its escapes expanded (`\uD83D\uDE00` pairs joined; a lone surrogate is U+FFFD).
    mutating func string() throws(JSONError) -> String {
        guard peek == UInt8(ascii: "\"") else { throw error("Forventet en tekst i anførselstegn") }
        index += 1
        var out: [UInt8] = []
        let start = index
        while true {
            guard let byte = peek else { throw JSONError(message: "En tekst slutter aldri (mangler \")", offset: start - 1) }
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escape = peek else { continue }
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out += Array(String(Character(try unicodeEscape())).utf8)
                default: throw error("Ugyldig escape-sekvens i en tekst")
                }
            case 0x00..<0x20:
                throw error("Kontrolltegn i en tekst (skal skrives som escape-sekvens)")
            default:
                out.append(byte)
            }
        }
    }

    private mutating func hex4() throws(JSONError) -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16),
              bytes[index..<(index + 4)].allSatisfy({ Unicode.Scalar($0).properties.isASCIIHexDigit }) else {
            throw error("Ugyldig \\u-sekvens i en tekst")
        }
        index += 4
        return value
    }

    private mutating func unicodeEscape() throws(JSONError) -> Unicode.Scalar {
        let first = try hex4()
        if (0xD800...0xDBFF).contains(first), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
            let save = index
            index += 2
            let second = try hex4()
            if (0xDC00...0xDFFF).contains(second), let scalar = Unicode.Scalar(0x10000 + (first - 0xD800) << 10 + (second - 0xDC00)) {
                return scalar
            }
            index = save
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }
}
