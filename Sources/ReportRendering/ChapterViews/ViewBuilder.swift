import Charts
import Markdown
import Mustache
import ReportModel

/// Builds each chapter's template context from the computed report. Every value a template can
/// print comes from here, already formatted and protected.
struct ViewBuilder {
    let report: ComputedReport
    let order: [String]
    var blocks = ReportBlocks()

    init(report: ComputedReport, order: [String]) {
        self.report = report
        self.order = order
    }

    var year: Int { report.settings.year }
    var years: [Int] { report.years.filter { $0 > year - 5 } }
    var threshold: Int { report.suppression.threshold }

    /// Chapters in the report whose text is missing or not approved; any makes the report a draft.
    /// The appendix is generated and needs no text of its own.
    var notApproved: [(title: String, status: String)] {
        order.compactMap { id in
            if let text = report.texts[id] {
                if text.isFinal { return nil }
                let reasons = text.draftReasons.joined(separator: " og ")
                let status: String
                if case .changed(let since) = text.registration {
                    status = ApprovalPhrases.changedAfterApproval(since)
                } else {
                    status = text.isApproved ? "godkjent" : text.status.rawValue
                }
                if text.draftReasons.isEmpty { return (text.title, status) }
                return (text.title, text.isApproved ? "godkjent, men \(reasons)" : "\(status), \(reasons)")
            }
            guard id != "vedlegg" else { return nil }
            return (ChapterCatalogue.entry(id)?.title ?? id, "mangler tekst")
        }
    }

    /// The context shared by every template.
    var reportContext: TemplateValue {
        let settings = report.settings
        return .object([
            "kommune": .string(settings.municipality),
            "kommunenummer": .string(settings.municipalityNumber),
            "år": .int(year),
            "forrige_år": .int(year - 1),
            "første_år": .int(years.first ?? year),
            "organ": .string(settings.body),
            "organ_bestemt": .string(Self.definite(settings.body)),
            "møtedato": .text(settings.meetingDate?.description),
            "saksnummer": .text(settings.caseNumber),
            "kostragruppe": .string(settings.kostraGroup),
            "prikkegrense": .int(threshold),
            "største_små_tall": .int(threshold - 1),
            "utkast": .bool(report.isDraft || !notApproved.isEmpty),
            "eksempel": .bool(settings.isSample),
            "har_ikke_godkjent": .bool(!notApproved.isEmpty),
            "kostra_foreløpig": .bool(settings.kostraStatus == .preliminary),
            "forfattere": .array(settings.authors.map { .object(["navn": .string($0.name), "rolle": .string($0.role)]) }),
            "har_forfattere": .bool(!settings.authors.isEmpty),
            "forfattere_tekst": .string(NorwegianFormat.list(settings.authors.map { "\($0.name) (\($0.role))" })),
            "ikke_godkjent_tekst": .string(NorwegianFormat.list(notApproved.map { "\($0.title) (\($0.status))" })),
            "ikke_godkjent": .array(notApproved.map { .object(["tittel": .string($0.title), "status": .string($0.status)]) }),
        ])
    }

    /// "kommunestyre" → "kommunestyret", "oppvekstutvalg" → "oppvekstutvalget"; a longer name stays as written.
    static func definite(_ body: String) -> String {
        guard !body.contains(" "), body == body.lowercased(), let last = body.last else { return body }
        if body.hasSuffix("et") { return body }
        return body + (last == "e" ? "t" : "et")
    }

    /// The service's own text of a chapter, headings moved below the chapter heading.
    func textContext(_ id: String) -> TemplateValue {
        let fallback = ChapterCatalogue.entry(id)?.title ?? id
        guard let text = report.texts[id] else {
            return .object(["tittel": .string(fallback), "har_tekst": .bool(false), "innhold": .null, "forfattere": .array([]), "har_forfattere": .bool(false),
                            "godkjenning": Self.approvalContext(nil)])
        }
        return .object([
            "tittel": .string(text.title),
            "har_tekst": .bool(!text.markdown.trimmingSpaces().isEmpty),
            "innhold": .text(HeadingShifter.shift(text.markdown, minimumLevel: 3).trimmingSpaces()),
            "ansvarlig": .string(text.responsible),
            "status": .string(text.status.rawValue),
            "godkjent": .bool(text.isApproved),
            "godkjenning": Self.approvalContext(text),
            "forfattere": .array(text.authors.map { .object(["navn": .string($0.name), "rolle": .string($0.role)]) }),
            "har_forfattere": .bool(!text.authors.isEmpty),
            "forfattere_tekst": .string(NorwegianFormat.list(text.authors.map { "\($0.name) (\($0.role))" })),
        ])
    }

    /// Who approved a text and when: `registrert` (this very text), `endret` (changed since), `ikke_registrert`
    /// (`status: godkjent` by hand), and `godkjent_av` («Marte Vik Sunde, 14.02.2026») for the first two.
    static func approvalContext(_ text: ChapterText?) -> TemplateValue {
        let registration = text?.registration ?? .unregistered
        var current = false
        var changed = false
        switch registration {
        case .current: current = true
        case .changed: changed = true
        case .unregistered: break
        }
        return .object([
            "registrert": .bool(current),
            "endret": .bool(changed),
            "ikke_registrert": .bool(registration == .unregistered && text?.status == .approved),
            "godkjent_av": .string(ApprovalPhrases.approvers(registration.approvals)),
        ])
    }

