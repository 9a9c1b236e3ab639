import Charts
import Mustache
import ReportModel

extension ViewBuilder {
    /// Tilstand og kvalitet: meldinger → undersøkelser → tiltak → omsorg og fosterhjem, as the registry groups them.
    mutating func state() -> [String: TemplateValue] {
        var groups: [TemplateValue] = []
        for group in IndicatorRegistry.groups(in: .state) {
            let present = group.members.compactMap { report.indicator($0.rawValue) }
            guard !present.isEmpty else { continue }
            let title = phrases(group.title)
            var members: [String: TemplateValue] = [
                "diagram": .null, "utvikling": .null,
                "tittel": .string(title),
                "setninger": .array(present.compactMap { indicatorSentence($0.entry.id) }.map { .string($0) }),
            ]
            if let id = group.chart, let series = report.indicator(id.rawValue) {
                let (chart, table) = indicatorChart(series)
                members["diagram"] = blocks.add(.chart(chart, table), name: "tilstand-diagram")
                members["utvikling"] = .text(ChangeSentences.trendSentence(phrases, subject: phrases(series.entry.subject), series: series.municipality))
            }
            members["tabell"] = blocks.add(.table(indicatorTable(phrases.ownFigures(title, audience: report.settings.audience), present)), name: "tilstand-tabell")
            groups.append(.object(members))
        }
        // The municipality's own indicators (data/indikator-katalog.csv) get a group of their own.
        let own = report.indicators.filter(\.entry.isOwn)
        if !own.isEmpty {
            groups.append(.object([
                "tittel": .string(phrases.ownIndicators), "diagram": .null, "utvikling": .null,
                "setninger": .array(own.compactMap { indicatorSentence($0.entry.id) }.map { .string($0) }),
                "tabell": blocks.add(.table(indicatorTable(phrases.ownFigures(phrases.ownIndicators, audience: report.settings.audience), own)), name: "tilstand-egne"),
            ]))
        }
        let preliminary = report.indicators.contains { $0.municipality.figure(year).isPreliminary }
        let keyFigures = indicatorKeyFigures([.reports, .investigationsInTimeShare, .childrenWithMeasures, .childrenInFosterHomes],
                                             name: "tilstand-nokkeltall")
        return ["grupper": .array(groups), "har_data": .bool(!groups.isEmpty), "foreløpige_tall": .bool(preliminary), "nøkkeltall": keyFigures]
    }

    /// Indicators as rows: the municipality's years, then the comparison levels in the report year (the
    /// county's only where the data gives it). A count has no comparison: its cells say «–», not «mangler».
    func indicatorTable(_ caption: String, _ indicators: [IndicatorSeries]) -> DataTable {
        let phrases = self.phrases
        // The county's column, and the whole service's (it cannot be computed for kroner per child), only where a figure has it.
        let levels = comparisonLevels.filter { level in
            (level.level != .county && level.level != .service) || indicators.contains { $0.levels[level.level] != nil }
        }
        let columns = years.map(String.init) + levels.map { phrases.levelColumn($0.name, year: year) }
        let rows = indicators.map { series in
            DataTable.Row(header: phrases(series.entry.name), cells: years.map { .figure(series.municipality.figure($0), phrases) } + levels.map { level in
                let figure = series.series(level.level).figure(year)
                return series.entry.unit == .count && figure.state == .missing && figure.provenance.note == nil ? .notApplicable : .figure(figure, phrases)
            })
        }
        var table = DataTable(caption: caption, corner: phrases.indicatorColumn, columns: columns, rows: rows, threshold: threshold, phrases: phrases,
                              keyColumns: Set((years.count - 1)..<columns.count))
        table.changeNotes = lastYearNotes(indicators)
        return table
    }

    /// Økonomi: expenditure per child against the comparison levels.
    mutating func economy() -> [String: TemplateValue] {
        let groups = IndicatorRegistry.groups(in: .economy)
        let present = groups.flatMap(\.members).compactMap { report.indicator($0.rawValue) }
        var members: [String: TemplateValue] = [
            "diagram": .null, "tabell": .null,
            "nøkkeltall": indicatorKeyFigures([.netExpenditurePerChild, .inHomeMeasuresExpenditureShare], name: "okonomi-nokkeltall"),
            "har_data": .bool(!present.isEmpty),
            "setninger": .array(present.compactMap { indicatorSentence($0.entry.id) }.map { .string($0) }),
        ]
        if let chartID = groups.first?.chart, let series = report.indicator(chartID.rawValue) {
            let (chart, table) = indicatorChart(series)
            members["diagram"] = blocks.add(.chart(chart, table), name: "okonomi-diagram")
        }
        if !present.isEmpty, let group = groups.first {
            members["tabell"] = blocks.add(.table(indicatorTable(phrases(group.title), present)), name: "okonomi-tabell")
        }
        return members
    }

    /// Utfordringsbildet: where figures moved the wrong way or lie behind the comparison group.
    func challenges() -> [String: TemplateValue] {
        var flagged: [String] = []
        for series in report.indicators where series.entry.direction != .neutral {
            let better = series.entry.direction == .higherIsBetter
            // Flagged when it moved the wrong way since last year, or lies behind the KOSTRA group's mean.
            var wrongWay = false
            switch series.municipality.change(to: year) {
            case .decreased where better, .increased where !better: wrongWay = true
            default: break
            }
            let position = series.position(year, against: .kostraGroup)
            let behind = (position == .below && better) || (position == .above && !better)
            guard wrongWay || behind, let sentence = indicatorSentence(series.entry.id) else { continue }
            flagged.append(sentence)
        }
        let staff = report.staffing
        if case .increased = staff.sickLeave.change(to: year) {
            flagged.append(ChangeSentences.sentence(phrases, subject: phrases.sickLeaveSubject, series: staff.sickLeave, year: year))
        }
        if case .increased = staff.turnover.change(to: year) {
            flagged.append(ChangeSentences.sentence(phrases, subject: phrases.turnoverSubject, series: staff.turnover, year: year))
        }
        return ["varsler": .array(flagged.map { .string($0) }), "har_varsler": .bool(!flagged.isEmpty)]
    }
}
