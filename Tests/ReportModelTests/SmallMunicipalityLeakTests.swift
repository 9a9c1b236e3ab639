import ReportModel
import Testing

/// The bokmål phrasebook: these tests check the figures' words in bokmål.
private let nb = Phrasebook(.bokmål)

/// The leaks a careful reader with a calculator found in a small municipality's report (issue 11),
/// each rebuilt from the data it came from: the printed figures must no longer give a hidden count away.
@Suite struct SmallMunicipalityLeakTests {
    static let settings = SuppressionTests.settings

    static func deviations(_ year: Int, _ counts: [(String, Double)]) -> [DeviationRow] {
        counts.map { DeviationRow(year: year, category: $0.0, count: $0.1) }
    }

    func printed(_ data: ReportData) -> ComputedReport { ComputedReport(data: data) }

    @Test func deviations2025NineFourFourIsNotSolved() throws {
        // Printed before: 9 | <5 | <5 | Til sammen 17, so both hidden cells were 4.
        let report = printed(ReportData(settings: Self.settings, deviations: Self.deviations(2025, [
            ("fristbrudd", 9), ("dokumentasjon", 4), ("taushetsplikt", 4)])))
        let year = try #require(report.deviations.first)
        #expect(year.categories.map { $0.count.text(nb) } == ["skjult", "<5", "<5"])
        // The total is the chapter's main figure and stays.
        #expect(year.total.text(nb) == "17")
    }

    @Test func deviations2023FiveOnesAreNotSolved() throws {
        // Printed before: 12 and five «<5» with total 17, so each was 1.
        let report = printed(ReportData(settings: Self.settings, deviations: Self.deviations(2023, [
            ("fristbrudd", 12), ("a", 1), ("b", 1), ("c", 1), ("d", 1), ("e", 1)])))
        let year = try #require(report.deviations.first)
        #expect(year.categories.map { $0.count.text(nb) } == ["skjult", "<5", "<5", "<5", "<5", "<5"])
        #expect(year.total.text(nb) == "17")
    }

    @Test func aCellHiddenToProtectAnotherIsNeverLabelledSmall() throws {
        // Deviations 2024: fristbrudd 6 was printed «<5».
        let report = printed(ReportData(settings: Self.settings, deviations: Self.deviations(2024, [
            ("fristbrudd", 6), ("dokumentasjon", 3), ("taushetsplikt", 40)])))
        let year = try #require(report.deviations.first)
        #expect(year.categories.map { $0.count.text(nb) } == ["skjult", "<5", "40"])
        for (category, figure) in year.categories where figure.text(nb) == "<5" {
            #expect(category == "dokumentasjon")
        }
    }

    static func participation(_ method: ParticipationMethod, _ age: String, invited: Double, took: Double, year: Int = 2025) -> ParticipationRow {
        ParticipationRow(year: year, method: method, ageGroup: age, invited: invited, tookPart: took, spokenAlone: nil,
                         invitedToMeetings: nil, meanScore: nil, scaleMinimum: nil, scaleMaximum: nil, note: nil)
    }

    @Test func participationAgeGroupsOfFourAndFourAreNotSolved() throws {
        // Printed before: <5, <5, 14, total 22, so both were 4.
        let report = printed(ReportData(settings: Self.settings, participation: [
            Self.participation(.helpBetter, "6–9", invited: 4, took: 4),
            Self.participation(.helpBetter, "10–12", invited: 4, took: 4),
            Self.participation(.helpBetter, "13–17", invited: 14, took: 14),
        ]))
        let method = try #require(report.participation.methods(in: 2025).first)
        let total = try #require(method.total)
        #expect(method.rows.map { $0.invited.text(nb) } == ["<5", "<5", "skjult"])
        #expect(total.invited.text(nb) == "22")
        #expect(method.rows.map { $0.tookPart.text(nb) } == ["<5", "<5", "skjult"])
        #expect(total.tookPart.text(nb) == "22")
    }

