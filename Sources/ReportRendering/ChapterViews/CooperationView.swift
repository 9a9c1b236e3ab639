import Charts
import Mustache
import ReportModel

extension ViewBuilder {
    /// Samarbeid med andre sektorer: the survey per statement and per sector.
    mutating func cooperation() -> [String: TemplateValue] {
        guard let survey = report.survey else { return ["har_undersøkelse": .bool(false), "nøkkeltall": .null] }
        let phrases = self.phrases
        var members: [String: TemplateValue] = [
            "diagram": .null, "tabell_sektor": .null, "diagram_sektor": .null, "nøkkeltall": .null, "sterkest": .null, "svakest": .null,
            "har_undersøkelse": .bool(true),
            "vises": .bool(survey.isShown),
            "respondenter": .figure(survey.respondents, phrases),
            "undersøkelse_år": survey.year.map { .int($0) } ?? .null,
            "merknad": .text(survey.mergeNote.map(phrases.mergeNote)),
            "fritekstsvar": .int(survey.freeTextAnswers),
            "påstander": .array(survey.all.items.map { .object(["kode": .string($0.item.code), "tekst": .string($0.item.text), "tema": .string($0.item.theme)]) }),
        ]
        guard survey.isShown, let first = survey.all.items.first else { return members }
        let labels = first.distribution.map(\.label)
        // The scale runs from agree to disagree; on an odd-length scale the middle answer is the neutral one.
        let agreement = ChartPalette.diverging(neutral: labels.count % 2 == 1 ? labels.count / 2 : nil)
        let chart = Chart(
            kind: .stackedBars, title: phrases.surveyChartTitle(year: survey.year.map(String.init) ?? ""),
            description: survey.all.items.map { item in
                "\(item.item.code) \(item.item.text): " + item.distribution.map { "\($0.label) \($0.share.fixedText(phrases))" }.joined(separator: ", ")
            }.joined(separator: ". "),
            categories: survey.all.items.map { "\($0.item.code) \($0.item.text)" },
            series: labels.map { label in
                ChartSeries(name: label, points: survey.all.items.map { item in
                    let share = item.distribution.first { $0.label == label }?.share ?? .missing(.percent, year: nil)
                    return ChartPoint(share, phrases)
                })
            }, unit: phrases.axisName(.percent) ?? "", maximum: 100, palette: agreement)
        let distribution = DataTable(caption: phrases.surveyDistributionCaption, corner: phrases.surveyStatement,
                                     columns: labels + [phrases.surveyMean, phrases.surveyAnswers, phrases.surveyDontKnow],
                                     rows: survey.all.items.map { item in
                                         DataTable.Row(header: "\(item.item.code) \(item.item.text)",
                                                       cells: item.distribution.map { .figure($0.share, phrases) }
                                                           + [.figure(item.mean, phrases), .figure(item.answered, phrases), .figure(item.uncounted, phrases)])
                                     }, threshold: threshold, phrases: phrases, source: phrases.surveySource(year: survey.year))
        members["diagram"] = blocks.add(.chart(chart, distribution), name: "samarbeid-diagram")
        if let overall = survey.all.items.last {
            members["nøkkeltall"] = blocks.add(.keyFigures([
                KeyFigure(label: phrases.surveyRespondents, figure: survey.respondents, change: ""),
                KeyFigure(label: phrases.surveyAgreeing(theme: overall.item.theme.lowercased(), code: overall.item.code), figure: overall.agreeShare, change: ""),
            ]), name: "samarbeid-nokkeltall")
        }
        // The last statement is the overall one in Bufdir's item bank («Alt i alt …»): its answers per sector.
        if !survey.sectors.isEmpty, let overall = survey.all.items.last {
            let groups = survey.sectors + [survey.all]
            let item = { (group: SurveyResults.Group) in group.items.first { $0.item.code == overall.item.code } }
            let sectorChart = Chart(
                kind: .stackedBars, title: phrases.surveySectorTitle(overall.item.text),
                description: groups.map { group in
                    "\(group.name): " + (item(group)?.distribution.map { "\($0.label) \($0.share.fixedText(phrases))" }.joined(separator: ", ")
                                           ?? phrases.surveyNoAnswers)
                }.joined(separator: ". "),
                // The statement's own n in each group: its shares are shown only with it.
                categories: groups.map { phrases.surveyGroup($0.name, answers: item($0)?.answered.text(phrases) ?? "0") },
                series: labels.map { label in
                    ChartSeries(name: label, points: groups.map { group in
                        let share = item(group)?.distribution.first { $0.label == label }?.share ?? .missing(.percent, year: nil)
                        return ChartPoint(share, phrases)
                    })
                }, unit: phrases.axisName(.percent) ?? "", maximum: 100, palette: agreement)
            let sectorDistribution = DataTable(caption: sectorChart.title, corner: phrases.surveySector, columns: labels + [phrases.surveyAnswers],
                                               rows: groups.map { group in
                                                   DataTable.Row(header: group.name, cells: labels.map { label in
                                                       .figure(item(group)?.distribution.first { $0.label == label }?.share ?? .missing(.percent, year: nil),
                                                               phrases)
                                                   } + [.figure(item(group)?.answered ?? .missing(.count, year: nil), phrases)])
                                               }, threshold: threshold, phrases: phrases, source: phrases.surveySource(year: survey.year))
            members["diagram_sektor"] = blocks.add(.chart(sectorChart, sectorDistribution), name: "samarbeid-sektordiagram")
            var sectorTable = DataTable(caption: phrases.surveyAgreeCaption, corner: phrases.surveySector,
                                        columns: [phrases.surveyAnswered] + survey.all.items.map(\.item.code),
                                        rows: (survey.sectors + [survey.all]).map { group in
                                            DataTable.Row(header: group.name, cells: [.figure(group.respondents, phrases)]
                                                          + group.items.map { Self.agreeCell($0, phrases) })
                                        },
                                        threshold: threshold, phrases: phrases, source: phrases.surveySource(year: survey.year))
            sectorTable.extraNotes = [phrases.surveyAgreeNote]
            members["tabell_sektor"] = blocks.add(.table(sectorTable), name: "samarbeid-sektor")
        }
        let sorted = survey.all.items.filter(\.agreeShare.isShown).sorted { ($0.agreeShare.visibleValue ?? 0) > ($1.agreeShare.visibleValue ?? 0) }
        if let best = sorted.first, let worst = sorted.last, sorted.count > 1 {
            members["sterkest"] = .object(["tekst": .string(best.item.text), "andel": .figure(best.agreeShare, phrases)])
            members["svakest"] = .object(["tekst": .string(worst.item.text), "andel": .figure(worst.agreeShare, phrases)])
        }
        return members
    }

    /// The share agreeing with the statement's n beside it («88,9 % (18)»); only the n's mark when hidden.
    static func agreeCell(_ item: SurveyResults.ItemResult, _ phrases: Phrasebook) -> DataTable.Cell {
        guard item.answered.isShown, item.agreeShare.isShown else {
            return .figure(item.answered.isProtected ? item.answered : item.agreeShare, phrases)
        }
        var cell = DataTable.Cell.figure(item.agreeShare, phrases)
        cell.detail = "(\(item.answered.text(phrases)))"
        return cell
    }
}