    /// The colophon: each chapter's title, who is responsible for it, and who approved its text and when.
    var colophon: TemplateValue {
        let rows = order.filter { $0 != "vedlegg" || report.texts[$0] != nil }.map { id -> TemplateValue in
            let text = report.texts[id]
            return .object([
                "tittel": .string(text?.title ?? ChapterCatalogue.entry(id)?.title ?? id),
                "ansvarlig": .string(text.flatMap { $0.responsible.isEmpty ? nil : $0.responsible } ?? "–"),
                "godkjenning": .string(ApprovalPhrases.colophonEntry(text)),
            ])
        }
        return .array(rows)
    }

    /// The context of chapter `id`; unknown (own) chapters get the shared context and their text.
    mutating func context(for id: String) -> TemplateValue {
        var members: [String: TemplateValue] = ["rapport": reportContext, "tekst": textContext(id), "id": .string(id)]
        let extra: [String: TemplateValue]
        switch id {
        case "oppsummering": extra = summary()
        case "bemanning": extra = staffing()
        case "tilstand": extra = state()
        case "medvirkning": extra = participation()
        case "samarbeid": extra = cooperation()
        case "internkontroll": extra = oversight()
        case "okonomi": extra = economy()
        case "utfordringer": extra = challenges()
        case "virksomheten": extra = organisation()
        case "vedlegg": extra = appendix()
        default: extra = [:]
        }
        members.merge(extra) { _, new in new }
        return .object(members)
    }

    // MARK: Helpers shared by the chapters

    /// A table with one column per year.
    func yearTable(_ caption: String, corner: String = "", rows: [(String, Series)]) -> DataTable {
        DataTable(caption: caption, corner: corner, columns: years.map(String.init),
                  rows: rows.map { name, series in DataTable.Row(header: name, cells: years.map { .figure(series.figure($0)) }) },
                  threshold: threshold)
    }

    /// "opp 7 prosentpoeng fra 2024", for key figures.
    func shortChange(_ series: Series) -> String {
        let change = series.change(to: year)
        func amount(_ figure: Figure) -> String {
            figure.unit == .percent ? "\(figure.numberText) prosentpoeng" : figure.text
        }
        switch change {
        case .increased(_, _, let difference): return "opp \(amount(difference)) fra \(year - 1)"
        case .decreased(_, _, let difference): return "ned \(amount(difference)) fra \(year - 1)"
        case .unchanged: return "uendret fra \(year - 1)"
        case .missing(let from, let to): return to.state == .missing || from.state != .missing ? "" : "mangler tall for \(year - 1)"
        case .suppressed(_, let to): return to.isProtected ? "" : "endringen er skjult"
        }
    }

    /// Key figures for the indicators among `ids` that have data, as a block (nil when none).
    mutating func indicatorKeyFigures(_ ids: [(id: String, label: String)], name: String) -> TemplateValue {
        let figures = ids.compactMap { id, label -> KeyFigure? in
            guard let series = report.indicator(id)?.municipality else { return nil }
            return KeyFigure(label: label, figure: series.figure(year), change: shortChange(series))
        }
        return figures.isEmpty ? .null : blocks.add(.keyFigures(figures), name: name)
    }

    /// A line chart of an indicator with the comparison levels.
    func indicatorChart(_ series: IndicatorSeries) -> (Chart, DataTable) {
        let levels: [(IndicatorLevel, String)] = [(.municipality, report.settings.municipality), (.kostraGroup, report.settings.kostraGroup), (.country, "Landet")]
        let present = levels.filter { series.levels[$0.0] != nil }
        let chartSeries = present.map { level, name in
            ChartSeries(name: name, points: years.map { year in
                let figure = series.series(level).figure(year)
                return ChartPoint(figure)
            })
        }
        let description = present.map { level, name in
            "\(name): " + years.map { "\($0) \(series.series(level).figure($0).fixedText)" }.joined(separator: ", ")
        }.joined(separator: ". ") + "."
        let chart = Chart(kind: .lines, title: "\(series.entry.name), \(years.first ?? year)–\(year)", description: description,
                          categories: years.map(String.init), series: chartSeries,
                          unit: series.entry.unit == .percent ? "Prosent" : (series.entry.unit == .kroner ? "Kroner" : ""),
                          maximum: series.entry.unit == .percent ? 100 : nil)
        let table = DataTable(caption: chart.title, corner: "", columns: years.map(String.init),
                              rows: present.map { level, name in DataTable.Row(header: name, cells: years.map { .figure(series.series(level).figure($0)) }) },
                              threshold: threshold)
        return (chart, table)
    }

    /// The sentence for an indicator with its comparisons.
    func indicatorSentence(_ id: String) -> String? {
        guard let series = report.indicator(id) else { return nil }
        let subject = ChangeSentences.subjects[id] ?? series.entry.name
        var comparisons: [(String, Position)] = []
        if series.entry.unit != .count {
            comparisons.append(("snittet i \(report.settings.kostraGroup)", series.position(year, against: .kostraGroup)))
            comparisons.append(("landsgjennomsnittet", series.position(year, against: .country)))
        }
        return ChangeSentences.sentence(subject: subject, series: series.municipality, year: year, comparisons: comparisons)
    }
}

extension String {
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
