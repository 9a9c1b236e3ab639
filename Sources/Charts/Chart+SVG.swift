import Escaping

/// What a renderer reports back about its drawing.
struct Drawing {
    /// The lowest point drawn.
    var height: Double
    /// Marks that appear in drawn text, so their notes are due.
    var marksShown: Set<String> = []
    /// True when the value axis leaves out zero.
    var axisExcludesZero = false
}

extension Chart {
    /// The complete `<svg>` element for `layout`; `id` is sanitised and prefixes the title and description
    /// ids, so the two layouts of one chart need two ids.
    public func svg(id: String, layout: ChartLayout) -> String {
        let safeID = Chart.sanitizedID(id)
        let canvas = Canvas.of(layout)
        var body = SVGWriter(canvas: canvas)
        var drawing = Drawing(height: 0)
        if hasDrawableValues {
            switch kind {
            case .bars: drawing = BarRenderer(chart: self, canvas: canvas).render(into: &body)
            case .lines: drawing = LineRenderer(chart: self, canvas: canvas, layout: layout).render(into: &body)
            case .stackedBars: drawing = StackedBarRenderer(chart: self, canvas: canvas).render(into: &body)
            }
            drawing.height = ChartNotes(lines: noteLines(drawing)).render(into: &body, top: drawing.height)
        } else {
            drawing.height = renderEmpty(into: &body, canvas: canvas)
        }
        let height = (drawing.height + canvas.margin).rounded(.up)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGNumber.format(canvas.width)) "
        out += "\(SVGNumber.format(height))\" width=\"100%\" role=\"img\" "
        out += "aria-labelledby=\"\(safeID)-title \(safeID)-desc\" class=\"chart chart-\(layout.rawValue)\">"
        out += "<title id=\"\(safeID)-title\">\(HTMLEscaping.escape(title))</title>"
        out += "<desc id=\"\(safeID)-desc\">\(HTMLEscaping.escape(fullDescription(drawing)))</desc>"
        // Font settings live on a group so the root element keeps exactly the attributes the page expects.
        out += "<g font-family=\"\(TextMetrics.fontFamily)\" font-size=\"\(SVGNumber.format(canvas.fontSize))\">"
        out += body.output
        out += "</g></svg>"
        return out
    }

    /// The caller's description, then in words what the drawing leaves out or bends: points not drawn
    /// and why, an axis that does not start at zero, and which points carry a mark.
    func fullDescription(_ drawing: Drawing) -> String {
        var parts = [description.trimmingTrailingSpaces()].filter { !$0.isEmpty }
        let notDrawn = notDrawnList
        if !notDrawn.isEmpty {
            parts.append((texts.notDrawn.isEmpty ? "" : texts.notDrawn + ": ") + notDrawn + ".")
        }
        if drawing.axisExcludesZero, !texts.axisNotFromZero.isEmpty { parts.append(texts.axisNotFromZero) }
        for mark in texts.marks where !mark.symbol.isEmpty {
            let points = pointsMarked(mark.symbol)
            if !points.isEmpty { parts.append("\(mark.symbol) \(mark.meaning): " + points.joined(separator: ", ") + ".") }
        }
        return parts.joined(separator: " ")
    }

    /// The note lines under a drawing: the axis note, the points not drawn, the marks in use.
    func noteLines(_ drawing: Drawing) -> [String] {
        var lines: [String] = []
        if drawing.axisExcludesZero, !texts.axisNotFromZero.isEmpty { lines.append(texts.axisNotFromZero) }
        // Stacked bars list what they cannot draw under each bar already.
        let notDrawn = kind == .stackedBars ? "" : notDrawnList
        if !notDrawn.isEmpty { lines.append((texts.notDrawn.isEmpty ? "" : texts.notDrawn + ": ") + notDrawn + ".") }
        for mark in texts.marks where !mark.symbol.isEmpty && drawing.marksShown.contains(mark.symbol) {
            lines.append(mark.symbol + " " + mark.meaning)
        }
        return lines
    }

    /// Keeps only `[A-Za-z0-9_-]` so the id is safe in attributes and as a fragment; empty becomes "chart".
    static func sanitizedID(_ id: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in id.unicodeScalars {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-": kept.append(scalar)
            default: continue
            }
        }
        return kept.isEmpty ? "chart" : String(kept)
    }

    /// A frame with the caller's empty text, instead of axes with nothing on them.
    private func renderEmpty(into writer: inout SVGWriter, canvas: Canvas) -> Double {
        let lines = TextMetrics.wrap(texts.empty, width: canvas.width - 40, size: canvas.fontSize, maximumLines: 3)
        let lineHeight = canvas.lineHeight
        let height = max(120, Double(lines.count) * lineHeight + 60)
        writer.rect(
            x: 0.5, y: 0.5, width: canvas.width - 1, height: height - 1, fill: "none", stroke: Palette.axis,
            className: "axis")
        let first = height / 2 - Double(lines.count - 1) * lineHeight / 2 + 5
        writer.text(lines, x: canvas.width / 2, y: first, anchor: .middle, size: canvas.fontSize)
        return height - canvas.margin
    }
}

/// Note lines under a chart, wrapped to its width in the small size.
struct ChartNotes {
    let lines: [String]

    /// Writes the notes below `top` and returns the new bottom.
    func render(into writer: inout SVGWriter, top: Double) -> Double {
        let canvas = writer.canvas
        let size = canvas.smallFontSize
        let lineHeight = canvas.lineHeight(for: size)
        var y = max(top, writer.textBottom) + 8
        for note in lines {
            let wrapped = TextMetrics.wrap(note, width: canvas.width - 2 * canvas.margin, size: size)
            guard !wrapped.isEmpty else { continue }
            writer.text(wrapped, x: canvas.margin, y: y + TextMetrics.ascent * size, size: size)
            y += Double(wrapped.count) * lineHeight
        }
        return y
    }
}
