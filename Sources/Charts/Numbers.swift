/// Numbers for SVG attributes: at most one decimal, `.` as decimal point, never NaN or infinity.
enum SVGNumber {
    /// Coordinates beyond this are clamped; nothing in a 640-wide chart comes near it.
    static let limit = 1e9

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((min(max(value, -limit), limit) * 10).rounded())
        let magnitude = tenths.magnitude
        let whole = magnitude / 10
        let fraction = magnitude % 10
        // Decide the sign from the rounded value so that -0.04 becomes "0", not "-0".
        let sign = tenths < 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

/// Numbers as readers see them in tick labels: Norwegian style, comma decimal and spaced thousands.
enum NumberText {
    static func format(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else { return "" }
        let digits = min(max(fractionDigits, 0), 9)
        let power = powerOfTen(digits)
        let scaled = (min(abs(value), 1e15) * Double(power)).rounded()
        guard scaled.isFinite, scaled < 9e18 else { return "" }
        let units = UInt64(scaled)
        let whole = units / power
        var text = group(whole)
        if digits > 0 {
            var fraction = String(units % power)
            while fraction.count < digits { fraction = "0" + fraction }
            text += "," + fraction
        }
        return value < 0 && units != 0 ? "−" + text : text
    }

    /// `value` rounded to `fractionDigits` decimals.
    static func round(_ value: Double, fractionDigits: Int) -> Double {
        guard fractionDigits > 0 else { return value.rounded() }
        let power = Double(powerOfTen(min(fractionDigits, 15)))
        return (value * power).rounded() / power
    }

    private static func powerOfTen(_ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<max(exponent, 0) { result *= 10 }
        return result
    }

    /// Four-digit numbers stay unspaced, as Norwegian usage prefers; from 10 000 a no-break space groups thousands.
    private static func group(_ whole: UInt64) -> String {
        let plain = String(whole)
        guard whole >= 10_000 else { return plain }
        var out = ""
        for (offset, character) in plain.enumerated() {
            if offset > 0, (plain.count - offset) % 3 == 0 { out += "\u{00A0}" }
            out.append(character)
        }
        return out
    }
}
