import DisclosureControl

extension PlanKey {
    /// The municipality's count of indicator `id` in `year`.
    static func indicator(_ id: String, _ year: Int) -> String { "indikator|\(id)|\(year)" }
}

extension PublicationPlan {
    /// The municipality's counts, the shares a reader can turn back into counts (with what they leave
    /// out), and the parts of a whole that the catalogue knows add up.
    mutating func addIndicators(_ rows: [IndicatorRow], catalogue: [IndicatorCatalogue.Entry]) {
        let entries = Dictionary(catalogue.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let municipal = rows.filter { $0.level == .municipality }
        var counts: [String: Double] = [:]
        for row in municipal {
            guard let entry = entries[row.id], entry.unit == .count, let value = row.value else { continue }
            counts[PlanKey.indicator(row.id, row.year)] = value
            printed(PlanKey.indicator(row.id, row.year), value, in: PublishedTable(.indicators, year: row.year, detail: row.id),
                    main: entry.isKeyFigure && row.year == year)
        }
        for row in municipal {
            guard let entry = entries[row.id], case .ofCount(let base)? = entry.basis, let share = row.value,
                  let denominatorValue = counts[PlanKey.indicator(base, row.year)],
                  let denominator = cellIndex(PlanKey.indicator(base, row.year)) else { continue }
            addShare(of: denominator, denominatorValue, share: share, row: row, main: entry.isKeyFigure && row.year == year)
        }
        for partition in IndicatorCatalogue.partitions {
            for year in Set(municipal.map(\.year)).sorted() {
                guard let whole = cellIndex(PlanKey.indicator(partition.whole, year)),
                      let wholeValue = counts[PlanKey.indicator(partition.whole, year)] else { continue }
                let parts = partition.parts.compactMap { cellIndex(PlanKey.indicator($0, year)) }
                guard parts.count == partition.parts.count else { continue }
                let rest = wholeValue - partition.parts.reduce(0) { $0 + (counts[PlanKey.indicator($1, year)] ?? 0) }
                // Parts that exceed the whole tell the reader the relation does not hold here.
                guard rest >= 0 else { continue }
                // The whole is the parts' total: it may be withheld like any total.
                printed(PlanKey.indicator(partition.whole, year), wholeValue, in: PublishedTable(.indicators, year: year, detail: partition.whole), total: true)
                let remainder = implicit(PlanKey.indicator(partition.whole, year) + "|annet", rest)
                relate(.sum(of: parts + [remainder], equals: whole))
            }
        }
    }

    /// A printed share of a printed count: its numerator and the rest are counts of children the reader
    /// can work out, so they are protected like printed ones.
    private mutating func addShare(of denominator: Int, _ denominatorValue: Double, share: Double, row: IndicatorRow, main: Bool) {
        let whole = Self.whole(denominatorValue)
        guard whole > 0 else { return }
        // The share as printed (one decimal), and the numerator it gives: the data's own where it agrees.
        let printedTenths = Int((share * 10).rounded())
        let estimate = Int((share * Double(whole) / 100).rounded())
        let consistent = (max(0, estimate - 2)...min(whole, estimate + 2)).filter { roundedShare($0, of: whole, decimals: 1) == printedTenths }
        let key = PlanKey.indicator(row.id, row.year)
        guard !consistent.isEmpty else {
            // No whole number gives this share of this count (the two come from different sources): a reader
            // still reads off about `estimate`, so a small estimate or rest hides the share.
            if problem.isSmall(estimate) || problem.isSmall(whole - estimate) { hideShare(key) }
            return
        }
        let numerator = row.numerator.map(Self.whole).flatMap { consistent.contains($0) ? $0 : nil } ?? consistent[0]
        let part = implicit(key + "|teller", Double(numerator))
        let rest = implicit(key + "|rest", Double(max(0, whole - numerator)))
        relate(.sum(of: [part, rest], equals: denominator))
        fact(key, .init(constraints: LinearConstraint.share(numerator: part, denominator: denominator, printed: printedTenths, decimals: 1),
                        dependsOn: [denominator], weight: numerator, isMainFigure: main, name: key))
    }
}
