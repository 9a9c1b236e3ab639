import ReportModel
import Testing

/// The bokmål phrasebook: these tests check the figures' words in bokmål.
private let nb = Phrasebook(.bokmål)

/// The figures the report computes keep small counts hidden: shares, turnover, the survey, participation.
@Suite struct SuppressionTests {
    let rule = Suppression()

    // MARK: Shares

    @Test func aShareWithASmallNumeratorIsHidden() {
        let share = rule.share(3, of: 120, year: 2025)
        #expect(share.isProtected)
        #expect(share.visibleValue == nil)
    }

    @Test func aShareWithASmallDenominatorIsHidden() {
        let share = rule.share(4, of: 4, year: 2025)
        #expect(share.state == .hidden)
        // 100 % of four children tells that all four did it, even when the count 4 is hidden.
        #expect(share.text(nb) != "100\u{00A0}%")
    }

    @Test func ordinaryShares() {
        #expect(rule.share(30, of: 40, year: 2025).text(nb) == "75\u{00A0}%")
        #expect(rule.share(0, of: 40, year: 2025).text(nb) == "0\u{00A0}%")
        #expect(rule.share(5, of: 40, year: 2025).text(nb) == "12,5\u{00A0}%")
        #expect(rule.share(5, of: 0, year: 2025).state == .missing)
        #expect(rule.share(nil, of: 40, year: 2025).state == .missing)
        #expect(rule.share(5, of: nil, year: 2025).state == .missing)
    }

    // MARK: Computed report

    static let settings = ReportSettings(
        municipality: "Fjordvik kommune", municipalityNumber: "4699", year: 2025, body: "kommunestyre", meetingDate: nil,
        caseNumber: nil, kostraGroup: "KOSTRA-gruppe 7", language: .bokmål, threshold: 5, kostraStatus: .final, authors: [], chapterOrder: nil)

    static func indicator(_ id: String, _ value: Double?, year: Int = 2025, level: IndicatorLevel = .municipality,
                          numerator: Double? = nil, denominator: Double? = nil) -> IndicatorRow {
        IndicatorRow(id: id, year: year, level: level, value: value, numerator: numerator, denominator: denominator,
                     provenance: Provenance(source: "KOSTRA"))
    }

    @Test func anIndicatorShareDerivedFromAHiddenCountIsHidden() throws {
        let data = ReportData(settings: Self.settings, indicators: [
            Self.indicator("innbyggere_0_17", 6590),
            Self.indicator("barn_i_institusjon", 3),
            Self.indicator("barn_med_tiltak", 4),
            Self.indicator("barn_med_tiltak_andel", 0.1),
            Self.indicator("barn_med_tiltak", 180, year: 2024),
            Self.indicator("barn_med_tiltak_andel", 2.7, year: 2024),
        ])
        let report = ComputedReport(data: data)
        let institution = try #require(report.indicator("barn_i_institusjon")).municipality.figure(2025)
        #expect(institution.state == .small)
        #expect(institution.text(nb) == "<5")
        let measures = try #require(report.indicator("barn_med_tiltak")).municipality
        #expect(measures.figure(2025).isProtected)
        let share = try #require(report.indicator("barn_med_tiltak_andel")).municipality
        #expect(share.figure(2025).isProtected)
        #expect(share.figure(2025).visibleValue == nil)
        #expect(share.figure(2025).text(nb) == "skjult")
        // The year before is large enough to show, and the change into the hidden year is not told.
        #expect(share.figure(2024).visibleValue == 2.7)
        guard case .suppressed = share.change(to: 2025) else { Issue.record("expected suppressed change"); return }
        // Children per caseworker is derived from the hidden count too.
        #expect(report.staffing.childrenPerCaseworker.figure(2025).visibleValue == nil)
    }

