/// Nice tick values from zero up: steps of 1, 2 or 5 times a power of ten.
public struct Ticks: Sendable, Equatable {
    /// The tick values, ascending from 0.
    public let values: [Double]
    /// The distance between ticks.
    public let step: Double
    /// Decimals needed to write every tick exactly.
    public let fractionDigits: Int

    /// Ticks covering `0...maximum`, ending at the first nice tick at or above `maximum`.
    public init(covering maximum: Double, targetCount: Int = 5) {
        guard maximum.isFinite, maximum > Ticks.smallest else {
            self.init(values: [0, 1], step: 1, fractionDigits: 0)
            return
        }
        let (step, digits) = Ticks.niceStep(maximum / Double(max(targetCount, 1)))
        let count = max(1, Int((maximum / step - 1e-9).rounded(.up)))
        self.init(values: Ticks.multiples(of: step, count: count, digits: digits), step: step, fractionDigits: digits)
    }

    /// Nice ticks within `0...maximum` for a fixed axis top; the last tick is at or below `maximum`.
    public init(within maximum: Double, targetCount: Int = 5) {
        guard maximum.isFinite, maximum > Ticks.smallest else {
            self.init(values: [0, 1], step: 1, fractionDigits: 0)
            return
        }
        let (step, digits) = Ticks.niceStep(maximum / Double(max(targetCount, 1)))
        let count = max(1, Int((maximum / step + 1e-9).rounded(.down)))
        self.init(values: Ticks.multiples(of: step, count: count, digits: digits), step: step, fractionDigits: digits)
    }

    private init(values: [Double], step: Double, fractionDigits: Int) {
        self.values = values
        self.step = step
        self.fractionDigits = fractionDigits
    }

    /// The tick as text: comma decimal, a no-break space between thousands from 10 000 up.
    public func label(for value: Double) -> String {
        NumberText.format(value, fractionDigits: fractionDigits)
    }

    /// Below this the data are treated as all zero, so steps never underflow to zero.
    static let smallest = 1e-9

    /// The smallest 1, 2, 5 or 10 times a power of ten at or above `raw`, with the decimals it needs.
    static func niceStep(_ raw: Double) -> (step: Double, digits: Int) {
        var magnitude = 1.0
        var digits = 0
        while magnitude * 10 <= raw, magnitude < 1e300 { magnitude *= 10 }
        while magnitude > raw, digits < 12 {
            magnitude /= 10
            digits += 1
        }
        for multiplier in [1.0, 2.0, 5.0] where multiplier * magnitude >= raw * (1 - 1e-9) {
            return (multiplier * magnitude, digits)
        }
        return (10 * magnitude, max(0, digits - 1))
    }

    private static func multiples(of step: Double, count: Int, digits: Int) -> [Double] {
        // Rounding to the step's decimals removes drift such as 0.30000000000000004.
        (0...count).map { NumberText.round(Double($0) * step, fractionDigits: digits) }
    }
}

/// Maps values from `0...upper` onto a fraction of the plot; values outside are clamped.
public struct Scale: Sendable, Equatable {
    /// The value at the top of the axis; always finite and positive.
    public let upper: Double
    /// The gridline ticks.
    public let ticks: Ticks

    /// A scale from zero over `values`, or up to `maximum` when that is given, finite and positive.
    public init(values: [Double], maximum: Double? = nil) {
        if let maximum, maximum.isFinite, maximum > Ticks.smallest {
            upper = maximum
            ticks = Ticks(within: maximum)
            return
        }
        let largest = values.filter(\.isFinite).max() ?? 0
        ticks = Ticks(covering: largest)
        upper = ticks.values.last ?? 1
    }

    /// Where `value` sits between 0 (baseline) and 1 (top); never NaN.
    public func fraction(_ value: Double) -> Double {
        guard value.isFinite, upper > 0 else { return 0 }
        return min(max(value / upper, 0), 1)
    }
}
