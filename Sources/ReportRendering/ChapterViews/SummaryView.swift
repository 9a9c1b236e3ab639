import Mustache
import ReportModel

extension ViewBuilder {
    /// Kort oppsummering: the year's key figures and what changed most.
    mutating func summary() -> [String: TemplateValue] {
        var figures: [KeyFigure] = []
        for id in ["meldinger", "undersokelser_innen_frist_andel", "barn_med_tiltak"] {
            guard let series = report.indicator(id) else { continue }
            figures.append(KeyFigure(label: series.entry.name.lowercased(), figure: series.municipality.figure(year), change: shortChange(series.municipality)))
        }
        let staff = report.staffing
        if !staff.years.isEmpty {
            figures.append(KeyFigure(label: "besatte årsverk", figure: staff.filled.figure(year), change: shortChange(staff.filled)))
        }
        var sentences = ["meldinger", "undersokelser_innen_frist_andel", "barn_med_tiltak_andel", "tilsynsbesok_andel"].compactMap(indicatorSentence)
        if !staff.years.isEmpty {
            sentences.append(ChangeSentences.sentence(subject: "Andelen av årsverkene for ledere og saksbehandlere som oppfyller kompetansekravet", series: staff.competenceShare, year: year))
        }
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
                for point in series.series(level).points where !sources.contains(point.provenance.source) { sources.append(point.provenance.source) }
            }
        }
        let used = report.indicators.map { series in
            TemplateValue.object(["navn": .string(series.entry.name), "id": .string(series.entry.id)])
        }
        return [
            "kilder": .array(sources.sorted().map { .string($0) }),
            "indikatorer": .array(used),
            "har_undersøkelse": .bool(report.survey != nil),
        ]
    }
}
