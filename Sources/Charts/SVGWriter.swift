import Escaping

/// The box a line of text covers, as a browser measures it: advance width by ascent plus descent.
struct TextBox: Equatable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double
    var text: String

    /// The boxes of `lines` drawn from baseline `y`, one line every `lineHeight`.
    static func of(
        _ lines: [String], x: Double, y: Double, anchor: SVGWriter.Anchor, size: Double, lineHeight: Double
    ) -> [TextBox] {
        lines.enumerated().map { index, line in
            let width = TextMetrics.width(line, size: size)
            let left: Double
            switch anchor {
            case .start: left = x
            case .middle: left = x - width / 2
            case .end: left = x - width
            }
            let baseline = y + Double(index) * lineHeight
            let pad = TextMetrics.verticalPadding
            return TextBox(
                left: left, top: baseline - TextMetrics.ascent * size - pad, right: left + width,
                bottom: baseline + TextMetrics.descent * size + pad, text: line)
        }
    }

    /// True when the two boxes, each grown by half of `gap`, share any area.
    func overlaps(_ other: TextBox, gap: Double = 0) -> Bool {
        left < other.right + gap && other.left < right + gap && top < other.bottom + gap && other.top < bottom + gap
    }

    /// True when the box lies within `0…width` × `0…height`.
    func isInside(width: Double, height: Double) -> Bool {
        left >= 0 && top >= 0 && right <= width && bottom <= height
    }
}

/// Marker shapes for lines, so a series is told apart by shape as well as by colour.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond

    static func forSeries(_ index: Int) -> MarkerShape {
        allCases[((index % allCases.count) + allCases.count) % allCases.count]
    }
}

/// Appends SVG elements with escaped text and formatted numbers, and keeps the box of every text it
/// writes so that placement can avoid what is already there.
///
/// Elements carry classes (`grid`, `axis`, `area`, `series-line sN`, `marker`, `on-fill`) so that the
/// page can switch them to system colours in forced-colours mode; ordinary text is `currentColor`.
struct SVGWriter {
    enum Anchor: String {
        case start, middle, end
    }

    private(set) var output = ""
    private(set) var boxes: [TextBox] = []
    let canvas: Canvas

    init(canvas: Canvas) {
        self.canvas = canvas
    }

    private func n(_ value: Double) -> String { SVGNumber.format(value) }

    /// True when a text with these boxes would overlap no text written so far and none of `obstacles`
    /// (shapes it must not cover), stay inside the width, and end above `bottomLimit`.
    func isFree(_ candidate: [TextBox], obstacles: [TextBox] = [], bottomLimit: Double = .infinity) -> Bool {
        for box in candidate {
            guard box.left >= canvas.margin / 2, box.right <= canvas.width - canvas.margin / 2, box.top >= 0,
                box.bottom <= bottomLimit
            else { return false }
            if boxes.contains(where: { $0.overlaps(box, gap: canvas.gap) }) { return false }
            if obstacles.contains(where: { $0.overlaps(box, gap: canvas.gap) }) { return false }
        }
        return true
    }

    /// The lowest point any text reaches so far.
    var textBottom: Double { boxes.map(\.bottom).max() ?? 0 }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        className: String = "area"
    ) {
        output += "<rect class=\"\(className)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(width, 0)))\""
        output += " height=\"\(n(max(height, 0)))\" fill=\"\(fill)\""
        if let stroke { output += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
        output += "/>"
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, className: String
    ) {
        output += "<line class=\"\(className)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\""
        output += " stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>"
    }

    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double, className: String) {
        let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        output += "<polyline class=\"\(className)\" points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\""
        output += " stroke-width=\"\(n(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
    }

    /// One text element; several lines become `<tspan>`s so a wrapped label stays one piece of text.
    mutating func text(
        _ lines: [String], x: Double, y: Double, anchor: Anchor = .start, size: Double,
        fill: String = "currentColor", className: String? = nil, halo: Bool = false
    ) {
        guard lines.contains(where: { !$0.isEmpty }) else { return }
        let lineHeight = canvas.lineHeight(for: size)
        boxes += TextBox.of(lines, x: x, y: y, anchor: anchor, size: size, lineHeight: lineHeight)
        output += "<text"
        if let className { output += " class=\"\(className)\"" }
        output += " x=\"\(n(x))\" y=\"\(n(y))\" fill=\"\(fill)\""
        // A halo is the same text in a wide stroke, hidden unless the page shows it (forced colours).
        if halo { output += " visibility=\"hidden\" stroke=\"\(Palette.background)\" stroke-width=\"3\" stroke-linejoin=\"round\"" }
        if anchor != .start { output += " text-anchor=\"\(anchor.rawValue)\"" }
        if size != canvas.fontSize { output += " font-size=\"\(n(size))\"" }
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
        _ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double,
        fill: String = "currentColor", className: String? = nil, halo: Bool = false
    ) {
        text([content], x: x, y: y, anchor: anchor, size: size, fill: fill, className: className, halo: halo)
    }

    /// A marker centred on (x, y); the white outline keeps overlapping markers apart.
    mutating func marker(_ shape: MarkerShape, x: Double, y: Double, size: Double, fill: String) {
        let half = size / 2
        let outline = " fill=\"\(fill)\" stroke=\"\(Palette.background)\" stroke-width=\"1.5\"/>"
        output += "<"
        switch shape {
        case .circle:
            output += "circle class=\"marker\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(half))\"" + outline
        case .square:
            let side = size * 0.9
            output += "rect class=\"marker\" x=\"\(n(x - side / 2))\" y=\"\(n(y - side / 2))\""
            output += " width=\"\(n(side))\" height=\"\(n(side))\"" + outline
        case .triangle:
            let top = "\(n(x)),\(n(y - half * 1.15))"
            let right = "\(n(x + half * 1.1)),\(n(y + half * 0.85))"
            let left = "\(n(x - half * 1.1)),\(n(y + half * 0.85))"
            output += "polygon class=\"marker\" points=\"\(top) \(right) \(left)\"" + outline
        case .diamond:
            let reach = half * 1.2
            let points = "\(n(x)),\(n(y - reach)) \(n(x + reach)),\(n(y)) \(n(x)),\(n(y + reach)) \(n(x - reach)),\(n(y))"
            output += "polygon class=\"marker\" points=\"\(points)\"" + outline
        }
    }
}
