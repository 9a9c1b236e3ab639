/// The vertical value axis shared by bars and lines: unit caption, gridlines with a label at every tick
/// (so both ends of the range are written), the zero line, and a break mark when zero is left out.
struct ValueAxis {
    let scale: Scale
    let unit: String
    let canvas: Canvas
    /// Top of the caption row.
    let top: Double
    let plotTop: Double
    let plotBottom: Double
    let plotLeft: Double

    static let tickGap = 6.0

    /// `headroom` is kept free above the highest tick for labels over the top bar or point.
    init(scale: Scale, unit: String, top: Double, canvas: Canvas, headroom: Double) {
        self.scale = scale
        self.unit = unit
        self.canvas = canvas
        self.top = top
        let size = canvas.smallFontSize
        let caption = unit.isEmpty ? 0 : TextMetrics.boxHeight(size: size) + 4
        plotTop = top + caption + headroom
        plotBottom = plotTop + canvas.plotHeight
        plotLeft = ValueAxis.plotLeft(scale: scale, canvas: canvas)
    }

    /// Where the plot starts: right of the widest tick label.
    static func plotLeft(scale: Scale, canvas: Canvas) -> Double {
        let widest = showsTickLabels(scale: scale, canvas: canvas) ? widestTick(scale: scale, canvas: canvas) : 0
        return max(canvas.margin + widest + tickGap, 28)
    }

    private static func widestTick(scale: Scale, canvas: Canvas) -> Double {
        scale.ticks.map { TextMetrics.width(scale.label($0), size: canvas.smallFontSize) }.max() ?? 0
    }

    /// Tick numbers wider than a third of the chart (values no report has, such as 10^300) are left
    /// out rather than cut: a shortened number would be a wrong one, and the table has the values.
    static func showsTickLabels(scale: Scale, canvas: Canvas) -> Bool {
        widestTick(scale: scale, canvas: canvas) <= canvas.width / 3
    }

    /// The y coordinate of `value`, clamped to the plot.
    func y(_ value: Double) -> Double {
        plotBottom - scale.fraction(value) * canvas.plotHeight
    }

    /// The y of zero, or of the axis end nearest to it when zero is left out.
    var zeroY: Double { y(0) }

    /// The unit caption, the gridlines and the tick labels; the zero line comes later, over the bars.
    func render(into writer: inout SVGWriter, plotRight: Double) {
        let size = canvas.smallFontSize
        if !unit.isEmpty {
            let caption = TextMetrics.ellipsised(unit, width: canvas.width - 2 * canvas.margin, size: size)
            writer.text(caption, x: canvas.margin, y: top + TextMetrics.ascent * size, size: size)
        }
        let labelled = ValueAxis.showsTickLabels(scale: scale, canvas: canvas)
        for tick in scale.ticks {
            let y = self.y(tick)
            if tick != 0 {
                writer.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, stroke: Palette.grid, className: "grid")
            }
            guard labelled else { continue }
            writer.text(
                scale.label(tick), x: plotLeft - ValueAxis.tickGap, y: y + 0.35 * size, anchor: .end, size: size)
        }
    }

    /// The zero line, or, when the axis leaves zero out, an axis line broken near its zero end.
    func renderBaseline(into writer: inout SVGWriter, plotRight: Double) {
        guard scale.excludesZero else {
            writer.line(x1: plotLeft, y1: zeroY, x2: plotRight, y2: zeroY, stroke: Palette.axis, className: "axis")
            return
        }
        writer.line(x1: plotLeft, y1: plotTop, x2: plotLeft, y2: plotBottom, stroke: Palette.axis, className: "axis")
        // Two parallel slashes with a gap between them: the usual sign that the scale is cut.
        let centre = scale.lower > 0 ? plotBottom - 12 : plotTop + 12
        writer.rect(
            x: plotLeft - 6, y: centre - 3, width: 12, height: 6, fill: Palette.background, className: "axis-gap")
        for offset in [-3.0, 3.0] {
            writer.line(
                x1: plotLeft - 6, y1: centre + offset + 2.5, x2: plotLeft + 6, y2: centre + offset - 2.5,
                stroke: Palette.axis, width: 1.5, className: "axis")
        }
    }
}

/// Category labels under the plot, wrapped to the room each has and never rotated; when even one word
/// does not fit its slot, only every k-th label is written, always including the last.
struct CategoryLabels {
    /// The lines of each category's label; empty for a label left out.
    let lines: [[String]]
    let height: Double
    let canvas: Canvas

    init(categories: [String], slot: Double, canvas: Canvas) {
        self.canvas = canvas
        let size = canvas.fontSize
        let widestWord = categories.flatMap { $0.split(separator: " ") }
            .map { TextMetrics.width(String($0), size: size) }.max() ?? 0
        let usable = max(slot, 1)
        let step = max(1, min(categories.count, Int(((widestWord + 6) / usable).rounded(.up))))
        let room = min(usable * Double(step) - 6, canvas.width - 2 * canvas.margin)
        let count = categories.count
        lines = categories.enumerated().map { index, label in
            (count - 1 - index) % step == 0 ? TextMetrics.wrap(label, width: max(room, 20), size: size, maximumLines: 3) : []
        }
        let most = lines.map(\.count).max() ?? 0
        height = Double(most) * canvas.lineHeight + 10
    }

    /// Writes each label centred under its position, kept within `left…right`.
    func render(into writer: inout SVGWriter, centres: [Double], top: Double, left: Double, right: Double) {
        let size = canvas.fontSize
        for (index, label) in lines.enumerated() where index < centres.count && !label.isEmpty {
            let half = (label.map { TextMetrics.width($0, size: size) }.max() ?? 0) / 2
            let x = min(max(centres[index], left + half), right - half)
            writer.text(label, x: x, y: top + 6 + TextMetrics.ascent * size, anchor: .middle, size: size)
        }
    }
}
