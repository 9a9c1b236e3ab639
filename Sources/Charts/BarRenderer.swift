/// Grouped vertical bars from zero: one group per category, one bar per series, a value label above each bar.
struct BarRenderer {
    /// One bar's geometry; hidden values keep a zero-height bar so their label still has a place.
    struct Bar: Equatable {
        var category: Int
        var series: Int
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var label: String
        var isMissing: Bool
    }

    let chart: Chart
    let legend: Legend
    let axis: ValueAxis
    let plotRight: Double
    let categoryLabels: CategoryLabels

    /// Wide enough to read as a bar, narrow enough that one category does not fill the page.
    static let maximumBarWidth = 48.0
    static let barGap = 3.0

    init(chart: Chart) {
        self.chart = chart
        legend = Legend(names: chart.series.map(\.name), left: 4, top: 6, width: Layout.width - 8)
        let top = 6 + legend.height + (legend.height > 0 ? 6 : 0)
        axis = ValueAxis(scale: Scale(values: chart.drawableValues, maximum: chart.maximum), unit: chart.unit, top: top)
        plotRight = Layout.width - 8
        let slot = (plotRight - axis.plotLeft) / Double(max(chart.categories.count, 1))
        categoryLabels = CategoryLabels(categories: chart.categories, slotWidth: slot)
    }

    var slotWidth: Double { (plotRight - axis.plotLeft) / Double(max(chart.categories.count, 1)) }

    var centres: [Double] {
        chart.categories.indices.map { axis.plotLeft + slotWidth * (Double($0) + 0.5) }
    }

    var bars: [Bar] {
        let seriesCount = max(chart.series.count, 1)
        let gaps = Double(seriesCount - 1) * BarRenderer.barGap
        let barWidth = min(max((slotWidth * 0.8 - gaps) / Double(seriesCount), 1), BarRenderer.maximumBarWidth)
        let groupWidth = barWidth * Double(seriesCount) + gaps
        var result: [Bar] = []
        for (category, centre) in centres.enumerated() {
            for (index, series) in chart.series.enumerated() {
                let point = Chart.point(series, category)
                let x = centre - groupWidth / 2 + Double(index) * (barWidth + BarRenderer.barGap)
                // Negative values are clamped to the zero baseline; their label still tells the true value.
                let top = Chart.drawable(point.value).map { axis.y($0) } ?? axis.baseline
                result.append(
                    Bar(
                        category: category, series: index, x: x, y: top, width: barWidth,
                        height: axis.baseline - top, label: point.label,
                        isMissing: Chart.drawable(point.value) == nil))
            }
        }
        return result
    }

    var height: Double { axis.baseline + categoryLabels.height + 4 }

    func render(into writer: inout SVGWriter) -> Double {
        legend.render(into: &writer)
        axis.render(into: &writer, plotRight: plotRight)
        for bar in bars {
            if !bar.isMissing, bar.height > 0 {
                writer.rect(
                    x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: Palette.entry(bar.series).fill)
            }
            if !bar.label.isEmpty {
                writer.text(
                    bar.label, x: bar.x + bar.width / 2, y: bar.y - 5, anchor: .middle, size: Layout.smallFontSize)
            }
        }
        axis.renderBaseline(into: &writer, plotRight: plotRight)
        categoryLabels.render(into: &writer, centres: centres, baseline: axis.baseline)
        return height
    }
}
