import Mustache
import ReportModel

extension ViewBuilder {
    /// Barns medvirkning, structured by the five-part model: informed, heard, deciding, documented, feedback.
    mutating func participation() -> [String: TemplateValue] {
        let results = report.participation
        let phrases = self.phrases
        var methods: [TemplateValue] = []
        for method in ParticipationMethod.allCases {
            let ofMethod = results.methods.filter { $0.method == method }
            guard let current = ofMethod.first(where: { $0.year == year }) ?? ofMethod.last else { continue }
            var rows = current.rows
            if let total = current.total { rows.append(total) }
            let hasShares = rows.contains { $0.spokenAloneShare.state != .missing || $0.invitedToMeetingsShare.state != .missing }
            let hasScores = rows.contains { $0.meanScore.state != .missing }
            var columns = [phrases.invitedColumn, phrases.tookPartColumn, phrases.participationShareColumn]
            if hasShares { columns += [phrases.spokenAloneColumn, phrases.invitedToMeetingsColumn] }
            if hasScores { columns += [phrases.meanScoreColumn] }
            let tableRows = rows.map { row -> DataTable.Row in
                var cells: [DataTable.Cell] = [.figure(row.invited, phrases), .figure(row.tookPart, phrases), .figure(row.participationShare, phrases)]
                if hasShares { cells += [.figure(row.spokenAloneShare, phrases), .figure(row.invitedToMeetingsShare, phrases)] }
                if hasScores {
                    var cell = DataTable.Cell.figure(row.meanScore, phrases)
                    if row.meanScore.isShown, let scale = row.scale { cell.text += phrases.scale(scale) }
                    cells.append(cell)
                }
                return DataTable.Row(header: row.ageGroup, cells: cells)
            }
            let table = DataTable(caption: phrases.ofYear(phrases.method(method), year: current.year), corner: phrases.ageGroupColumn,
                                  columns: columns, rows: tableRows, threshold: threshold, phrases: phrases,
                                  source: phrases.ownParticipationSource)
            let note = current.rows.compactMap(\.note).first
            methods.append(.object([
                "navn": .string(phrases.method(method)),
                "år": .int(current.year),
                "gammelt_år": .bool(current.year != year),
                "tabell": blocks.add(.table(table), name: "medvirkning-tabell"),
                "merknad": .text(note),
            ]))
        }
        let themesThisYear = results.themes.filter { $0.year == year }
        let themes = themesThisYear.isEmpty ? results.themes.filter { $0.year == (results.themes.map(\.year).max() ?? year) } : themesThisYear
        let parts: [TemplateValue] = ParticipationPart.allCases.map { part in
            let ofPart = themes.filter { $0.part == part }
            return .object([
                "tittel": .string(phrases.part(part)),
                "id": .string(part.rawValue),
                "temaer": .array(ofPart.map { theme in
                    .object(["tema": .string(theme.theme), "antall": .figure(theme.count, phrases), "endring": .text(theme.change),
                             "metode": .string(phrases.method(theme.method)), "år": .int(theme.year)])
                }),
                "har_temaer": .bool(!ofPart.isEmpty),
            ])
        }
        // The largest method of the year: how many children were heard, and what share of those invited.
        var keyFigures = TemplateValue.null
        let headline = { (method: ParticipationResults.MethodYear) in method.total ?? method.rows.first }
        let invited = { (method: ParticipationResults.MethodYear) in headline(method)?.invited.visibleValue ?? 0 }
        if let main = results.methods(in: year).max(by: { invited($0) < invited($1) }), let row = headline(main) {
            let previous = results.methods.first { $0.year == year - 1 && $0.method == main.method }.flatMap(headline)
            let views = self
            let change = { (current: Figure, old: Figure?) -> String in
                guard let old else { return "" }
                return views.shortChange(Series(unit: current.unit, points: [old, current], threshold: views.threshold))
            }
            keyFigures = blocks.add(.keyFigures([
                KeyFigure(label: phrases.tookPartLabel(phrases.methodShort(main.method)), figure: row.tookPart,
                          change: change(row.tookPart, previous?.tookPart)),
                KeyFigure(label: phrases.invitedTookPartLabel, figure: row.participationShare, change: change(row.participationShare, previous?.participationShare)),
            ]), name: "medvirkning-nokkeltall")
        }
        return [
            "nøkkeltall": keyFigures,
            "metoder": .array(methods),
            "har_data": .bool(!methods.isEmpty),
            "deler": .array(parts),
            "tema_år": themes.first.map { .int($0.year) } ?? .null,
            "har_temaer": .bool(!themes.isEmpty),
        ]
    }

    /// Internkontroll, tilsyn og avvik.
    mutating func oversight() -> [String: TemplateValue] {
        let inspections = report.inspections.filter { $0.date.year > year - 3 && $0.date.year <= year + 1 }
        let deviationYears = report.deviations.filter { $0.year > year - 5 }
        let phrases = self.phrases
        var members: [String: TemplateValue] = [
            "tilsyn": .array(inspections.map { inspection in
                .object([
                    "dato": .string(inspection.date.description), "myndighet": .string(inspection.authority), "tema": .string(inspection.theme),
                    "lovbrudd": .bool(inspection.breachFound), "lukket": .bool(inspection.closed),
                    "status": .string(phrases.inspectionStatus(closed: inspection.closed)), "oppfølging": .text(inspection.followUp),
                ])
            }),
            "har_tilsyn": .bool(!inspections.isEmpty),
            "tabell_avvik": .null, "setning_avvik": .null,
            "nøkkeltall": .null,
            "har_avvik": .bool(!deviationYears.isEmpty),
        ]
        if !deviationYears.isEmpty {
            var categories: [String] = []
            for entry in deviationYears { for (category, _) in entry.categories where !categories.contains(category) { categories.append(category) } }
            let columns = deviationYears.map { String($0.year) }
            var rows = categories.map { category in
                DataTable.Row(header: category.prefix(1).uppercased() + category.dropFirst(), cells: deviationYears.map { entry in
                    .figure(entry.categories.first { $0.category == category }?.count ?? .missing(.count, year: entry.year), phrases)
                })
            }
            rows.append(DataTable.Row(header: phrases.total, cells: deviationYears.map { .figure($0.total, phrases) }))
            let table = DataTable(caption: phrases.deviationsCaption, corner: phrases.categoryColumn, columns: columns, rows: rows,
                                  threshold: threshold, phrases: phrases, keyColumns: [columns.count - 1], source: phrases.ownDeviationsSource)
            members["tabell_avvik"] = blocks.add(.table(table), name: "avvik-tabell")
            let total = Series(unit: .count, points: deviationYears.map(\.total), threshold: threshold)
            members["setning_avvik"] = .string(ChangeSentences.sentence(phrases, subject: phrases.deviationsSubject, series: total, year: year))
            let open = report.suppression.value(Double(report.inspections.filter { !$0.closed }.count), .count, year: year)
            members["nøkkeltall"] = blocks.add(.keyFigures([
                KeyFigure(label: phrases.deviationsLabel, figure: total.figure(year), change: shortChange(total)),
                KeyFigure(label: phrases.openInspectionsLabel, figure: open, change: ""),
            ]), name: "internkontroll-nokkeltall")
        }
        return members
    }
}
