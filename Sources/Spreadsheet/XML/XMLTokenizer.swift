/// One start tag: its qualified name and attributes as written (values with entities expanded).
struct XMLElement: Sendable {
    var name: String
    var attributes: [(name: String, value: String)]

    /// The name without its namespace prefix (`x:row` → `row`): Excel writes unprefixed SpreadsheetML,
    /// other writers (the Open XML SDK) prefix it, and strict OOXML uses other namespace URIs.
    var localName: Substring { Self.local(name) }

    /// The value of the attribute with this local name and no prefix (`r`, `t`, `s`).
    func attribute(_ wanted: String) -> String? {
        attributes.first { $0.name == wanted }?.value
    }

    /// The value of a prefixed attribute with this local name (`r:id`, whatever the prefix).
    func prefixedAttribute(_ wanted: String) -> String? {
        attributes.first { $0.name.contains(":") && Self.local($0.name) == wanted && !$0.name.hasPrefix("xmlns") }?.value
    }

    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}

/// What the tokenizer reports, in document order.
enum XMLEvent: Sendable {
    /// A start tag; `selfClosing` when it was `<x/>` (no end event follows).
    case start(XMLElement, selfClosing: Bool)
    case end(name: String)
    /// Character data (entities expanded, CDATA included, line ends normalised to `\n`).
    case text(String)
}

/// Why a part is not well-formed XML, with the byte offset where it was noticed.
struct XMLError: Error, Sendable, Hashable {
    /// Norwegian description of the problem.
    var message: String
    var offset: Int
}

/// A small, non-validating XML 1.0 pull tokenizer for the parts of a workbook.
///
/// It expands only the five predefined entities and character references: a document type declaration
/// (`<!DOCTYPE`, where entities would be declared) is refused, so no entity can expand into another and
/// «billion laughs» has nothing to work with. Nesting is tracked in an array, not by recursion.
struct XMLTokenizer {
    private let bytes: [UInt8]
    private var index = 0
    private var open: [String] = []
    private var seenRoot = false
    let maximumDepth: Int

