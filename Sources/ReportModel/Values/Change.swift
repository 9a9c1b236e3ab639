/// How a figure moved from one year to the next, as a reader needs it in words.
public enum Change: Sendable, Hashable {
    /// Up by `difference` (in the figure's unit; percentage points for shares).
    case increased(from: Figure, to: Figure, difference: Figure)
    case decreased(from: Figure, to: Figure, difference: Figure)
    case unchanged(from: Figure, to: Figure)
    /// One of the two is missing.
    case missing(from: Figure, to: Figure)
    /// One of the two is hidden, so no change can be told.
    case suppressed(from: Figure, to: Figure)

    /// Compares `previous` with `current`; a difference that rounds to zero at the shown precision is unchanged.
    public static func between(_ previous: Figure, _ current: Figure) -> Change {
        if previous.isProtected || current.isProtected { return .suppressed(from: previous, to: current) }
        guard let old = previous.visibleValue, let new = current.visibleValue else { return .missing(from: previous, to: current) }
        let unit = current.unit
        var factor = 1.0
        for _ in 0..<unit.decimals { factor *= 10 }
        // Compare the values as printed, so that the words never contradict the numbers beside them.
        let difference = ((new * factor).rounded() - (old * factor).rounded()) / factor
        let differenceFigure = Figure(raw: abs(difference), unit: unit, year: current.year, provenance: .computed, state: .shown, threshold: current.threshold)
        if difference == 0 { return .unchanged(from: previous, to: current) }
        return difference > 0 ? .increased(from: previous, to: current, difference: differenceFigure)
                              : .decreased(from: previous, to: current, difference: differenceFigure)
    }

    /// The newer figure.
    public var current: Figure {
        switch self {
        case .increased(_, let to, _), .decreased(_, let to, _), .unchanged(_, let to), .missing(_, let to), .suppressed(_, let to): return to
        }
    }

    /// The older figure.
    public var previous: Figure {
        switch self {
        case .increased(let from, _, _), .decreased(let from, _, _), .unchanged(let from, _), .missing(let from, _), .suppressed(let from, _): return from
        }
    }
}

/// Where the municipality stands against a comparison figure (KOSTRA group, country).
public enum Position: String, Sendable, Hashable {
    case above, below, level, unknown

    /// Compares two shown figures; within half a unit of the last shown decimal counts as level.
    public static func of(_ figure: Figure, against other: Figure) -> Position {
        guard let value = figure.visibleValue, let comparison = other.visibleValue else { return .unknown }
        let tolerance = figure.unit == .kroner ? max(1, abs(comparison) * 0.005) : (figure.unit.decimals == 0 ? 0.5 : 0.05)
        if abs(value - comparison) < tolerance { return .level }
        return value > comparison ? .above : .below
    }
}
