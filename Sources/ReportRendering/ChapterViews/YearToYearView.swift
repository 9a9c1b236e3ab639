import Markdown
import Mustache
import ReportModel

// MARK: - Report text of issue 15 (year to year, shared services)
//
// Every Norwegian sentence and label the report builds in Swift for the follow-up of last year's measures and
// themes, the comparison with last year's report and the reports of a shared service is in this file, so that the
// phrasebook (issue 13) can take them over in one place. The headings and the layout are in the templates.

extension ViewBuilder {
    /// Innsatsområder og tiltak: last year's measures with how they went, and this year's new ones.
    mutating func measures() -> [String: TemplateValue] {
        let follow = report.measures
        var members: [String: TemplateValue] = ["oppfølging": .null, "nye_tiltak": .null, "neste_år": .int(year + 1)]
        let showsUnit = report.unit == .service && (follow.lastYear + follow.thisYear).contains { $0.municipality != nil }
        if !follow.lastYear.isEmpty {
            let rows = follow.lastYear.map { measure in
                DataTable.Row(header: measure.id, cells: (showsUnit ? [.text(unitName(measure))] : []) + [
                    .text(measure.measure), .text(measure.responsible), .text(measure.deadline), .text(Self.statusText(measure.status)),
                ])
            }
            let table = DataTable(caption: "Tiltakene fra tilstandsrapporten for \(year - 1)", corner: "Id",
                                  columns: (showsUnit ? ["Gjelder"] : []) + ["Tiltak", "Ansvarlig", "Frist", "Status"], rows: rows, threshold: threshold)
            let details: [TemplateValue] = follow.lastYear.map { measure in
                .object([
                    "id": .string(measure.id), "status": .string(Self.statusText(measure.status).lowercased()),
                    "oppnådd": .text(measure.achieved), "begrunnelse": .text(measure.reason),
                    "mangler_status": .bool(measure.status == nil),
                ])
            }
            members["oppfølging"] = .object([
                "setning": .string(Self.measureSentence(follow) ?? ""),
                "tabell": blocks.add(.table(table), name: "tiltak-oppfolging"),
                "tiltak": .array(details),
                "mangler_status": .bool(!follow.withoutStatus.isEmpty),
            ])
        }
        if !follow.thisYear.isEmpty {
            let rows = follow.thisYear.map { measure in
                DataTable.Row(header: measure.id, cells: (showsUnit ? [.text(unitName(measure))] : []) + [
                    .text(measure.goal), .text(measure.measure), .text(measure.responsible), .text(measure.deadline),
                ])
            }
            let table = DataTable(caption: "Mål, tiltak, ansvarlig og frist for \(year + 1)", corner: "Id",
                                  columns: (showsUnit ? ["Gjelder"] : []) + ["Mål", "Tiltak", "Ansvarlig", "Frist"], rows: rows, threshold: threshold)
            members["nye_tiltak"] = .object(["tabell": blocks.add(.table(table), name: "tiltak-nye")])
        }
        return members
    }

    /// The municipality a measure belongs to, in the service's report.
    private func unitName(_ measure: MeasureRow) -> String {
        guard let number = measure.municipality, let municipality = report.settings.service?.municipality(number) else { return "Hele tjenesten" }
        return ServiceSettings.shortName(municipality.name)
    }

    /// How a measure went, as the table writes it.
    static func statusText(_ status: MeasureStatus?) -> String {
        switch status {
        case .done?: return "Gjennomført"
        case .partly?: return "Delvis gjennomført"
        case .notDone?: return "Ikke gjennomført"
        case .continued?: return "Videreført"
        case nil: return "Mangler status"
        }
    }

    /// «4 av 6 tiltak fra tilstandsrapporten for 2024 er gjennomført, 1 er delvis gjennomført og 1 er videreført.»
    static func measureSentence(_ follow: MeasureFollowUp) -> String? {
        let total = follow.lastYear.count
        let source = "fra tilstandsrapporten for \(follow.year - 1)"
        if total == 1, let only = follow.lastYear.first {
            guard let status = only.status else { return "Tiltaket \(source) mangler status." }
            return "Tiltaket \(source) er \(statusText(status).lowercased())."
        }
        guard total > 1 else { return nil }
        let done = follow.count(.done)
        var rest: [String] = []
        for status in [MeasureStatus.partly, .continued, .notDone] where follow.count(status) > 0 {
            rest.append("\(follow.count(status)) er \(statusText(status).lowercased())")
        }
        let missing = follow.withoutStatus.count
        if missing > 0 { rest.append("\(missing) mangler status") }
        if done == total { return "Alle de \(total) tiltakene \(source) er gjennomført." }
        if done == 0 { return "Ingen av de \(total) tiltakene \(source) er gjennomført ennå: " + NorwegianFormat.list(rest) + "." }
        return "\(done) av \(total) tiltak \(source) er gjennomført, " + NorwegianFormat.list(rest) + "."
    }

    // MARK: Themes from the children, a year on