    init(bytes: [UInt8], maximumDepth: Int = 256) {
        // A UTF-8 byte order mark is dropped; UTF-16 parts are transcoded (OPC allows them).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.bytes = Array(bytes.dropFirst(3))
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            self.bytes = Array(Self.utf16(bytes).utf8)
        } else {
            self.bytes = bytes
        }
        self.maximumDepth = maximumDepth
    }

    /// The byte offset reached, for positions in diagnostics.
    var offset: Int { index }
    /// The bytes being read (after any transcoding), for positions in diagnostics.
    var source: [UInt8] { bytes }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(XMLError) -> XMLEvent? {
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") { return try text() }
            if starts(with: "<?") { try skip(past: "?>", what: "en prosesseringsinstruksjon (<?…?>)"); continue }
            if starts(with: "<!--") { try skip(past: "-->", what: "en kommentar (<!--…-->)"); continue }
            if starts(with: "<![CDATA[") { return try cdata() }
            if starts(with: "<!") {
                throw XMLError(message: "XML-delen har en dokumenttypedeklarasjon (<!DOCTYPE …>), som ikke er tillatt i en arbeidsbok", offset: index)
            }
            if starts(with: "</") { return try endTag() }
            return try startTag()
        }
        if let name = open.last { throw XMLError(message: "XML-delen slutter før elementet <\(name)> er lukket", offset: index) }
        if !seenRoot { throw XMLError(message: "XML-delen har ikke noe rotelement", offset: index) }
        return nil
    }

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { buffer in
            var offset = 0
            while offset < count {
                if bytes[index + offset] != buffer[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func skip(past terminator: StaticString, what: String) throws(XMLError) {
        let start = index
        while index < bytes.count {
            if starts(with: terminator) { index += terminator.utf8CodeUnitCount; return }
            index += 1
        }
        throw XMLError(message: "XML-delen slutter inne i \(what)", offset: start)
    }

    private mutating func cdata() throws(XMLError) -> XMLEvent {
        let start = index
        index += 9
        let contentStart = index
        while index < bytes.count {
            if starts(with: "]]>") {
                let content = bytes[contentStart..<index]
                index += 3
                guard !open.isEmpty else { throw XMLError(message: "Tekst utenfor rotelementet", offset: start) }
                return .text(Self.normalizingLineEnds(String(decoding: content, as: UTF8.self)))
            }
            index += 1
        }
        throw XMLError(message: "XML-delen slutter inne i en CDATA-seksjon", offset: start)
    }

    private mutating func text() throws(XMLError) -> XMLEvent {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        let raw = bytes[start..<index]
        if open.isEmpty {
            // Outside the root only whitespace may stand.
            guard raw.allSatisfy(Self.isSpace) else { throw XMLError(message: "Tekst utenfor rotelementet", offset: start) }
            return .text("")
        }
        return .text(try Self.expand(raw, at: start, attribute: false))
    }

    private mutating func endTag() throws(XMLError) -> XMLEvent {
        let start = index
        index += 2
        let name = try readName()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
            throw XMLError(message: "Sluttaggen </\(name)> er ikke lukket med >", offset: start)
        }
        index += 1
        guard let expected = open.popLast() else { throw XMLError(message: "Sluttaggen </\(name)> har ingen starttagg", offset: start) }
        guard expected == name else {
            throw XMLError(message: "Sluttaggen </\(name)> passer ikke til starttaggen <\(expected)>", offset: start)
        }
        return .end(name: name)
    }

    private mutating func startTag() throws(XMLError) -> XMLEvent {
        let start = index
        index += 1
        let name = try readName()
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = skipSpace()
            guard index < bytes.count else { throw XMLError(message: "XML-delen slutter inne i taggen <\(name)>", offset: start) }
            if bytes[index] == UInt8(ascii: ">") || starts(with: "/>") { break }
            guard hadSpace else { throw XMLError(message: "Taggen <\(name)> mangler mellomrom før et attributt", offset: index) }
            let attribute = try readAttribute(in: name)
            if attributes.contains(where: { $0.name == attribute.name }) {
                throw XMLError(message: "Attributtet «\(attribute.name)» står to ganger i <\(name)>", offset: index)
            }
            attributes.append(attribute)
        }
        let selfClosing = bytes[index] == UInt8(ascii: "/")
        index += selfClosing ? 2 : 1
        if open.isEmpty {
            if seenRoot { throw XMLError(message: "XML-delen har mer enn ett rotelement (<\(name)>)", offset: start) }
            seenRoot = true
        }
        if !selfClosing {
            guard open.count < maximumDepth else {
                throw XMLError(message: "Elementene er nestet dypere enn grensen på \(maximumDepth) nivåer", offset: start)
            }
            open.append(name)
        }
        return .start(XMLElement(name: name, attributes: attributes), selfClosing: selfClosing)
    }

    private mutating func readAttribute(in element: String) throws(XMLError) -> (name: String, value: String) {
        let name = try readName()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
            throw XMLError(message: "Attributtet «\(name)» i <\(element)> mangler =", offset: index)
        }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw XMLError(message: "Verdien til attributtet «\(name)» står ikke i anførselstegn", offset: index)
        }
        let quote = bytes[index]
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "<") { throw XMLError(message: "Tegnet < i verdien til attributtet «\(name)»", offset: index) }
            index += 1
        }
        guard index < bytes.count else { throw XMLError(message: "Verdien til attributtet «\(name)» slutter aldri", offset: start) }
        let value = try Self.expand(bytes[start..<index], at: start, attribute: true)
        index += 1
        return (name, value)
    }

    private mutating func readName() throws(XMLError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { break }
            index += 1
        }
        guard index > start else { throw XMLError(message: "Et navn mangler i en tagg", offset: start) }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
