/// A value as last year's report printed it: a number as rounded for print, or the mark that hid it.
/// A hidden value is never kept as its number: the record of what was printed is shared with the project.
public enum PrintedValue: Sendable, Hashable {
    /// A shown figure, rounded to its unit's decimals as printed.
    case number(Double)
    /// A small count printed «<5» (with the threshold then in force).
    case small(threshold: Int)
    /// A figure printed «skjult».
    case hidden
}

/// One figure last year's report printed (a row of `data/fjorarets-tall.csv`): an indicator's value for
/// one year and level, or one of the summary's key figures that is no indicator (`PrintedFigure.filledFTE`).
public struct PrintedFigure: Sendable, Hashable {
    /// The indicator id, or `filledFTE`.
    public var id: String
    public var year: Int
    public var level: IndicatorLevel
    public var value: PrintedValue
    /// Whether the figure was printed as preliminary or final.
    public var status: FigureStatus
    /// The report year of the report that printed it.
    public var reportYear: Int
    /// In a shared service: the council whose report printed it (kommunenummer); nil for the whole service's report
    /// or a project of one municipality.
    public var municipality: String?

    /// Creates a printed figure.
    public init(id: String, year: Int, level: IndicatorLevel, value: PrintedValue, status: FigureStatus, reportYear: Int) {
        self.id = id; self.year = year; self.level = level; self.value = value; self.status = status; self.reportYear = reportYear
    }

    /// The id of the summary's key figure «besatte årsverk» (from `bemanning.csv`, not an indicator).
    public static let filledFTE = "besatte_arsverk"

    /// The ids a row may name besides the indicators: the summary's key figures that are no indicator.
    public static let keyFigureIDs: [(id: String, unit: FigureUnit)] = [(filledFTE, .fte)]

    /// The value as it was printed: `512`, `98,7 %`, `<5`, `skjult`.
    public func text(_ unit: FigureUnit, _ phrases: Phrasebook) -> String {
        switch value {
        case .number(let number): return Figure.format(number, unit, trim: false)
        case .small(let threshold): return "<\(threshold)"
        case .hidden: return phrases.hidden
        }
    }

    /// The value as the record file writes it: digits with a decimal comma and no spaces (`13050`, `98,7`), `<5` or `skjult`.
    public func recordText(_ unit: FigureUnit) -> String {
        switch value {
        case .number(let number):
            return NorwegianFormat.number(number, decimals: unit.decimals).filter { $0.isNumber || $0 == "," || $0 == "-" }
        case .small(let threshold): return "<\(threshold)"
        case .hidden: return "skjult"
        }
    }

    /// The figure as this report's published `figure` prints it, when it may go into the record: a missing figure was not printed.
    public static func printed(_ figure: Figure, id: String, level: IndicatorLevel, reportYear: Int) -> PrintedFigure? {
        guard let year = figure.year else { return nil }
        let value: PrintedValue
        switch figure.state {
        case .missing: return nil
        case .small: value = .small(threshold: figure.threshold)
        case .hidden: value = .hidden
        case .shown:
            guard let number = figure.visibleValue else { return nil }
            value = .number(Self.rounded(number, figure.unit))
        }
        return PrintedFigure(id: id, year: year, level: level, value: value, status: figure.provenance.status, reportYear: reportYear)
    }

