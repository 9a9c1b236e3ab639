/// Cell references, stored numbers and error values as SpreadsheetML writes them.
enum CellReference {
    static let maximumRow = 1_048_576
    static let maximumColumn = 16_384

    /// `D22` → (22, 4); nil unless the letters are A–XFD and the row 1–1 048 576 (lowercase letters accepted).
    static func parse(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(byte & 0xDF) - 64
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte) - 48
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, (1...maximumColumn).contains(column), (1...maximumRow).contains(row) else { return nil }
        return (row, column)
    }

    /// A stored number (`12`, `-3.5`, `1.2E-3`); nil for anything else, including the `inf`, `nan` and
    /// hexadecimal forms Swift would accept.
    static func number(_ text: String) -> Double? {
        guard text.utf8.count <= 64, text.utf8.allSatisfy({ byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "e")
        }), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The error as Norwegian Excel shows it (`#N/A` is `#I/T`, `#VALUE!` is `#VERDI!`, `#NAME?` is `#NAVN?`).
    static func norwegianError(_ stored: String) -> String {
        switch stored {
        case "#N/A": return "#I/T"
        case "#VALUE!": return "#VERDI!"
        case "#NAME?": return "#NAVN?"
        default: return stored
        }
    }
}
