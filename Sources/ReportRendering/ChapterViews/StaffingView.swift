import Charts
import Mustache
import ReportModel

extension ViewBuilder {
    /// Bemanning og kompetanse, with the union representatives' own section.
    mutating func staffing() -> [String: TemplateValue] {
        let staff = report.staffing
        guard !staff.years.isEmpty else { return ["har_data": .bool(false), "tillitsvalgte": unionContext()] }
        let keyFigures = blocks.add(.keyFigures([
            KeyFigure(label: "besatte årsverk", figure: staff.filled.figure(year), change: shortChange(staff.filled)),
            KeyFigure(label: "vakansgrad", figure: staff.vacancyRate.figure(year), change: shortChange(staff.vacancyRate)),
            KeyFigure(label: "oppfyller kompetansekravet", figure: staff.competenceShare.figure(year), change: shortChange(staff.competenceShare)),
            KeyFigure(label: "sykefravær", figure: staff.sickLeave.figure(year), change: shortChange(staff.sickLeave)),
        ]), name: "bemanning-nokkeltall")

        let roles = StaffRole.allCases.filter { staff.filledByRole[$0] != nil }
        let chart = Chart(
            kind: .bars, title: "Besatte årsverk per rolle, \(years.first ?? year)–\(year)",
            description: roles.map { role in "\(role.title): " + years.map { "\($0) \(staff.filledByRole[role]?.figure($0).fixedText ?? "mangler")" }.joined(separator: ", ") }
                .joined(separator: ". ") + ".",
            categories: years.map(String.init),
            series: roles.map { role in
                ChartSeries(name: role.title, points: years.map { year in
                    let figure = staff.filledByRole[role]?.figure(year) ?? .missing(.fte, year: year)
                    return ChartPoint(figure)
                })
            }, unit: "Årsverk")
        let source = ReaderLabels.ownStaffing
        let roleTable = yearTable(chart.title, corner: "Rolle", rows: roles.compactMap { role in staff.filledByRole[role].map { (role.title, $0) } }, source: source)
        let fteTable = yearTable("Årsverk og vakanser", corner: "Årsverk", rows: [
            ("Hjemlede årsverk", staff.budgeted), ("Besatte årsverk", staff.filled), ("Ledige årsverk", staff.vacant),
            ("Midlertidige årsverk", staff.temporary), ("Vakansgrad (ledige ÷ hjemlede)", staff.vacancyRate),
        ], source: source)
        let competenceTable = yearTable("Kompetanse blant ledere og saksbehandlere", corner: "", rows: [
            ("Årsverk for ledere og saksbehandlere", staff.professional), ("Andel med relevant master", staff.masterShare),
            ("Andel som oppfyller kompetansekravet", staff.competenceShare),
            ("Årsverk som ennå ikke oppfyller kravet", staff.competenceGap), ("Studiepoeng videreutdanning", staff.furtherEducationCredits),
        ], source: source)
        let peopleTable = yearTable("Ansatte, turnover og sykefravær", corner: "", rows: [
            ("Ansatte i snitt", staff.averageHeadcount), ("Avganger", staff.leavers), ("Nytilsatte", staff.newHires),
            ("Turnover (avganger ÷ ansatte i snitt)", staff.turnover), ("Sykefravær", staff.sickLeave),
            ("Korttidsfravær (1–16 dager)", staff.shortSickLeave), ("Langtidsfravær", staff.longSickLeave),
        ], source: source)
        let sentences = [
            ChangeSentences.sentence(subject: "Antall besatte årsverk", series: staff.filled, year: year),
            ChangeSentences.sentence(subject: "Vakansgraden", series: staff.vacancyRate, year: year),
            ChangeSentences.sentence(subject: "Turnoveren", series: staff.turnover, year: year),
            ChangeSentences.sentence(subject: "Sykefraværet", series: staff.sickLeave, year: year),
            ChangeSentences.sentence(subject: "Andelen av årsverkene for ledere og saksbehandlere som oppfyller kompetansekravet", series: staff.competenceShare, year: year),
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
            "kompetansegap": .figure(gap),
            "har_kompetansegap": .bool((gap.visibleValue ?? 0) > 0),
            "per_1000_barn": .figure(staff.perThousandChildren.figure(year)),
            "barn_per_saksbehandler": .figure(staff.childrenPerCaseworker.figure(year)),
            "tillitsvalgte": unionContext(),
        ]
    }

    /// The union representatives' section, only when their chapter is in the order: framed, their
    /// headings one level under their title.
    mutating func unionContext() -> TemplateValue {
        guard order.contains("bemanning-tillitsvalgte") else { return .null }
        var members = textMembers("bemanning-tillitsvalgte", minimumLevel: 4)
        members["ramme_start"] = blocks.add(.frameStart("tillitsvalgte"), name: "tillitsvalgte-start")
        members["ramme_slutt"] = blocks.add(.frameEnd, name: "tillitsvalgte-slutt")
        return .object(members)
    }

    /// Presentasjon av virksomheten: the size of the service in figures.
    mutating func organisation() -> [String: TemplateValue] {
        let staff = report.staffing
        var members: [String: TemplateValue] = [
            "besatte_årsverk": .figure(staff.filled.figure(year)),
            "ansatte_snitt": .figure(staff.averageHeadcount.figure(year)),
        ]
        if let children = report.indicator("innbyggere_0_17") { members["innbyggere_0_17"] = .figure(children.municipality.figure(year)) }
        else { members["innbyggere_0_17"] = .figure(.missing(.count, year: year)) }
        return members
    }
}
