/// One line per series across the categories, with a shape-coded marker at each point and a direct label
/// (marker, name and last value) beside the last present point; missing points break the line.
struct LineRenderer {
    struct Placed {
        var x: Double
        var y: Double
        var point: ChartPoint
    }

    /// A direct label after collision avoidance.
    struct DirectLabel {
        var series: Int
        var x: Double
        var y: Double
        var lines: [String]
    }

    let chart: Chart
    let axis: ValueAxis
    let plotRight: Double
    let labelColumn: Double
    let categoryLabels: CategoryLabels

    /// Keeps room for direct labels without starving the plot on a narrow screen.
    static let maximumLabelColumn = 150.0
    static let markerSize = 10.0
    /// Markers at the ends sit inside the plot rather than on its edges.
    static let inset = 14.0

    init(chart: Chart) {
        self.chart = chart
        axis = ValueAxis(scale: Scale(values: chart.drawableValues, maximum: chart.maximum), unit: chart.unit, top: 6)
        let widest = chart.series.indices.map { Layout.textWidth(LineRenderer.labelText(chart, $0)) }.max() ?? 0
        labelColumn = min(widest + 24, LineRenderer.maximumLabelColumn)
        plotRight = Layout.width - 4 - labelColumn
        let slot = (plotRight - axis.plotLeft) / Double(max(chart.categories.count, 1))
        categoryLabels = CategoryLabels(categories: chart.categories, slotWidth: slot)
    }

    /// With one series every point carries its value, so the direct label only names it; with several the
    /// last value joins the name because per-point labels would pile up.
    static func labelText(_ chart: Chart, _ index: Int) -> String {
        let series = chart.series[index]
        guard chart.series.count > 1, let last = lastPresent(series, count: chart.categories.count) else {
            return series.name
        }
        let value = Chart.point(series, last).label
        if value.isEmpty { return series.name }
        return series.name.isEmpty ? value : series.name + ": " + value
    }

    static func lastPresent(_ series: ChartSeries, count: Int) -> Int? {
        (0..<count).last { Chart.drawable(Chart.point(series, $0).value) != nil }
    }

    var xs: [Double] {
        let count = chart.categories.count
        guard count > 1 else { return [(axis.plotLeft + plotRight) / 2] }
        let left = axis.plotLeft + LineRenderer.inset
        let step = (plotRight - LineRenderer.inset - left) / Double(count - 1)
        return (0..<count).map { left + Double($0) * step }
    }

    /// Runs of consecutive present points; a run of one is drawn as a lone marker.
    func segments(_ seriesIndex: Int) -> [[Placed]] {
        let series = chart.series[seriesIndex]
        var runs: [[Placed]] = []
        var current: [Placed] = []
        for (index, x) in xs.enumerated() {
            let point = Chart.point(series, index)
            if let value = Chart.drawable(point.value) {
                current.append(Placed(x: x, y: axis.y(value), point: point))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// Labels sit in the column right of the plot, level with their series' last point, pushed apart so none
    /// overlap; a series that ends early is still labelled there rather than over other lines.
    func directLabels() -> [DirectLabel] {
        var labels: [DirectLabel] = []
        let x = plotRight + 8
        let room = max(Layout.width - 4 - (x + 14), 60)
        for index in chart.series.indices {
            guard let last = segments(index).last?.last else { continue }
            let lines = Layout.wrap(LineRenderer.labelText(chart, index), width: room)
            labels.append(DirectLabel(series: index, x: x, y: last.y, lines: lines))
        }
        labels.sort { $0.y < $1.y }
        var bottom = -Double.greatestFiniteMagnitude
        for index in labels.indices {
            let top = max(labels[index].y - Layout.lineHeight / 2, bottom + 2)
            labels[index].y = top + Layout.lineHeight / 2
            bottom = top + Double(labels[index].lines.count) * Layout.lineHeight
        }
        let overflow = bottom - (axis.baseline + Layout.lineHeight)
        if overflow > 0 {
            for index in labels.indices { labels[index].y -= overflow }
        }
        return labels
    }

    var height: Double { axis.baseline + categoryLabels.height + 4 }

    func render(into writer: inout SVGWriter) -> Double {
        axis.render(into: &writer, plotRight: plotRight)
        axis.renderBaseline(into: &writer, plotRight: plotRight)
        let positions = xs
        let single = chart.series.count == 1
        for index in chart.series.indices {
            let colour = Palette.entry(index).fill
            let shape = MarkerShape.forSeries(index)
            let runs = segments(index)
            for run in runs where run.count > 1 {
                writer.polyline(run.map { (x: $0.x, y: $0.y) }, stroke: colour, width: 2.5)
            }
            for placed in runs.joined() {
                writer.marker(shape, x: placed.x, y: placed.y, size: LineRenderer.markerSize, fill: colour)
                if single, !placed.point.label.isEmpty {
                    writer.text(
                        placed.point.label, x: placed.x, y: placed.y - 10, anchor: .middle,
                        size: Layout.smallFontSize)
                }
            }
        }
        renderMissingLabels(into: &writer, positions: positions)
        for label in directLabels() {
            // A lone series needs no key; with several, the marker ties the label to its line without colour.
            if !single {
                let colour = Palette.entry(label.series).fill
                writer.marker(
                    MarkerShape.forSeries(label.series), x: label.x + 5, y: label.y, size: 8, fill: colour)
            }
            writer.text(label.lines, x: label.x + (single ? 2 : 14), y: label.y + 4)
        }
        categoryLabels.render(into: &writer, centres: positions, baseline: axis.baseline)
        return height
    }

    /// Hidden values show their label just above the baseline, stacked per series and tagged with the
    /// series' marker when there are several series, so the reader sees which value is missing and why.
    private func renderMissingLabels(into writer: inout SVGWriter, positions: [Double]) {
        let single = chart.series.count == 1
        for (category, x) in positions.enumerated() {
            var row = 0
            for (index, series) in chart.series.enumerated() {
                let point = Chart.point(series, category)
                guard Chart.drawable(point.value) == nil, !point.label.isEmpty else { continue }
                let y = axis.baseline - 6 - Double(row) * (Layout.lineHeight - 1)
                let textWidth = Layout.textWidth(point.label, size: Layout.smallFontSize) + (single ? 0 : 10)
                // Kept inside the plot so labels at the first or last category do not run into the label column.
                let start = min(max(x - textWidth / 2, axis.plotLeft + 2), plotRight - textWidth - 2)
                if single {
                    writer.text(
                        point.label, x: start + textWidth / 2, y: y, anchor: .middle, size: Layout.smallFontSize)
                } else {
                    writer.marker(
                        MarkerShape.forSeries(index), x: start + 3, y: y - 4, size: 7, fill: Palette.entry(index).fill)
                    writer.text(point.label, x: start + 10, y: y, size: Layout.smallFontSize)
                }
                row += 1
            }
        }
    }
}
