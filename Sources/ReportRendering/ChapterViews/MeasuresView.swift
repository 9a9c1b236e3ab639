import Markdown
import Mustache
import ReportModel

extension ViewBuilder {
    /// Innsatsområder og tiltak: last year's measures with how they went, and this year's new ones.
    mutating func measures() -> [String: TemplateValue] {
        let follow = report.measures
        var members: [String: TemplateValue] = ["oppfølging": .null, "nye_tiltak": .null, "neste_år": .int(year + 1)]
        if !follow.lastYear.isEmpty {
            let rows = follow.lastYear.map { measure in
                DataTable.Row(header: measure.id, cells: [
                    .text(measure.measure), .text(measure.responsible), .text(measure.deadline), .text(phrases.measureStatus(measure.status)),
                ])
            }
            let table = DataTable(caption: phrases.lastYearsMeasuresCaption(year: year - 1), corner: phrases.measureIDColumn,
                                  columns: [phrases.measureColumn, phrases.responsibleColumn, phrases.deadlineColumn, phrases.statusColumn],
                                  rows: rows, threshold: threshold, phrases: phrases, source: phrases.ownMeasuresSource, isText: true)
            let details: [TemplateValue] = follow.lastYear.map { measure in
                .object([
                    "id": .string(measure.id), "status": .string(phrases.measureStatus(measure.status).lowercased()),
                    "oppnådd": .text(measure.achieved), "begrunnelse": .text(measure.reason),
                    "mangler_status": .bool(measure.status == nil),
                ])
            }
            members["oppfølging"] = .object([
                "setning": .string(phrases.measureSentence(follow) ?? ""),
                "tabell": blocks.add(.table(table), name: "tiltak-oppfolging"),
                "tiltak": .array(details),
            ])
        }
        if !follow.thisYear.isEmpty {
            let rows = follow.thisYear.map { measure in
                DataTable.Row(header: measure.id, cells: [.text(measure.goal), .text(measure.measure), .text(measure.responsible), .text(measure.deadline)])
            }
            let table = DataTable(caption: phrases.newMeasuresCaption(year: year + 1), corner: phrases.measureIDColumn,
                                  columns: [phrases.goalColumn, phrases.measureColumn, phrases.responsibleColumn, phrases.deadlineColumn],
                                  rows: rows, threshold: threshold, phrases: phrases, source: phrases.ownMeasuresSource, isText: true)
            members["nye_tiltak"] = .object(["tabell": blocks.add(.table(table), name: "tiltak-nye")])
        }
        return members
    }

    /// Last year's themes with what was changed, or said plainly that nothing was; only when this year has
    /// themes of its own (else the chapter already shows last year's).
    func themeFollowUp() -> [String: TemplateValue] {
        let themes = report.participation.themes
        let previous = themes.filter { $0.year == year - 1 }
        guard !previous.isEmpty, themes.contains(where: { $0.year == year }) else { return ["fjorårets_temaer": .null] }
        let changed = previous.filter { $0.change != nil }.count
        let phrases = self.phrases
        return ["fjorårets_temaer": .object([
            "setning": .string(phrases.themeFollowUp(themes: previous.count, changed: changed, year: year - 1)),
            "temaer": .array(previous.map { theme in
                .object(["tema": .string(theme.theme), "antall": .figure(theme.count, phrases), "endring": .text(theme.change),
                         "metode": .string(phrases.method(theme.method)), "del": .string(ChangeSentences.lowercasedFirst(phrases.part(theme.part)))])
            }),
        ])]
    }

    /// The measures chapter while last year's measures lack a status: the front page and contents say why.
    var measuresNotFollowedUp: (id: String, title: String, status: String)? {
        let missing = report.measures.withoutStatus.count
        guard missing > 0, order.contains(ChapterID.priorities.rawValue) else { return nil }
        let id = ChapterID.priorities.rawValue
        let title = report.texts[id]?.title ?? ChapterRegistry.chapter(id).map { phrases($0.title) } ?? id
        return (id, title, phrases.measuresWithoutStatus(missing))
    }
}