    @Test func anIndicatorShareWithSmallTellerOrNevnerIsHidden() throws {
        let data = ReportData(settings: Self.settings, indicators: [
            Self.indicator("undersokelser", 301),
            Self.indicator("undersokelser_innen_frist_andel", 95.0, numerator: 286, denominator: 301),
            Self.indicator("tiltaksplan_andel", 75.0, numerator: 3, denominator: 4),
            Self.indicator("omsorgsplan_andel", 50.0, numerator: 20, denominator: 40),
            Self.indicator("omsorgsplan_andel", 60.0, year: 2024, numerator: 3, denominator: 5),
        ])
        let report = ComputedReport(data: data)
        #expect(try #require(report.indicator("undersokelser_innen_frist_andel")).municipality.figure(2025).visibleValue == 95)
        #expect(try #require(report.indicator("tiltaksplan_andel")).municipality.figure(2025).isProtected)
        let care = try #require(report.indicator("omsorgsplan_andel")).municipality
        #expect(care.figure(2025).visibleValue == 50)
        #expect(care.figure(2024).isProtected)
    }

    @Test func aShareIsHiddenOnlyAtTheLevelWhereItsCountIsHidden() throws {
        let data = ReportData(settings: Self.settings, indicators: [
            Self.indicator("meldinger", 4),
            Self.indicator("meldinger_henlagt_andel", 25.0),
            Self.indicator("meldinger_henlagt_andel", 21.0, level: .country),
        ])
        let report = ComputedReport(data: data)
        let series = try #require(report.indicator("meldinger_henlagt_andel"))
        #expect(series.municipality.figure(2025).isProtected)
        #expect(series.series(.country).figure(2025).visibleValue == 21)
        #expect(series.position(2025, against: .country) == .unknown)
    }

    static func personnel(_ year: Int, leavers: Double?, headcount: Double? = 41.5) -> PersonnelRow {
        PersonnelRow(year: year, averageHeadcount: headcount, leavers: leavers, newHires: 6, sickLeave: 8.3, shortSickLeave: 2.9,
                     longSickLeave: 5.4, furtherEducationCredits: 210)
    }

    @Test func turnoverIsHiddenWhenOneToFourLeft() {
        let data = ReportData(settings: Self.settings, personnel: [
            Self.personnel(2021, leavers: 1), Self.personnel(2022, leavers: 4), Self.personnel(2023, leavers: 5),
            Self.personnel(2024, leavers: 0), Self.personnel(2025, leavers: 3),
        ])
        let staffing = ComputedReport(data: data).staffing
        for year in [2021, 2022, 2025] {
            #expect(staffing.leavers.figure(year).isProtected, "leavers \(year)")
            #expect(staffing.turnover.figure(year).isProtected, "turnover \(year)")
            #expect(staffing.turnover.figure(year).visibleValue == nil)
        }
        #expect(staffing.leavers.figure(2023).visibleValue == 5)
        #expect(staffing.turnover.figure(2023).text(nb) == "12\u{00A0}%")
        #expect(staffing.turnover.figure(2024).visibleValue == 0)
        #expect(staffing.turnover.figure(2024).text(nb) == "0\u{00A0}%")
        // The sick-leave rates are not counts of people and stay shown.
        #expect(staffing.sickLeave.figure(2025).visibleValue == 8.3)
    }

    // MARK: Survey

    static let scale = [ScaleStep(label: "Helt enig", value: 5), ScaleStep(label: "Delvis enig", value: 4),
                        ScaleStep(label: "Delvis uenig", value: 2), ScaleStep(label: "Vet ikke", value: nil)]

    static func survey(_ sectors: [(String, Int)]) -> SurveyData {
        var responses: [SurveyResponse] = []
        for (sector, count) in sectors {
            for index in 0..<count {
                responses.append(SurveyResponse(sector: sector, role: "Ansatt",
                                                answers: ["S01": index % 2 == 0 ? "Helt enig" : "Delvis uenig"]))
            }
        }
        return SurveyData(items: [SurveyItem(code: "S01", text: "Det er lett å komme i kontakt med barneverntjenesten.", theme: "Tilgjengelighet", scale: "enighet")],
                          scales: ["enighet": scale], responses: responses, freeTextAnswers: 0, year: 2025)
    }

