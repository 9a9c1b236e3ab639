import Mustache
import ReportModel

extension ViewBuilder {
    /// Kort oppsummering: the year's key figures and what changed most.
    mutating func summary() -> [String: TemplateValue] {
        var figures: [KeyFigure] = []
        for id in IndicatorID.summaryKeyFigures {
            guard let series = report.indicator(id.rawValue) else { continue }
            let figure = KeyFigure(label: phrases(series.entry.name).lowercased(), figure: series.municipality.figure(year),
                                   change: shortChange(series.municipality))
            figures.append(withLastYear(figure, id: id.rawValue, series: series.municipality))
        }
        let staff = report.staffing
        if !staff.years.isEmpty {
            let figure = KeyFigure(label: phrases.filledFTE, figure: staff.filled.figure(year), change: shortChange(staff.filled))
            figures.append(withLastYear(figure, id: PrintedFigure.filledFTE, series: staff.filled))
        }
        var sentences = [IndicatorID.reports, .investigationsInTimeShare, .childrenWithMeasuresShare, .supervisionVisitShare]
            .compactMap { indicatorSentence($0.rawValue) }
        if !staff.years.isEmpty {
            sentences.append(ChangeSentences.sentence(phrases, subject: phrases.competenceSubject, series: staff.competenceShare, year: year))
        }
        if order.contains(ChapterID.priorities.rawValue), let measures = phrases.measureSentence(report.measures) { sentences.append(measures) }
        var members: [String: TemplateValue] = ["setninger": .array(sentences.map { .string($0) }), "har_setninger": .bool(!sentences.isEmpty),
                                                "nøkkeltall": .null]
        if !figures.isEmpty { members["nøkkeltall"] = blocks.add(.keyFigures(figures), name: "oppsummering-nokkeltall") }
        return members
    }

    /// Vedlegg: sources, definitions and formulas, protection of small numbers.
    func appendix() -> [String: TemplateValue] {
        var sources: [String] = []
        for series in report.indicators {
            for level in IndicatorLevel.allCases {
                for point in series.series(level).points {
                    let source = point.provenance.source.isEmpty ? phrases.computedSource : point.provenance.source
                    if !sources.contains(source) { sources.append(source) }
                }
            }
        }
        let used = report.indicators.map { series in
            TemplateValue.object(["navn": .string(phrases(series.entry.name)), "id": .string(series.entry.id)])
        }
        return [
            "kilder": .array(sources.sorted().map { .string($0) }),
            "indikatorer": .array(used),
            "har_undersøkelse": .bool(report.survey != nil),
        ]
    }
}
