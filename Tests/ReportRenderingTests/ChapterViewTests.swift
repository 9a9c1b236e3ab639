import Foundation
import Mustache
import ReportModel
@testable import ReportRendering
import Testing

/// Each chapter's view on small data: what a template can print, and what it cannot.
@Suite struct ChapterViewTests {
    func builder(_ data: ReportData, order: [String] = ChapterRegistry.standardOrder) -> ViewBuilder {
        ViewBuilder(report: ComputedReport(data: data), order: order)
    }

    func member(_ value: TemplateValue, _ path: String) -> TemplateValue? {
        path.split(separator: ".").reduce(Optional(value)) { $0?.member(String($1)) }
    }

    func staffingRows(_ year: Int, caseworkers: Double) -> [StaffingRow] {
        [StaffingRow(year: year, role: .leader, budgeted: 2, filled: 2, vacant: 0, temporary: 0, bachelor: 1, master: 1, meetsRequirement: 2),
         StaffingRow(year: year, role: .caseworker, budgeted: 10, filled: caseworkers, vacant: 10 - caseworkers, temporary: 0, bachelor: 8, master: 2, meetsRequirement: 4)]
    }

    @Test func staffingKeyFiguresAndSentences() {
        var data = ReportData(settings: Repository.settings())
        data.staffing = staffingRows(2024, caseworkers: 8) + staffingRows(2025, caseworkers: 9)
        data.personnel = [PersonnelRow(year: 2024, averageHeadcount: 12, leavers: 3, newHires: 6, sickLeave: 9, shortSickLeave: 3, longSickLeave: 6, furtherEducationCredits: 30),
                          PersonnelRow(year: 2025, averageHeadcount: 12, leavers: 6, newHires: 2, sickLeave: 7.5, shortSickLeave: 2.5, longSickLeave: 5, furtherEducationCredits: 60)]
        var views = builder(data)
        let context = views.context(for: "bemanning")
        let sentences = member(context, "setninger").map { value -> [String] in
            if case .array(let items) = value { return items.map { plain($0.text) } }
            return []
        } ?? []
        #expect(sentences.contains("Antall besatte årsverk økte fra 10,0 i 2024 til 11,0 i 2025."))
        #expect(sentences.contains("Sykefraværet gikk ned fra 9,0 % i 2024 til 7,5 % i 2025."))
        // Three leavers in 2024 is a small count: the change in turnover cannot be told. The sentence does not say
        // why the share is hidden: a share may be hidden for a count nobody prints, which «fordi det er lite» would give away.
        #expect(sentences.contains("Turnoveren var 50,0 % i 2025; tallet for 2024 er skjult, så endringen vises ikke."))
        #expect(member(context, "kompetansegap")?.text == "5,0")
        // The key figures are a block; in Markdown they are a list.
        let markdown = plain(views.blocks.markdown(member(context, "nøkkeltall.blokk")?.text ?? ""))
        #expect(markdown.contains("- **11,0** besatte årsverk (opp 1,0 fra 2024)"))
    }

    @Test func theUnionSectionOnlyWhenItsChapterIsInTheOrder() {
        var data = ReportData(settings: Repository.settings())
        data.texts["bemanning-tillitsvalgte"] = Repository.text("bemanning-tillitsvalgte", authors: [Author(name: "Per Tillit", role: "hovedtillitsvalgt, FO")])
        var with = builder(data)
        #expect(member(with.context(for: "bemanning"), "tillitsvalgte.forfattere_tekst")?.text == "Per Tillit (hovedtillitsvalgt, FO)")
        var without = builder(data, order: ["bemanning"])
        #expect(member(without.context(for: "bemanning"), "tillitsvalgte")?.isTruthy == false)
    }

    @Test func chapterTextHeadingsSitBelowTheChapterHeading() {
        var data = ReportData(settings: Repository.settings())
        data.texts["innsats"] = Repository.text("innsats", body: "# Mål\n\nTekst\n\nDelmål\n------\n")
        let context = builder(data).textContext("innsats")
        #expect(member(context, "innhold")?.text == "### Mål\n\nTekst\n\n#### Delmål")
    }

    @Test func aSurveyWithTooFewAnswersShowsNothing() {
        var data = ReportData(settings: Repository.settings())
        data.survey = SurveyData(items: [SurveyItem(code: "S01", text: "Lett å nå", theme: "T", scale: "s")],
                                 scales: ["s": [ScaleStep(label: "Enig", value: 2), ScaleStep(label: "Uenig", value: 1)]],
                                 responses: (0..<4).map { _ in SurveyResponse(sector: "Skole", role: "Ansatt", answers: ["S01": "Enig"]) },
                                 freeTextAnswers: 0, year: 2025)
        var views = builder(data)
        let context = views.context(for: "samarbeid")
        #expect(member(context, "vises")?.isTruthy == false)
        #expect(member(context, "respondenter")?.text == "<5")
        #expect(member(context, "diagram")?.isTruthy != true)
    }

