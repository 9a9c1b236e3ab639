/// A legend in series order, the same order in every chart: a colour swatch (bars) or a marker on a
/// short line (lines) before each name. Items flow into rows, or stand one per row.
struct Legend {
    enum Key {
        case swatch
        case line
    }

    struct Item {
        var x: Double
        var y: Double
        var lines: [String]
        var series: Int
    }

    private(set) var items: [Item] = []
    private(set) var height = 0.0
    let key: Key
    let colours: [Palette.Entry]
    /// Each series' marker and dash (its style slot).
    let slots: [Int]
    let canvas: Canvas

    static let swatch = 12.0
    static let lineKey = 22.0

    var keyWidth: Double { key == .swatch ? Legend.swatch : Legend.lineKey }

    /// Lays out `texts` (one per series; empty ones are skipped) from (`left`, `top`) within `width`.
    init(
        texts: [String], colours: [Palette.Entry], key: Key, left: Double, top: Double, width: Double,
        canvas: Canvas, onePerRow: Bool, slots: [Int] = []
    ) {
        self.key = key
        self.colours = colours
        self.slots = slots
        self.canvas = canvas
        let size = canvas.fontSize
        let keyWidth = key == .swatch ? Legend.swatch : Legend.lineKey
        let textRoom = max(width - keyWidth - 6, 40)
        var x = left
        var y = top
        var rowHeight = 0.0
        for (index, text) in texts.enumerated() where !text.isEmpty {
            let lines = TextMetrics.wrap(text, width: textRoom, size: size, maximumLines: 3)
            let textWidth = lines.map { TextMetrics.width($0, size: size) }.max() ?? 0
            let itemWidth = keyWidth + 6 + textWidth
            if x > left, onePerRow || x + itemWidth > left + width {
                x = left
                y += rowHeight
                rowHeight = 0
            }
            items.append(Item(x: x, y: y, lines: lines, series: index))
            rowHeight = max(rowHeight, Double(lines.count) * canvas.lineHeight + 4)
            x += itemWidth + 18
        }
        height = items.isEmpty ? 0 : y + rowHeight - top
    }

    func render(into writer: inout SVGWriter) {
        let size = canvas.fontSize
        for item in items {
            let colour = item.series < colours.count ? colours[item.series].fill : Palette.axis
            let slot = item.series < slots.count ? slots[item.series] : item.series
            let middle = item.y + TextMetrics.ascent * size - 0.35 * size
            switch key {
            case .swatch:
                writer.rect(
                    x: item.x, y: middle - Legend.swatch / 2, width: Legend.swatch, height: Legend.swatch,
                    fill: colour, className: "area")
            case .line:
                writer.line(
                    x1: item.x, y1: middle, x2: item.x + Legend.lineKey, y2: middle, stroke: colour, width: 2.5,
                    className: "series-line s\(slot % 6)")
                writer.marker(MarkerShape.forSeries(slot), x: item.x + Legend.lineKey / 2, y: middle, size: 9, fill: colour)
            }
            writer.text(item.lines, x: item.x + keyWidth + 6, y: item.y + TextMetrics.ascent * size, size: size)
        }
    }
}
