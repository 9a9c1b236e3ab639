import DisclosureControl

/// The privacy rule for small numbers, and the only way figures are made: a count from 1 to
/// `threshold − 1` is small; what the report prints of a count is decided for the whole report at once
/// (`PublicationPlan`), and a figure computed from a hidden count is hidden too.
public struct Suppression: Sendable, Hashable {
    /// Counts below this (and above zero) are small. At least 3; 5 by default.
    public let threshold: Int

    /// Creates the rule.
    public init(threshold: Int = 5) {
        self.threshold = max(3, threshold)
    }

    /// True for a count from 1 to `threshold − 1`.
    public func hides(_ count: Double?) -> Bool {
        guard let count else { return false }
        return count > 0 && count < Double(threshold)
    }

    /// A count published as decided for the whole report (`publication`: shown, «<5» or «skjult»); a count
    /// outside any table (no publication) is «<5» when small.
    public func count(_ value: Double?, year: Int?, provenance: Provenance = .computed, publication: Publication? = nil) -> Figure {
        let state: Figure.State
        switch publication {
        case .small?: state = .small
        case .protecting?, .withheld?: state = .hidden
        case .shown?: state = .shown
        // Not in the plan: a count nobody else relates to, hidden when small.
        case nil: state = hides(value) ? .small : .shown
        }
        return Figure(raw: value, unit: .count, year: year, provenance: provenance, state: state, threshold: threshold)
    }

    /// A share in percent of `numerator` over `denominator`, hidden when either count is hidden or small.
    public func share(_ numerator: Double?, of denominator: Double?, year: Int?, provenance: Provenance = .computed,
                      from parts: [Figure] = []) -> Figure {
        guard let numerator, let denominator, denominator > 0 else { return .missing(.percent, year: year, provenance: provenance, threshold: threshold) }
        let figure = Figure(raw: Self.roundedPercent(numerator, denominator), unit: .percent, year: year, provenance: provenance,
                            state: .shown, threshold: threshold)
        let hidden = hides(numerator) || hides(denominator) || parts.contains(where: \.isProtected)
        return hidden ? hiding(figure) : figure
    }

    /// A value that is not a count of people (årsverk, kroner, a published rate), never hidden by itself.
    public func value(_ value: Double?, _ unit: FigureUnit, year: Int?, provenance: Provenance = .computed) -> Figure {
        Figure(raw: value, unit: unit, year: year, provenance: provenance, state: .shown, threshold: threshold)
    }

    /// `figure` hidden because it is computed from a hidden count (or hidden to protect one).
    public func hiding(_ figure: Figure) -> Figure {
        Figure(raw: figure.raw, unit: figure.unit, year: figure.year, provenance: figure.provenance,
               state: figure.state == .missing ? .missing : .hidden, threshold: threshold)
    }

    /// `figure`, hidden when any of `parts` is hidden.
    func hiding(_ figure: Figure, unlessShown parts: [Figure]) -> Figure {
        parts.contains(where: \.isProtected) ? hiding(figure) : figure
    }

    /// numerator ÷ denominator × 100 rounded half up to one decimal, exactly as a reader's calculator
    /// rounds it (and as the attacker in `PublicationPlan` inverts it).
    static func roundedPercent(_ numerator: Double, _ denominator: Double) -> Double {
        if let whole = Int(exactly: numerator), let of = Int(exactly: denominator), let tenths = roundedShare(whole, of: of, decimals: 1) {
            return Double(tenths) / 10
        }
        return (numerator / denominator * 1000).rounded() / 10
    }
}
