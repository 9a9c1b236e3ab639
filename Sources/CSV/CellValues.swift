import SourceText

/// Reads numbers, percentages and dates the way Norwegian Excel and people write them.
public enum CellValues {
    /// A number: `1234`, `1 234,5` (space, non-breaking or narrow space between thousands), `1234.5`,
    /// `1.234,5`, `−3`, `kr 1 234`, `12,5 %` (the percent sign is dropped: the value stays in percent).
    public static func number(_ text: String) -> Double? {
        var scalars = Array(text.trimmingSpaces().unicodeScalars)
        if scalars.last == "%" {
            scalars.removeLast()
            while let last = scalars.last, isGroupSpace(last) { scalars.removeLast() }
        }
        var string = String(String.UnicodeScalarView(scalars)).trimmingSpaces()
        for prefix in ["kr.", "kr", "NOK"] where string.lowercased().hasPrefix(prefix.lowercased()) {
            string = String(string.dropFirst(prefix.count)).trimmingSpaces()
            break
        }
        for suffix in [",-", ".-"] where string.hasSuffix(suffix) { string = String(string.dropLast(2)) }
        guard !string.isEmpty else { return nil }
        var negative = false
        var digits = Substring(string)
        if let first = digits.first, first == "-" || first == "\u{2212}" || first == "+" {
            negative = first != "+"
            digits = digits.dropFirst()
        }
        let hasComma = digits.contains(","), hasPoint = digits.contains(".")
        // With both marks the last one is the decimal mark; with one, it is the decimal mark
        // unless it repeats (`1.234.567`), which only a thousands separator does.
        var decimalMark: Character? = nil
        if hasComma, hasPoint {
            decimalMark = (digits.lastIndex(of: ",") ?? digits.startIndex) > (digits.lastIndex(of: ".") ?? digits.startIndex) ? "," : "."
        } else if hasComma {
            decimalMark = digits.filter { $0 == "," }.count == 1 ? "," : nil
        } else if hasPoint {
            decimalMark = digits.filter { $0 == "." }.count == 1 ? "." : nil
        }
        var cleaned = ""
        var seenDecimal = false
        var previousWasDigit = false
        for character in digits {
            if character.isASCII, character.isNumber {
                cleaned.append(character)
                previousWasDigit = true
            } else if character == decimalMark, !seenDecimal, previousWasDigit {
                cleaned.append(".")
                seenDecimal = true
                previousWasDigit = false
            } else if (character == " " || character == "\u{00A0}" || character == "\u{202F}" || character == "," || character == "."), previousWasDigit, !seenDecimal {
                previousWasDigit = false // a thousands separator must sit between digits
            } else {
                return nil
            }
        }
        guard previousWasDigit, let value = Double(cleaned), value.isFinite else { return nil }
        return negative ? -value : value
    }

    /// A whole number (see `number`), or nil when the value has a fractional part.
    public static func integer(_ text: String) -> Int? {
        guard let value = number(text), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// A date: `31.12.2025`, `1.2.2025`, `2025-12-31`, `31/12/2025`, optionally followed by a time
    /// (`31.12.2025 14:03`, `14:03:22`) as Excel and Microsoft Forms write it; the time is ignored.
    public static func date(_ text: String) -> CalendarDate? {
        var string = text.trimmingSpaces()
        if let space = string.firstIndex(where: { $0 == " " || $0 == "T" }) {
            let time = string[string.index(after: space)...]
            guard isTime(time) else { return nil }
            string = String(string[..<space])
        }
        if string.contains("-") {
            let parts = string.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                  (1...2).contains(parts[1].count), (1...2).contains(parts[2].count) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        let separator: Character = string.contains("/") ? "/" : "."
        let parts = string.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func isTime(_ text: Substring) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return false }
        return parts.count == 2 || (Int(parts[2]) ?? 60) < 60
    }

    private static func isGroupSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }
}
