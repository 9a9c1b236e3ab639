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

    func dataset(_ name: String) throws -> StatBankDataset {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        return try #require(StatBankReader().read(bytes: bytes, file: "data/ssb/\(name)").dataset)
    }

    @Test func mapsTheVerifiedVariableForEveryLevelWithProvenance() throws {
        let (rows, diagnostics) = StatBankIndicatorReader.read(try dataset("kostra-barnevern.json"), file: "data/ssb/kostra.json",
                                                               municipality: "4699", kostraGroup: "KOSTRA-gruppe 7", defaultStatus: .final)
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
        #expect(suppressed.provenance.note == "SSB: Tall kan ikke offentliggjøres (:)")
        #expect(diagnostics.map(\.code) == ["INN150"])
        #expect(diagnostics.first?.message == "Statistikkvariabelen hører ikke til noen indikator i rapporten, så tallene blir ikke brukt (netto driftsutgifter til barnevern per innbygger 0–24 år, ikke per innbygger 0–17 år).")
    }

    @Test func theCSVDownloadMapsByLabelAndKeepsTheSettingsStatusForItsNewestYear() throws {
        let (rows, _) = StatBankIndicatorReader.read(try dataset("kostra-barnevern.csv"), file: "data/ssb/kostra.csv",
                                                     municipality: "4699", kostraGroup: "KOSTRA-gruppe 7", defaultStatus: .preliminary)
        let municipality = rows.filter { $0.level == .municipality }
        #expect(municipality.map(\.value) == [4.1, 4.3, 4.6])
        #expect(municipality.map(\.provenance.status) == [.final, .final, .preliminary])
        #expect(municipality.first?.provenance.source == "SSB tabell 12870")
    }

    @Test func anotherMunicipalityOrGroupIsNotUsed() throws {
        let (rows, diagnostics) = StatBankIndicatorReader.read(try dataset("kostra-barnevern.json"), file: "x.json",
                                                               municipality: "3101", kostraGroup: "KOSTRA-gruppe 11", defaultStatus: .final)
        #expect(Set(rows.map(\.level)) == [.country])
        #expect(diagnostics.map(\.code) == ["INN151", "INN150", "INN151", "INN151", "INN155"])
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

    @Test func aTableWithSeveralAgeGroupsIsAmbiguous() {
        let dataset = StatBankDataset(tableID: "1", title: "t", updated: nil, dimensions: [
            StatBankDimension(id: "Alder", label: "alder", role: .other, categories: [.init(code: "0-5", label: "0-5 år"), .init(code: "6-12", label: "6-12 år")]),
        ], observations: [])
        let (rows, diagnostics) = StatBankIndicatorReader.read(dataset, file: "x.csv", municipality: "4699", kostraGroup: nil, defaultStatus: .final)
        #expect(rows.isEmpty)
        #expect(diagnostics.map(\.code) == ["INN152"])
    }

    @Test func aShareAbove100IsRefused() {
        let observation = StatBankObservation(region: .init(code: "4699", label: "Fjordvik"), variable: .init(code: "KOSbvbarnuspinnb0000", label: "x"),
                                              year: 2025, time: "2025", value: .number(140), location: SourceLocation(file: "x.csv", line: 3, column: 9))
        let dataset = StatBankDataset(tableID: nil, title: "t", updated: nil, dimensions: [], observations: [observation])
        let (rows, diagnostics) = StatBankIndicatorReader.read(dataset, file: "x.csv", municipality: "4699", kostraGroup: nil, defaultStatus: .final)
        #expect(rows.isEmpty)
        #expect(diagnostics.map(\.code) == ["INN153"])
        #expect(diagnostics.first?.location?.description == "x.csv:3:9")
    }
}
