import Escaping

/// Fixed sizes shared by every chart, in viewBox units.
enum Layout {
    /// The viewBox width: narrow, so that a 390 px phone shows the chart at about 0.85 scale and its
    /// text at 12–13 px; on a wide screen the page caps the chart's width.
    static let width = 420.0
    /// Base font size in viewBox units; the small size is the floor for any text.
    static let fontSize = 15.0
    static let smallFontSize = 14.0
    static let lineHeight = 18.0
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"

    /// A deliberately generous width estimate (no font metrics without a renderer), so fitted text does fit.
    static func textWidth(_ text: String, size: Double = fontSize, bold: Bool = false) -> Double {
        Double(text.count) * size * (bold ? 0.62 : 0.58)
    }

    /// Greedy word wrap on spaces; a single word wider than `width` gets its own line rather than being cut.
    static func wrap(_ text: String, width: Double, size: Double = fontSize, bold: Bool = false) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if current.isEmpty || textWidth(candidate, size: size, bold: bold) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        return lines
    }
}

/// Marker shapes for lines, so a series is told apart by shape as well as by colour.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond

    static func forSeries(_ index: Int) -> MarkerShape {
        allCases[index % allCases.count]
    }
}

/// Appends SVG elements with escaped text and formatted numbers.
struct SVGWriter {
    enum Anchor: String {
        case start, middle, end
    }

    private(set) var output = ""

    private func n(_ value: Double) -> String { SVGNumber.format(value) }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        output += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(width, 0)))\" height=\"\(n(max(height, 0)))\""
        output += " fill=\"\(fill)\""
        if let stroke { output += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
        output += "/>"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1) {
        output += "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\""
        output += " stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>"
    }

    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double) {
        let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        output += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
        output += " stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
    }

    /// One text element; several lines become `<tspan>`s so wrapped labels stay one piece of text.
    mutating func text(
        _ lines: [String], x: Double, y: Double, anchor: Anchor = .start, size: Double = Layout.fontSize,
        bold: Bool = false, fill: String = Palette.text, lineHeight: Double = Layout.lineHeight
    ) {
        output += "<text x=\"\(n(x))\" y=\"\(n(y))\" fill=\"\(fill)\""
        if anchor != .start { output += " text-anchor=\"\(anchor.rawValue)\"" }
        if size != Layout.fontSize { output += " font-size=\"\(n(size))\"" }
        if bold { output += " font-weight=\"bold\"" }
        output += ">"
        if lines.count == 1, let only = lines.first {
            HTMLEscaping.escape(only, into: &output)
        } else {
            for (index, line) in lines.enumerated() {
                output += "<tspan x=\"\(n(x))\" dy=\"\(n(index == 0 ? 0 : lineHeight))\">"
                HTMLEscaping.escape(line, into: &output)
                output += "</tspan>"
            }
        }
        output += "</text>"
    }

    mutating func text(
        _ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = Layout.fontSize,
        bold: Bool = false, fill: String = Palette.text
    ) {
        text([content], x: x, y: y, anchor: anchor, size: size, bold: bold, fill: fill)
    }

    /// A marker centred on (x, y); the white outline keeps overlapping markers apart.
    mutating func marker(_ shape: MarkerShape, x: Double, y: Double, size: Double, fill: String) {
        let half = size / 2
        let outline = " fill=\"\(fill)\" stroke=\"\(Palette.background)\" stroke-width=\"1.5\"/>"
        switch shape {
        case .circle:
            output += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(half))\"" + outline
        case .square:
            let side = size * 0.9
            output += "<rect x=\"\(n(x - side / 2))\" y=\"\(n(y - side / 2))\" width=\"\(n(side))\" height=\"\(n(side))\""
            output += outline
        case .triangle:
            let top = "\(n(x)),\(n(y - half * 1.15))"
            let right = "\(n(x + half * 1.1)),\(n(y + half * 0.85))"
            let left = "\(n(x - half * 1.1)),\(n(y + half * 0.85))"
            output += "<polygon points=\"\(top) \(right) \(left)\"" + outline
        case .diamond:
            let reach = half * 1.2
            let points = "\(n(x)),\(n(y - reach)) \(n(x + reach)),\(n(y)) \(n(x)),\(n(y + reach)) \(n(x - reach)),\(n(y))"
            output += "<polygon points=\"\(points)\"" + outline
        }
    }
}

/// A legend row layout: swatch (or marker) plus name, wrapping onto new rows as the width runs out.
struct Legend {
    struct Item {
        var x: Double
        var y: Double
        var lines: [String]
        var seriesIndex: Int
    }

    private(set) var items: [Item] = []
    private(set) var height = 0.0

    static let swatch = 12.0

    init(names: [String], left: Double, top: Double, width: Double) {
        var x = left
        var y = top
        var rowHeight = 0.0
        let textRoom = width - Legend.swatch - 6
        for (index, name) in names.enumerated() where !name.isEmpty {
            let lines = Layout.wrap(name, width: textRoom)
            let textWidth = lines.map { Layout.textWidth($0) }.max() ?? 0
            let itemWidth = Legend.swatch + 6 + textWidth + 18
            if x > left, x + itemWidth - 18 > left + width {
                x = left
                y += rowHeight
                rowHeight = 0
            }
            items.append(Item(x: x, y: y, lines: lines, seriesIndex: index))
            rowHeight = max(rowHeight, Double(lines.count) * Layout.lineHeight + 4)
            x += itemWidth
        }
        height = items.isEmpty ? 0 : y + rowHeight - top
    }

    func render(into writer: inout SVGWriter) {
        for item in items {
            let colour = Palette.entry(item.seriesIndex).fill
            writer.rect(x: item.x, y: item.y + 2, width: Legend.swatch, height: Legend.swatch, fill: colour)
            writer.text(item.lines, x: item.x + Legend.swatch + 6, y: item.y + 12)
        }
    }
}
