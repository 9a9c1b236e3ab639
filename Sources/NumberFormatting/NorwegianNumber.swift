/// Numbers written the Norwegian way: decimal comma, thousands grouped with a no-break space (U+00A0),
/// minus sign U+2212. Total over every `Double`: NaN, infinities and values far beyond any real count
/// format without trapping.
///
/// Rounding is half away from zero on the *decimal value the caller means*: the shortest decimal that
/// reads back as the same `Double` (what Swift prints for it). `2.675` is stored as
/// 2.67499999999999982236431605997495353221893310546875, yet the caller wrote 2.675, so with two decimals
/// it becomes «2,68» (where `printf("%.2f")`, rounding the exact binary value, gives 2.67). Callers that
/// hand in values already rounded to the shown decimals get exactly those digits.
///
/// Grouping: every number from 1 000 up is grouped in threes, four-digit numbers included («2 500»).
/// Språkrådet gives that as the main rule («Store tall ordner vi i grupper på tre og tre siffer … 2 500
/// biler») and allows four-digit numbers written together only as an alternative; grouping them keeps
/// columns of figures lined up and writes a figure the same way in a table, a sentence and a chart.
public enum NorwegianNumber {
    /// The thousands separator (and the space before a unit): U+00A0, so a number never breaks across lines.
    public static let groupSeparator = "\u{00A0}"
    /// The minus sign, U+2212 (not the hyphen).
    public static let minusSign = "\u{2212}"
    /// The text for NaN: a dash, as a table shows «no number».
    public static let notANumber = "–"
    /// More decimals than this are treated as this many: a `Double` carries at most 17 significant digits.
    public static let maximumDecimals = 30

    /// `value` with `decimals` places (clamped to 0…30); with `trimZeroDecimals`, `85,0` is written `85`.
    ///
    /// `format(1234.5, decimals: 1)` is «1 234,5», `format(-0.04, decimals: 1)` is «0,0» (no sign on a
    /// value that rounds to zero), `format(9.95, decimals: 1)` is «10,0», infinity is «∞».
    public static func format(_ value: Double, decimals: Int, trimZeroDecimals: Bool = false) -> String {
        if value.isNaN { return notANumber }
        if value.isInfinite { return value < 0 ? minusSign + "∞" : "∞" }
        let places = min(max(decimals, 0), maximumDecimals)
        var number = DecimalDigits(value.magnitude)
        number.round(fractionDigits: places)
        let integer = grouped(number.integerDigits)
        let fraction = number.fractionDigits(places)
        let showsFraction = places > 0 && !(trimZeroDecimals && fraction.allSatisfy { $0 == "0" })
        let sign = value.sign == .minus && !number.isZero ? minusSign : ""
        return sign + integer + (showsFraction ? "," + fraction : "")
    }

    /// `value` rounded half away from zero to `decimals` places (clamped to 0…30), by the same rule as
    /// `format`; non-finite values come back unchanged.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite else { return value }
        let places = min(max(decimals, 0), maximumDecimals)
        var number = DecimalDigits(value.magnitude)
        number.round(fractionDigits: places)
        let text = number.integerDigits + "." + number.fractionDigits(places) + "0"
        let magnitude = Double(text) ?? value.magnitude
        return value.sign == .minus ? -magnitude : magnitude
    }

    /// Digits in groups of three from the right, joined by the no-break space.
    static func grouped(_ digits: String) -> String {
        guard digits.utf8.count > 3 else { return digits }
        var out = ""
        let count = digits.utf8.count
        for (offset, character) in digits.enumerated() {
            if offset > 0, (count - offset) % 3 == 0 { out += groupSeparator }
            out.append(character)
        }
        return out
    }
}
