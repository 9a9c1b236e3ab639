import ReportModel

/// Comparison with last year's printed report (issue 15): what it printed beside a key figure, and a note
/// wherever a figure it printed has changed since. Every number comes from a published figure (this year's
/// protected figures, last year's record of what it printed), so no note reveals a hidden value.
extension ViewBuilder {
    /// A key figure with what last year's report printed for its own year, and how that figure changed since.
    func withLastYear(_ figure: KeyFigure, id: String, series: Series) -> KeyFigure {
        guard let printed = report.lastYear.figure(id, year: year - 1) else { return figure }
        var figure = figure
        let current = series.figure(year - 1)
        if let text = printed.text(beside: current, phrases) { figure.lastYear = phrases.lastYearsReport(text) }
        if let change = printed.change(to: current, phrases) {
            figure.changeNote = phrases.printedChange(change, year: printed.year)
        }
        return figure
    }

    /// The notes under a table of indicators: each figure last year's report printed that has changed since.
    func lastYearNotes(_ indicators: [IndicatorSeries]) -> [String] {
        guard !report.lastYear.isEmpty else { return [] }
        let names = Dictionary(comparisonLevels.map { ($0.level, $0.name) }, uniquingKeysWith: { first, _ in first })
        return indicators.flatMap { series in
            report.lastYear.changes(series.entry.id, current: series.series, phrases).map { printed, change in
                phrases.printedChangeNote(phrases(series.entry.name), level: printed.level == .municipality ? nil : names[printed.level],
                                          phrases.printedChange(change, year: printed.year))
            }
        }
    }
}
