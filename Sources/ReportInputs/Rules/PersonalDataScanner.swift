import SourceText

/// Finds Norwegian national identity numbers and D-numbers in free text (11 digits whose two check
/// digits are valid, also written with a space after the date part), and e-mail addresses and phone
/// numbers, which are warnings. A hit names file, line and column but never prints the number.
public struct PersonalDataScanner: Sendable {
    /// Creates a scanner.
    public init() {}

    /// Diagnostics for `text`, which starts at `line`/`column` of `file`.
    public func scan(_ text: String, file: String, line: Int = 1, column: Int = 1, contactDetails: Bool = true) -> [Diagnostic] {
        // Most cells hold a number or a word: with fewer than eight digits and no «@» there is nothing to find.
        var digitCount = 0
        var hasAt = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { digitCount += 1 } else if byte == 0x40 { hasAt = true }
        }
        if digitCount < 8 && !(contactDetails && hasAt) { return [] }
        var diagnostics: [Diagnostic] = []
        // Scalars, not Characters: building Characters costs more than the whole scan, and a column off by
        // one inside a rare combining sequence does not matter for pointing at a number.
        let characters = Array(text.unicodeScalars)
        var lineNumber = line
        var columnNumber = column
        var positions: [(line: Int, column: Int)] = []
        positions.reserveCapacity(characters.count)
        for character in characters {
            positions.append((lineNumber, columnNumber))
            if character == "\n" { lineNumber += 1; columnNumber = 1 } else if character != "\r" { columnNumber += 1 }
        }
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < characters.count && (0x30...0x39).contains(characters[index].value) }
        func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || (0x30...0x39).contains(scalar.value) }
        // Maximal runs of digits, each with where it starts and ends.
        var runs: [(start: Int, end: Int, digits: [Int])] = []
        var index = 0
        while index < characters.count {
            guard isDigit(index) else { index += 1; continue }
            var digits: [Int] = []
            let start = index
            while isDigit(index) { digits.append(Int(characters[index].value) - 0x30); index += 1 }
            runs.append((start, index - 1, digits))
        }
        func separatedBySpace(_ first: Int, _ second: Int) -> Bool {
            runs[second].start == runs[first].end + 2 && [" ", "\u{00A0}"].contains(characters[runs[first].end + 1])
        }
        var reported = Set<Int>()
        for (number, run) in runs.enumerated() {
            // Eleven digits in a row, or the date part and the personal number with a space between.
            var candidate: (start: Int, digits: [Int])? = nil
            if run.digits.count == 11 {
                candidate = (run.start, run.digits)
            } else if run.digits.count == 6, number + 1 < runs.count, runs[number + 1].digits.count == 5, separatedBySpace(number, number + 1) {
                candidate = (run.start, run.digits + runs[number + 1].digits)
            }
            if let candidate, Self.isIdentityNumber(candidate.digits) {
                reported.insert(number)
                if run.digits.count == 6 { reported.insert(number + 1) }
                diagnostics.append(Diagnostic(code: "PER001", message: "Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. Fjern det før rapporten lages.",
                                              location: SourceLocation(file: file, line: positions[candidate.start].line, column: positions[candidate.start].column),
                                              found: "11 sifre med gyldige kontrollsifre (vises ikke her)",
                                              expected: "ingen personnummer i rapportens kilder"))
            }
        }
        if contactDetails {
            // Phone numbers: runs joined across single spaces, with or without +47.
            var number = 0
            while number < runs.count {
                var last = number
                var digits = runs[number].digits
                while last + 1 < runs.count, separatedBySpace(last, last + 1), digits.count < 10 {
                    last += 1
                    digits += runs[last].digits
                }
                let start = runs[number].start
                if !(number...last).contains(where: reported.contains),
                   Self.isPhoneNumber(characters, from: start, through: runs[last].end, digits: digits),
                   start == 0 || !(characters[start - 1] == "." || characters[start - 1] == ",") {
                    diagnostics.append(Diagnostic(severity: .warning, code: "PER003", message: "Teksten ser ut til å inneholde et telefonnummer.",
                                                  location: SourceLocation(file: file, line: positions[start].line, column: positions[start].column),
                                                  found: "telefonnummer (vises ikke her)",
                                                  expected: "ingen telefonnummer til enkeltpersoner i rapporten"))
                }
                number = last + 1
            }
        }
        if contactDetails {
            for (offset, character) in characters.enumerated() where character == "@" {
                guard offset > 0, offset + 3 < characters.count, isWordCharacter(characters[offset - 1]) else { continue }
                let domain = characters[(offset + 1)...].prefix { isWordCharacter($0) || $0 == "." || $0 == "-" }
                guard domain.contains("."), domain.last != "." else { continue }
                var start = offset
                while start > 0, isWordCharacter(characters[start - 1]) || ".-_+".unicodeScalars.contains(characters[start - 1]) { start -= 1 }
                diagnostics.append(Diagnostic(severity: .warning, code: "PER002", message: "Teksten inneholder en e-postadresse.",
                                              location: SourceLocation(file: file, line: positions[start].line, column: positions[start].column),
                                              found: "e-postadresse (vises ikke her)", expected: "ingen e-postadresser til enkeltpersoner i rapporten"))
            }
        }
        return diagnostics
    }

    /// `text` with every identity number replaced by bullets, for diagnostics that quote input.
    public func redacting(_ text: String) -> String {
        let hits = scan(text, file: "", contactDetails: false)
        guard !hits.isEmpty else { return text }
        var characters = Array(text)
        var lineStarts = [0]
        for (offset, character) in characters.enumerated() where character == "\n" || character == "\r\n" { lineStarts.append(offset + 1) }
        for hit in hits {
            guard let location = hit.location, location.line - 1 < lineStarts.count else { continue }
            var offset = lineStarts[location.line - 1] + location.column - 1
            var replaced = 0
            while offset < characters.count, replaced < 11 {
                if characters[offset].isNumber { characters[offset] = "•"; replaced += 1 }
                offset += 1
            }
        }
        return String(characters)
    }

    /// Valid birth date part (D-numbers add 4 to the first digit) and both mod-11 check digits.
    static func isIdentityNumber(_ digits: [Int]) -> Bool {
        guard digits.count == 11 else { return false }
        var day = digits[0] * 10 + digits[1]
        if day > 40 { day -= 40 }
        var month = digits[2] * 10 + digits[3]
        if month > 80 { month -= 80 } else if month > 40 { month -= 40 } // test and H-numbers
        guard (1...31).contains(day), (1...12).contains(month) else { return false }
        let first: [Int] = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        let second: [Int] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        func check(_ weights: [Int]) -> Int? {
            let sum = zip(weights, digits).reduce(0) { $0 + $1.0 * $1.1 }
            let remainder = 11 - sum % 11
            if remainder == 11 { return 0 }
            if remainder == 10 { return nil }
            return remainder
        }
        return check(first) == digits[9] && check(second) == digits[10]
    }

    /// `12345678`, `12 34 56 78`, `123 45 678`, with or without `+47`: eight digits starting 2–9.
    static func isPhoneNumber(_ characters: [Unicode.Scalar], from start: Int, through end: Int, digits: [Int]) -> Bool {
        guard digits.count == 8 || (digits.count == 10 && digits[0] == 4 && digits[1] == 7) else { return false }
        let local = digits.count == 10 ? Array(digits.dropFirst(2)) : digits
        guard let first = local.first, (2...9).contains(first) else { return false }
        let written = String(String.UnicodeScalarView(characters[start...end]))
        let groups = written.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(\.count)
        let shapes: [[Int]] = [[8], [2, 2, 2, 2], [3, 2, 3], [2, 8], [2, 2, 2, 2, 2], [2, 3, 2, 3]]
        return shapes.contains(groups) && !written.contains(".")
    }
}
