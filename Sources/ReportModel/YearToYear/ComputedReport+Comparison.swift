/// The figures a report keeps for next year's comparison, and how last year's printed figures read now.
extension ComputedReport {
    /// The key the printed-figures file uses for this report: the municipality's number, or `tjenesten`.
    public var unitKey: String {
        switch unit {
        case .single: return settings.municipalityNumber
        case .council(let municipality): return municipality.number
        case .service: return PrintedFigure.serviceUnit
        }
    }

    /// Every series whose report-year figure is kept: the indicators (the municipality's own) and the staffing
    /// figures the key figures use, each with a stable key and its printed name.
    public var comparableSeries: [(key: String, name: String, series: Series)] {
        var all = indicators.map { (key: $0.entry.id, name: $0.entry.name, series: $0.municipality) }
        guard !staffing.years.isEmpty else { return all }
        all += [
            ("besatte_årsverk", "Besatte årsverk", staffing.filled),
            ("vakansgrad", "Vakansgrad", staffing.vacancyRate),
            ("kompetansekrav_andel", "Andel av årsverkene som oppfyller kompetansekravet", staffing.competenceShare),
            ("turnover", "Turnover", staffing.turnover),
            ("sykefravær", "Sykefravær", staffing.sickLeave),
        ]
        return all
    }

    /// The report year's figures exactly as this report prints them (a hidden figure keeps only its mark).
    public var printedFigures: [PrintedFigure] {
        let year = settings.year
        return comparableSeries.map { key, name, series in
            let figure = series.figure(year)
            return PrintedFigure(unit: unitKey, year: year, key: key, name: name, value: figure.visibleValue, text: figure.text,
                                 status: figure.provenance.status)
        }
    }

    /// Last year's figures that this report prints differently from last year's report: a preliminary
    /// figure that has since changed, or a correction. Only figures this report shows are compared, so
    /// nothing is said about a figure it hides.
    public var revisions: [FigureRevision] {
        let previous = settings.year - 1
        let series = Dictionary(comparableSeries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return lastYearsFigures.compactMap { printed in
            guard printed.year == previous, let current = series[printed.key] else { return nil }
            let now = current.series.figure(previous)
            guard now.isShown, now.text != printed.text else { return nil }
            return FigureRevision(key: printed.key, name: current.name, year: previous, printed: printed.text,
                                  printedWasPreliminary: printed.status == .preliminary, now: now.text, nowIsPreliminary: now.isPreliminary)
        }
    }

    /// The revision of the figure with `key`, if last year's report printed it differently.
    public func revision(_ key: String) -> FigureRevision? { revisions.first { $0.key == key } }
}