    @Test func västermodellenThreeAndFiveIsNotReadAsFourAndFour() throws {
        // Printed before: <5 | <5 | Til sammen 8, read as 4 + 4 though the second was 5.
        let report = printed(ReportData(settings: Self.settings, participation: [
            Self.participation(.västermodellen, "6–12", invited: 3, took: 3),
            Self.participation(.västermodellen, "13–17", invited: 5, took: 5),
        ]))
        let method = try #require(report.participation.methods(in: 2025).first)
        let total = try #require(method.total)
        #expect(method.rows.map { $0.invited.text(nb) } == ["<5", "5"])
        #expect(total.invited.text(nb) == "skjult")
    }

    static func indicator(_ id: String, _ value: Double, year: Int = 2025, numerator: Double? = nil, denominator: Double? = nil) -> IndicatorRow {
        SuppressionTests.indicator(id, value, year: year, numerator: numerator, denominator: denominator)
    }

    @Test func aShareBesideItsDenominatorIsNotTurnedBackIntoFourCases() throws {
        // meldinger_henlagt_andel 4,7 % with 85 reports shown gives 4 (KOSTRA exports leave the numerator empty).
        let report = printed(ReportData(settings: Self.settings, indicators: [
            Self.indicator("meldinger", 85), Self.indicator("meldinger_henlagt_andel", 4.7),
        ]))
        #expect(try #require(report.indicator("meldinger")).municipality.figure(2025).text(nb) == "85")
        #expect(try #require(report.indicator("meldinger_henlagt_andel")).municipality.figure(2025).text(nb) == "skjult")
    }

    @Test func anOwnIndicatorOfFourAndAHalfPercentOfFortyFourIsHidden() throws {
        // 4,5 % of 44 children gives 2.
        var data = ReportData(settings: Self.settings, indicators: [
            Self.indicator("barn_i_skolen", 44), Self.indicator("skolebytte_andel", 4.5),
        ])
        data.ownIndicators = [
            IndicatorCatalogue.Entry(ownID: "barn_i_skolen", name: "Barn", unit: .count, direction: .neutral, derivedFrom: nil),
            IndicatorCatalogue.Entry(ownID: "skolebytte_andel", name: "Andel", unit: .percent, direction: .neutral, derivedFrom: "barn_i_skolen"),
        ]
        let report = printed(data)
        #expect(try #require(report.indicator("skolebytte_andel")).municipality.figure(2025).text(nb) == "skjult")
    }

    @Test func eightyPercentOfFiveIsHidden() throws {
        let report = printed(ReportData(settings: Self.settings, indicators: [
            Self.indicator("barn_med_hjelpetiltak", 5), Self.indicator("tiltaksplan_andel", 80),
        ]))
        #expect(try #require(report.indicator("tiltaksplan_andel")).municipality.figure(2025).text(nb) == "skjult")
    }

    @Test func aCarePlanShareOfEightDoesNotShowOneChildWithoutAPlan() throws {
        let report = printed(ReportData(settings: Self.settings, indicators: [
            Self.indicator("barn_med_omsorgstiltak", 8), Self.indicator("omsorgsplan_andel", 87.5),
        ]))
        #expect(try #require(report.indicator("omsorgsplan_andel")).municipality.figure(2025).text(nb) == "skjult")
        // 100 % leaves nobody out and is shown.
        let all = printed(ReportData(settings: Self.settings, indicators: [
            Self.indicator("barn_med_omsorgstiltak", 8), Self.indicator("omsorgsplan_andel", 100),
        ]))
        #expect(try #require(all.indicator("omsorgsplan_andel")).municipality.figure(2025).text(nb) == "100\u{00A0}%")
    }

    @Test func careOrdersMinusFosterHomesDoNotGiveInstitutions() throws {
        // 8 under care orders − 6 in foster homes = 2 in institutions, printed «<5».
        let report = printed(ReportData(settings: Self.settings, indicators: [
            Self.indicator("barn_med_omsorgstiltak", 8), Self.indicator("barn_i_fosterhjem", 6), Self.indicator("barn_i_institusjon", 2),
        ]))
        let care = try #require(report.indicator("barn_med_omsorgstiltak")).municipality.figure(2025)
        let foster = try #require(report.indicator("barn_i_fosterhjem")).municipality.figure(2025)
        let institution = try #require(report.indicator("barn_i_institusjon")).municipality.figure(2025)
        #expect(institution.text(nb) == "<5")
        // Foster homes is a key figure of the chapter; the whole goes instead.
        #expect(foster.text(nb) == "6")
        #expect(care.text(nb) == "skjult")
    }

