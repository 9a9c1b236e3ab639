/// One figure per year, in year order.
public struct Series: Sendable, Hashable {
    public let unit: FigureUnit
    public let points: [Figure]
    let threshold: Int

    /// Creates a series; `points` each carry their year.
    public init(unit: FigureUnit, points: [Figure], threshold: Int = 5) {
        self.unit = unit
        self.points = points.sorted { ($0.year ?? 0) < ($1.year ?? 0) }
        self.threshold = threshold
    }

    /// The figure for `year`, or a missing figure.
    public func figure(_ year: Int) -> Figure {
        points.first { $0.year == year } ?? .missing(unit, year: year, threshold: threshold)
    }

    /// The change from the year before `year` to `year`.
    public func change(to year: Int) -> Change {
        Change.between(figure(year - 1), figure(year))
    }

    /// The years with a shown value.
    public var shownYears: [Int] { points.filter(\.isShown).compactMap(\.year) }

    /// The overall direction over the years shown: first shown value against the last.
    public var trend: Change? {
        let shown = points.filter(\.isShown)
        guard let first = shown.first, let last = shown.last, shown.count >= 3 else { return nil }
        return Change.between(first, last)
    }
}
