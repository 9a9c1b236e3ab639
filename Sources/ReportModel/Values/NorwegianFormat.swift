/// Numbers written the Norwegian way: a no-break space between thousands and a decimal comma
/// (`1 234`, `12,5`), so that a number never breaks across lines.
public enum NorwegianFormat {
    /// The space between groups of thousands and before units (U+00A0).
    public static let space = "\u{00A0}"

    /// "a", "a og b", "a, b og c": a list as a sentence writes it.
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " og " + (items.last ?? "")
    }

    /// `value` rounded to `decimals` places; with `trimZeroDecimals`, `85,0` is written `85`.
    public static func number(_ value: Double, decimals: Int, trimZeroDecimals: Bool = false) -> String {
        guard value.isFinite else { return "–" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(value) * factor).rounded()
        let negative = value < 0 && scaled != 0
        let whole = Int(scaled / factor)
        let fraction = Int(scaled - Double(whole) * factor)
        var digits = String(whole)
        // Four-digit numbers are grouped too (`1 234`), so columns of numbers line up.
        var grouped = ""
        while digits.count > 3 {
            grouped = space + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        var result = (negative ? "−" : "") + digits + grouped
        if decimals > 0, !(trimZeroDecimals && fraction == 0) {
            let fractionText = String(fraction)
            result += "," + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        return result
    }
}
