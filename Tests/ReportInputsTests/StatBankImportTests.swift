import Foundation
import ReportInputs
import ReportModel
import SourceText
import Testing

/// The sample's KOSTRA figures come from three downloads in `data/ssb/` (JSON-stat2 from tables 12286 and 12275,
/// «semikolonseparert med overskrift» from table 12279), next to the service's own figures in `indikatorer.csv`.
@Suite struct StatBankImportTests {
    static let undersokelse = "data/ssb/12286-barn-med-undersokelse.json"
    static let tiltak = "data/ssb/12275-barn-med-tiltak.json"
    static let utgifter = "data/ssb/12279-utgifter-barnevern.csv"

    func row(_ data: ReportData?, _ id: String, _ year: Int, _ level: IndicatorLevel = .municipality) -> IndicatorRow? {
        data?.indicators.first { $0.id == id && $0.year == year && $0.level == level }
    }

    @Test func theSampleTakesItsKostraFiguresFromSSBAndItsOwnFromIndikatorerCSV() throws {
        let loaded = ProjectCopy().load()
        #expect(loaded.diagnostics.isEmpty)
        let data = try #require(loaded.data)
        let share = try #require(row(data, "barn_med_undersokelse_andel", 2025))
        #expect(share.value == 4.4)
        #expect(share.provenance == Provenance(source: "SSB tabell 12286", status: .preliminary))
        #expect(row(data, "barn_med_undersokelse_andel", 2024)?.provenance.status == .final)
        #expect(row(data, "barn_med_tiltak_andel", 2025, .county)?.value == 3.5)
        #expect(row(data, "barn_med_tiltak", 2025)?.value == 243)
        // A count is the municipality's only: the group's total says nothing about Fjordvik.
        #expect(data.indicators.filter { $0.id == "barn_med_tiltak" }.map(\.level) == Array(repeating: .municipality, count: 5))
        let notYet = try #require(row(data, "andel_f251", 2025, .kostraGroup))
        #expect(notYet.value == nil)
        #expect(notYet.provenance == Provenance(source: "SSB tabell 12279", status: .preliminary,
                                                note: "Ikke publisert av SSB ennå: oppgave mangler foreløpig (...)"))
        #expect(row(data, "brutto_f244_per_barn", 2023, .country)?.value == 53_400)
        #expect(row(data, "fylkesnemnd_saker", 2025)?.provenance.source == "internt (fagsystem)")
        #expect(data.indicators.count == 235)
    }

    @Test func aTypedFigureEqualToSSBsIsKeptOnceWithItsCounts() throws {
        let project = ProjectCopy()
        project.appendRow("barn_med_undersokelse_andel;2025;kommune;4,4;prosent;292;6590;KOSTRA;foreløpig;", to: "data/indikatorer.csv")
        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty, "\(project.printed(loaded))")
        let rows = try #require(loaded.data).indicators.filter { $0.id == "barn_med_undersokelse_andel" && $0.year == 2025 && $0.level == .municipality }
        #expect(rows.count == 1)
        #expect(rows.first?.numerator == 292)
        #expect(rows.first?.denominator == 6590)
        #expect(rows.first?.provenance.source == "SSB tabell 12286")
    }

    @Test func aTypedFigureThatDisagreesIsAWarningNamingBothFilesAndSSBsFigureIsUsed() throws {
        let project = ProjectCopy()
        project.appendRow("barn_med_undersokelse_andel;2025;kommune;4,6;prosent;;;KOSTRA;foreløpig;", to: "data/indikatorer.csv")
        let loaded = project.load()
        #expect(DiagnosticFormatter().format(loaded.diagnostics) == """
            data/indikatorer.csv:167:42: advarsel[INN157]: data/indikatorer.csv og data/ssb/12286-barn-med-undersokelse.json har ulike tall for «barn_med_undersokelse_andel» 2025 (kommune). Tallet fra SSB er brukt.
              fant «4,6 i data/indikatorer.csv, 4,4 i data/ssb/12286-barn-med-undersokelse.json», forventet samme tall i begge filene, eller raden fjernet fra data/indikatorer.csv
             167 | barn_med_undersokelse_andel;2025;kommune;4,6;prosent;;;KOSTRA;foreløpig;
                 |                                          ^
            """)
        #expect(loaded.isValid)
        #expect(row(loaded.data, "barn_med_undersokelse_andel", 2025)?.value == 4.4)
    }

    @Test func aFigureWithheldBySSBIsNeverShownAsANumber() throws {
        let project = ProjectCopy()
        // Fjordvik's 2025 share withheld (`:`), and the leader's typed figure for it.
        project.replace("4.2,4.4,3.8", with: "4.2,null,3.8", in: Self.undersokelse)
        project.replace("\"value\":", with: "\"status\":{\"4\":\":\"},\"value\":", in: Self.undersokelse)
        project.appendRow("barn_med_undersokelse_andel;2025;kommune;4,4;prosent;292;6590;KOSTRA;foreløpig;", to: "data/indikatorer.csv")
        let loaded = project.load()
        let warning = try #require(loaded.diagnostics("INN157").first)
        #expect(warning.found == "4,4 i data/indikatorer.csv, ingen verdi (Prikket av SSB: tallet kan ikke offentliggjøres (:)) i data/ssb/12286-barn-med-undersokelse.json")
        let data = try #require(loaded.data)
        let withheld = try #require(row(data, "barn_med_undersokelse_andel", 2025))
        #expect(withheld.value == nil)
        #expect(withheld.numerator == nil)
        #expect(withheld.provenance.note == "Prikket av SSB: tallet kan ikke offentliggjøres (:)")
        let figure = try #require(ComputedReport(data: data).indicators.first { $0.entry.id == "barn_med_undersokelse_andel" }).municipality.figure(2025)
        #expect(figure.visibleValue == nil)
        #expect(figure.text(Phrasebook(.bokmål)) == "mangler")
        #expect(figure.provenance.note == "Prikket av SSB: tallet kan ikke offentliggjøres (:)")
    }

    @Test func rerunningAfterTheFifteenthOfJuneReplacesPreliminaryWithFinalFigures() throws {
        let project = ProjectCopy()
        #expect(row(project.load().data, "barn_med_undersokelse_andel", 2025)?.provenance.status == .preliminary)
        // The same tables downloaded again on 16 June, with a revised figure.
        project.replace("2026-03-16T07:00:00Z", with: "2026-06-16T07:00:00Z", in: Self.undersokelse)
        project.replace("2026-03-16T07:00:00Z", with: "2026-06-16T07:00:00Z", in: Self.tiltak)
        project.replace("4.2,4.4,3.8", with: "4.2,4.5,3.8", in: Self.undersokelse)
        var loaded = project.load()
        #expect(row(loaded.data, "barn_med_undersokelse_andel", 2025)?.provenance == Provenance(source: "SSB tabell 12286", status: .final))
        #expect(row(loaded.data, "barn_med_undersokelse_andel", 2025)?.value == 4.5)
        #expect(row(loaded.data, "barn_med_tiltak", 2025)?.provenance.status == .final)
        // The settings still say preliminary: the report's text would say so of final figures.
        #expect(DiagnosticFormatter().format(loaded.diagnostics) == """
            data/ssb/12275-barn-med-tiltak.json:1:1: advarsel[INN159]: SSB-tallene for 2025 i data/ssb/12275-barn-med-tiltak.json er endelige (tabellen er oppdatert etter 15. juni), men tilstandsrapport.txt sier at KOSTRA-tallene er foreløpige.
              fant «kostra-status: foreløpig», forventet kostra-status: endelig, så rapporten ikke kaller tallene foreløpige
            data/ssb/12286-barn-med-undersokelse.json:1:1: advarsel[INN159]: SSB-tallene for 2025 i data/ssb/12286-barn-med-undersokelse.json er endelige (tabellen er oppdatert etter 15. juni), men tilstandsrapport.txt sier at KOSTRA-tallene er foreløpige.
              fant «kostra-status: foreløpig», forventet kostra-status: endelig, så rapporten ikke kaller tallene foreløpige
            """)
        project.replace("kostra-status: foreløpig", with: "kostra-status: endelig", in: "tilstandsrapport.txt")
        loaded = project.load()
        #expect(loaded.diagnostics.isEmpty, "\(project.printed(loaded))")
        // The CSV download has no update time: its newest year follows the setting.
        #expect(row(loaded.data, "andel_f251", 2025)?.provenance.status == .final)
        let computed = ComputedReport(data: try #require(loaded.data))
        #expect(computed.indicators.first { $0.entry.id == "barn_med_undersokelse_andel" }?.municipality.figure(2025).isPreliminary == false)
    }

    @Test func twoDownloadsThatDisagreeUseTheFinalOneAndSaySo() throws {
        let project = ProjectCopy()
        let newer = project.text(Self.undersokelse).replacingOccurrences(of: "2026-03-16T07:00:00Z", with: "2026-06-16T07:00:00Z")
            .replacingOccurrences(of: "4.2,4.4,3.8", with: "4.2,4.5,3.8")
        project.write("data/ssb/12286-juni.json", newer)
        let loaded = project.load()
        let warnings = loaded.diagnostics("INN158")
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.file == Self.undersokelse)
        #expect(warnings.first?.found == "4,5 i data/ssb/12286-juni.json, 4,4 i data/ssb/12286-barn-med-undersokelse.json")
        #expect(row(loaded.data, "barn_med_undersokelse_andel", 2025)?.value == 4.5)
        #expect(row(loaded.data, "barn_med_undersokelse_andel", 2025)?.provenance.status == .final)
        // The other years are the same in both: one row each, no warning.
        #expect(loaded.data?.indicators.filter { $0.id == "barn_med_undersokelse_andel" }.count == 15)
    }

    @Test func aFileInTheFolderThatIsNoDownloadIsIgnoredWithAWarning() {
        let project = ProjectCopy()
        project.write("data/ssb/notater.docx", "Husk å laste ned etter 15. juni")
        let loaded = project.load()
        #expect(DiagnosticFormatter().format(loaded.diagnostics) == """
            data/ssb/notater.docx:1:1: advarsel[INN160]: Filen er ikke en nedlasting fra statistikkbanken og blir ikke lest.
              fant «notater.docx», forventet filer som slutter på .json, .csv eller .xlsx (JSON-stat2, semikolonseparert med overskrift eller Excel)
            """)
    }

    @Test func aDamagedDownloadIsAnErrorAtItsPosition() {
        let project = ProjectCopy()
        project.replace("\"version\":\"2.0\",", with: "\"version\":\"2.0\"", in: Self.undersokelse)
        let loaded = project.load()
        #expect(loaded.data == nil)
        #expect(loaded.diagnostics.map(\.code) == ["SSB001"])
        #expect(loaded.diagnostics.first?.location?.description == "data/ssb/12286-barn-med-undersokelse.json:1:17")
    }

    @Test func theDownloadsAloneAreEnoughWithoutIndikatorerCSV() throws {
        let project = ProjectCopy()
        project.remove("data/indikatorer.csv")
        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty, "\(project.printed(loaded))")
        #expect(row(loaded.data, "barn_med_tiltak_andel", 2025)?.value == 3.7)
    }

    @Test func anotherMunicipalitysDownloadSaysSoAndIsNotUsed() throws {
        let project = ProjectCopy()
        project.replace("kommunenummer: 4699", with: "kommunenummer: 4601", in: "tilstandsrapport.txt")
        let loaded = project.load()
        #expect(loaded.diagnostics("INN155").map { $0.location?.file } == [Self.tiltak, Self.utgifter, Self.undersokelse])
        #expect(loaded.diagnostics("INN155").first?.expected == "region 4601 (kommunenummeret i tilstandsrapport.txt)")
        #expect(row(loaded.data, "barn_med_undersokelse_andel", 2025) == nil)
    }

    @Test func anIdentityNumberInADownloadStopsTheBuildWithoutBeingPrinted() {
        let number = IdentityNumberInputsTests.number
        let project = ProjectCopy()
        project.replace("\"Kjelde: Statistisk sentralbyrå\"", with: "\"Kontakt \(number)\"", in: Self.utgifter)
        let loaded = project.load()
        #expect(loaded.diagnostics("PER001").map { $0.location?.description } == ["data/ssb/12279-utgifter-barnevern.csv:11:10"])
        #expect(loaded.data == nil)
        #expect(!project.printed(loaded).contains(String(number.suffix(5))))
    }

    @Test func excelsOwnerFileBesideAnOpenWorkbookIsNoDownload() {
        let project = ProjectCopy()
        project.write("data/ssb/~$12279-utgifter-barnevern.xlsx", "Kari Aasland Nygård")
        let loaded = project.load()
        #expect(loaded.diagnostics.isEmpty, "\(project.printed(loaded))")
    }

    @Test func moreDownloadsThanTheLimitEndInAnError() {
        let project = ProjectCopy()
        // The sample has three downloads, so the 98th copy is the 101st download: the first one not read.
        for index in 0..<(101 - 3) { project.write("data/ssb/kopi-\(1000 + index).csv", project.text(Self.utgifter)) }
        let loaded = project.load()
        #expect(loaded.diagnostics("INN161").map { $0.location?.file } == ["data/ssb/kopi-1097.csv"])
        #expect(loaded.diagnostics("INN161").first?.found == "mer enn 100 filer")
    }

    @Test func aFigureOutOfRangeNamesTheRegionAndYear() {
        let project = ProjectCopy()
        project.replace("4.2,4.4,3.8", with: "4.2,140,3.8", in: Self.undersokelse)
        let loaded = project.load()
        #expect(loaded.data == nil)
        #expect(loaded.diagnostics("INN153").map(\.found) == ["140,0 for 4699 Fjordvik 2025"])
    }
}

/// Contact details in a free-text cell that spans lines are named by the record's spreadsheet row and the physical line.
@Suite struct CellPositionTests {
    @Test func aPhoneNumberOnTheSecondLineOfACellNamesRowAndLine() throws {
        let project = ProjectCopy()
        project.appendRow("2025;hjelpe_bedre;informasjon;Ville vite mer;3;\"Ny rutine.\r\nRing Kari på 41 00 00 00.\"", to: "data/medvirkning-tema.csv")
        let loaded = project.load()
        let hit = try #require(loaded.diagnostics("PER003").first)
        let rows = project.text("data/medvirkning-tema.csv").components(separatedBy: "\r\n").count - 2
        #expect(hit.location?.description == "data/medvirkning-tema.csv: rad \(rows) (linje \(rows + 1)), kolonne 14")
    }
}
