import Charts
import Markdown
import Mustache
import ReportModel

/// Builds each chapter's template context from the computed report. Every value a template can
/// print comes from here, already formatted and protected.
struct ViewBuilder {
    let report: ComputedReport
    let order: [String]
    var blocks: ReportBlocks

    init(report: ComputedReport, order: [String]) {
        self.report = report
        self.order = order
        self.blocks = ReportBlocks(phrases: Phrasebook(report.settings.language))
    }

    var year: Int { report.settings.year }
    var years: [Int] { report.years.filter { $0 > year - 5 } }
    var threshold: Int { report.suppression.threshold }
    /// Every word the views add, in the report's written form.
    var phrases: Phrasebook { Phrasebook(report.settings.language) }

    /// Chapters in the report whose text is missing or not approved; any makes the report a draft.
    /// The appendix is generated and needs no text of its own.
    var notApproved: [(id: String, title: String, status: String)] {
        var list: [(id: String, title: String, status: String)] = order.compactMap { id in
            if let text = report.texts[id] {
                if text.isFinal { return nil }
                return (id, text.title, phrases.notFinal(text))
            }
            let chapter = ChapterRegistry.chapter(id)
            guard chapter?.needsText ?? true else { return nil }
            return (id, chapter.map { phrases($0.title) } ?? id, phrases.textMissing)
        }
        // Measures without a status keep the measures chapter unfinished, even with its text approved.
        if let measures = measuresNotFollowedUp {
            if let index = list.firstIndex(where: { $0.id == measures.id }) {
                list[index].status += "; " + measures.status
            } else {
                list.append(measures)
            }
        }
        return list
    }