    func results(_ sectors: [(String, Int)], threshold: Int = 5) throws -> SurveyResults {
        var settings = Self.settings
        settings.threshold = threshold
        return try #require(ComputedReport(data: ReportData(settings: settings, survey: Self.survey(sectors))).survey)
    }

    func expectNoSmallGroupShown(_ survey: SurveyResults, threshold: Int = 5, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for group in survey.sectors {
            let size = group.respondents.visibleValue ?? 0
            #expect(size >= Double(threshold), "\(group.name) has \(group.respondents.text(nb)) respondents", sourceLocation: sourceLocation)
            for item in group.items {
                #expect(item.answered.isShown, sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aSmallSectorIsMergedIntoOtherSectors() throws {
        let survey = try results([("Skole", 20), ("Barnehage", 12), ("Helse", 9), ("Fastlege", 3), ("Politi", 6)])
        #expect(survey.isShown)
        #expect(survey.sectors.map(\.name) == ["Skole", "Barnehage", "Helse", "Andre sektorer"])
        let other = try #require(survey.sectors.last)
        // Fastlege 3 is too few alone; Politi 6 is the smallest shown sector and goes in with it.
        #expect(other.respondents.visibleValue == 9)
        #expect(!survey.sectors.contains { $0.name == "Fastlege" || $0.name == "Politi" })
        #expect(survey.mergeNote.map(nb.mergeNote)?.contains("Fastlege") == true)
        #expect(survey.mergeNote.map(nb.mergeNote)?.contains("Politi") == true)
        expectNoSmallGroupShown(survey)
        // Everyone is still counted in the whole.
        #expect(survey.all.respondents.visibleValue == 50)
    }

    @Test func twoSmallSectorsThatReachTheThresholdTogetherAreMergedAlone() throws {
        let survey = try results([("Skole", 20), ("Barnehage", 12), ("Fastlege", 3), ("Tannhelse", 2)])
        #expect(survey.sectors.map(\.name) == ["Skole", "Barnehage", "Andre sektorer"])
        #expect(survey.sectors.last?.respondents.visibleValue == 5)
        expectNoSmallGroupShown(survey)
    }

    @Test func withAllSectorsLargeNothingIsMerged() throws {
        let survey = try results([("Skole", 20), ("Barnehage", 5)])
        #expect(survey.sectors.map(\.name) == ["Skole", "Barnehage"])
        #expect(survey.mergeNote == nil)
    }

    @Test(arguments: [
        [("A", 4), ("B", 4)], [("A", 30), ("B", 1)], [("A", 5), ("B", 1)], [("A", 1), ("B", 1), ("C", 1), ("D", 1), ("E", 1), ("F", 1)],
        [("A", 10), ("B", 5), ("C", 4)], [("A", 6), ("B", 6), ("C", 6), ("D", 2)],
    ])
    func noSectorUnderTheThresholdIsEverShown(sectors: [(String, Int)]) throws {
        let survey = try results(sectors)
        expectNoSmallGroupShown(survey)
        let small = sectors.filter { $0.1 < 5 }.map(\.0)
        #expect(!survey.sectors.contains { small.contains($0.name) })
        // No shown sector can be found as "all minus the others": the shown groups add up to everyone.
        let shownTotal = survey.sectors.compactMap(\.respondents.visibleValue).reduce(0, +)
        #expect(survey.sectors.isEmpty || shownTotal == survey.all.respondents.visibleValue)
    }

    @Test func aSurveyWithFourRespondentsIsNotShown() throws {
        let survey = try results([("Skole", 3), ("Barnehage", 1)])
        #expect(!survey.isShown)
        #expect(survey.sectors.isEmpty)
        #expect(survey.respondents.isProtected)
        #expect(survey.respondents.text(nb) == "<5")
        #expect(survey.all.respondents.visibleValue == nil)
        for item in survey.all.items {
            #expect(item.agreeShare.visibleValue == nil)
            #expect(item.mean.visibleValue == nil)
            #expect(item.distribution.allSatisfy { $0.share.visibleValue == nil })
        }
        #expect(survey.mergeNote.map(nb.mergeNote)?.contains("færre enn 5") == true)
    }

    @Test func aSurveyWithFourRespondentsIsShownUnderThresholdThree() throws {
        let survey = try results([("Skole", 3), ("Barnehage", 1)], threshold: 3)
        #expect(survey.isShown)
        #expect(survey.sectors.map(\.name) == ["Andre sektorer"])
        expectNoSmallGroupShown(survey, threshold: 3)
    }

    @Test func agreeShareAndMeanOfAShownGroup() throws {
        let survey = try results([("Skole", 10)])
        let item = try #require(survey.all.items.first)
        // Five «Helt enig» (5) and five «Delvis uenig» (2).
        #expect(item.answered.visibleValue == 10)
        #expect(item.agreeShare.visibleValue == 50)
        #expect(item.mean.visibleValue == 3.5)
        #expect(item.distribution.map(\.label) == ["Helt enig", "Delvis enig", "Delvis uenig"])
    }

    // MARK: Participation

    static func participation(_ age: String, invited: Double?, tookPart: Double?, score: Double? = nil) -> ParticipationRow {
        ParticipationRow(year: 2025, method: .helpBetter, ageGroup: age, invited: invited, tookPart: tookPart, spokenAlone: nil,
                         invitedToMeetings: nil, meanScore: score, scaleMinimum: score == nil ? nil : 1, scaleMaximum: score == nil ? nil : 10, note: nil)
    }

    @Test func participationTotalsDoNotGiveASmallAgeGroupAway() throws {
        let data = ReportData(settings: Self.settings, participation: [
            Self.participation("6–12", invited: 3, tookPart: 3, score: 9),
            Self.participation("13–17", invited: 40, tookPart: 30, score: 6),
        ])
        let method = try #require(ComputedReport(data: data).participation.methods(in: 2025).first)
        let total = try #require(method.total)
        #expect(method.rows[0].invited.isProtected)
        // The 3 must not be total − 40.
        #expect(method.rows[1].invited.isProtected || total.invited.isProtected)
        #expect(method.rows[0].tookPart.isProtected)
        #expect(method.rows[1].tookPart.isProtected || total.tookPart.isProtected)
        // Every share and score of the small group is hidden.
        #expect(method.rows[0].participationShare.visibleValue == nil)
        #expect(method.rows[0].meanScore.visibleValue == nil)
        #expect(method.rows[1].participationShare.visibleValue == nil || method.rows[1].invited.isShown)
        #expect(total.ageGroup == "Til sammen")
        if total.invited.isShown { #expect(total.invited.visibleValue == 43) }
    }

    @Test func participationThemesWithFewChildrenAreHidden() {
        let data = ReportData(settings: Self.settings, participationThemes: [
            ParticipationTheme(year: 2025, method: .youthPanel, part: .documenting, theme: "Ville lese referatet", count: 4, change: nil),
            ParticipationTheme(year: 2025, method: .helpBetter, part: .information, theme: "Visste ikke hva som skulle skje", count: 19, change: "Nytt ark"),
        ])
        let themes = ComputedReport(data: data).participation.themes
        #expect(themes.map { $0.count.text(nb) } == ["<5", "19"])
    }

    @Test func deviationTotalsProtectSmallCategories() throws {
        let data = ReportData(settings: Self.settings, deviations: [
            DeviationRow(year: 2025, category: "fristbrudd", count: 17), DeviationRow(year: 2025, category: "dokumentasjon", count: 6),
            DeviationRow(year: 2025, category: "taushetsplikt", count: 1), DeviationRow(year: 2025, category: "vold og trusler", count: 3),
        ])
        let year = try #require(ComputedReport(data: data).deviations.first)
        // 1 + 3 beside a 6 and the total: the 6 goes as «skjult», never «<5».
        #expect(year.categories.map { $0.count.text(nb) } == ["17", "skjult", "<5", "<5"])
        #expect(year.total.text(nb) == "27")
    }
}
