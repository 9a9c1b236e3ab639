/// One value of a series in one category, with the caller's preformatted text for it.
public struct ChartPoint: Sendable, Equatable {
    /// The value, or nil when it is missing or hidden (the label then says why, e.g. "<5").
    public var value: Double?
    /// The caller's preformatted text, e.g. "12,5 %", exactly as its table shows it; drawn as written.
    public var label: String
    /// A footnote mark written right after the label, e.g. "*" for a preliminary value; "" for none.
    public var mark: String

    /// Creates a point.
    public init(value: Double?, label: String, mark: String = "") {
        self.value = value
        self.label = label
        self.mark = mark
    }

    /// The label with its mark, as drawn.
    var markedLabel: String { label.isEmpty ? "" : label + mark }
}

/// A named series with one point per category.
public struct ChartSeries: Sendable, Equatable {
    /// The series name shown in the legend or as a direct label.
    public var name: String
    /// One point per category, in category order; missing trailing points count as missing values.
    public var points: [ChartPoint]
    /// The colour, marker and dash this series keeps in every chart (a categorical palette's entry), so that
    /// «Landet» looks the same beside or without «Fylket»; nil: its place in the chart.
    public var slot: Int?

    /// Creates a series.
    public init(name: String, points: [ChartPoint], slot: Int? = nil) {
        self.name = name
        self.points = points
        self.slot = slot
    }
}

/// The kind of chart to draw.
public enum ChartKind: Sendable {
    /// Grouped vertical bars from zero, one group per category.
    case bars
    /// One line per series across the categories; the value axis may zoom to the data.
    case lines
    /// Horizontal stacked bars, one row per category and one segment per series.
    case stackedBars
}

/// How the series are coloured.
public enum ChartPalette: Sendable, Equatable {
    /// Distinct colour-blind-safe hues in series order.
    case categorical
    /// An ordered scale from one pole to the other (agree … disagree, in series order): blue shades,
    /// then orange-brown shades, darkest at the poles; the series at `neutral`, if any, is grey.
    case diverging(neutral: Int?)
}

/// A footnote mark and what it means, e.g. "*" and "foreløpig tall".
public struct ChartMark: Sendable, Equatable {
    /// The mark as written after a label.
    public var symbol: String
    /// Its meaning, in the report's language.
    public var meaning: String

    /// Creates a mark.
    public init(symbol: String, meaning: String) {
        self.symbol = symbol
        self.meaning = meaning
    }
}

/// Every word a chart writes of its own accord, in the report's language. The module has none.
public struct ChartTexts: Sendable, Equatable {
    /// Drawn instead of a chart when there is nothing to draw, e.g. "Ingen tall å vise".
    public var empty: String
    /// Leads the note listing points that are not drawn, e.g. "Vises ikke i diagrammet".
    public var notDrawn: String
    /// Said under a chart whose value axis does not start at zero.
    public var axisNotFromZero: String
    /// The marks points may carry; a mark's note is drawn when a drawn text carries it.
    public var marks: [ChartMark]

    /// Creates the texts; empty ones are left out.
    public init(empty: String = "", notDrawn: String = "", axisNotFromZero: String = "", marks: [ChartMark] = []) {
        self.empty = empty
        self.notDrawn = notDrawn
        self.axisNotFromZero = axisNotFromZero
        self.marks = marks
    }
}

/// Which drawing to make: one for narrow columns (phones), one for wide ones (laptops, paper).
public enum ChartLayout: String, Sendable, CaseIterable {
    /// 340 units wide, for columns up to about 600 px.
    case narrow
    /// 696 units wide, for the laptop text column and the printed page.
    case wide
}

/// A chart description that renders to a self-contained inline `<svg>` element.
public struct Chart: Sendable {
    /// The kind of chart.
    public var kind: ChartKind
    /// The accessible name, written into `<title>`; the page shows it as a caption above the chart.
    public var title: String
    /// The accessible description, written into `<desc>`; the chart adds what it leaves out and why.
    public var description: String
    /// Category names: x-axis labels for bars and lines, row labels for stacked bars.
    public var categories: [String]
    /// The series drawn.
    public var series: [ChartSeries]
    /// A short unit caption shown above the value axis (bars and lines), e.g. "Prosent" or "Antall".
    public var unit: String
    /// The largest value the measure can take (e.g. 100 for shares): bars end there, lines never zoom
    /// past it, stacked bars are drawn against it. Ignored when the data exceed it.
    public var maximum: Double?
    /// How the series are coloured.
    public var palette: ChartPalette
    /// The words the chart adds (empty-chart text, notes), supplied by the caller.
    public var texts: ChartTexts

    /// Creates a chart.
    public init(
        kind: ChartKind, title: String, description: String, categories: [String], series: [ChartSeries],
        unit: String = "", maximum: Double? = nil, palette: ChartPalette = .categorical, texts: ChartTexts = ChartTexts()
    ) {
        self.kind = kind
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.unit = unit
        self.maximum = maximum
        self.palette = palette
        self.texts = texts
    }
}
