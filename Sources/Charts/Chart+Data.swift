/// Reading the chart's data the way every renderer needs it.
extension Chart {
    /// The point of `series` in category `index`; a series shorter than the categories counts as missing there.
    static func point(_ series: ChartSeries, _ index: Int) -> ChartPoint {
        index < series.points.count ? series.points[index] : ChartPoint(value: nil, label: "")
    }

    /// The value as drawn: nil for missing, NaN or infinite values, so they are treated like hidden ones.
    static func drawable(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }

    /// True when at least one category has a finite value in some series.
    var hasDrawableValues: Bool {
        guard !categories.isEmpty else { return false }
        return series.contains { entry in
            categories.indices.contains { Chart.drawable(Chart.point(entry, $0).value) != nil }
        }
    }

    /// The finite values within the categories, for choosing the value axis.
    var drawableValues: [Double] {
        series.flatMap { entry in categories.indices.compactMap { Chart.drawable(Chart.point(entry, $0).value) } }
    }

    /// The colour of series `index`.
    func entry(_ index: Int) -> Palette.Entry {
        Palette.entry(palette == .categorical ? slot(index) : index, of: series.count, palette: palette)
    }

    /// The style slot of series `index`: its own, or its place.
    func slot(_ index: Int) -> Int {
        index >= 0 && index < series.count ? series[index].slot ?? index : index
    }

    /// Points without a drawable value, per series: "Landet: 2025 (mangler)"; "" when every point is drawn.
    var notDrawnList: String {
        var parts: [String] = []
        for entry in series {
            let missing = categories.indices.compactMap { index -> String? in
                let point = Chart.point(entry, index)
                guard Chart.drawable(point.value) == nil else { return nil }
                let label = point.markedLabel
                return label.isEmpty ? categories[index] : "\(categories[index]) (\(label))"
            }
            guard !missing.isEmpty else { continue }
            let list = missing.joined(separator: ", ")
            parts.append(entry.name.isEmpty ? list : "\(entry.name): \(list)")
        }
        return parts.joined(separator: "; ")
    }

    /// Points that carry `symbol`, as "series category", for the description.
    func pointsMarked(_ symbol: String) -> [String] {
        var found: [String] = []
        for entry in series {
            for index in categories.indices where Chart.point(entry, index).mark == symbol {
                found.append(entry.name.isEmpty ? categories[index] : "\(entry.name) \(categories[index])")
            }
        }
        return found
    }

    /// Per category, the marks of drawn points whose own label is not drawn, so the category label can
    /// carry them instead («2025*» when the 2025 values are preliminary but unlabelled).
    func categoryMarks(isLabelDrawn: (_ series: Int, _ category: Int) -> Bool) -> [[String]] {
        categories.indices.map { category in
            var marks: [String] = []
            for (index, entry) in series.enumerated() {
                let point = Chart.point(entry, category)
                guard Chart.drawable(point.value) != nil, !point.mark.isEmpty, !isLabelDrawn(index, category),
                    !marks.contains(point.mark)
                else { continue }
                marks.append(point.mark)
            }
            return marks
        }
    }
}
