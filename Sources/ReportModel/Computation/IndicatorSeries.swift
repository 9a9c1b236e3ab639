/// One indicator over the years at each level, with the privacy rule applied.
public struct IndicatorSeries: Sendable {
    public let entry: IndicatorCatalogue.Entry
    public let levels: [IndicatorLevel: Series]

    /// The series with `level` replaced (or removed when `series` is nil).
    func with(_ level: IndicatorLevel, _ series: Series?) -> IndicatorSeries {
        var levels = self.levels
        levels[level] = series
        return IndicatorSeries(entry: entry, levels: levels)
    }

    /// The municipality's own series.
    public var municipality: Series { series(.municipality) }

    /// The series at `level` (empty when not given).
    public func series(_ level: IndicatorLevel) -> Series { levels[level] ?? Series(unit: entry.unit, points: []) }

    /// Where the municipality stands against `level` in `year`.
    public func position(_ year: Int, against level: IndicatorLevel) -> Position {
        Position.of(municipality.figure(year), against: series(level).figure(year))
    }

    static func compute(_ rows: [IndicatorRow], own: [IndicatorCatalogue.Entry], plan: PublicationPlan, suppression: Suppression) -> [IndicatorSeries] {
        let catalogue = IndicatorCatalogue.all + own
        var byID: [String: [IndicatorRow]] = [:]
        for row in rows { byID[row.id, default: []].append(row) }
        // Counts first, so that a share computed from a hidden count is hidden too.
        let entries = Dictionary(catalogue.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: Figure] = [:]
        for row in rows where row.level == .municipality {
            guard let entry = entries[row.id], entry.unit == .count else { continue }
            counts["\(row.id)|\(row.year)"] = suppression.count(row.value, year: row.year, provenance: row.provenance,
                                                               publication: plan.publication(PlanKey.indicator(row.id, row.year)))
        }
        var seen = Set<String>()
        var result: [IndicatorSeries] = []
        for entry in catalogue where seen.insert(entry.id).inserted {
            guard let ofEntry = byID[entry.id], !ofEntry.isEmpty else { continue }
            var levels: [IndicatorLevel: Series] = [:]
            for level in IndicatorLevel.allCases {
                let points = ofEntry.filter { $0.level == level }.map { row in
                    figure(row, entry, level, counts: counts, plan: plan, suppression: suppression)
                }
                if !points.isEmpty { levels[level] = Series(unit: entry.unit, points: points, threshold: suppression.threshold) }
            }
            result.append(IndicatorSeries(entry: entry, levels: levels))
        }
        return result
    }

    /// One year's figure at one level, as the plan and the share rules decide.
    private static func figure(_ row: IndicatorRow, _ entry: IndicatorCatalogue.Entry, _ level: IndicatorLevel, counts: [String: Figure],
                               plan: PublicationPlan, suppression: Suppression) -> Figure {
        if entry.unit == .count {
            if level == .municipality, let figure = counts["\(row.id)|\(row.year)"] { return figure }
            return suppression.count(row.value, year: row.year, provenance: row.provenance, publication: nil)
        }
        let figure = suppression.value(row.value, entry.unit, year: row.year, provenance: row.provenance)
        guard level == .municipality else { return figure }
        // The data's own numerator and denominator, and what the one leaves of the other, are counts of children.
        let rest = row.numerator.flatMap { numerator in row.denominator.map { $0 - numerator } }
        let smallParts = suppression.hides(row.numerator) || suppression.hides(row.denominator) || suppression.hides(rest)
        let fromHidden = entry.basis?.counts.contains { counts["\($0)|\(row.year)"]?.isProtected ?? false } ?? false
        let turnedBack = !plan.isShown(fact: PlanKey.indicator(row.id, row.year))
        return smallParts || fromHidden || turnedBack ? suppression.hiding(figure) : figure
    }
}
