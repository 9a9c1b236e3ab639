import NumberFormatting

/// A value axis: its range, its ticks (steps of 1, 2 or 5 times a power of ten, both ends labelled) and
/// whether it leaves out zero.
///
/// Bars always stand on zero (`fromZero`). Lines may zoom (`fitted`): the range is the nice ticks just
/// around the data, so 96–99,5 % gets 94–100 and 3,3–4,0 % gets 3,0–4,5; when zero lies within half the
/// axis' span below the data, the axis starts at zero instead, because a break would gain little.
struct Scale: Equatable {
    /// The value at the bottom of the axis.
    let lower: Double
    /// The value at the top of the axis; always above `lower`.
    let upper: Double
    /// The tick values, ascending, from `lower` to `upper`.
    let ticks: [Double]
    /// Decimals needed to write every tick exactly.
    let fractionDigits: Int

    /// Below this span the data are treated as one value, so steps never underflow to zero.
    static let smallest = 1e-9

    /// True when the axis does not reach zero, so it needs a break mark and a note.
    var excludesZero: Bool { lower > 0 || upper < 0 }

    /// Where `value` sits between 0 (bottom) and 1 (top), clamped; never NaN.
    func fraction(_ value: Double) -> Double {
        guard value.isFinite, upper > lower else { return 0 }
        // Halves keep the differences finite even for an axis from −1e308 to 1e308.
        let share = (value / 2 - lower / 2) / (upper / 2 - lower / 2)
        return share.isNaN ? 0 : min(max(share, 0), 1)
    }

    /// The tick as text: the report's number style with the step's decimals.
    func label(_ tick: Double) -> String {
        NorwegianNumber.format(tick, decimals: fractionDigits)
    }

    /// An axis that includes zero and the data, ending at `maximum` (e.g. 100 for shares) when that is
    /// given, finite, positive and not below the data.
    static func fromZero(values: [Double], maximum: Double? = nil) -> Scale {
        let finite = values.filter(\.isFinite)
        let low = min(0, finite.min() ?? 0)
        var high = max(0, finite.max() ?? 0)
        var fixedTop: Double?
        if let maximum, maximum.isFinite, maximum > smallest, maximum >= high {
            high = maximum
            fixedTop = maximum
        }
        if high - low < smallest { high = low + 1 }
        let (step, digits) = niceStep(min(high - low, .greatestFiniteMagnitude) / 5)
        let lower = floorToStep(low, step)
        let upper = fixedTop ?? NorwegianNumber.rounded(ceilToStep(high, step), decimals: digits)
        return Scale(lower: lower, upper: upper, step: step, digits: digits)
    }

    /// An axis fitted to the data with a tick's room above and below, kept within `0…maximum` when the
    /// data are; it falls back to `fromZero` when zero is near.
    static func fitted(values: [Double], maximum: Double? = nil) -> Scale {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return fromZero(values: [], maximum: maximum) }
        var span = min(high - low, .greatestFiniteMagnitude)
        if span <= max(low.magnitude, high.magnitude) * 1e-12 || span < smallest {
            guard high.magnitude >= smallest else { return fromZero(values: finite, maximum: maximum) }
            span = high.magnitude * 0.05
        }
        var (step, digits) = niceStep(span / 3)
        var (lower, upper) = fittedRange(low, high, step: step, maximum: maximum)
        // Two intervals say too little about the range: take the next finer step.
        if (upper - lower) / step < 2.5 {
            (step, digits) = finerStep(step, digits)
            (lower, upper) = fittedRange(low, high, step: step, maximum: maximum)
        }
        let room = (upper - lower) / 2
        if (lower > 0 && lower <= room) || (upper < 0 && -upper <= room) {
            return fromZero(values: finite, maximum: maximum)
        }
        return Scale(lower: lower, upper: upper, step: step, digits: digits)
    }

    /// The ticks just outside the data (a step of room on each side), within `0…maximum` when the data are.
    private static func fittedRange(_ low: Double, _ high: Double, step: Double, maximum: Double?) -> (Double, Double) {
        var lower = floorToStep(low, step)
        if lower > low - step * 1e-9 { lower -= step }
        var upper = ceilToStep(high, step)
        if upper < high + step * 1e-9 { upper += step }
        if low >= 0, lower < 0 { lower = 0 }
        if let maximum, maximum.isFinite, high <= maximum, upper > maximum, maximum > lower { upper = maximum }
        return (lower, upper)
    }

    /// The nice step below `step`: 5 → 2, 2 → 1, 1 → 0,5 (times the same power of ten), with its decimals.
    static func finerStep(_ step: Double, _ digits: Int) -> (step: Double, digits: Int) {
        var magnitude = 1.0
        while magnitude * 10 <= step * (1 + 1e-9), magnitude < 1e300 { magnitude *= 10 }
        while magnitude > step * (1 + 1e-9), magnitude > 1e-300 { magnitude /= 10 }
        switch (step / magnitude).rounded() {
        case 5: return (2 * magnitude, digits)
        case 2: return (magnitude, digits)
        default: return (magnitude / 2, magnitude <= 1 ? digits + 1 : digits)
        }
    }

    /// Ticks every `step` from `lower`, and `upper` as the last tick even when it is off the grid (a
    /// fixed maximum such as 7), with a grid tick too close to it left out.
    private init(lower: Double, upper: Double, step: Double, digits: Int) {
        let limit = Double.greatestFiniteMagnitude
        let lower = min(max(NorwegianNumber.rounded(lower, decimals: digits), -limit), limit)
        let upper = min(max(upper, -limit), limit)
        self.lower = lower
        self.upper = upper > lower ? upper : lower + 1
        fractionDigits = digits
        var values: [Double] = []
        var index = 0.0
        while values.count < 40 {
            let value = NorwegianNumber.rounded(lower + index * step, decimals: digits)
            if value > upper - step * 0.4 { break }
            values.append(value)
            index += 1
        }
        values.append(self.upper)
        ticks = values
    }

    private static func floorToStep(_ value: Double, _ step: Double) -> Double {
        (value / step + 1e-9).rounded(.down) * step
    }

    private static func ceilToStep(_ value: Double, _ step: Double) -> Double {
        (value / step - 1e-9).rounded(.up) * step
    }

    /// The smallest 1, 2, 5 or 10 times a power of ten at or above `raw`, with the decimals it needs.
    static func niceStep(_ raw: Double) -> (step: Double, digits: Int) {
        guard raw.isFinite, raw > 0 else { return (1, 0) }
        var magnitude = 1.0
        var digits = 0
        while magnitude * 10 <= raw, magnitude < 1e307 { magnitude *= 10 }
        while magnitude > raw, digits < 12 {
            magnitude /= 10
            digits += 1
        }
        for multiplier in [1.0, 2.0, 5.0] where multiplier * magnitude >= raw * (1 - 1e-9) {
            return (multiplier * magnitude, digits)
        }
        return (10 * magnitude, max(0, digits - 1))
    }
}
