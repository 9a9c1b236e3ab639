/// Drawing the lines and placing their value labels without collisions.
extension LineRenderer {
    func render(into writer: inout SVGWriter) -> Drawing {
        legend.render(into: &writer)
        axis.render(into: &writer, plotRight: plotRight)
        axis.renderBaseline(into: &writer, plotRight: plotRight)
        var drawing = Drawing(height: 0, axisExcludesZero: axis.scale.excludesZero)
        let markers = renderLines(into: &writer)
        var drawn = Set<String>()
        if chart.series.count == 1 {
            for label in valueLabels(avoiding: writer, markers: markers) {
                writer.text(label.text, x: label.x, y: label.y, anchor: .middle, size: canvas.smallFontSize)
                drawn.insert("0-\(label.category)")
                if !label.mark.isEmpty { drawing.marksShown.insert(label.mark) }
            }
        } else {
            // The legend carries each series' last value, with that value's mark.
            for (index, series) in chart.series.enumerated() {
                guard let last = LineRenderer.lastPresent(series, count: chart.categories.count) else { continue }
                drawn.insert("\(index)-\(last)")
                let point = Chart.point(series, last)
                if !point.mark.isEmpty, !point.label.isEmpty { drawing.marksShown.insert(point.mark) }
            }
        }
        let marks = chart.categoryMarks { drawn.contains("\($0)-\($1)") }
        let categories = CategoryLabels(
            categories: zip(chart.categories, marks).map { $0 + $1.joined() }, slot: slotWidth, canvas: canvas)
        categories.render(into: &writer, centres: xs, top: categoryTop, left: axis.plotLeft - 2, right: canvas.right)
        drawing.marksShown.formUnion(marks.joined())
        drawing.height = max(categoryTop + categories.height, writer.textBottom)
        return drawing
    }

    /// The lines and their markers; returns the markers' boxes, which labels must not cover.
    func renderLines(into writer: inout SVGWriter) -> [TextBox] {
        var markers: [TextBox] = []
        for index in chart.series.indices {
            let colour = chart.entry(index).fill
            let runs = segments(index)
            for run in runs where run.count > 1 {
                writer.polyline(
                    run.map { (x: $0.x, y: $0.y) }, stroke: colour, width: 2.5, className: "series-line s\(chart.slot(index) % 6)")
            }
            for placed in runs.joined() {
                writer.marker(
                    MarkerShape.forSeries(chart.slot(index)), x: placed.x, y: placed.y, size: LineRenderer.markerSize, fill: colour)
                let half = LineRenderer.markerSize / 2 + 1
                markers.append(TextBox(
                    left: placed.x - half, top: placed.y - half, right: placed.x + half, bottom: placed.y + half, text: ""))
            }
        }
        return markers
    }

    struct ValueLabel {
        var text: String
        var mark: String
        var x: Double
        var y: Double
        var category: Int
    }

    /// Each present point's label on the side away from its neighbours (below a dip, above a peak),
    /// kept inside the plot and clear of every text, marker and, where possible, the line itself; a
    /// label with no free place is left to the table.
    func valueLabels(avoiding writer: SVGWriter, markers: [TextBox]) -> [ValueLabel] {
        let size = canvas.smallFontSize
        let runs = segments(0)
        let lines = runs.flatMap { run in zip(run, run.dropFirst()).map { ($0, $1) } }
        var chosen: [ValueLabel] = []
        var taken: [TextBox] = []
        for run in runs {
            for (position, placed) in run.enumerated() where !placed.point.markedLabel.isEmpty {
                let text = placed.point.markedLabel
                let half = TextMetrics.width(text, size: size) / 2
                let x = min(max(placed.x, axis.plotLeft + half + 2), canvas.right - half)
                let offset = LineRenderer.markerSize / 2 + 5
                let above = placed.y - offset - TextMetrics.descent * size
                let below = placed.y + offset + TextMetrics.ascent * size
                let order = LineRenderer.prefersBelow(run, position) ? [below, above] : [above, below]
                let options = order.map { TextBox.of([text], x: x, y: $0, anchor: .middle, size: size, lineHeight: 0) }
                let free = options.indices.filter { index in
                    (options[index].first?.top ?? 0) >= axis.top
                        && writer.isFree(options[index], obstacles: markers + taken, bottomLimit: categoryTop)
                }
                let clear = free.first { index in
                    !lines.contains { segment in options[index].contains { segment.0.crosses(segment.1, box: $0) } }
                }
                guard let pick = clear ?? free.first, let boxes = options[safe: pick] else { continue }
                taken += boxes
                chosen.append(ValueLabel(text: text, mark: placed.point.mark, x: x, y: order[pick], category: placed.category))
            }
        }
        return chosen
    }

    /// True when the point's neighbours in its run lie mostly above it on the page (it is a dip).
    static func prefersBelow(_ run: [Placed], _ position: Int) -> Bool {
        var neighbours: [Double] = []
        if position > 0 { neighbours.append(run[position - 1].y) }
        if position + 1 < run.count { neighbours.append(run[position + 1].y) }
        guard !neighbours.isEmpty else { return false }
        return neighbours.reduce(0, +) / Double(neighbours.count) < run[position].y
    }
}

extension LineRenderer.Placed {
    /// True when the segment from `self` to `other` passes through `box` (Liang–Barsky clipping).
    func crosses(_ other: LineRenderer.Placed, box: TextBox) -> Bool {
        let dx = other.x - x
        let dy = other.y - y
        var low = 0.0
        var high = 1.0
        for (p, q) in [(-dx, x - box.left), (dx, box.right - x), (-dy, y - box.top), (dy, box.bottom - y)] {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 { low = max(low, t) } else { high = min(high, t) }
            if low > high { return false }
        }
        return true
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
