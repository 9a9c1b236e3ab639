/// The privacy rule for small numbers: counts from 1 to `threshold − 1` are hidden, and so is
/// anything they can be worked out from.
public struct Suppression: Sendable, Hashable {
    /// Counts below this (and above zero) are hidden. At least 3; 5 by default.
    public let threshold: Int

    /// Creates the rule.
    public init(threshold: Int = 5) {
        self.threshold = max(3, threshold)
    }

    /// True when a count must be hidden.
    public func hides(_ count: Double?) -> Bool {
        guard let count else { return false }
        return count > 0 && count < Double(threshold)
    }

    /// A count, hidden when small.
    public func count(_ value: Double?, year: Int?, provenance: Provenance = .computed) -> Figure {
        Figure(raw: value, unit: .count, year: year, provenance: provenance, state: hides(value) ? .suppressed : .shown, threshold: threshold)
    }

    /// A share in percent of `numerator` over `denominator`, hidden when either count is small.
    public func share(_ numerator: Double?, of denominator: Double?, year: Int?, provenance: Provenance = .computed) -> Figure {
        guard let numerator, let denominator, denominator > 0 else { return .missing(.percent, year: year, provenance: provenance, threshold: threshold) }
        let hidden = hides(numerator) || hides(denominator)
        return Figure(raw: numerator / denominator * 100, unit: .percent, year: year, provenance: provenance,
                      state: hidden ? .suppressed : .shown, threshold: threshold)
    }

    /// A value that is not a count of people (årsverk, kroner, a published rate), never hidden by itself.
    public func value(_ value: Double?, _ unit: FigureUnit, year: Int?, provenance: Provenance = .computed) -> Figure {
        Figure(raw: value, unit: unit, year: year, provenance: provenance, state: .shown, threshold: threshold)
    }

    /// `figure` hidden because it is derived from a hidden count.
    public func hiding(_ figure: Figure) -> Figure {
        Figure(raw: figure.raw, unit: figure.unit, year: figure.year, provenance: figure.provenance,
               state: figure.state == .missing ? .missing : .suppressed, threshold: threshold)
    }

    /// Counts that are published together with their total: hides the small ones, then as many more
    /// (smallest first, then the total) as it takes so that no hidden cell can be worked out by
    /// subtraction and the hidden cells together are at least the threshold.
    public func group(_ counts: [Double?], year: Int?, provenance: Provenance = .computed) -> (cells: [Figure], total: Figure) {
        var hidden = counts.map { hides($0) }
        var totalHidden = false
        let totalValue: Double? = counts.contains(where: { $0 == nil }) ? nil : counts.reduce(0) { $0 + ($1 ?? 0) }
        func hiddenSum() -> Double { zip(counts, hidden).reduce(0) { $0 + ($1.1 ? ($1.0 ?? 0) : 0) } }
        while hidden.contains(true), !totalHidden, hidden.filter({ $0 }).count == 1 || hiddenSum() < Double(threshold) {
            let candidates = counts.indices.filter { !hidden[$0] && (counts[$0] ?? 0) > 0 }
            if let smallest = candidates.min(by: { (counts[$0] ?? 0) < (counts[$1] ?? 0) }) {
                hidden[smallest] = true
            } else {
                totalHidden = true
            }
        }
        let cells = zip(counts, hidden).map { value, isHidden in
            Figure(raw: value, unit: .count, year: year, provenance: provenance, state: isHidden ? .suppressed : .shown, threshold: threshold)
        }
        let total = Figure(raw: totalValue, unit: .count, year: year, provenance: provenance,
                           state: totalValue == nil ? .missing : (totalHidden || hides(totalValue) ? .suppressed : .shown), threshold: threshold)
        return (cells, total)
    }
}
