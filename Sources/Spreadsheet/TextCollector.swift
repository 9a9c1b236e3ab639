/// Gathers the text of a string item (`<si>` or an inline `<is>`): every `<t>` outside phonetic runs,
/// whitespace kept only where `xml:space="preserve"` asks, `_xHHHH_` escapes decoded, line ends as `\n`.
struct TextCollector {
    let limit: Int
    private(set) var value = ""
    /// The length the text would have had, when it was cut at the limit (0 when it fits).
    private(set) var overflow = 0
    private var length = 0
    private var phonetic = 0
    private var inText = false
    private var preserve = false
    private var current = ""

    init(limit: Int) {
        self.limit = limit
    }

    mutating func reset() {
        value = ""
        overflow = 0
        length = 0
        phonetic = 0
        inText = false
        current = ""
    }

    mutating func start(_ element: XMLElement, selfClosing: Bool) {
        guard !selfClosing else { return }
        switch element.localName {
        case "rPh": phonetic += 1
        case "t" where phonetic == 0:
            inText = true
            preserve = element.attribute("xml:space") == "preserve"
            current = ""
        default: break
        }
    }

    mutating func text(_ text: String) {
        if inText { current += text }
    }

    mutating func end(_ name: String) {
        switch XMLElement.local(name) {
        case "rPh": phonetic = max(0, phonetic - 1)
        case "t" where inText:
            inText = false
            append(Self.decodeEscapes(preserve ? current : Self.trimmingXMLSpace(current)))
        default: break
        }
    }

    private mutating func append(_ piece: String) {
        let size = piece.utf8.count
        if overflow > 0 { overflow += size; return }
        if length + size <= limit {
            value += piece
            length += size
            return
        }
        overflow = length + size
        var room = limit - length
        for character in piece {
            let width = character.utf8.count
            if width > room { break }
            value.append(character)
            room -= width
        }
    }

    static func trimmingXMLSpace(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        guard let first = utf8.firstIndex(where: { !XMLTokenizer.isSpace($0) }),
              let last = utf8.lastIndex(where: { !XMLTokenizer.isSpace($0) }) else { return "" }
        if first == 0, last == utf8.count - 1 { return text }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }

    /// OOXML's `ST_Xstring` escapes characters XML cannot carry as `_xHHHH_` (`_x000D_` is a carriage
    /// return, `_x005F_` an underscore that would otherwise start an escape); `\r\n` then becomes `\n`.
    static func decodeEscapes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) || text.utf8.contains(0x0D) else { return text }
        let all = Array(text.unicodeScalars)
        var scalars = String.UnicodeScalarView()
        var pendingCR = false
        func emit(_ scalar: Unicode.Scalar) {
            if pendingCR, scalar != "\n" { scalars.append("\n") }
            pendingCR = scalar == "\r"
            if !pendingCR { scalars.append(scalar) }
        }
        var position = 0
        while position < all.count {
            if all[position] == "_", position + 6 < all.count, all[position + 1] == "x", all[position + 6] == "_",
               all[(position + 2)..<(position + 6)].allSatisfy({ $0.properties.isASCIIHexDigit }),
               let value = UInt32(String(String.UnicodeScalarView(all[(position + 2)..<(position + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                emit(scalar)
                position += 7
                continue
            }
            emit(all[position])
            position += 1
        }
        if pendingCR { scalars.append("\n") }
        return String(scalars)
    }
}
