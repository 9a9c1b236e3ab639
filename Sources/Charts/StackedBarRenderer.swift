/// Horizontal stacked bars: one row per category with its label above the bar (long statements wrap and
/// stay readable on a phone), one segment per series in series order, and every value that does not
/// fit inside its segment listed under the bar, so no value goes unshown.
struct StackedBarRenderer {
    struct Segment: Equatable {
        var series: Int
        var x: Double
        var width: Double
        var label: String
        var mark: String
        var labelInside: Bool
    }

    struct Row {
        var labelLines: [String]
        var segments: [Segment]
        /// "Name: label" for values hidden or too narrow to label inside.
        var notes: [String]
    }

    let chart: Chart
    let canvas: Canvas
    let legend: Legend

    static let barHeight = 28.0
    /// Narrower segments never hold their label, whatever its length.
    static let minimumLabelShare = 0.06

    init(chart: Chart, canvas: Canvas) {
        self.chart = chart
        self.canvas = canvas
        legend = Legend(
            texts: chart.series.map(\.name), colours: chart.series.indices.map(chart.entry), key: .swatch,
            left: canvas.margin, top: canvas.margin, width: canvas.width - 2 * canvas.margin, canvas: canvas,
            onePerRow: false)
    }

    var left: Double { canvas.margin }
    var barWidth: Double { canvas.width - 2 * canvas.margin }

    /// Without `maximum` each row fills the bar (shares that sum to 99 or 101 by rounding still line up);
    /// with it the row is drawn against that total, or against its own sum if that is larger.
    func rows() -> [Row] {
        chart.categories.indices.map { category in
            var values: [(index: Int, value: Double?, point: ChartPoint)] = []
            var total = 0.0
            for (index, series) in chart.series.enumerated() {
                let point = Chart.point(series, category)
                let value = Chart.drawable(point.value).map { max($0, 0) }
                if let value { total += value }
                values.append((index, value, point))
            }
            var denominator = total
            if let maximum = chart.maximum, maximum.isFinite, maximum > 0 { denominator = max(maximum, total) }
            var x = left
            var segments: [Segment] = []
            var notes: [String] = []
            for entry in values {
                let name = chart.series[entry.index].name
                let label = entry.point.markedLabel
                let note = name.isEmpty ? label : name + ": " + label
                guard let value = entry.value, denominator > 0, value > 0, denominator.isFinite else {
                    if !label.isEmpty { notes.append(note) }
                    continue
                }
                let width = value / denominator * barWidth
                let fits = width >= StackedBarRenderer.minimumLabelShare * barWidth
                    && TextMetrics.width(label, size: canvas.smallFontSize) + 8 <= width
                let inside = fits && !label.isEmpty
                segments.append(Segment(
                    series: entry.index, x: x, width: width, label: label, mark: entry.point.mark, labelInside: inside))
                if !inside, !label.isEmpty { notes.append(note) }
                x += width
            }
            let lines = TextMetrics.wrap(chart.categories[category], width: barWidth, size: canvas.fontSize, maximumLines: 8)
            return Row(labelLines: lines, segments: segments, notes: notes)
        }
    }

    func render(into writer: inout SVGWriter) -> Drawing {
        legend.render(into: &writer)
        var drawing = Drawing(height: 0)
        let size = canvas.smallFontSize
        let ascent = TextMetrics.ascent
        var y = canvas.margin + legend.height + 12
        for row in rows() {
            writer.text(row.labelLines, x: left, y: y + ascent * canvas.fontSize, size: canvas.fontSize)
            y += Double(row.labelLines.count) * canvas.lineHeight + 2
            for segment in row.segments {
                let entry = chart.entry(segment.series)
                // A white outline separates neighbours that might look alike in greyscale print.
                writer.rect(
                    x: segment.x, y: y, width: segment.width, height: StackedBarRenderer.barHeight,
                    fill: entry.fill, stroke: Palette.background)
                guard segment.labelInside else { continue }
                // In forced colours the label takes the system text colour, so a halo behind it keeps it
                // readable on whatever colour the segment has.
                for halo in [true, false] {
                    writer.text(
                        segment.label, x: segment.x + segment.width / 2,
                        y: y + StackedBarRenderer.barHeight / 2 + 0.35 * size, anchor: .middle, size: size,
                        fill: entry.text, className: halo ? "on-fill halo" : "on-fill", halo: halo)
                }
            }
            y += StackedBarRenderer.barHeight
            if !row.notes.isEmpty {
                let lines = TextMetrics.wrap(items: row.notes, separator: " · ", width: barWidth, size: size)
                writer.text(lines, x: left, y: y + 4 + ascent * size, size: size)
                y += Double(lines.count) * canvas.lineHeight(for: size) + 4
            }
            y += 14
        }
        // Every labelled point is shown, inside its segment or in the notes, and so is its mark.
        for series in chart.series {
            for category in chart.categories.indices {
                let point = Chart.point(series, category)
                if !point.label.isEmpty, !point.mark.isEmpty { drawing.marksShown.insert(point.mark) }
            }
        }
        drawing.height = y - 10
        return drawing
    }
}
