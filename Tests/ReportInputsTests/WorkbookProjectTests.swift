import Foundation
import ReportInputs
import ReportModel
import SourceText
import Testing
import TestSupport
import WorkbookFixtures

/// A project whose tables are `.xlsx` workbooks where CSV files would be: read as the CSV files are, with every
/// message naming sheet and cell.
@Suite struct WorkbookProjectTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ path: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: tests.appendingPathComponent(path)))) ?? []
    }

    /// A workbook with one sheet of inline-string cells: `rows[r][c]` at row r + 1, column c + 1.
    static func workbook(sheet: String = "Ark1", _ rows: [[String]], more: [WorkbookBuilder.Sheet] = []) -> [UInt8] {
        var xml = ""
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, text) in row.enumerated() where !text.isEmpty {
                let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                xml += "<c r=\"\(SourceLocation.columnName(c + 1))\(r + 1)\" t=\"inlineStr\"><is><t>\(escaped)</t></is></c>"
            }
            xml += "</row>"
        }
        return WorkbookBuilder(sheets: more + [.init(name: sheet, rows: xml)]).bytes()
    }

    @Test func theFormsDownloadStandsInForTheExportSavedAsCSV() throws {
        let asCSV = try #require(ProjectCopy().load().data?.survey)
        let project = ProjectCopy()
        project.remove("data/undersokelse-svar.csv")
        project.write("data/undersokelse-svar.xlsx", bytes: Self.fixture("ReportInputsTests/Fixtures/forms/undersokelse-svar.xlsx"))
        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty, "\(project.printed(loaded))")
        let survey = try #require(loaded.data?.survey)
        #expect(survey.responses.count == 60)
        #expect(survey.responses == asCSV.responses)
        #expect(survey.freeTextAnswers == asCSV.freeTextAnswers)
        #expect(survey.year == 2025)
    }

    @Test func aLibreOfficeWorkbookStandsInForTheSameTableAsCSV() throws {
        let asCSV = try #require(ProjectCopy().load().data?.inspections)
        let project = ProjectCopy()
        project.remove("data/tilsyn.csv")
        project.write("data/tilsyn.xlsx", bytes: Self.fixture("SpreadsheetTests/Fixtures/libreoffice-tilsyn.xlsx"))
        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty, "\(project.printed(loaded))")
        #expect(loaded.data?.inspections == asCSV)
    }

    @Test func aTableAsBothCSVAndWorkbookIsAnErrorNamingBoth() {
        let project = ProjectCopy()
        project.write("data/avvik.xlsx", bytes: Self.workbook([["år", "kategori", "antall"], ["2025", "fristbrudd", "3"]]))
        let loaded = project.load()
        #expect(loaded.data == nil)
        #expect(DiagnosticFormatter().format(loaded.diagnostics("INN147")) == """
            data/avvik.csv:1:1: feil[INN147]: Tabellen finnes både som data/avvik.csv og som data/avvik.xlsx, og programmet vet ikke hvilken av dem som gjelder. Ingen av dem er lest.
              fant «data/avvik.csv og data/avvik.xlsx», forventet bare én av filene: slett eller flytt den som ikke skal brukes
            """)
    }

    @Test func aMissingDataFileNamesTheWorkbookAndNeverOffersInitForThisFolder() {
        let project = ProjectCopy()
        project.remove("data/medvirkning-tema.csv")
        let loaded = project.load()
        #expect(DiagnosticFormatter().format(loaded.diagnostics("INN096")) == """
            data/medvirkning-tema.csv:1:1: advarsel[INN096]: Datafilen mangler, så tallene den skulle gi, vises som manglende.
              fant «ingen fil», forventet data/medvirkning-tema.csv eller data/medvirkning-tema.xlsx for kapitlet Barns medvirkning (kolonnene står i README; «tilstandsrapport init NY-MAPPE» lager en mal i en ny, tom mappe)
            """)
    }

    @Test func aMissingRequiredTableNamesBothForms() {
        let project = ProjectCopy()
        project.remove("data/undersokelse-sporsmal.csv")
        let loaded = project.load()
        #expect(loaded.diagnostics("INN090").map(\.expected) == [
            "data/undersokelse-sporsmal.csv eller data/undersokelse-sporsmal.xlsx i rapportmappen (kolonnene står i README; «tilstandsrapport init NY-MAPPE» lager en mal i en ny, tom mappe)",
        ])
    }

    @Test func theThemesAsAWorkbookWithABadCellAreNamedBySheetAndCell() {
        let project = ProjectCopy()
        project.remove("data/medvirkning-tema.csv")
        var rows = [["år", "metode", "del", "tema", "antall", "endring"]]
        rows += (2...21).map { _ in ["2025", "hjelpe_bedre", "informasjon", "Ville vite mer", "6", ""] }
        rows.append(["2025", "hjelpe_bedre", "informasjon", "Ville vite mer", "mange", ""])
        project.write("data/medvirkning-tema.xlsx", bytes: Self.workbook(sheet: "Svar", rows))
        let loaded = project.load()
        #expect(DiagnosticFormatter().format(loaded.diagnostics("INN011")) == """
            data/medvirkning-tema.xlsx: ark Svar, celle E22: feil[INN011]: Antallet er ikke et tall.
              fant «mange», forventet et helt tall, for eksempel 12
            """)
        #expect(loaded.diagnostics("INN096").isEmpty)
    }

    @Test func theSheetNamedLikeTheFileIsTheTable() throws {
        let project = ProjectCopy()
        project.remove("data/avvik.csv")
        let notes = WorkbookBuilder.Sheet(name: "Notater", rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Tall fra fagsystemet</t></is></c></row>")
        project.write("data/avvik.xlsx", bytes: Self.workbook(sheet: "Avvik", [["år", "kategori", "antall"], ["2025", "fristbrudd", "3"]], more: [notes]))
        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty, "\(project.printed(loaded))")
        #expect(loaded.data?.deviations.map(\.count) == [3])
    }

    @Test func anIdentityNumberInAnyCellOfAnySheetIsFoundAndNeverPrinted() throws {
        let number = IdentityNumberInputsTests.number
        let project = ProjectCopy()
        project.remove("data/avvik.csv")
        // On a sheet that is not the table, and typed as a number, which drops the leading zero.
        let other = WorkbookBuilder.Sheet(name: "Kladd", rows: "<row r=\"3\"><c r=\"B3\"><v>\(Int(number) ?? 0)</v></c></row>")
        project.write("data/avvik.xlsx", bytes: Self.workbook(sheet: "avvik", [["år", "kategori", "antall"], ["2025", "fristbrudd \(number)", "3"]], more: [other]))
        let loaded = project.load()
        #expect(loaded.diagnostics("PER001").map { $0.location?.description } == ["data/avvik.xlsx: ark avvik, celle B2", "data/avvik.xlsx: ark Kladd, celle B3"])
        #expect(loaded.data == nil)
        let printed = project.printed(loaded)
        #expect(!printed.contains(String(number.suffix(5))))
    }

    @Test func theFormsDownloadsNamesAndAddressesAreNeverQuoted() throws {
        let project = ProjectCopy()
        project.remove("data/undersokelse-svar.csv")
        let header = ["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-post", "Navn", "Hvilken sektor jobber du i?"]
        let rows = [header, ["1", "03.11.2025 11:17", "03.11.2025 11:21", "kari.nordmann@skole.no", "Kari Nordmann", "Skole", "", "Kari Nordmann, 41 00 00 00"]]
        project.write("data/undersokelse-svar.xlsx", bytes: Self.workbook(sheet: "Form1", rows))
        let loaded = project.load()
        let printed = project.printed(loaded)
        #expect(!printed.contains("Kari"), "\(printed)")
        #expect(!printed.contains("kari.nordmann"), "\(printed)")
        let outside = try #require(loaded.diagnostics("XLS030").first)
        #expect(outside.location?.description == "data/undersokelse-svar.xlsx: ark Form1, celle H2")
        #expect(outside.found == nil)
    }

    @Test func aControlCharacterInAWorkbookCellIsReplacedAtItsCell() throws {
        let project = ProjectCopy()
        project.remove("data/avvik.csv")
        project.write("data/avvik.xlsx", bytes: Self.workbook([["år", "kategori", "antall"], ["2025", "frist_x001B_[31mbrudd", "3"]]))
        let loaded = project.load()
        #expect(loaded.diagnostics("INN124").map { $0.location?.description } == ["data/avvik.xlsx: ark Ark1, celle B2"])
        #expect(loaded.data?.deviations.map(\.category) == ["frist\u{FFFD}[31mbrudd"])
    }
}
