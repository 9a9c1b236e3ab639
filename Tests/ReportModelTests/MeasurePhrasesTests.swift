import ReportModel
import Testing

/// The sentences on last year's measures and themes, in both written forms (issue 15).
@Suite struct MeasurePhrasesTests {
    static func measure(_ id: String, year: Int, _ status: MeasureStatus?) -> MeasureRow {
        MeasureRow(id: id, year: year, goal: "Mål", measure: "Tiltak", responsible: "barnevernleder", deadline: "løpende", status: status)
    }

    static func follow(_ statuses: [MeasureStatus?]) -> MeasureFollowUp {
        MeasureFollowUp(rows: statuses.enumerated().map { measure("T\($0.offset + 1)", year: 2025, $0.element) }
                        + [measure("T1", year: 2026, nil)], year: 2026)
    }

    @Test func everyMeasureDoneIsSaidAsAll() {
        let all = Self.follow([.done, .done, .done])
        #expect(Phrasebook(.bokmål).measureSentence(all) == "Alle de 3 tiltakene fra tilstandsrapporten for 2025 er gjennomført.")
        #expect(Phrasebook(.nynorsk).measureSentence(all) == "Alle dei 3 tiltaka frå tilstandsrapporten for 2025 er gjennomført.")
    }

    @Test func noneDoneListsHowTheOthersWent() {
        let none = Self.follow([.partly, .notDone, nil])
        #expect(Phrasebook(.bokmål).measureSentence(none)
                == "Ingen av de 3 tiltakene fra tilstandsrapporten for 2025 er gjennomført ennå: 1 er delvis gjennomført, 1 er ikke gjennomført og 1 mangler status.")
        #expect(Phrasebook(.nynorsk).measureSentence(none)
                == "Ingen av dei 3 tiltaka frå tilstandsrapporten for 2025 er gjennomført enno: 1 er delvis gjennomført, 1 er ikkje gjennomført og 1 manglar status.")
    }

    @Test func oneMeasureAloneAndNoMeasuresAtAll() {
        #expect(Phrasebook(.nynorsk).measureSentence(Self.follow([.continued])) == "Tiltaket frå tilstandsrapporten for 2025 er vidareført.")
        #expect(Phrasebook(.bokmål).measureSentence(Self.follow([nil])) == "Tiltaket fra tilstandsrapporten for 2025 mangler status.")
        #expect(Phrasebook(.bokmål).measureSentence(Self.follow([])) == nil)
        #expect(Self.follow([nil, .done]).withoutStatus.map(\.id) == ["T1"])
        #expect(Self.follow([]).thisYear.map(\.id) == ["T1"])
    }

    @Test func themesAYearOnSayPlainlyWhereNothingWasChanged() {
        let nb = Phrasebook(.bokmål), nn = Phrasebook(.nynorsk)
        #expect(nb.themeFollowUp(themes: 1, changed: 0, year: 2025) == "Vi har ikke endret noe etter temaet barna tok opp i 2025.")
        #expect(nn.themeFollowUp(themes: 3, changed: 0, year: 2025) == "Vi har ikkje endra noko etter nokon av dei 3 temaa barna tok opp i 2025.")
        #expect(nn.themeFollowUp(themes: 3, changed: 3, year: 2025) == "Vi har endra noko etter alle dei 3 temaa barna tok opp i 2025.")
        #expect(nn.themeFollowUp(themes: 4, changed: 1, year: 2025)
                == "Barna tok opp 4 tema i 2025. Vi har endra noko etter 1 av dei; etter 3 tema har vi ikkje endra noko.")
    }
}