    @Test func aStatementWithThreeCountedAnswersShowsNoShares() throws {
        // 3 counted answers (the rest «Vet ikke» or skipped) printed 33,3 % | 0 | 0 | 33,3 % | 33,3 %.
        let scale = [ScaleStep(label: "Helt enig", value: 5), ScaleStep(label: "Delvis enig", value: 4), ScaleStep(label: "Verken eller", value: 3),
                     ScaleStep(label: "Delvis uenig", value: 2), ScaleStep(label: "Helt uenig", value: 1), ScaleStep(label: "Vet ikke", value: nil)]
        let answers = ["Helt enig", "Delvis uenig", "Helt uenig"] + Array(repeating: "Vet ikke", count: 7)
        let responses = answers.map { SurveyResponse(sector: "Skole", role: "Ansatt", answers: ["S01": $0]) }
        let survey = SurveyData(items: [SurveyItem(code: "S01", text: "Påstand", theme: "Tema", scale: "enighet")],
                                scales: ["enighet": scale], responses: responses, freeTextAnswers: 0, year: 2025)
        let results = try #require(printed(ReportData(settings: Self.settings, survey: survey)).survey)
        let item = try #require(results.all.items.first)
        #expect(item.answered.text(nb) == "<5")
        #expect(item.distribution.allSatisfy { $0.share.visibleValue == nil })
        #expect(item.agreeShare.visibleValue == nil)
        #expect(item.mean.visibleValue == nil)
    }

    @Test func aSectorWithFewAnswersToOneStatementIsNotAllMinusTheOthers() throws {
        // Everyone answers S01; only two in Barnehage answer S02 (the rest «Vet ikke»).
        let scale = [ScaleStep(label: "Enig", value: 2), ScaleStep(label: "Uenig", value: 1), ScaleStep(label: "Vet ikke", value: nil)]
        var responses: [SurveyResponse] = []
        for index in 0..<12 { responses.append(SurveyResponse(sector: "Skole", role: "", answers: ["S01": "Enig", "S02": index < 6 ? "Enig" : "Uenig"])) }
        for index in 0..<8 { responses.append(SurveyResponse(sector: "Barnehage", role: "", answers: ["S01": "Uenig", "S02": index < 2 ? "Uenig" : "Vet ikke"])) }
        for index in 0..<9 { responses.append(SurveyResponse(sector: "Helse", role: "", answers: ["S01": "Enig", "S02": index < 5 ? "Enig" : "Uenig"])) }
        let survey = SurveyData(items: [SurveyItem(code: "S01", text: "En", theme: "T", scale: "s"), SurveyItem(code: "S02", text: "To", theme: "T", scale: "s")],
                                scales: ["s": scale], responses: responses, freeTextAnswers: 0, year: 2025)
        let results = try #require(printed(ReportData(settings: Self.settings, survey: survey)).survey)
        func item(_ group: String, _ code: String) throws -> SurveyResults.ItemResult {
            let found = results.sectors.first { $0.name == group } ?? results.all
            return try #require(found.items.first { $0.item.code == code })
        }
        #expect(try item("Barnehage", "S02").answered.text(nb) == "<5")
        #expect(try item("Barnehage", "S02").distribution.allSatisfy { $0.share.visibleValue == nil })
        // With everyone's shares shown, one other sector's S02 must be hidden too.
        let otherHidden = try item("Skole", "S02").answered.isProtected || item("Helse", "S02").answered.isProtected
            || results.all.items[1].answered.isProtected
        #expect(otherHidden)
        // S01 has enough answers everywhere and is shown in full.
        #expect(try item("Barnehage", "S01").answered.text(nb) == "8")
    }

    @Test func everyTableWithHiddenCellsIsAccountedFor() throws {
        let report = printed(ReportData(settings: Self.settings, deviations: Self.deviations(2025, [
            ("fristbrudd", 9), ("dokumentasjon", 4), ("taushetsplikt", 4)])))
        #expect(report.hiddenCells == [HiddenCells(table: PublishedTable(.deviations, year: 2025), small: 2, protecting: 1)])
    }
}
