/// A non-negative decimal as digits and the position of the decimal point: `0.d₁d₂d₃… × 10^point`.
/// Arithmetic on the digits, not on `Double`, so any magnitude rounds and prints without overflow.
struct DecimalDigits: Equatable {
    /// Significant digits (0…9), no leading zeros; empty for zero.
    private(set) var digits: [UInt8]
    /// How many digits stand before the decimal point; negative for values below 0.1.
    private(set) var point: Int

    /// The shortest decimal that reads back as `magnitude` (a finite value ≥ 0), from Swift's own
    /// shortest round-trip text for it, such as "2.675", "1e-05" or "1.2345e+20".
    init(_ magnitude: Double) {
        digits = []
        point = 0
        guard magnitude.isFinite, magnitude != 0 else { return }
        let text = magnitude.description.utf8
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        var pointSeen = false
        var beforePoint = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-") where inExponent: exponentSign = -1
            case UInt8(ascii: "+"): continue
            case UInt8(ascii: "."): pointSeen = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - UInt8(ascii: "0")
                if inExponent {
                    // Exponents of a Double have at most three digits; the cap keeps hostile text harmless.
                    exponent = min(exponent * 10 + Int(digit), 100_000)
                } else {
                    digits.append(digit)
                    if !pointSeen { beforePoint += 1 }
                }
            default: continue
            }
        }
        point = beforePoint + exponentSign * exponent
        normalise()
    }

    /// True when every digit is zero.
    var isZero: Bool { digits.isEmpty }

    /// Rounds half away from zero to `fractionDigits` places; 9.95 → 10.0 carries into a new digit.
    mutating func round(fractionDigits: Int) {
        let keep = point + fractionDigits
        guard keep < digits.count else { return }
        guard keep >= 0 else {
            digits = []
            point = 0
            return
        }
        let roundsUp = digits[keep] >= 5
        digits.removeSubrange(keep...)
        if roundsUp {
            var index = keep - 1
            var carry = true
            while carry, index >= 0 {
                if digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                } else {
                    digits[index] += 1
                    carry = false
                }
            }
            if carry {
                digits.insert(1, at: 0)
                point += 1
            }
        }
        normalise()
    }

    /// The digits before the decimal point, "0" when there are none.
    var integerDigits: String {
        guard point > 0 else { return "0" }
        var out = ""
        out.reserveCapacity(point)
        for index in 0..<point {
            out.append(Character(Unicode.Scalar(UInt8(ascii: "0") + (index < digits.count ? digits[index] : 0))))
        }
        return out
    }

    /// Exactly `count` digits after the decimal point, padded with zeros.
    func fractionDigits(_ count: Int) -> String {
        var out = ""
        out.reserveCapacity(count)
        for offset in 0..<max(count, 0) {
            let index = point + offset
            let digit = index >= 0 && index < digits.count ? digits[index] : 0
            out.append(Character(Unicode.Scalar(UInt8(ascii: "0") + digit)))
        }
        return out
    }

    /// Drops leading zeros (moving the point) and trailing zeros, so equal values compare equal.
    private mutating func normalise() {
        let leading = digits.prefix { $0 == 0 }.count
        if leading == digits.count {
            digits = []
            point = 0
            return
        }
        digits.removeFirst(leading)
        point -= leading
        while digits.last == 0 { digits.removeLast() }
    }
}
