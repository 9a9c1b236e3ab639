import CSV
import Foundation
@testable import ReportInputs
import ReportModel
import SourceText
import Testing

/// One service for several councils (issue 15): the settings that declare it and the `kommune` column of the data,
/// each problem reported where it is written.
@Suite struct SharedServiceInputTests {
    static let settings = SettingsReaderTests.minimal + """
        tjeneste: Vestfjord barneverntjeneste
        samarbeidskommune: 4698; Li kommune; KOSTRA-gruppe 2; kommunestyre; 02.04.2026; 2026/41
        samarbeidskommune: 4697; Vang kommune; KOSTRA-gruppe 1

        """

    func read(_ text: String) -> (ReportSettings?, [Diagnostic]) {
        let read = SettingsReader.read(text, file: "tilstandsrapport.txt")
        return (read.settings, read.diagnostics)
    }

    @Test func theHostAndTwoCooperatingMunicipalities() throws {
        let (settings, diagnostics) = read(Self.settings)
        #expect(diagnostics.isEmpty)
        let service = try #require(settings?.service)
        #expect(service.name == "Vestfjord barneverntjeneste")
        #expect(service.members.map(\.number) == ["4699", "4698", "4697"])
        #expect(service.members.map(\.isHost) == [true, false, false])
        #expect(service.members[1] == MemberMunicipality(number: "4698", name: "Li kommune", kostraGroup: "KOSTRA-gruppe 2", body: "kommunestyre",
                                                          meetingDate: CalendarDate(year: 2026, month: 4, day: 2), caseNumber: "2026/41", isHost: false))
        // Left out: the body is the kommunestyre, no meeting or case number yet.
        #expect(service.members[2].body == "kommunestyre")
        #expect(service.members[2].meetingDate == nil)
        #expect(settings?.audience == .municipality)
    }

    @Test func aProjectWithoutCooperatingMunicipalitiesHasNoService() throws {
        let (settings, diagnostics) = read(SettingsReaderTests.minimal)
        #expect(diagnostics.isEmpty)
        #expect(try #require(settings).service == nil)
    }

    @Test(arguments: [
        ("samarbeidskommune: 46X8; Li kommune; KOSTRA-gruppe 2", 20, "46X8", "Kommunenummeret til samarbeidskommunen har ikke fire sifre."),
        ("samarbeidskommune: 4698; ; KOSTRA-gruppe 2", 26, "tomt felt", "Samarbeidskommunen mangler navn."),
        ("samarbeidskommune: 4698; Li kommune", 36, "tomt felt", "Samarbeidskommunen mangler kostragruppe."),
        ("samarbeidskommune: 4698; Li kommune; KOSTRA-gruppe 2; kommunestyre; 31.02.2026", 69, "31.02.2026",
         "Møtedatoen til samarbeidskommunen er ikke en dato."),
        ("samarbeidskommune: 4698; Li; K2; kommunestyre; 02.04.2026; 2026/1; ekstra", 68, "ekstra", "Linjen har flere felt enn en samarbeidskommune har."),
    ])
    func aBadMemberLineIsReportedAtItsField(_ line: String, _ column: Int, _ found: String, _ message: String) throws {
        let (settings, diagnostics) = read(SettingsReaderTests.minimal + "tjeneste: Vestfjord barneverntjeneste\n" + line + "\n")
        let hit = try #require(diagnostics.first { $0.code == "INN185" })
        #expect(hit.location == SourceLocation(file: "tilstandsrapport.txt", line: 8, column: column))
        #expect(hit.found == found)
        #expect(hit.message == message)
        #expect(hit.isError)
        #expect(settings?.service?.members.count == 1)
    }

    @Test func theHostListedAsCooperatingIsReported() throws {
        let (_, diagnostics) = read(SettingsReaderTests.minimal + "tjeneste: T\nsamarbeidskommune: 4699; Fjordvik kommune; KOSTRA-gruppe 7\n")
        let hit = try #require(diagnostics.first { $0.code == "INN186" })
        #expect(hit.location == SourceLocation(file: "tilstandsrapport.txt", line: 8, column: 20))
        #expect(hit.message == "Kommune 4699 står to ganger i tjenesten (først i kommunenummer:).")
    }

    @Test func cooperatingMunicipalitiesWithoutAServiceNameStopTheBuild() throws {
        let (settings, diagnostics) = read(SettingsReaderTests.minimal + "samarbeidskommune: 4698; Li kommune; KOSTRA-gruppe 2\n")
        let hit = try #require(diagnostics.first { $0.code == "INN187" })
        #expect(hit.isError)
        #expect(hit.message == "Tjenesten har samarbeidskommuner (linje 7), men ikke noe navn.")
        #expect(settings == nil)
    }

    // MARK: The `kommune` column

    static let service = MunicipalityColumn(own: "4699", members: ["4699", "4698", "4697"])
    static let header = "indikator;år;nivå;verdi;enhet;kilde;status;kommune\n"

    func indicators(_ rows: String, _ column: MunicipalityColumn = Self.service) throws -> ([IndicatorRow], [Diagnostic]) {
        let table = try #require(CSVReader().read(text: Self.header + rows, file: "data/indikatorer.csv").table)
        let read = IndicatorReader.read(table, municipalities: column)
        return (read.rows, read.diagnostics)
    }

    @Test func indicatorRowsCarryTheirMunicipality() throws {
        let (rows, diagnostics) = try indicators("""
            meldinger;2025;kommune;402;antall;KOSTRA;endelig;4699
            meldinger;2025;kommune;69;antall;KOSTRA;endelig;4697
            meldinger_henlagt_andel;2025;land;20,6;prosent;KOSTRA;endelig;

            """)
        #expect(diagnostics.isEmpty)
        #expect(rows.map(\.municipality) == ["4699", "4697", nil])
    }

    @Test func aMunicipalityOutsideTheServiceIsReportedAtItsCell() throws {
        let (rows, diagnostics) = try indicators("meldinger;2025;kommune;402;antall;KOSTRA;endelig;4601\n")
        let hit = try #require(diagnostics.first)
        #expect(hit.code == "INN188")
        #expect(hit.location == SourceLocation(file: "data/indikatorer.csv", line: 2, column: 50))
        #expect(hit.found == "4601")
        #expect(hit.expected == "et av kommunenumrene i tilstandsrapport.txt: 4699, 4698, 4697")
        #expect(rows.isEmpty)
    }

    @Test func aMunicipalityLevelRowWithoutItsMunicipalityIsAnErrorInAService() throws {
        let (_, diagnostics) = try indicators("meldinger;2025;kommune;402;antall;KOSTRA;endelig;\n")
        let hit = try #require(diagnostics.first)
        #expect(hit.code == "INN189")
        #expect(hit.message == "Tjenesten har flere kommuner, så en rad på nivået «kommune» må si hvilken kommune den gjelder.")
        #expect(hit.location?.line == 2)
    }

    @Test func oneMunicipalitysProjectAcceptsItsOwnNumberAndNoOther() throws {
        let own = MunicipalityColumn(own: "4699", members: nil)
        let (rows, diagnostics) = try indicators("meldinger;2025;kommune;402;antall;KOSTRA;endelig;4699\nmeldinger;2024;kommune;385;antall;KOSTRA;endelig;4698\n", own)
        #expect(rows.map(\.municipality) == [nil])
        let hit = try #require(diagnostics.first)
        #expect(hit.code == "INN189")
        #expect(hit.location == SourceLocation(file: "data/indikatorer.csv", line: 3, column: 50))
    }

    @Test func participationCountsEitherEachMemberOrTheWholeServiceNeverBoth() throws {
        let text = """
            år;metode;aldersgruppe;invitert;deltatt;kommune
            2025;hjelpe_bedre;6–12;40;30;4699
            2025;hjelpe_bedre;13–17;20;15;
            2025;ungdomspanel;13–17;12;7;

            """
        let table = try #require(CSVReader().read(text: text, file: "data/medvirkning.csv").table)
        let read = ParticipationReader.rows(table, municipalities: Self.service)
        #expect(read.rows.map(\.method) == [.helpBetter, .youthPanel])
        let hit = try #require(read.diagnostics.first)
        #expect(hit.code == "INN189")
        #expect(hit.location?.line == 3)
        #expect(hit.message == "Andre rader for hjelpe_bedre 2025 sier hvilken kommune de gjelder; denne gjør ikke det.")
    }
}

@Suite struct SharedServiceLimitTests {
    @Test func moreThanThirtyCooperatingMunicipalitiesAreRefused() throws {
        let lines = (0..<40).map { "samarbeidskommune: \(5000 + $0); Kommune \($0); KOSTRA-gruppe 1\n" }.joined()
        let read = SettingsReader.read(SettingsReaderTests.minimal + "tjeneste: Stor tjeneste\n" + lines, file: "tilstandsrapport.txt")
        let hit = try #require(read.diagnostics.first { $0.code == "INN185" })
        #expect(hit.message == "Tjenesten har flere enn 30 samarbeidskommuner; resten av linjene blir ikke lest.")
        #expect(hit.location?.line == 8 + 30)
        #expect(hit.isError)
    }
}