    /// The context shared by every template.
    var reportContext: TemplateValue {
        let settings = report.settings
        return .object([
            "kommune": .string(settings.municipality),
            "kommunenummer": .string(settings.municipalityNumber),
            "tjeneste": .text(phrases.serviceSentence(settings.audience)),
            "tjenesten_i": .string(phrases.serviceOf(settings)),
            "år": .int(year),
            "forrige_år": .int(year - 1),
            "første_år": .int(years.first ?? year),
            "organ": .string(settings.body),
            "organ_bestemt": .string(Self.definite(settings.body)),
            "møtedato": .text(settings.meetingDate?.description),
            "saksnummer": .text(settings.caseNumber),
            "kostragruppe": .string(settings.kostraGroup),
            "språk": .string(settings.language.rawValue),
            "språkkode": .string(settings.language.languageTag),
            "tittel": .string(phrases.reportTitle(year: year)),
            "prikkegrense": .int(threshold),
            "største_små_tall": .int(threshold - 1),
            "utkast": .bool(report.isDraft || !notApproved.isEmpty),
            "eksempel": .bool(settings.isSample),
            "har_ikke_godkjent": .bool(!notApproved.isEmpty),
            "ikke_godkjent_antall": .string(phrases.chapters(notApproved.count)),
            "kostra_foreløpig": .bool(settings.kostraStatus == .preliminary),
            "forfattere": .array(settings.authors.map { .object(["navn": .string($0.name), "rolle": .string($0.role)]) }),
            "har_forfattere": .bool(!settings.authors.isEmpty),
            "forfattere_tekst": .string(phrases.list(settings.authors.map(phrases.person))),
            "ikke_godkjent_tekst": .string(phrases.list(notApproved.map { "\($0.title) (\($0.status))" })),
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
    func textContext(_ id: String) -> TemplateValue { .object(textMembers(id)) }

    /// The members of a chapter's text; `minimumLevel` is the level its top headings move to (4 for a
    /// text that sits as a section inside another chapter, such as the union representatives').
    func textMembers(_ id: String, minimumLevel: Int = 3) -> [String: TemplateValue] {
        let fallback = ChapterRegistry.chapter(id).map { phrases($0.title) } ?? id
        guard let text = report.texts[id] else {
            return ["tittel": .string(fallback), "har_tekst": .bool(false), "innhold": .null, "forfattere": .array([]), "har_forfattere": .bool(false),
                    "godkjenning": approvalContext(nil)]
        }
        return [
            "tittel": .string(text.title),
            "har_tekst": .bool(!text.markdown.trimmingSpaces().isEmpty),
            "innhold": .text(HeadingShifter.shift(text.markdown, minimumLevel: minimumLevel).trimmingSpaces()),
            "ansvarlig": .string(text.responsible),
            "status": .string(phrases.status(text.status)),
            "godkjent": .bool(text.isApproved),
            "godkjenning": approvalContext(text),
            "forfattere": .array(text.authors.map { .object(["navn": .string($0.name), "rolle": .string($0.role)]) }),
            "har_forfattere": .bool(!text.authors.isEmpty),
            "forfattere_tekst": .string(phrases.list(text.authors.map(phrases.person))),
        ]
    }

    /// Who approved a text and when: `registrert` (this very text), `endret` (changed since), `ikke_registrert`
    /// (`status: godkjent` by hand), and `godkjent_av` («Marte Vik Sunde, 14.02.2026») for the first two.
    func approvalContext(_ text: ChapterText?) -> TemplateValue {
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
            "godkjent_av": .string(phrases.approvers(registration.approvals)),
        ])
    }

    /// The colophon: each chapter's title, who is responsible for it, and who approved its text and when.
    var colophon: TemplateValue {
        let rows = order.filter { (ChapterRegistry.chapter($0)?.needsText ?? true) || report.texts[$0] != nil }.map { id -> TemplateValue in
            let text = report.texts[id]
            return .object([
                "tittel": .string(text?.title ?? ChapterRegistry.chapter(id).map { phrases($0.title) } ?? id),
                "ansvarlig": .string(text.flatMap { $0.responsible.isEmpty ? nil : $0.responsible } ?? phrases.nobody),
                "godkjenning": .string(phrases.colophonEntry(text)),
            ])
        }
        return .array(rows)
    }

    /// The context of chapter `id`; unknown (own) chapters get the shared context and their text.
    mutating func context(for id: String) -> TemplateValue {
        var members: [String: TemplateValue] = ["rapport": reportContext, "tekst": textContext(id), "id": .string(id)]
        let extra: [String: TemplateValue]
        switch ChapterID(rawValue: id) {
        case .summary?: extra = summary()
        case .staffing?: extra = staffing()
        case .state?: extra = state()
        case .participation?: extra = participation().merging(themeFollowUp()) { _, new in new }
        case .cooperation?: extra = cooperation()
        case .oversight?: extra = oversight()
        case .economy?: extra = economy()
        case .challenges?: extra = challenges()
        case .organisation?: extra = organisation()
        case .appendix?: extra = appendix()
        case .priorities?: extra = measures()
        case .readingGuide?, .aboutChildWelfare?, .unionRepresentatives?, nil: extra = [:]
        }
        members.merge(extra) { _, new in new }
        return .object(members)
    }

    // MARK: Helpers shared by the chapters

    /// A table with one column per year; a phone shows the latest year first.
    func yearTable(_ caption: String, corner: String = "", rows: [(String, Series)], source: String? = nil) -> DataTable {
        DataTable(caption: caption, corner: corner, columns: years.map(String.init),
                  rows: rows.map { name, series in DataTable.Row(header: name, cells: years.map { .figure(series.figure($0), phrases) }) },
                  threshold: threshold, phrases: phrases, keyColumns: [years.count - 1], source: source)
    }

    /// Each level keeps its colour, marker and dash in every chart, with or without the others.
    static func chartSlot(_ level: IndicatorLevel) -> Int {
        switch level {
        case .municipality: return 0
        case .kostraGroup: return 1
        case .country: return 2
        case .county: return 3
        case .service: return 4
        }
    }

    /// The comparison levels of an indicator, in the one order every table and chart uses.
    var comparisonLevels: [(level: IndicatorLevel, name: String)] {
        switch report.settings.audience {
        case .municipality:
            return [(.kostraGroup, report.settings.kostraGroup), (.county, phrases.county), (.country, phrases.country)]
        case .council(let service, _):
            // A member's own figures first, then the whole service, then its own KOSTRA group.
            return [(.service, phrases.wholeService(service)), (.kostraGroup, report.settings.kostraGroup), (.county, phrases.county),
                    (.country, phrases.country)]
        case .wholeService:
            // SSB publishes no KOSTRA group for a service: the county and the country only.
            return [(.county, phrases.county), (.country, phrases.country)]
        }
    }

    /// "opp 7 prosentpoeng fra 2024", for key figures.
    func shortChange(_ series: Series) -> String {
        let change = series.change(to: year)
        let phrases = self.phrases
        // The same decimals as the figure itself (4,0 prosentpoeng beside 95,0 %).
        func amount(_ figure: Figure) -> String {
            guard figure.unit == .percent, let value = figure.visibleValue else { return figure.fixedText(phrases) }
            return phrases.percentagePoints(NorwegianFormat.number(value, decimals: 1))
        }
        switch change {
        case .increased(_, _, let difference): return phrases.up(amount(difference), since: year - 1)
        case .decreased(_, _, let difference): return phrases.down(amount(difference), since: year - 1)
        case .unchanged: return phrases.same(since: year - 1)
        case .missing(let from, let to): return to.state == .missing || from.state != .missing ? "" : phrases.noFigure(for: year - 1)
        case .suppressed(_, let to): return to.isProtected ? "" : phrases.changeHidden
        }
    }

    /// Key figures for the indicators among `ids` that have data, as a block (nil when none); labels from the phrasebook.
    mutating func indicatorKeyFigures(_ ids: [IndicatorID], name: String) -> TemplateValue {
        let figures = ids.compactMap { id -> KeyFigure? in
            guard let series = report.indicator(id.rawValue)?.municipality else { return nil }
            return KeyFigure(label: phrases.keyFigureLabel(id) ?? phrases(report.indicator(id.rawValue)?.entry.name ?? Words(both: id.rawValue)),
                             figure: series.figure(year), change: shortChange(series))
        }
        return figures.isEmpty ? .null : blocks.add(.keyFigures(figures), name: name)
    }

    /// A line chart of an indicator with the comparison levels (the county's where the data has it).
    func indicatorChart(_ series: IndicatorSeries) -> (Chart, DataTable) {
        let phrases = self.phrases
        let levels: [(IndicatorLevel, String)] = [(.municipality, report.settings.municipality)] + comparisonLevels.map { ($0.level, $0.name) }
        let present = levels.filter { series.levels[$0.0] != nil }
        let chartSeries = present.map { level, name in
            ChartSeries(name: name, points: years.map { year in
                let figure = series.series(level).figure(year)
                return ChartPoint(figure, phrases)
            }, slot: Self.chartSlot(level))
        }
        let description = present.map { level, name in
            phrases.describe(name, years.map { ($0, series.series(level).figure($0).fixedText(phrases)) })
        }.joined(separator: ". ") + "."
        let unit = series.entry.unit == .percent || series.entry.unit == .kroner ? phrases.axisName(series.entry.unit) ?? "" : ""
        let chart = Chart(kind: .lines, title: phrases.overYears(phrases(series.entry.name), first: years.first ?? year, last: year),
                          description: description, categories: years.map(String.init), series: chartSeries,
                          unit: unit, maximum: series.entry.unit == .percent ? 100 : nil)
        let table = DataTable(caption: chart.title, corner: "", columns: years.map(String.init),
                              rows: present.map { level, name in
                                  DataTable.Row(header: name, cells: years.map { .figure(series.series(level).figure($0), phrases) })
                              },
                              threshold: threshold, phrases: phrases, keyColumns: [years.count - 1])
        return (chart, table)
    }

    /// The sentence for an indicator with its comparisons.
    func indicatorSentence(_ id: String) -> String? {
        guard let series = report.indicator(id) else { return nil }
        var comparisons: [(String, Position)] = []
        if series.entry.unit != .count {
            if !report.settings.kostraGroup.isEmpty {
                comparisons.append((phrases.groupMean(report.settings.kostraGroup), series.position(year, against: .kostraGroup)))
            }
            comparisons.append((phrases.countryMean, series.position(year, against: .country)))
        }
        return ChangeSentences.sentence(phrases, subject: phrases(series.entry.subject), series: series.municipality, year: year,
                                        comparisons: comparisons)
    }
}

extension String {
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
