/// The encodings a spreadsheet or text editor on a Norwegian office PC saves in.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 med BOM"
    /// Mostly UTF-8, with a few bytes that are not: those became U+FFFD (the caller should warn).
    case utf8WithReplacements = "UTF-8 med ugyldige tegn"
    case utf16LittleEndian = "UTF-16 LE"
    case utf16BigEndian = "UTF-16 BE"
    case windows1252 = "Windows-1252"
}

/// Why a file could not be read as text.
public enum TextDecodingFailure: Error, Sendable, Hashable {
    /// NUL bytes or other control bytes that only binary files hold (a spreadsheet saved as .xlsx, a PDF …).
    case binary
}

/// A file's text and the encoding it was found in.
public struct DecodedText: Sendable, Hashable {
    public var text: String
    public var encoding: TextEncoding
}

/// Turns a file's bytes into text, detecting the encoding instead of trusting the file name:
/// BOMs first, then UTF-16 without BOM (zero bytes in every other position), then UTF-8, and
/// Windows-1252 when the bytes are not valid UTF-8 (Excel's "CSV (semikolondelt)" on older Windows).
public enum TextDecoder {
    /// Decodes `bytes`; line endings are left as they are.
    public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, TextDecodingFailure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return .success(DecodedText(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), encoding: .utf8WithBOM))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return .success(DecodedText(text: utf16(bytes.dropFirst(2), littleEndian: true), encoding: .utf16LittleEndian))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return .success(DecodedText(text: utf16(bytes.dropFirst(2), littleEndian: false), encoding: .utf16BigEndian))
        }
        if let littleEndian = looksLikeUTF16WithoutBOM(bytes) {
            return .success(DecodedText(text: utf16(bytes[...], littleEndian: littleEndian),
                                        encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        }
        if looksBinary(bytes) { return .failure(.binary) }
        if isValidUTF8(bytes) {
            return .success(DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8))
        }
        // A UTF-8 file with one stray byte must not turn every æ into Ã¦: when real multi-byte
        // sequences outnumber the broken ones, it is UTF-8 with damage, not Windows-1252.
        let (multibyte, broken) = utf8Evidence(bytes)
        if multibyte > 0, multibyte >= broken {
            return .success(DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8WithReplacements))
        }
        return .success(DecodedText(text: windows1252(bytes), encoding: .windows1252))
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence.
    static func utf8Evidence(_ bytes: [UInt8]) -> (multibyte: Int, broken: Int) {
        var multibyte = 0, broken = 0, index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: broken += 1; index += 1; continue
            }
            if index + length <= bytes.count, bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                multibyte += 1
                index += length
            } else {
                broken += 1
                index += 1
            }
        }
        return (multibyte, broken)
    }

    /// ASCII text saved as UTF-16 has a zero in every other byte; a quarter of zeros on one side is
    /// enough to tell, and far more than any real 8-bit text file has.
    static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(4096)
        var evenZeros = 0, oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 4 >= pairs, evenZeros * 20 < pairs { return true }
        if evenZeros * 4 >= pairs, oddZeros * 20 < pairs { return false }
        return nil
    }

    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var control = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x0B { control += 1 }
        }
        return control * 20 > sample.count
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        if index < bytes.endIndex { units.append(0xFFFD) }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's 0x80–0x9F differ from Latin-1 (€, curly quotes, dashes); five bytes are unassigned.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
