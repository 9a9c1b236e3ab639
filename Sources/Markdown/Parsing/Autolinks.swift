/// `<scheme:…>` and `<address@example.no>` autolinks (CommonMark 6.5).
enum Autolinks {
    /// The URL bytes (character references resolved), the index after `>`, and whether it is an e-mail address.
    static func angle(_ bytes: ArraySlice<UInt8>, at start: Int) -> ([UInt8], Int, Bool)? {
        guard start < bytes.endIndex, bytes[start] == UInt8(ascii: "<") else { return nil }
        // An address cannot hold a reference (its local part has no `;`), a URI can: `<ps:&#65;>` is `ps:A`.
        if let end = uri(bytes, from: start + 1) { return (TextDecoding.decodeReferences(bytes[start + 1..<end]), end + 1, false) }
        if let end = email(bytes, from: start + 1) { return (Array(bytes[start + 1..<end]), end + 1, true) }
        return nil
    }

    private static func uri(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        guard index < bytes.endIndex, Scanners.isLetter(bytes[index]) else { return nil }
        index += 1
        while index < bytes.endIndex, index - start < 33,
              Scanners.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "+")
                || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        let schemeLength = index - start
        guard schemeLength >= 2, schemeLength <= 32, index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index }
            if byte <= 0x20 || byte == UInt8(ascii: "<") || byte == 0x7F { return nil }
            index += 1
        }
        return nil
    }

    private static func email(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        let localAllowed = Array(".!#$%&'*+/=?^_`{|}~-".utf8)
        while index < bytes.endIndex, Scanners.isAlphanumeric(bytes[index]) || localAllowed.contains(bytes[index]) { index += 1 }
        guard index > start, index < bytes.endIndex, bytes[index] == UInt8(ascii: "@") else { return nil }
        index += 1
        var labels = 0
        while true {
            let labelStart = index
            while index < bytes.endIndex, index - labelStart < 64,
                  Scanners.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            let length = index - labelStart
            guard length >= 1, length <= 63, bytes[labelStart] != UInt8(ascii: "-"), bytes[index - 1] != UInt8(ascii: "-") else { return nil }
            labels += 1
            guard index < bytes.endIndex else { return nil }
            if bytes[index] == UInt8(ascii: ">") { return index }
            guard bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
        }
    }
}
