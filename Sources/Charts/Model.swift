import Escaping

/// One value of a series in one category, with the caller's preformatted text for it.
public struct ChartPoint: Sendable, Equatable {
    /// The value, or nil when it is missing or hidden (the label then says why, e.g. "<5").
    public var value: Double?
    /// The caller's preformatted text, e.g. "12,5 %"; shown as written.
    public var label: String

    /// Creates a point.
    public init(value: Double?, label: String) {
        self.value = value
        self.label = label
    }
}

/// A named series with one point per category.
public struct ChartSeries: Sendable, Equatable {
    /// The series name shown in the legend or as a direct label.
    public var name: String
    /// One point per category, in category order; missing trailing points count as missing values.
    public var points: [ChartPoint]

    /// Creates a series.
    public init(name: String, points: [ChartPoint]) {
        self.name = name
        self.points = points
    }
}

/// The kind of chart to draw.
public enum ChartKind: Sendable {
    /// Grouped vertical bars, one group per category.
    case bars
    /// One line per series across the categories.
    case lines
    /// Horizontal stacked bars, one row per category and one segment per series.
    case stackedBars
}

/// A chart description that renders to a self-contained inline `<svg>` element.
public struct Chart: Sendable {
    /// The kind of chart.
    public var kind: ChartKind
    /// The accessible name, written into `<title>`.
    public var title: String
    /// The accessible description, written into `<desc>`.
    public var description: String
    /// Category names: x-axis labels for bars and lines, row labels for stacked bars.
    public var categories: [String]
    /// The series drawn.
    public var series: [ChartSeries]
    /// A short unit caption shown above the value axis (bars and lines), e.g. "%" or "Antall".
    public var unit: String
    /// A fixed top of the value axis (e.g. 100 for shares), or nil to choose a nice one from the data.
    public var maximum: Double?

    /// Creates a chart.
    public init(
        kind: ChartKind, title: String, description: String, categories: [String], series: [ChartSeries],
        unit: String = "", maximum: Double? = nil
    ) {
        self.kind = kind
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.unit = unit
        self.maximum = maximum
    }

    /// The text drawn instead of a chart when there is nothing to draw.
    static let emptyMessage = "Ingen tall å vise"

    /// The complete `<svg>` element; `id` is sanitised and prefixes the title and description ids.
    public func svg(id: String) -> String {
        let safeID = Chart.sanitizedID(id)
        var body = SVGWriter()
        let height: Double
        if hasDrawableValues {
            switch kind {
            case .bars: height = BarRenderer(chart: self).render(into: &body)
            case .lines: height = LineRenderer(chart: self).render(into: &body)
            case .stackedBars: height = StackedBarRenderer(chart: self).render(into: &body)
            }
        } else {
            height = Chart.renderEmpty(into: &body)
        }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGNumber.format(Layout.width)) "
        out += "\(SVGNumber.format(height))\" width=\"100%\" role=\"img\" "
        out += "aria-labelledby=\"\(safeID)-title \(safeID)-desc\" class=\"chart\">"
        out += "<title id=\"\(safeID)-title\">\(HTMLEscaping.escape(title))</title>"
        out += "<desc id=\"\(safeID)-desc\">\(HTMLEscaping.escape(description))</desc>"
        // Font settings live on a group so the root element keeps exactly the attributes the report expects.
        out += "<g font-family=\"\(Layout.fontFamily)\" font-size=\"\(SVGNumber.format(Layout.fontSize))\">"
        out += body.output
        out += "</g></svg>"
        return out
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

    /// The point of `series` in category `index`; a series shorter than the categories counts as missing there.
    static func point(_ series: ChartSeries, _ index: Int) -> ChartPoint {
        index < series.points.count ? series.points[index] : ChartPoint(value: nil, label: "")
    }

    /// The value as drawn: nil for missing, NaN or infinite values, so they are treated like hidden ones.
    static func drawable(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }

    /// True when at least one category has a finite value in some series.
    var hasDrawableValues: Bool {
        guard !categories.isEmpty else { return false }
        for entry in series {
            for index in categories.indices where Chart.drawable(Chart.point(entry, index).value) != nil {
                return true
            }
        }
        return false
    }

    /// The finite values within the categories, for choosing the value axis.
    var drawableValues: [Double] {
        var values: [Double] = []
        for entry in series {
            for index in categories.indices {
                if let value = Chart.drawable(Chart.point(entry, index).value) { values.append(value) }
            }
        }
        return values
    }

    private static func renderEmpty(into writer: inout SVGWriter) -> Double {
        let height = 120.0
        writer.rect(x: 0.5, y: 0.5, width: Layout.width - 1, height: height - 1, fill: "none", stroke: Palette.axis)
        writer.text(emptyMessage, x: Layout.width / 2, y: height / 2 + 5, anchor: .middle, size: 14)
        return height
    }
}
