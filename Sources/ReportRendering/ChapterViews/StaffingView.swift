import Charts
import Mustache
import ReportModel

extension ViewBuilder {
    /// Bemanning og kompetanse, with the union representatives' own section.
    mutating func staffing() -> [String: TemplateValue] {
        let staff = report.staffing
        guard !staff.years.isEmpty else { return ["har_data": .bool(false), "tillitsvalgte": unionContext()] }
        let phrases = self.phrases
        let keyFigures = blocks.add(.keyFigures([
            KeyFigure(label: phrases.filledFTE, figure: staff.filled.figure(year), change: shortChange(staff.filled)),
            KeyFigure(label: phrases.vacancyRate, figure: staff.vacancyRate.figure(year), change: shortChange(staff.vacancyRate)),
            KeyFigure(label: phrases.meetsRequirement, figure: staff.competenceShare.figure(year), change: shortChange(staff.competenceShare)),
            KeyFigure(label: phrases.sickLeave, figure: staff.sickLeave.figure(year), change: shortChange(staff.sickLeave)),
        ]), name: "bemanning-nokkeltall")

        let roles = StaffRole.allCases.filter { staff.filledByRole[$0] != nil }
        let chart = Chart(
            kind: .bars, title: phrases.overYears(phrases.filledByRoleTitle, first: years.first ?? year, last: year),
            description: roles.map { role in
                phrases.describe(phrases.role(role), years.map { ($0, staff.filledByRole[role]?.figure($0).fixedText(phrases) ?? phrases.missing) })
            }.joined(separator: ". ") + ".",
            categories: years.map(String.init),
            series: roles.map { role in
                ChartSeries(name: phrases.role(role), points: years.map { year in
                    let figure = staff.filledByRole[role]?.figure(year) ?? .missing(.fte, year: year)
                    return ChartPoint(figure, phrases)
                })
            }, unit: phrases.fteUnit)
        let source = phrases.ownStaffingSource
        let roleTable = yearTable(chart.title, corner: phrases.roleColumn,
                                  rows: roles.compactMap { role in staff.filledByRole[role].map { (phrases.role(role), $0) } }, source: source)
        let fteTable = yearTable(phrases.fteCaption, corner: phrases.fteUnit, rows: [
            (phrases.budgetedRow, staff.budgeted), (phrases.filledRow, staff.filled), (phrases.vacantRow, staff.vacant),
            (phrases.temporaryRow, staff.temporary), (phrases.vacancyRateRow, staff.vacancyRate),
        ], source: source)
        let competenceTable = yearTable(phrases.competenceCaption, corner: "", rows: [
            (phrases.professionalRow, staff.professional), (phrases.masterShareRow, staff.masterShare),
            (phrases.competenceShareRow, staff.competenceShare),
            (phrases.competenceGapRow, staff.competenceGap), (phrases.creditsRow, staff.furtherEducationCredits),
        ], source: source)
        let peopleTable = yearTable(phrases.peopleCaption, corner: "", rows: [
            (phrases.headcountRow, staff.averageHeadcount), (phrases.leaversRow, staff.leavers), (phrases.newHiresRow, staff.newHires),
            (phrases.turnoverRow, staff.turnover), (phrases.sickLeaveRow, staff.sickLeave),
            (phrases.shortSickLeaveRow, staff.shortSickLeave), (phrases.longSickLeaveRow, staff.longSickLeave),
        ], source: source)
        let sentences = [
            ChangeSentences.sentence(phrases, subject: phrases.filledSubject, series: staff.filled, year: year),
            ChangeSentences.sentence(phrases, subject: phrases.vacancyRateSubject, series: staff.vacancyRate, year: year),
            ChangeSentences.sentence(phrases, subject: phrases.turnoverSubject, series: staff.turnover, year: year),
            ChangeSentences.sentence(phrases, subject: phrases.sickLeaveSubject, series: staff.sickLeave, year: year),
            ChangeSentences.sentence(phrases, subject: phrases.competenceSubject, series: staff.competenceShare, year: year),
        ]
        let gap = staff.competenceGap.figure(year)
        return [
            "har_data": .bool(true),
            "nøkkeltall": keyFigures,
            "diagram_årsverk": blocks.add(.chart(chart, roleTable), name: "bemanning-diagram"),
            "tabell_årsverk": blocks.add(.table(fteTable), name: "bemanning-arsverk"),
            "tabell_kompetanse": blocks.add(.table(competenceTable), name: "bemanning-kompetanse"),
            "tabell_personale": blocks.add(.table(peopleTable), name: "bemanning-personale"),
            "setninger": .array(sentences.map { .string($0) }),
            "kompetansegap": .figure(gap, phrases),
            "har_kompetansegap": .bool((gap.visibleValue ?? 0) > 0),
            "per_1000_barn": .figure(staff.perThousandChildren.figure(year), phrases),
            "barn_per_saksbehandler": .figure(staff.childrenPerCaseworker.figure(year), phrases),
            "tillitsvalgte": unionContext(),
        ]
    }

    /// The union representatives' section (the chapter that is a section of this one), only when it is in the
    /// order: framed, their headings one level under their title.
    mutating func unionContext() -> TemplateValue {
        guard let section = ChapterRegistry.all.first(where: { $0.sectionOf == .staffing && order.contains($0.id.rawValue) }) else { return .null }
        var members = textMembers(section.id.rawValue, minimumLevel: 4)
        members["ramme_start"] = blocks.add(.frameStart("tillitsvalgte"), name: "tillitsvalgte-start")
        members["ramme_slutt"] = blocks.add(.frameEnd, name: "tillitsvalgte-slutt")
        return .object(members)
    }

    /// Presentasjon av virksomheten: the size of the service in figures.
    mutating func organisation() -> [String: TemplateValue] {
        let staff = report.staffing
        var members: [String: TemplateValue] = [
            "besatte_årsverk": .figure(staff.filled.figure(year), phrases),
            "ansatte_snitt": .figure(staff.averageHeadcount.figure(year), phrases),
        ]
        if let children = report.indicator(IndicatorID.inhabitants.rawValue) { members["innbyggere_0_17"] = .figure(children.municipality.figure(year), phrases) }
        else { members["innbyggere_0_17"] = .figure(.missing(.count, year: year), phrases) }
        return members
    }
}
