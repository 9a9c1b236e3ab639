/// Grouped vertical bars from zero: one group per category, one bar per series. Every bar's value label
/// sits above it (below a negative one), raised a line where it would touch a neighbour's; when some
/// label finds no free place, the chart shows none and the table under it carries the values.
struct BarRenderer {
    /// One bar's geometry; missing and hidden values have no bar and are named in the notes instead.
    struct Bar: Equatable {
        var category: Int
        var series: Int
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var point: ChartPoint
        var isMissing: Bool
    }

    let chart: Chart
    let canvas: Canvas
    let legend: Legend
    let axis: ValueAxis
    let plotRight: Double
    let bars: [Bar]
    /// Where the category labels start: under the plot, and under the labels of negative bars.
    let categoryTop: Double

    static let maximumBarWidth = 56.0
    static let barGap = 4.0
    /// The share of a category's slot its bars take.
    static let groupShare = 0.9

    /// The bars with one line of headroom over the tallest, or two when the labels fit only raised
    /// clear of their neighbours; when they fit neither way, none is drawn and one line is enough.
    init(chart: Chart, canvas: Canvas) {
        let compact = BarRenderer(chart: chart, canvas: canvas, headroomLines: 1)
        let raised = compact.labelsFit() ? nil : BarRenderer(chart: chart, canvas: canvas, headroomLines: 2)
        self = raised.flatMap { $0.labelsFit() ? $0 : nil } ?? compact
    }

    private init(chart: Chart, canvas: Canvas, headroomLines: Double) {
        self.chart = chart
        self.canvas = canvas
        let names = chart.series.count > 1 ? chart.series.map(\.name) : []
        legend = Legend(
            texts: names, colours: chart.series.indices.map(chart.entry), key: .swatch, left: canvas.margin,
            top: canvas.margin, width: canvas.width - 2 * canvas.margin, canvas: canvas, onePerRow: false)
        let top = canvas.margin + legend.height + (legend.height > 0 ? 6 : 0)
        let scale = Scale.fromZero(values: chart.drawableValues, maximum: chart.maximum)
        let label = TextMetrics.boxHeight(size: canvas.smallFontSize)
        axis = ValueAxis(scale: scale, unit: chart.unit, top: top, canvas: canvas, headroom: headroomLines * label + 8)
        plotRight = canvas.right
        categoryTop = axis.plotBottom + (scale.lower < 0 ? label + 6 : 0)
        bars = BarRenderer.layout(chart: chart, axis: axis, plotRight: plotRight)
    }

    /// True when every value label finds a place in this layout (tried on a scratch drawing).
    private func labelsFit() -> Bool {
        var scratch = SVGWriter(canvas: canvas)
        legend.render(into: &scratch)
        axis.render(into: &scratch, plotRight: plotRight)
        return valueLabels(avoiding: scratch) != nil
    }

    var slotWidth: Double { (plotRight - axis.plotLeft) / Double(max(chart.categories.count, 1)) }

    var centres: [Double] {
        chart.categories.indices.map { axis.plotLeft + slotWidth * (Double($0) + 0.5) }
    }

    private static func layout(chart: Chart, axis: ValueAxis, plotRight: Double) -> [Bar] {
        let count = max(chart.categories.count, 1)
        let slot = (plotRight - axis.plotLeft) / Double(count)
        let seriesCount = max(chart.series.count, 1)
        let gaps = Double(seriesCount - 1) * barGap
        let barWidth = BarRenderer.barWidth(chart: chart, slot: slot)
        let groupWidth = barWidth * Double(seriesCount) + gaps
        var result: [Bar] = []
        for category in chart.categories.indices {
            let centre = axis.plotLeft + slot * (Double(category) + 0.5)
            for (index, series) in chart.series.enumerated() {
                let point = Chart.point(series, category)
                let x = centre - groupWidth / 2 + Double(index) * (barWidth + barGap)
                let value = Chart.drawable(point.value)
                let end = value.map { axis.y($0) } ?? axis.zeroY
                result.append(Bar(
                    category: category, series: index, x: x, y: min(end, axis.zeroY), width: barWidth,
                    height: abs(axis.zeroY - end), point: point, isMissing: value == nil))
            }
        }
        return result
    }

    /// The width of each bar in a category slot `slot` wide.
    static func barWidth(chart: Chart, slot: Double) -> Double {
        let seriesCount = max(chart.series.count, 1)
        let gaps = Double(seriesCount - 1) * barGap
        return min(max((slot * groupShare - gaps) / Double(seriesCount), 1), maximumBarWidth)
    }

    /// Value labels for every drawn bar, or none: each tries its place by the bar, then one and two
    /// lines higher (lower for negative bars), clear of other labels and of the bars it would cover.
    func valueLabels(avoiding writer: SVGWriter) -> [(bar: Bar, boxes: [TextBox], y: Double)]? {
        let size = canvas.smallFontSize
        let rise = canvas.lineHeight(for: size)
        let shapes = bars.filter { !$0.isMissing }.map {
            TextBox(left: $0.x, top: $0.y, right: $0.x + $0.width, bottom: $0.y + max($0.height, 1), text: "")
        }
        var placed: [(bar: Bar, boxes: [TextBox], y: Double)] = []
        for bar in bars where !bar.isMissing && !bar.point.markedLabel.isEmpty {
            let negative = (Chart.drawable(bar.point.value) ?? 0) < 0
            let found = (0..<3).lazy.compactMap { level -> (boxes: [TextBox], y: Double)? in
                let y = negative
                    ? bar.y + bar.height + 4 + TextMetrics.ascent * size + Double(level) * rise
                    : bar.y - 4 - TextMetrics.descent * size - Double(level) * rise
                let boxes = TextBox.of(
                    [bar.point.markedLabel], x: bar.x + bar.width / 2, y: y, anchor: .middle, size: size, lineHeight: rise)
                let top = boxes.map(\.top).min() ?? 0
                guard top >= axis.top,
                    writer.isFree(boxes, obstacles: shapes + placed.flatMap(\.boxes), bottomLimit: categoryTop)
                else { return nil }
                return (boxes, y)
            }.first
            guard let found else { return nil }
            placed.append((bar, found.boxes, found.y))
        }
        return placed
    }

    func render(into writer: inout SVGWriter) -> Drawing {
        legend.render(into: &writer)
        axis.render(into: &writer, plotRight: plotRight)
        for bar in bars where !bar.isMissing && bar.height > 0 {
            writer.rect(
                x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: chart.entry(bar.series).fill)
        }
        axis.renderBaseline(into: &writer, plotRight: plotRight)
        let labels = valueLabels(avoiding: writer) ?? []
        var drawing = Drawing(height: 0, axisExcludesZero: axis.scale.excludesZero)
        for label in labels {
            writer.text(
                label.bar.point.markedLabel, x: label.bar.x + label.bar.width / 2, y: label.y, anchor: .middle,
                size: canvas.smallFontSize)
            if !label.bar.point.mark.isEmpty { drawing.marksShown.insert(label.bar.point.mark) }
        }
        let drawn = Set(labels.map { "\($0.bar.series)-\($0.bar.category)" })
        let marks = chart.categoryMarks { drawn.contains("\($0)-\($1)") }
        let categories = CategoryLabels(
            categories: zip(chart.categories, marks).map { $0 + $1.joined() }, slot: slotWidth, canvas: canvas)
        categories.render(into: &writer, centres: centres, top: categoryTop, left: canvas.margin, right: canvas.right)
        drawing.marksShown.formUnion(marks.joined())
        drawing.height = max(categoryTop + categories.height, writer.textBottom)
        return drawing
    }
}
