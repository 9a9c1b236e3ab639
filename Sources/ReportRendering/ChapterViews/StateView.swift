import Charts
import Mustache
import ReportModel

extension ViewBuilder {
    /// The four steps of a case, in the order a child meets them.
    static let stateGroups: [(title: String, chart: String?, ids: [String])] = [
        ("Meldinger", "meldinger_innen_frist_andel", ["meldinger", "meldinger_innen_frist_andel", "meldinger_henlagt_andel"]),
        ("Undersøkelser", "undersokelser_innen_frist_andel", ["undersokelser", "undersokelser_innen_frist_andel", "undersokelser_henlagt_andel", "barn_med_undersokelse_andel"]),
        ("Tiltak", "barn_med_tiltak_andel", ["barn_med_tiltak", "barn_med_tiltak_andel", "barn_med_hjelpetiltak", "tiltaksplan_andel"]),
        ("Omsorg og fosterhjem", "tilsynsbesok_andel", ["barn_med_omsorgstiltak", "omsorgsplan_andel", "barn_i_fosterhjem", "barn_i_institusjon", "tilsynsbesok_andel", "fylkesnemnd_saker"]),
    ]

    /// Tilstand og kvalitet: meldinger → undersøkelser → tiltak → omsorg og fosterhjem.
    mutating func state() -> [String: TemplateValue] {
        var groups: [TemplateValue] = []
        for group in Self.stateGroups {
            let present = group.ids.compactMap { report.indicator($0) }
            guard !present.isEmpty else { continue }
            var members: [String: TemplateValue] = [
                "diagram": .null, "utvikling": .null,
                "tittel": .string(group.title),
                "setninger": .array(present.compactMap { indicatorSentence($0.entry.id) }.map { .string($0) }),
            ]
            if let id = group.chart, let series = report.indicator(id) {
                let (chart, table) = indicatorChart(series)
                members["diagram"] = blocks.add(.chart(chart, table), name: "tilstand-diagram")
                members["utvikling"] = .text(ChangeSentences.trendSentence(subject: ChangeSentences.subjects[id] ?? series.entry.name, series: series.municipality))
            }
            members["tabell"] = blocks.add(.table(indicatorTable("\(group.title): kommunens tall", present)), name: "tilstand-tabell")
            groups.append(.object(members))
        }
        // The municipality's own indicators (data/indikator-katalog.csv) get a group of their own.
        let own = report.indicators.filter(\.entry.isOwn)
        if !own.isEmpty {
            groups.append(.object([
                "tittel": .string("Egne indikatorer"), "diagram": .null, "utvikling": .null,
                "setninger": .array(own.compactMap { indicatorSentence($0.entry.id) }.map { .string($0) }),
                "tabell": blocks.add(.table(indicatorTable("Egne indikatorer: kommunens tall", own)), name: "tilstand-egne"),
            ]))
        }
        let preliminary = report.indicators.contains { $0.municipality.figure(year).isPreliminary }
        let keyFigures = indicatorKeyFigures([("meldinger", "meldinger"), ("undersokelser_innen_frist_andel", "undersøkelser innen fristen"),
                                              ("barn_med_tiltak", "barn med tiltak"), ("barn_i_fosterhjem", "barn i fosterhjem ved årets slutt")],
                                             name: "tilstand-nokkeltall")
        return ["grupper": .array(groups), "har_data": .bool(!groups.isEmpty), "foreløpige_tall": .bool(preliminary), "nøkkeltall": keyFigures]
    }

    /// Indicators as rows: the municipality's years, then the comparison levels in the report year (the
    /// county's only where the data gives it). A count has no comparison: its cells say «–», not «mangler».
    func indicatorTable(_ caption: String, _ indicators: [IndicatorSeries]) -> DataTable {
        let levels = comparisonLevels.filter { level in
            level.level != .county || indicators.contains { $0.levels[.county] != nil }
        }
        let columns = years.map(String.init) + levels.map { "\($0.name) \(year)" }
        let rows = indicators.map { series in
            DataTable.Row(header: series.entry.name, cells: years.map { .figure(series.municipality.figure($0)) } + levels.map { level in
                let figure = series.series(level.level).figure(year)
                return series.entry.unit == .count && figure.state == .missing && figure.provenance.note == nil ? .notApplicable : .figure(figure)
            })
        }
        return DataTable(caption: caption, corner: "Indikator", columns: columns, rows: rows, threshold: threshold,
                         keyColumns: Set((years.count - 1)..<columns.count))
    }

    /// Økonomi: expenditure per child against the comparison levels.
    mutating func economy() -> [String: TemplateValue] {
        let ids = ["netto_driftsutgifter_per_barn", "brutto_f244_per_barn", "andel_f251"]
        let present = ids.compactMap { report.indicator($0) }
        var members: [String: TemplateValue] = [
            "diagram": .null, "tabell": .null,
            "nøkkeltall": indicatorKeyFigures([("netto_driftsutgifter_per_barn", "netto per innbygger 0–17 år"),
                                               ("andel_f251", "til tiltak for barn som bor hjemme")], name: "okonomi-nokkeltall"),
            "har_data": .bool(!present.isEmpty),
            "setninger": .array(present.compactMap { indicatorSentence($0.entry.id) }.map { .string($0) }),
        ]
        if let net = report.indicator("netto_driftsutgifter_per_barn") {
            let (chart, table) = indicatorChart(net)
            members["diagram"] = blocks.add(.chart(chart, table), name: "okonomi-diagram")
        }
        if !present.isEmpty { members["tabell"] = blocks.add(.table(indicatorTable("Utgifter", present)), name: "okonomi-tabell") }
        return members
    }

    /// Utfordringsbildet: where figures moved the wrong way or lie behind the comparison group.
    func challenges() -> [String: TemplateValue] {
        var flagged: [String] = []
        for series in report.indicators where series.entry.direction != .neutral {
            let better = series.entry.direction == .higherIsBetter
            var reasons: [String] = []
            switch series.municipality.change(to: year) {
            case .decreased where better, .increased where !better: reasons.append("utviklingen fra \(year - 1) gikk feil vei")
            default: break
            }
            let position = series.position(year, against: .kostraGroup)
            if (position == .below && better) || (position == .above && !better) { reasons.append("kommunen ligger bak snittet i \(report.settings.kostraGroup)") }
            guard !reasons.isEmpty, let sentence = indicatorSentence(series.entry.id) else { continue }
            flagged.append(sentence)
        }
        let staff = report.staffing
        if case .increased = staff.sickLeave.change(to: year) {
            flagged.append(ChangeSentences.sentence(subject: "Sykefraværet", series: staff.sickLeave, year: year))
        }
        if case .increased = staff.turnover.change(to: year) {
            flagged.append(ChangeSentences.sentence(subject: "Turnoveren", series: staff.turnover, year: year))
        }
        return ["varsler": .array(flagged.map { .string($0) }), "har_varsler": .bool(!flagged.isEmpty)]
    }
}
