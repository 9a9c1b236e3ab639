extension NumberFormat {
    /// The value and text of a numeric cell with this format.
    func display(_ number: Double, uses1904: Bool) -> (CellValue, String) {
        switch self {
        case .general:
            return (.number(number), Self.general(number))
        case .number(let pattern):
            return (.number(number), pattern.text(number))
        case .time(let seconds):
            // A time of day needs no calendar date: 0,75 is 18:00 whatever the day.
            guard number.isFinite, number >= 0 else { return (.number(number), Self.general(number)) }
            return (.number(number), Self.clock(DateSerial.time(number), seconds: seconds))
        case .date, .dateTime:
            guard let date = DateSerial.date(number, uses1904: uses1904) else {
                if !uses1904, DateSerial.day(number, uses1904: false) == .leapYearBug {
                    return (.number(number), "29.02.1900" + (self == .dateTime ? " " + Self.clock(DateSerial.time(number), seconds: false) : ""))
                }
                // Excel shows #### for a negative date; the number is the honest text here.
                return (.number(number), Self.general(number))
            }
            return (.date(date), Self.text(date, format: self))
        }
    }

    /// `dd.mm.åååå`, `dd.mm.åååå hh:mm` or `hh:mm[:ss]`.
    static func text(_ date: SpreadsheetDate, format: NumberFormat) -> String {
        let time = (carry: 0, hour: date.hour, minute: date.minute, second: date.second)
        switch format {
        case .time(let seconds): return clock(time, seconds: seconds)
        case .dateTime: return date.date.description + " " + clock(time, seconds: false)
        default: return date.date.description
        }
    }

    static func clock(_ time: (carry: Int, hour: Int, minute: Int, second: Int), seconds: Bool) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return two(time.hour) + ":" + two(time.minute) + (seconds ? ":" + two(time.second) : "")
    }

    /// Excel's General format in a standard-width column: up to 11 characters, scientific beyond.
    static func general(_ number: Double) -> String {
        guard number.isFinite else { return "#NUM!" }
        var decimal = DecimalText(number)
        if decimal.isZero { return "0" }
        if decimal.exponent > 11 || decimal.exponent < -8 {
            // General shows at most five decimals of the mantissa and drops trailing zeros: 1E-12, 1,23457E+11.
            var mantissa = decimal
            mantissa.round(significant: 6)
            return scientific(decimal, decimals: max(0, min(5, mantissa.digits.count - 1)))
        }
        let room = max(0, 10 - max(decimal.exponent, 1) - (decimal.negative ? 1 : 0))
        decimal.round(decimals: room)
        if decimal.isZero { return "0" }
        return decimal.text(decimals: decimal.fractionDigits, grouping: false)
    }

    /// `1,23E+04`: one digit before the comma, `decimals` after, a signed exponent of at least two digits.
    static func scientific(_ value: DecimalText, decimals: Int) -> String {
        guard !value.isZero else { return "0" + (decimals > 0 ? "," + String(repeating: "0", count: decimals) : "") + "E+00" }
        var mantissa = value
        var power = mantissa.exponent - 1
        mantissa.exponent = 1
        mantissa.round(decimals: decimals)
        if mantissa.exponent > 1 { mantissa.exponent = 1; power += 1 } // 9,99 rounded up to 10,0
        let digits = String(abs(power))
        return mantissa.text(decimals: decimals, grouping: false) + (power < 0 ? "E-" : "E+") + (digits.count < 2 ? "0" : "") + digits
    }
}

extension NumberPattern {
    /// The text of `number` with this pattern.
    func text(_ number: Double) -> String {
        guard number.isFinite else { return "#NUM!" }
        var decimal = DecimalText(number)
        if !decimal.isZero { decimal.exponent += (percent ? 2 : 0) - 3 * scale }
        let body: String
        if scientific {
            var positive = decimal
            positive.negative = false
            body = NumberFormat.scientific(positive, decimals: decimals)
        } else {
            decimal.round(decimals: decimals)
            body = decimal.text(decimals: decimals, grouping: grouping, sign: false)
        }
        guard decimal.negative, !decimal.isZero else { return prefix + body + suffix }
        if let negativePrefix, let negativeSuffix { return negativePrefix + body + negativeSuffix }
        return "-" + prefix + body + suffix
    }
}
