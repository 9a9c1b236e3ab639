/// One indicator over the years at each level, with the privacy rule applied.
public struct IndicatorSeries: Sendable {
    public let entry: IndicatorCatalogue.Entry
    public let levels: [IndicatorLevel: Series]

    /// The municipality's own series.
    public var municipality: Series { series(.municipality) }

    /// The series at `level` (empty when not given).
    public func series(_ level: IndicatorLevel) -> Series { levels[level] ?? Series(unit: entry.unit, points: []) }

    /// Where the municipality stands against `level` in `year`.
    public func position(_ year: Int, against level: IndicatorLevel) -> Position {
        Position.of(municipality.figure(year), against: series(level).figure(year))
    }

    static func compute(_ rows: [IndicatorRow], own: [IndicatorCatalogue.Entry], suppression: Suppression) -> [IndicatorSeries] {
        let catalogue = IndicatorCatalogue.all + own
        let entries = Dictionary(catalogue.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Counts first, so that a share derived from a hidden count can be hidden too.
        var hiddenCounts: Set<String> = []
        for row in rows {
            guard let entry = entries[row.id], entry.unit == .count, suppression.hides(row.value) else { continue }
            hiddenCounts.insert("\(row.id)|\(row.year)|\(row.level.rawValue)")
        }
        var result: [IndicatorSeries] = []
        for entry in catalogue {
            let ofEntry = rows.filter { $0.id == entry.id }
            guard !ofEntry.isEmpty else { continue }
            var levels: [IndicatorLevel: Series] = [:]
            for level in IndicatorLevel.allCases {
                let points = ofEntry.filter { $0.level == level }.map { row -> Figure in
                    switch entry.unit {
                    case .count:
                        return suppression.count(row.value, year: row.year, provenance: row.provenance)
                    default:
                        var figure = suppression.value(row.value, entry.unit, year: row.year, provenance: row.provenance)
                        let smallParts = suppression.hides(row.numerator) || suppression.hides(row.denominator)
                        let fromHidden = entry.derivedFrom.map { hiddenCounts.contains("\($0)|\(row.year)|\(row.level.rawValue)") } ?? false
                        if smallParts || fromHidden { figure = suppression.hiding(figure) }
                        return figure
                    }
                }
                if !points.isEmpty { levels[level] = Series(unit: entry.unit, points: points, threshold: suppression.threshold) }
            }
            result.append(IndicatorSeries(entry: entry, levels: levels))
        }
        return result
    }
}
