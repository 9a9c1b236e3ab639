import Charts
import Mustache
import ReportModel

extension ViewBuilder {
    /// Samarbeid med andre sektorer: the survey per statement and per sector.
    mutating func cooperation() -> [String: TemplateValue] {
        guard let survey = report.survey else { return ["har_undersøkelse": .bool(false), "nøkkeltall": .null] }
        var members: [String: TemplateValue] = [
            "diagram": .null, "tabell_sektor": .null, "diagram_sektor": .null, "nøkkeltall": .null, "sterkest": .null, "svakest": .null,
            "har_undersøkelse": .bool(true),
            "vises": .bool(survey.isShown),
            "respondenter": .figure(survey.respondents),
            "undersøkelse_år": survey.year.map { .int($0) } ?? .null,
            "merknad": .text(survey.mergeNote),
            "fritekstsvar": .int(survey.freeTextAnswers),
            "påstander": .array(survey.all.items.map { .object(["kode": .string($0.item.code), "tekst": .string($0.item.text), "tema": .string($0.item.theme)]) }),
        ]
        guard survey.isShown, let first = survey.all.items.first else { return members }
        let labels = first.distribution.map(\.label)
        // The scale runs from agree to disagree; on an odd-length scale the middle answer is the neutral one.
        let agreement = ChartPalette.diverging(neutral: labels.count % 2 == 1 ? labels.count / 2 : nil)
        let chart = Chart(
            kind: .stackedBars, title: "Svar fra samarbeidspartnere per påstand, \(survey.year.map(String.init) ?? "")",
            description: survey.all.items.map { item in
                "\(item.item.code) \(item.item.text): " + item.distribution.map { "\($0.label) \($0.share.fixedText)" }.joined(separator: ", ")
            }.joined(separator: ". "),
            categories: survey.all.items.map { "\($0.item.code) \($0.item.text)" },
            series: labels.map { label in
                ChartSeries(name: label, points: survey.all.items.map { item in
                    let share = item.distribution.first { $0.label == label }?.share ?? .missing(.percent, year: nil)
                    return ChartPoint(share)
                })
            }, unit: "Prosent", maximum: 100, palette: agreement)
        let distribution = DataTable(caption: "Svarfordeling per påstand (andel av dem som tok stilling)", corner: "Påstand",
                                     columns: labels + ["Snitt (1–5)", "Antall svar", "Vet ikke"],
                                     rows: survey.all.items.map { item in
                                         DataTable.Row(header: "\(item.item.code) \(item.item.text)",
                                                       cells: item.distribution.map { .figure($0.share) } + [.figure(item.mean), .figure(item.answered), .figure(item.uncounted)])
                                     }, threshold: threshold, source: ReaderLabels.survey(year: survey.year))
        members["diagram"] = blocks.add(.chart(chart, distribution), name: "samarbeid-diagram")
        if let overall = survey.all.items.last {
            members["nøkkeltall"] = blocks.add(.keyFigures([
                KeyFigure(label: "svar fra andre tjenester", figure: survey.respondents, change: ""),
                KeyFigure(label: "enige, \(overall.item.theme.lowercased()) (\(overall.item.code))", figure: overall.agreeShare, change: ""),
            ]), name: "samarbeid-nokkeltall")
        }
        // The last statement is the overall one in Bufdir's item bank («Alt i alt …»): its answers per sector.
        if !survey.sectors.isEmpty, let overall = survey.all.items.last {
            let groups = survey.sectors + [survey.all]
            let item = { (group: SurveyResults.Group) in group.items.first { $0.item.code == overall.item.code } }
            let sectorChart = Chart(
                kind: .stackedBars, title: "Svar på «\(overall.item.text)» per sektor",
                description: groups.map { group in
                    "\(group.name): " + (item(group)?.distribution.map { "\($0.label) \($0.share.fixedText)" }.joined(separator: ", ") ?? "ingen svar")
                }.joined(separator: ". "),
                // The statement's own n in each group: its shares are shown only with it.
                categories: groups.map { "\($0.name) (\(item($0)?.answered.text ?? "0") svar)" },
                series: labels.map { label in
                    ChartSeries(name: label, points: groups.map { group in
                        let share = item(group)?.distribution.first { $0.label == label }?.share ?? .missing(.percent, year: nil)
                        return ChartPoint(share)
                    })
                }, unit: "Prosent", maximum: 100, palette: agreement)
            let sectorDistribution = DataTable(caption: sectorChart.title, corner: "Sektor", columns: labels + ["Antall svar"],
                                               rows: groups.map { group in
                                                   DataTable.Row(header: group.name, cells: labels.map { label in
                                                       .figure(item(group)?.distribution.first { $0.label == label }?.share ?? .missing(.percent, year: nil))
                                                   } + [.figure(item(group)?.answered ?? .missing(.count, year: nil))])
                                               }, threshold: threshold, source: ReaderLabels.survey(year: survey.year))
            members["diagram_sektor"] = blocks.add(.chart(sectorChart, sectorDistribution), name: "samarbeid-sektordiagram")
            var sectorTable = DataTable(caption: "Andel enige (helt eller delvis) per sektor", corner: "Sektor",
                                        columns: ["Svar"] + survey.all.items.map(\.item.code),
                                        rows: (survey.sectors + [survey.all]).map { group in
                                            DataTable.Row(header: group.name, cells: [.figure(group.respondents)] + group.items.map(Self.agreeCell))
                                        },
                                        threshold: threshold, source: ReaderLabels.survey(year: survey.year))
            sectorTable.extraNotes = ["Tallet i parentes er hvor mange i gruppen som tok stilling til påstanden."]
            members["tabell_sektor"] = blocks.add(.table(sectorTable), name: "samarbeid-sektor")
        }
        let sorted = survey.all.items.filter(\.agreeShare.isShown).sorted { ($0.agreeShare.visibleValue ?? 0) > ($1.agreeShare.visibleValue ?? 0) }
        if let best = sorted.first, let worst = sorted.last, sorted.count > 1 {
            members["sterkest"] = .object(["tekst": .string(best.item.text), "andel": .figure(best.agreeShare)])
            members["svakest"] = .object(["tekst": .string(worst.item.text), "andel": .figure(worst.agreeShare)])
        }
        return members
    }

    /// The share agreeing with the statement's n beside it («88,9 % (18)»); only the n's mark when hidden.
    static func agreeCell(_ item: SurveyResults.ItemResult) -> DataTable.Cell {
        guard item.answered.isShown, item.agreeShare.isShown else {
            return .figure(item.answered.isProtected ? item.answered : item.agreeShare)
        }
        var cell = DataTable.Cell.figure(item.agreeShare)
        cell.detail = "(\(item.answered.text))"
        return cell
    }
}