    @Test func draftFlagAndListOfChaptersNotApproved() {
        var data = ReportData(settings: Repository.settings())
        data.texts["oppsummering"] = Repository.text("oppsummering", status: .draft)
        data.texts["okonomi"] = Repository.text("okonomi", status: .inReview)
        let context = builder(data, order: ["oppsummering", "okonomi", "innsats", "vedlegg"]).reportContext
        #expect(member(context, "utkast")?.isTruthy == true)
        // A missing text is not approved either; the generated appendix needs none.
        #expect(member(context, "ikke_godkjent_tekst")?.text == "Kort oppsummering (utkast), Økonomi (til gjennomlesing) og Innsatsområder og tiltak (mangler tekst)")
    }

    @Test func definiteFormOfTheBody() {
        #expect(ViewBuilder.definite("kommunestyre") == "kommunestyret")
        #expect(ViewBuilder.definite("oppvekstutvalg") == "oppvekstutvalget")
        #expect(ViewBuilder.definite("Hovedutvalg for oppvekst") == "Hovedutvalg for oppvekst")
    }
}

@Suite struct ChangeSentenceTests {
    let rule = Suppression(threshold: 5)

    func series(_ values: [(Int, Double?)], unit: FigureUnit = .percent) -> Series {
        Series(unit: unit, points: values.map { year, value in unit == .count ? rule.count(value, year: year) : rule.value(value, unit, year: year) })
    }

    /// Issue 12: «95 %» in a sentence beside «95,0 %» in its table; a figure is written one way everywhere.
    @Test func wordsForEveryKindOfChange() {
        let subject = "Andelen undersøkelser som ble avsluttet innen fristen"
        #expect(plain(ChangeSentences.sentence(Phrasebook(.bokmål), subject: subject, series: series([(2024, 78), (2025, 85)]), year: 2025, comparisons: [("snittet i KOSTRA-gruppen", .above)]))
                == "Andelen undersøkelser som ble avsluttet innen fristen, økte fra 78,0 % i 2024 til 85,0 % i 2025, og ligger over snittet i KOSTRA-gruppen.")
        #expect(plain(ChangeSentences.sentence(Phrasebook(.bokmål), subject: "Sykefraværet", series: series([(2024, 10.1), (2025, 8.3)]), year: 2025))
                == "Sykefraværet gikk ned fra 10,1 % i 2024 til 8,3 % i 2025.")
        #expect(plain(ChangeSentences.sentence(Phrasebook(.bokmål), subject: "Sykefraværet", series: series([(2024, 8.31), (2025, 8.29)]), year: 2025))
                == "Sykefraværet var 8,3 % i 2025, det samme som året før.")
        #expect(plain(ChangeSentences.sentence(Phrasebook(.bokmål), subject: "Sykefraværet", series: series([(2025, 8.3)]), year: 2025))
                == "Sykefraværet var 8,3 % i 2025; tallet for 2024 mangler, så endringen kan ikke beregnes.")
        #expect(plain(ChangeSentences.sentence(Phrasebook(.bokmål), subject: "Sykefraværet", series: series([(2024, 8.3)]), year: 2025))
                == "Tallet for 2025 mangler for sykefraværet (8,3 % i 2024).")
        #expect(plain(ChangeSentences.sentence(Phrasebook(.bokmål), subject: "Antall barn i institusjon", series: series([(2024, 7), (2025, 3)], unit: .count), year: 2025))
                == "Antall barn i institusjon vises ikke for 2025, fordi tallet er så lite at enkeltpersoner kan kjennes igjen.")
    }

    @Test func comparisonsJoinNaturally() {
        #expect(Phrasebook(.bokmål).list(["a", "b", "c"]) == "a, b og c")
        #expect(plain(ChangeSentences.sentence(Phrasebook(.bokmål), subject: "Andelen", series: series([(2024, 50), (2025, 50)]), year: 2025,
                                         comparisons: [("snittet i gruppen", .level), ("landsgjennomsnittet", .below), ("fylket", .unknown)]))
                == "Andelen var 50,0 % i 2025, det samme som året før, og ligger på nivå med snittet i gruppen og under landsgjennomsnittet.")
    }
}

/// Figures use a no-break space before `%` and between thousands; the expectations are easier to read with plain spaces.
func plain(_ text: String) -> String { text.replacingOccurrences(of: "\u{00A0}", with: " ") }
