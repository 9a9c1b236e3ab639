/// One line per series across the categories on a value axis fitted to the data, with a shape-coded
/// marker at each present point; a missing point is a gap (no marker, no label) named in the notes.
///
/// Each series is labelled in a legend above the plot, in series order (the same in every chart), with
/// its last present value and that value's own category when it is not the last one («KOSTRA-gruppe 7
/// (2024): 98,2 %»). A single series carries its value at every point instead.
struct LineRenderer {
    struct Placed {
        var x: Double
        var y: Double
        var point: ChartPoint
        var category: Int
    }

    let chart: Chart
    let canvas: Canvas
    let legend: Legend
    let axis: ValueAxis
    let plotRight: Double

    static let markerSize = 9.0
    /// Markers at the ends sit inside the plot rather than on its edges.
    static let inset = 14.0

    init(chart: Chart, canvas: Canvas, layout: ChartLayout) {
        self.chart = chart
        self.canvas = canvas
        let texts = chart.series.indices.map { LineRenderer.labelText(chart, $0) }
        let colours = chart.series.indices.map(chart.entry)
        // One entry per row on a phone, so every label starts at the same place; rows that flow on a laptop.
        legend = Legend(
            texts: texts, colours: colours, key: .line, left: canvas.margin, top: canvas.margin,
            width: canvas.width - 2 * canvas.margin, canvas: canvas, onePerRow: layout == .narrow,
            slots: chart.series.indices.map(chart.slot))
        let top = canvas.margin + legend.height + (legend.height > 0 ? 4 : 0)
        plotRight = canvas.right - 4
        let scale = Scale.fitted(values: chart.drawableValues, maximum: chart.maximum)
        axis = ValueAxis(
            scale: scale, unit: chart.unit, top: top, canvas: canvas,
            headroom: TextMetrics.boxHeight(size: canvas.smallFontSize) + 10)
    }

    /// With one series every point carries its value, so the label only names it; with several the last
    /// value joins the name, with its category when that is not the last one.
    static func labelText(_ chart: Chart, _ index: Int) -> String {
        let series = chart.series[index]
        guard chart.series.count > 1, let last = lastPresent(series, count: chart.categories.count) else {
            return series.name
        }
        let value = Chart.point(series, last).markedLabel
        let isLast = last == chart.categories.count - 1
        let name = series.name.isEmpty ? (isLast ? "" : chart.categories[last])
            : series.name + (isLast ? "" : " (\(chart.categories[last]))")
        if value.isEmpty { return name }
        return name.isEmpty ? value : name + ": " + value
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

    var slotWidth: Double {
        let positions = xs
        return positions.count > 1 ? positions[1] - positions[0] : plotRight - axis.plotLeft
    }

    /// Runs of consecutive present points; a run of one is drawn as a lone marker.
    func segments(_ seriesIndex: Int) -> [[Placed]] {
        let series = chart.series[seriesIndex]
        var runs: [[Placed]] = []
        var current: [Placed] = []
        for (index, x) in xs.enumerated() {
            let point = Chart.point(series, index)
            if let value = Chart.drawable(point.value) {
                current.append(Placed(x: x, y: axis.y(value), point: point, category: index))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    var categoryTop: Double { axis.plotBottom + 4 }
}
