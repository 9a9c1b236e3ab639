import CSV
import Foundation
import ReportModel
import SourceText
import Spreadsheet
import StatBank
import Testing
import WorkbookFixtures
@testable import ReportInputs

/// The existing readers take a workbook's table as they take a CSV's, with sheet and cell in diagnostics.
@Suite struct WorkbookInputTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    @Test func theFormsWorkbookIsReadByTheSurveyReader() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("SpreadsheetTests/Fixtures/forms-export.xlsx")))
        let (table, diagnostics) = TableFileReader().read(bytes: bytes, file: "data/undersokelse-svar.xlsx")
        #expect(diagnostics.isEmpty)
        let scaleBytes = try [UInt8](Data(contentsOf: Self.fixtures.deletingLastPathComponent().appendingPathComponent("SampleData/data/undersokelse-skala.csv")))
        let scales = SurveyReader.scales(try #require(CSVReader().read(bytes: scaleBytes, file: "data/undersokelse-skala.csv").table))
        let questionCSV = """
            spørsmål;type;kode;tema;skala
            Hvilken sektor jobber du i?;sektor;B01;Bakgrunn;
            Hva er din rolle?;rolle;B02;Bakgrunn;
            Det er lett å komme i kontakt med barneverntjenesten.;påstand;S01;Tilgjengelighet;enighet5
            Jeg vet hvordan og når jeg skal sende en bekymringsmelding til barneverntjenesten.;påstand;S02;Melding;enighet5
            Alt i alt er jeg fornøyd med samarbeidet med barneverntjenesten.;påstand;S03;Helhet;enighet5
            Hva fungerer godt i samarbeidet med barneverntjenesten?;fritekst;F01;Fungerer godt;
            Hva bør bli bedre?;fritekst;F02;Bør bli bedre;

            """
        let questions = SurveyReader.questions(try ReaderTestsTable.table(questionCSV, "data/undersokelse-sporsmal.csv"), scales: scales.0)
        var scanned: [String] = []
        let result = SurveyReader.responses(try #require(table), questions: questions.questions, named: questions.named, scales: scales.0,
                                            questionFile: "data/undersokelse-sporsmal.csv") { cell in scanned.append(cell.text) }
        #expect(result.1.isEmpty)
        let survey = try #require(result.0)
        #expect(survey.year == 2025)
        #expect(survey.responses.count == 4)
        #expect(survey.responses[2] == SurveyResponse(sector: "Barnehage", role: "Leder",
                                                      answers: ["S01": "Delvis enig", "S02": "Delvis enig", "S03": "Verken enig eller uenig"]))
        #expect(survey.freeTextAnswers == 4)
        #expect(scanned.contains("Raskere tilbakemelding\netter melding."))
    }

    @Test func aBadCellInAWorkbookIsNamedBySheetAndCell() throws {
        let rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>år</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>metode</t></is></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t>del</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>tema</t></is></c><c r=\"E1\" t=\"inlineStr\"><is><t>antall</t></is></c></row>"
            + "<row r=\"22\"><c r=\"A22\"><v>2025</v></c><c r=\"B22\" t=\"inlineStr\"><is><t>hjelpe_bedre</t></is></c>"
            + "<c r=\"C22\" t=\"inlineStr\"><is><t>informasjon</t></is></c><c r=\"D22\" t=\"inlineStr\"><is><t>Ville vite mer</t></is></c>"
            + "<c r=\"E22\" t=\"inlineStr\"><is><t>mange</t></is></c></row>"
        let bytes = WorkbookBuilder(sheets: [.init(name: "Svar", rows: rows)]).bytes()
        let table = try #require(TableFileReader().read(bytes: bytes, file: "data/medvirkning-tema.xlsx").table)
        let (themes, diagnostics, _) = ParticipationReader.themes(table)
        #expect(themes.map(\.count) == [nil])
        #expect(DiagnosticFormatter().format(diagnostics) == """
            data/medvirkning-tema.xlsx: ark Svar, celle E22: feil[INN011]: Antallet er ikke et tall.
              fant «mange», forventet et helt tall, for eksempel 12
            """)
    }
}

/// CSVTable construction shared with ReaderTests.
enum ReaderTestsTable {
    static func table(_ text: String, _ file: String) throws -> CSVTable {
        try #require(CSVReader().read(text: text, file: file).table)
    }
}

@Suite struct StatBankIndicatorReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StatBankTests/Fixtures")
    static let fjordvik = StatBankIndicatorReader.Context(municipality: "4699", kostraGroup: "KOSTRA-gruppe 7", defaultStatus: .final)

    func dataset(_ name: String) throws -> StatBankDataset {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        return try #require(StatBankReader().read(bytes: bytes, file: "data/ssb/\(name)").dataset)
    }

    @Test func mapsTheVerifiedVariableForEveryLevelWithProvenance() throws {
        let read = StatBankIndicatorReader.read(try dataset("kostra-barnevern.json"), file: "data/ssb/kostra.json", context: Self.fjordvik)
        let rows = read.rows.map(\.row)
        #expect(rows.count == 12)
        #expect(Set(rows.map(\.id)) == ["barn_med_undersokelse_andel"])
        let municipality = rows.filter { $0.level == .municipality }
        #expect(municipality.map(\.year) == [2023, 2024, 2025])
        #expect(municipality.map(\.value) == [4.1, 4.3, 4.6])
        #expect(Set(rows.map(\.level)) == [.municipality, .kostraGroup, .county, .country])
        // Updated 15 March 2026: 2025 is preliminary, 2023 and 2024 final.
        #expect(municipality.map(\.provenance.status) == [.final, .final, .preliminary])
        #expect(municipality.first?.provenance.source == "SSB tabell 12870")
        let suppressed = try #require(rows.first { $0.level == .kostraGroup && $0.year == 2025 })
        #expect(suppressed.value == nil)
        #expect(suppressed.provenance.note == "Prikket av SSB: tallet kan ikke offentliggjøres (:)")
        #expect(read.diagnostics.map(\.code) == ["INN150"])
        #expect(read.diagnostics.first?.message == "Statistikkvariabelen hører ikke til noen indikator i rapporten, så tallene blir ikke brukt (netto driftsutgifter til barnevern per innbygger 0–24 år, ikke per innbygger 0–17 år).")
        #expect(read.diagnostics.first?.severity == .warning)
    }

    @Test func theCSVDownloadMapsByLabelAndKeepsTheSettingsStatusForItsNewestYear() throws {
        let context = StatBankIndicatorReader.Context(municipality: "4699", kostraGroup: "KOSTRA-gruppe 7", defaultStatus: .preliminary)
        let read = StatBankIndicatorReader.read(try dataset("kostra-barnevern.csv"), file: "data/ssb/kostra.csv", context: context)
        let municipality = read.rows.map(\.row).filter { $0.level == .municipality }
        #expect(municipality.map(\.value) == [4.1, 4.3, 4.6])
        #expect(municipality.map(\.provenance.status) == [.final, .final, .preliminary])
        #expect(municipality.first?.provenance.source == "SSB tabell 12870")
        #expect(read.rows.first?.location.description == "data/ssb/kostra-barnevern.csv:4:78")
    }

    @Test func anotherMunicipalityOrGroupIsNotUsed() throws {
        let context = StatBankIndicatorReader.Context(municipality: "3101", kostraGroup: "KOSTRA-gruppe 11", defaultStatus: .final)
        let read = StatBankIndicatorReader.read(try dataset("kostra-barnevern.json"), file: "x.json", context: context)
        #expect(Set(read.rows.map(\.row.level)) == [.country])
        #expect(read.diagnostics.map(\.code) == ["INN150", "INN151", "INN155"])
        #expect(read.diagnostics[1].message == "3 regioner er ikke kommunen, KOSTRA-gruppen, fylket eller landet; tallene for dem blir ikke brukt.")
        #expect(read.diagnostics[1].found == "4699, EKG07, EKA46")
    }

    @Test(arguments: [("4699", IndicatorLevel?.some(.municipality)), ("4601", nil), ("EKG07", .kostraGroup), ("EKG08", nil), ("EKA46", .county),
                      ("46", .county), ("EKA31", nil), ("EAK", .country), ("EAKUO", nil), ("Uoppgitt", nil),
                      ("K-4699", .municipality), ("F-46", .county)])
    func regionLevels(_ code: String, _ level: IndicatorLevel?) {
        #expect(StatBankMapping.level(of: code, municipality: "4699", kostraGroup: "KOSTRA-gruppe 7") == level)
    }

    @Test func statusFollowsTheFifteenthOfJune() {
        #expect(StatBankIndicatorReader.status(year: 2025, updated: "2026-06-14T08:00:00Z", newestYear: 2025, defaultStatus: .final) == .preliminary)
        #expect(StatBankIndicatorReader.status(year: 2025, updated: "2026-06-15T08:00:00Z", newestYear: 2025, defaultStatus: .preliminary) == .final)
        #expect(StatBankIndicatorReader.status(year: 2025, updated: nil, newestYear: 2025, defaultStatus: .preliminary) == .preliminary)
        #expect(StatBankIndicatorReader.status(year: 2024, updated: nil, newestYear: 2025, defaultStatus: .preliminary) == .final)
    }

    static func observation(_ variable: String, _ value: StatBankValue, others: [StatBankCategory] = [], region: String = "4699",
                            line: Int = 3) -> StatBankObservation {
        StatBankObservation(region: .init(code: region, label: region), variable: .init(code: variable, label: variable), year: 2025, time: "2025",
                            others: others, value: value, location: SourceLocation(file: "x.csv", line: line, column: 9))
    }

    static func dataset(_ observations: [StatBankObservation], others: [StatBankDimension] = []) -> StatBankDataset {
        StatBankDataset(tableID: "12275", title: "t", updated: nil,
                        dimensions: [StatBankDimension(id: "KOKkommuneregion0000", label: "region", role: .region, categories: [])] + others
                            + [StatBankDimension(id: "ContentsCode", label: "statistikkvariabel", role: .variable, categories: []),
                               StatBankDimension(id: "Tid", label: "år", role: .time, categories: [])],
                        observations: observations)
    }

    static let ages = StatBankDimension(id: "KOKalder0000", label: "alder", role: .other,
                                        categories: [.init(code: "F000-017", label: "0-17 år"), .init(code: "F000-022", label: "0-22 år")])

    @Test func aTableWithSeveralAgeGroupsUsesTheOneTheIndicatorAsksFor() {
        let all = StatBankCategory(code: "0", label: "Tiltak i alt")
        let observations = [
            Self.observation("KOSbvbarntiltaka0001", .number(3.7), others: [.init(code: "F000-017", label: "0-17 år"), all]),
            Self.observation("KOSbvbarntiltaka0001", .number(3.1), others: [.init(code: "F000-022", label: "0-22 år"), all], line: 4),
        ]
        let functions = StatBankDimension(id: "KOKbvfunksjon0000", label: "funksjon", role: .other, categories: [all])
        let read = StatBankIndicatorReader.read(Self.dataset(observations, others: [Self.ages, functions]), file: "x.csv", context: Self.fjordvik)
        #expect(read.rows.map(\.row.value) == [3.7])
        #expect(read.diagnostics.isEmpty)
    }

    @Test func aFigureForAnotherAgeGroupIsNeverTakenForTheIndicatorsOwn() {
        let only = [Self.observation("KOSbvbarntiltaka0001", .number(3.1), others: [.init(code: "F000-022", label: "0-22 år")])]
        let read = StatBankIndicatorReader.read(Self.dataset(only, others: [Self.ages]), file: "x.csv", context: Self.fjordvik)
        #expect(read.rows.isEmpty)
        #expect(DiagnosticFormatter().format(read.diagnostics) == """
            x.csv:3:9: advarsel[INN156]: Tallene for «barn_med_tiltak_andel» i tabellen gjelder ikke alder 0–17 år (F000-017), så de blir ikke brukt.
              forventet tabellen lastet ned med alder 0–17 år (F000-017) valgt, og med koder (kode og tekst)
            """)
    }

    @Test func aTableWithSeveralCategoriesNoIndicatorAsksForIsAmbiguous() {
        let sexes = StatBankDimension(id: "Kjonn", label: "kjønn", role: .other, categories: [.init(code: "1", label: "Gutar"), .init(code: "2", label: "Jenter")])
        let observations = [Self.observation("KOSbvbarnuspinnb0000", .number(4.1), others: [.init(code: "1", label: "Gutar")]),
                            Self.observation("KOSbvbarnuspinnb0000", .number(4.4), others: [.init(code: "2", label: "Jenter")], line: 4)]
        let read = StatBankIndicatorReader.read(Self.dataset(observations, others: [sexes]), file: "x.csv", context: Self.fjordvik)
        #expect(read.rows.isEmpty)
        #expect(read.diagnostics.map(\.code) == ["INN152"])
        #expect(read.diagnostics.first?.message == "Tabellen har flere valg i «kjønn», så tallene kan ikke knyttes til én indikator.")
        #expect(read.diagnostics.first?.found == "Gutar, Jenter")
    }

    @Test func aShareAbove100IsRefused() {
        let read = StatBankIndicatorReader.read(Self.dataset([Self.observation("KOSbvbarnuspinnb0000", .number(140))]), file: "x.csv", context: Self.fjordvik)
        #expect(read.rows.isEmpty)
        #expect(read.diagnostics.map(\.code) == ["INN153"])
        #expect(read.diagnostics.first?.location?.description == "x.csv:3:9")
    }

    @Test(arguments: [(StatBankSymbol.confidential, "Prikket av SSB: tallet kan ikke offentliggjøres (:)"),
                      (.missing, "Mangler hos SSB: oppgave mangler (..)"),
                      (.notYetAvailable, "Ikke publisert av SSB ennå: oppgave mangler foreløpig (...)"),
                      (.notApplicable, "Tall kan ikke forekomme (SSB: .)")])
    func aSymbolIsAMissingFigureWithSSBsReason(_ symbol: StatBankSymbol, _ note: String) throws {
        let read = StatBankIndicatorReader.read(Self.dataset([Self.observation("KOSbvbarnuspinnb0000", .symbol(symbol))]), file: "x.csv", context: Self.fjordvik)
        let row = try #require(read.rows.first?.row)
        #expect(row.value == nil)
        #expect(row.provenance.note == note)
    }

    @Test func ssbsDashIsZero() throws {
        let read = StatBankIndicatorReader.read(Self.dataset([Self.observation("KOSbvbarnuspinnb0000", .symbol(.zero))]), file: "x.csv", context: Self.fjordvik)
        #expect(read.rows.first?.row.value == 0)
        #expect(read.rows.first?.row.provenance.note == nil)
    }

    @Test func aCountIsTakenForTheMunicipalityOnly() {
        let observations = [Self.observation("KOSbvbarntiltaka0000", .number(243), others: [.init(code: "F000-017", label: "0-17 år"), .init(code: "0", label: "Tiltak i alt")]),
                            Self.observation("KOSbvbarntiltaka0000", .number(48_973), others: [.init(code: "F000-017", label: "0-17 år"), .init(code: "0", label: "Tiltak i alt")],
                                             region: "EAK", line: 4)]
        let functions = StatBankDimension(id: "KOKbvfunksjon0000", label: "funksjon", role: .other, categories: [.init(code: "0", label: "Tiltak i alt")])
        let ages = StatBankDimension(id: "KOKalder0000", label: "alder", role: .other, categories: [.init(code: "F000-017", label: "0-17 år")])
        let read = StatBankIndicatorReader.read(Self.dataset(observations, others: [ages, functions]), file: "x.csv", context: Self.fjordvik)
        #expect(read.rows.map(\.row.level) == [.municipality])
        #expect(read.rows.map(\.row.value) == [243])
        #expect(read.diagnostics.isEmpty)
    }

    @Test func aLabelWithItsUnitMatchesTheVariableWithout() {
        let category = StatBankCategory(code: "Brutto driftsutgifter (funksjon 244) per barn med undersøking eller tiltak (kr)",
                                        label: "Brutto driftsutgifter (funksjon 244) per barn med undersøking eller tiltak (kr)")
        #expect(StatBankMapping.variable(category, table: nil)?.indicator == "brutto_f244_per_barn")
    }
}
