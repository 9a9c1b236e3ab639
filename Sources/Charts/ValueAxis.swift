/// The vertical value axis shared by bars and lines: unit caption, gridlines with tick labels and baseline.
struct ValueAxis {
    let scale: Scale
    let unit: String
    /// Top of the area above the plot reserved for the unit caption and value labels.
    let top: Double
    let plotTop: Double
    let baseline: Double
    let plotLeft: Double

    static let plotHeight = 220.0
    /// Room above the highest bar or point for its value label.
    static let headroom = 22.0

    init(scale: Scale, unit: String, top: Double) {
        self.scale = scale
        self.unit = unit
        self.top = top
        let captionHeight = unit.isEmpty ? 0 : Layout.lineHeight + 4
        plotTop = top + captionHeight + ValueAxis.headroom
        baseline = plotTop + ValueAxis.plotHeight
        let widest = scale.ticks.values.map { Layout.textWidth(scale.ticks.label(for: $0), size: Layout.smallFontSize) }
        plotLeft = max(32, (widest.max() ?? 0) + 12)
    }

    /// The y coordinate of `value`, clamped to the plot.
    func y(_ value: Double) -> Double {
        baseline - scale.fraction(value) * ValueAxis.plotHeight
    }

    func render(into writer: inout SVGWriter, plotRight: Double) {
        if !unit.isEmpty {
            writer.text(unit, x: 4, y: top + 13, size: Layout.smallFontSize)
        }
        for tick in scale.ticks.values {
            let y = self.y(tick)
            if tick > 0 {
                writer.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, stroke: Palette.grid)
            }
            writer.text(
                scale.ticks.label(for: tick), x: plotLeft - 6, y: y + 4, anchor: .end, size: Layout.smallFontSize)
        }
    }

    func renderBaseline(into writer: inout SVGWriter, plotRight: Double) {
        writer.line(x1: plotLeft, y1: baseline, x2: plotRight, y2: baseline, stroke: Palette.axis)
    }
}

/// Category labels under the plot, wrapped to the room each category has; never rotated.
struct CategoryLabels {
    let lines: [[String]]
    let height: Double

    init(categories: [String], slotWidth: Double) {
        lines = categories.map { Layout.wrap($0, width: max(slotWidth - 4, 20)) }
        let most = lines.map(\.count).max() ?? 0
        height = Double(most) * Layout.lineHeight + 10
    }

    func render(into writer: inout SVGWriter, centres: [Double], baseline: Double) {
        for (index, label) in lines.enumerated() where index < centres.count {
            writer.text(label, x: centres[index], y: baseline + 18, anchor: .middle)
        }
    }
}
