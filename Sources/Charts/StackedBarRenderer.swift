/// Horizontal stacked bars: one row per category with its label above the bar (long statements wrap and
/// stay readable on a phone), one segment per series, and values that do not fit listed under the bar.
struct StackedBarRenderer {
    struct Segment: Equatable {
        var series: Int
        var x: Double
        var width: Double
        var label: String
        var labelInside: Bool
    }

    struct Row {
        var labelLines: [String]
        var segments: [Segment]
        /// "Name: label" for values hidden or too narrow to label inside, so no value goes unshown.
        var notes: [String]
    }

    let chart: Chart
    let legend: Legend

    static let left = 8.0
    static let barWidth = Layout.width - 16
    static let barHeight = 28.0
    /// Narrower segments never hold their label, whatever its length.
    static let minimumLabelShare = 0.08

    init(chart: Chart) {
        self.chart = chart
        legend = Legend(names: chart.series.map(\.name), left: 4, top: 6, width: Layout.width - 8)
    }

    /// Without `maximum` each row fills the bar (shares that sum to 99 or 101 by rounding still line up);
    /// with it the row is drawn against that total, or against its own sum if that is larger.
    func rows() -> [Row] {
        chart.categories.indices.map { category in
            var values: [(index: Int, value: Double?, label: String)] = []
            var total = 0.0
            for (index, series) in chart.series.enumerated() {
                let point = Chart.point(series, category)
                let value = Chart.drawable(point.value).map { max($0, 0) }
                if let value { total += value }
                values.append((index, value, point.label))
            }
            var denominator = total
            if let maximum = chart.maximum, maximum.isFinite, maximum > 0 { denominator = max(maximum, total) }
            var x = StackedBarRenderer.left
            var segments: [Segment] = []
            var notes: [String] = []
            for entry in values {
                let name = chart.series[entry.index].name
                let note = name.isEmpty ? entry.label : name + ": " + entry.label
                guard let value = entry.value, denominator > 0, value > 0 else {
                    if !entry.label.isEmpty { notes.append(note) }
                    continue
                }
                let width = value / denominator * StackedBarRenderer.barWidth
                let fits = width >= StackedBarRenderer.minimumLabelShare * StackedBarRenderer.barWidth
                    && Layout.textWidth(entry.label, size: Layout.smallFontSize) + 6 <= width
                let inside = fits && !entry.label.isEmpty
                segments.append(Segment(series: entry.index, x: x, width: width, label: entry.label, labelInside: inside))
                if !inside, !entry.label.isEmpty { notes.append(note) }
                x += width
            }
            let lines = Layout.wrap(chart.categories[category], width: StackedBarRenderer.barWidth)
            return Row(labelLines: lines, segments: segments, notes: notes)
        }
    }

    func render(into writer: inout SVGWriter) -> Double {
        legend.render(into: &writer)
        var y = 6 + legend.height + 14
        for row in rows() {
            writer.text(row.labelLines, x: StackedBarRenderer.left, y: y + 12)
            y += Double(row.labelLines.count) * Layout.lineHeight + 4
            for segment in row.segments {
                let entry = Palette.entry(segment.series)
                // A white outline separates neighbours that might look alike in greyscale print.
                writer.rect(
                    x: segment.x, y: y, width: segment.width, height: StackedBarRenderer.barHeight,
                    fill: entry.fill, stroke: Palette.background)
                if segment.labelInside {
                    writer.text(
                        segment.label, x: segment.x + segment.width / 2, y: y + StackedBarRenderer.barHeight / 2 + 4,
                        anchor: .middle, size: Layout.smallFontSize, fill: entry.text)
                }
            }
            y += StackedBarRenderer.barHeight
            if !row.notes.isEmpty {
                let lines = Layout.wrap(
                    row.notes.joined(separator: " · "), width: StackedBarRenderer.barWidth, size: Layout.smallFontSize)
                writer.text(lines, x: StackedBarRenderer.left, y: y + 15, size: Layout.smallFontSize)
                y += Double(lines.count) * Layout.lineHeight + 2
            }
            y += 16
        }
        return y
    }
}
