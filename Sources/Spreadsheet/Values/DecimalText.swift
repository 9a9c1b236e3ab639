/// A number as decimal digits, for showing it the way Excel does without binary rounding surprises:
/// Excel keeps 15 significant digits, so 0.1 + 0.2 shows as 0,3 and 1.005 with two decimals as 1,01.
struct DecimalText {
    /// Significant digits, most significant first, no leading zeros (empty for zero).
    var digits: [UInt8]
    /// The value is 0.d₁d₂d₃… × 10^exponent.
    var exponent: Int
    var negative: Bool

    /// The shortest decimal that reads back as `value`, rounded to 15 significant digits.
    init(_ value: Double) {
        negative = value < 0
        digits = []
        exponent = 0
        // Swift prints the shortest round-tripping form: "1234.5", "1e-05", "1.2345e+20".
        let text = String(describing: abs(value))
        var mantissa = Substring(text)
        var power = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            power = Int(text[text.index(after: e)...]) ?? 0
        }
        var pointAt: Int? = nil
        var all: [UInt8] = []
        for character in mantissa {
            if character == "." { pointAt = all.count; continue }
            guard let digit = character.wholeNumberValue else { continue }
            all.append(UInt8(digit))
        }
        var integerDigits = (pointAt ?? all.count) + power
        while let first = all.first, first == 0 { all.removeFirst(); integerDigits -= 1 }
        while let last = all.last, last == 0 { all.removeLast() }
        digits = all
        exponent = digits.isEmpty ? 0 : integerDigits
        round(significant: 15)
    }

    var isZero: Bool { digits.isEmpty }

    /// Rounds half away from zero, keeping `count` significant digits.
    mutating func round(significant count: Int) {
        guard digits.count > count else { return }
        cut(at: count)
    }

    /// Rounds half away from zero to `decimals` digits after the point.
    mutating func round(decimals: Int) {
        let keep = exponent + decimals
        if keep < 0 { digits = []; exponent = 0; return }
        guard digits.count > keep else { return }
        cut(at: keep)
    }

    private mutating func cut(at keep: Int) {
        let roundUp = digits[keep] >= 5
        digits.removeSubrange(keep...)
        if roundUp {
            var index = digits.count - 1
            while index >= 0 {
                if digits[index] < 9 { digits[index] += 1; break }
                digits[index] = 0
                index -= 1
            }
            if index < 0 { digits.insert(1, at: 0); exponent += 1 }
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        if digits.isEmpty { exponent = 0 }
    }

    /// The digits before the point (at least "0").
    var integerPart: [UInt8] {
        guard exponent > 0 else { return [0] }
        return (0..<exponent).map { $0 < digits.count ? digits[$0] : 0 }
    }

    /// The digits after the point, exactly `decimals` of them (after rounding to them).
    func fractionPart(_ decimals: Int) -> [UInt8] {
        (0..<decimals).map { position in
            let index = exponent + position
            return index >= 0 && index < digits.count ? digits[index] : 0
        }
    }

    /// How many digits after the point the value has.
    var fractionDigits: Int { max(0, digits.count - exponent) }

    /// Norwegian text: decimal comma, optional grouping of thousands with a no-break space.
    func text(decimals: Int, grouping: Bool, sign: Bool = true) -> String {
        var out = negative && sign && !isZero ? "-" : ""
        let integer = integerPart
        for (index, digit) in integer.enumerated() {
            if grouping, index > 0, (integer.count - index) % 3 == 0 { out.append("\u{00A0}") }
            out.append(Character(Unicode.Scalar(48 + digit)))
        }
        if decimals > 0 {
            out.append(",")
            for digit in fractionPart(decimals) { out.append(Character(Unicode.Scalar(48 + digit))) }
        }
        return out
    }
}