    /// Last year's themes with what was changed, or said plainly that nothing was; only when this year has
    /// themes of its own (else the chapter already shows last year's).
    func themeFollowUp() -> [String: TemplateValue] {
        let themes = report.participation.themes
        let previous = themes.filter { $0.year == year - 1 }
        guard !previous.isEmpty, themes.contains(where: { $0.year == year }) else {
            return ["fjorårets_temaer": .null]
        }
        let changed = previous.filter { $0.change != nil }.count
        let sentence: String
        switch changed {
        case previous.count:
            sentence = previous.count == 1 ? "Vi har endret noe etter temaet barna tok opp i \(year - 1)."
                : "Vi har endret noe etter alle de \(previous.count) temaene barna tok opp i \(year - 1)."
        case 0:
            sentence = previous.count == 1 ? "Vi har ikke endret noe etter temaet barna tok opp i \(year - 1)."
                : "Vi har ikke endret noe etter noen av de \(previous.count) temaene barna tok opp i \(year - 1)."
        default:
            let unchanged = previous.count - changed
            sentence = "Barna tok opp \(previous.count) tema i \(year - 1). Vi har endret noe etter \(changed) av dem; etter "
                + (unchanged == 1 ? "1 tema" : "\(unchanged) tema") + " har vi ikke endret noe."
        }
        return ["fjorårets_temaer": .object([
            "setning": .string(sentence),
            "temaer": .array(previous.map { theme in
                .object(["tema": .string(theme.theme), "antall": .figure(theme.count), "endring": .text(theme.change),
                         "metode": .string(theme.method.title), "del": .string(ChangeSentences.lowercasedFirst(theme.part.title))])
            }),
        ])]
    }

    // MARK: Last year's report

    /// A key figure's change, with last year's printed figure where this report prints it differently, and the
    /// whole service beside a council's own figure.
    func keyChange(_ series: Series, key: String) -> String {
        var parts = [shortChange(series)].filter { !$0.isEmpty }
        if let revision = report.revision(key) {
            parts.append("fjorårets rapport viste \(revision.printed) for \(revision.year)" + (revision.printedWasPreliminary ? " (foreløpig tall)" : ""))
        }
        if case .council = report.unit, let whole = report.comparisons.first, let other = whole.indicator(key) {
            parts.append("hele tjenesten: \(other.municipality.figure(year).text)")
        }
        return parts.joined(separator: "; ")
    }

    /// One sentence per figure of last year that this report prints differently from last year's report.
    var revisionSentences: [String] {
        report.revisions.map { revision in
            let now = revision.now + (revision.nowIsPreliminary ? " (foreløpig tall)" : "")
            let cause = revision.printedWasPreliminary ? "som var et foreløpig tall" : "som er rettet siden"
            return "\(revision.name) \(revision.year): \(now). Fjorårets rapport viste \(revision.printed), \(cause)."
        }
    }

    // MARK: A shared service

    /// The front page's words on the service: which municipalities share it, and what this report covers.
    var serviceContext: TemplateValue {
        guard let service = report.settings.service else { return .null }
        let names = service.municipalities.map { ServiceSettings.shortName($0.name) }
        let host = service.host.map { ServiceSettings.shortName($0.name) } ?? names.first ?? ""
        let shared = "\(service.displayName) er et interkommunalt samarbeid mellom \(NorwegianFormat.list(names)), med \(host) som vertskommune."
        let about: String
        switch report.unit {
        case .council(let municipality):
            about = "Tallene i rapporten gjelder \(municipality.name) der ikke annet står, med tallene for hele tjenesten ved siden av. "
                + "Bemanning, tilsyn og spørreundersøkelsen gjelder hele tjenesten. Hver kommune får sin egen rapport."
        case .service, .single:
            about = "Denne rapporten gjelder hele tjenesten, med tallene for hver kommune ved siden av. Hver kommune får også sin egen rapport."
        }
        return .object(["setning": .string(shared + " " + about), "navn": .string(service.displayName)])
    }

    /// The shared text of a chapter, then this municipality's own part under its own heading.
    func withLocalParts(_ text: ChapterText, shared: String) -> String {
        var out = shared
        for local in text.local where !local.markdown.trimmingSpaces().isEmpty {
            out += "\n\n### \(MarkdownValueEscaper.escape(local.title))\n\n" + HeadingShifter.shift(local.markdown, minimumLevel: 4).trimmingSpaces()
        }
        return out
    }

    /// A municipality's own part of a chapter that keeps the report a draft, as the front page lists it.
    func notApprovedLocalParts(_ text: ChapterText) -> [String] {
        text.local.filter { !$0.isFinal }.map { local in
            let reasons = local.draftReasons.joined(separator: " og ")
            return "\(local.title): " + (reasons.isEmpty ? local.status.rawValue : "\(local.status.rawValue), \(reasons)")
        }
    }

    /// Why the measures keep the report a draft, as the front page lists it.
    var measuresNotFollowedUp: (title: String, status: String)? {
        let missing = report.measures.withoutStatus.count
        guard missing > 0 else { return nil }
        return ("Oppfølging av fjorårets tiltak", missing == 1 ? "1 tiltak mangler status i data/tiltak.csv" : "\(missing) tiltak mangler status i data/tiltak.csv")
    }
}