    static func rounded(_ value: Double, _ unit: FigureUnit) -> Double {
        var scale = 1.0
        for _ in 0..<unit.decimals { scale *= 10 }
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// The figure under this report's privacy rule: a count below this year's threshold is «<5» whatever a
    /// lower threshold (or a hand-edited file) let through before, so this report never prints it.
    func protected(like current: Figure) -> PrintedFigure {
        guard current.unit == .count, case .number(let number) = value, Self.isSmall(number, below: current.threshold) else { return self }
        var figure = self
        figure.value = .small(threshold: current.threshold)
        return figure
    }

    /// The value as printed, to show beside this year's figure for the same year and level (`current`); nil when
    /// `current` is hidden now and the printed value is a number, so a reader never sets one against the other.
    public func text(beside current: Figure, _ phrases: Phrasebook) -> String? {
        let figure = protected(like: current)
        if current.isProtected, case .number = figure.value { return nil }
        return figure.text(current.unit, phrases)
    }

    /// What a reader comparing last year's report with this one must be told about this figure, given the
    /// published figure for the same year and level now; nil when nothing changed, or when the published
    /// figures cannot tell (both hidden, or a hidden one that may equal the other): the hidden value is never consulted.
    public func change(to current: Figure, _ phrases: Phrasebook) -> PrintedChange? {
        protected(like: current).comparing(with: current, phrases)
    }

    private func comparing(with current: Figure, _ phrases: Phrasebook) -> PrintedChange? {
        let wasPreliminary = status == .preliminary
        let printedText = text(current.unit, phrases)
        switch (value, current.state) {
        case (_, .missing):
            return .gone(printed: printedText, wasPreliminary: wasPreliminary)
        case (.number(let printed), .shown):
            guard let now = current.visibleValue, Self.rounded(now, current.unit) != Self.rounded(printed, current.unit) else { return nil }
            return .changed(printed: printedText, now: current.fixedText(phrases), wasPreliminary: wasPreliminary, nowPreliminary: current.isPreliminary)
        case (.number(let printed), .small):
            // «<5» now: a printed 3 may still be 3.
            return Self.isSmall(printed, below: current.threshold) ? nil : .changedHidden(wasPreliminary: wasPreliminary)
        case (.small(let threshold), .shown):
            guard let now = current.visibleValue else { return nil }
            return Self.isSmall(now, below: threshold) ? nil : .changedHidden(wasPreliminary: wasPreliminary)
        case (.number, .hidden), (.small, .small), (.small, .hidden), (.hidden, _):
            return nil
        }
    }

    static func isSmall(_ value: Double, below threshold: Int) -> Bool {
        value >= 1 && value < Double(threshold)
    }
}

/// How a figure differs from what last year's report printed for it.
public enum PrintedChange: Sendable, Hashable {
    /// Both figures shown, and they differ: the printed and the current text.
    case changed(printed: String, now: String, wasPreliminary: Bool, nowPreliminary: Bool)
    /// They differ, but one of them is hidden for privacy: no numbers, no difference.
    case changedHidden(wasPreliminary: Bool)
    /// Printed then, missing now.
    case gone(printed: String, wasPreliminary: Bool)
}

/// The figures last year's report printed, looked up by what they are.
public struct LastYearsFigures: Sendable, Hashable {
    /// The rows of last year's report (the report year − 1), in file order.
    public let figures: [PrintedFigure]
    private let byKey: [String: PrintedFigure]
    /// Each indicator's figures, oldest year first: a project may have thousands of own indicators, each with a table.
    private let byID: [String: [PrintedFigure]]

    /// The figures printed by the report of `reportYear` among `figures` (rows of another report are not last year's).
    public init(_ figures: [PrintedFigure], reportYear: Int) {
        self.figures = figures.filter { $0.reportYear == reportYear - 1 }
        byKey = Dictionary(self.figures.map { (Self.key($0.id, $0.year, $0.level), $0) }, uniquingKeysWith: { first, _ in first })
        byID = Dictionary(grouping: self.figures, by: \.id).mapValues { figures in
            figures.sorted { ($0.year, Self.order($0.level)) < ($1.year, Self.order($1.level)) }
        }
    }

    static func key(_ id: String, _ year: Int, _ level: IndicatorLevel) -> String { "\(id)|\(year)|\(level.rawValue)" }

    /// The figure printed for `id` in `year` at `level`, if last year's report printed one.
    public func figure(_ id: String, year: Int, level: IndicatorLevel = .municipality) -> PrintedFigure? {
        byKey[Self.key(id, year, level)]
    }

    /// Last year's printed figures of `id`, oldest year first, each with how the current series differs; only those that changed.
    public func changes(_ id: String, current: (IndicatorLevel) -> Series, _ phrases: Phrasebook) -> [(figure: PrintedFigure, change: PrintedChange)] {
        (byID[id] ?? []).compactMap { printed in printed.change(to: current(printed.level).figure(printed.year), phrases).map { (printed, $0) } }
    }

    static func order(_ level: IndicatorLevel) -> Int { IndicatorLevel.allCases.firstIndex(of: level) ?? 0 }

    /// True when last year's report left no record.
    public var isEmpty: Bool { figures.isEmpty }
}

extension IndicatorID {
    /// The indicators among the summary's key figures, in the order printed (the record of last year's figures keeps them too).
    public static let summaryKeyFigures: [IndicatorID] = [.reports, .investigationsInTimeShare, .childrenWithMeasures]
}
