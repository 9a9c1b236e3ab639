/// A figure as a report printed it, kept for the next year's report (`tilstandsrapport-<år>-nokkeltall.csv`
/// written by `build`, read back as `data/fjorarets-nokkeltall.csv`).
public struct PrintedFigure: Sendable, Hashable {
    /// The report it was printed in: a municipality number, or `tjenesten` for a shared service as a whole.
    public var unit: String
    /// The year the figure is about (the report year of that report).
    public var year: Int
    /// A stable key: an indicator id, or one of the staffing keys (`besatte_årsverk` …).
    public var key: String
    /// The name printed beside it.
    public var name: String
    /// The value when it was shown; nil when it was missing, «<5» or «skjult».
    public var value: Double?
    /// Exactly as printed (`412`, `87,5 %`, `<5`, `skjult`, `mangler`).
    public var text: String
    public var status: FigureStatus

    /// Creates a printed figure.
    public init(unit: String, year: Int, key: String, name: String, value: Double?, text: String, status: FigureStatus) {
        self.unit = unit; self.year = year; self.key = key; self.name = name; self.value = value; self.text = text; self.status = status
    }

    /// The unit name used for a shared service as a whole.
    public static let serviceUnit = "tjenesten"
}

/// How a figure of last year reads now against how last year's report printed it.
public struct FigureRevision: Sendable, Hashable {
    public let key: String
    public let name: String
    public let year: Int
    /// As last year's report printed it.
    public let printed: String
    public let printedWasPreliminary: Bool
    /// As this report prints it.
    public let now: String
    public let nowIsPreliminary: Bool
}
