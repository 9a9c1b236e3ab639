import CSV
import Foundation
@testable import ReportInputs
import ReportModel
import SourceText
import Testing

/// The readers one by one, on small inputs written here.
@Suite struct SettingsReaderTests {
    static let minimal = """
        kommune: Fjordvik kommune
        kommunenummer: 4699
        rapportår: 2025
        organ: kommunestyre
        kostragruppe: KOSTRA-gruppe 7
        forfatter: Kari Aasland Nygård; barnevernleder

        """

    func read(_ text: String) -> (ReportSettings?, [Diagnostic]) {
        let read = SettingsReader.read(text, file: "tilstandsrapport.txt")
        return (read.settings, read.diagnostics)
    }

    @Test func theSampleSettings() throws {
        let text = try String(contentsOf: SampleProjectTests.sample.appendingPathComponent("tilstandsrapport.txt"), encoding: .utf8)
        let (settings, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        let parsed = try #require(settings)
        #expect(parsed.municipality == "Fjordvik kommune")
        #expect(parsed.municipalityNumber == "4699")
        #expect(parsed.year == 2025)
        #expect(parsed.meetingDate == CalendarDate(year: 2026, month: 3, day: 26))
        #expect(parsed.caseNumber == "2026/114")
        #expect(parsed.kostraStatus == .preliminary)
        #expect(parsed.language == .bokmål)
        #expect(parsed.threshold == 5)
        #expect(parsed.authors == [Author(name: "Kari Aasland Nygård", role: "barnevernleder"), Author(name: "Espen Lie Strand", role: "rådgiver")])
        // The kapitler line is commented out: standard order.
        #expect(parsed.chapterOrder == nil)
    }

    @Test func authorsKeepTheirOrderAndARoleMayHoldCommas() throws {
        let (settings, diagnostics) = read(Self.minimal + "forfatter:  Ola Nordmann ;  rådgiver, stab  \n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(settings).authors == [Author(name: "Kari Aasland Nygård", role: "barnevernleder"),
                                                   Author(name: "Ola Nordmann", role: "rådgiver, stab")])
    }

    @Test func anAuthorWithoutARoleIsAnError() throws {
        let (_, diagnostics) = read(Self.minimal + "forfatter: Ola Nordmann\n")
        let hit = try #require(diagnostics.first { $0.code == "INN003" })
        #expect(hit.location == SourceLocation(file: "tilstandsrapport.txt", line: 7, column: 12))
        #expect(hit.found == "Ola Nordmann")
    }

    @Test func noAuthorIsAWarning() throws {
        let text = Self.minimal.replacingOccurrences(of: "forfatter: Kari Aasland Nygård; barnevernleder\n", with: "")
        let (settings, diagnostics) = read(text)
        #expect(settings != nil)
        #expect(diagnostics.map(\.code) == ["INN008"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func chapterOrderIsReadAndADuplicateIsAnError() throws {
        let (settings, diagnostics) = read(Self.minimal + "kapitler: leseveiledning,  bemanning ,vedlegg,\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(settings).chapterOrder == ["leseveiledning", "bemanning", "vedlegg"])

        let (_, twice) = read(Self.minimal + "kapitler: bemanning, tilstand, bemanning\n")
        #expect(twice.map(\.code) == ["INN104"])
        #expect(twice.first?.found == "bemanning")
    }

    @Test(arguments: ["2", "0", "-5", "fem", "2,5", ""])
    func aThresholdBelowThreeOrNotANumberIsRejected(value: String) throws {
        let (settings, diagnostics) = read(Self.minimal + "prikkegrense: \(value)\n")
        let hit = try #require(diagnostics.first { $0.code == "INN102" })
        #expect(hit.isError)
        #expect(hit.found == value)
        #expect(hit.location?.line == 7)
        // The default stays in force in what was read.
        #expect(settings?.threshold ?? 5 == 5)
    }

    @Test(arguments: [3, 5, 10])
    func aThresholdOfThreeOrMoreIsUsed(value: Int) throws {
        let (settings, diagnostics) = read(Self.minimal + "prikkegrense: \(value)\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(settings).threshold == value)
    }

    @Test func keysIgnoreCaseAndSpacesAndCommentsAndBlankLinesAreSkipped() throws {
        let text = """
            # kommentar: med kolon
            KOMMUNE :   Fjordvik kommune
              kommunenummer:4699

            Rapportår: 2025
            organ: oppvekstutvalg
            kostragruppe: KOSTRA-gruppe 7
            målform: NN
            kostra-status: endelig
            forfatter: A; B

            """
        let (settings, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        let parsed = try #require(settings)
        #expect(parsed.municipality == "Fjordvik kommune")
        #expect(parsed.body == "oppvekstutvalg")
        #expect(parsed.language == .nynorsk)
        #expect(parsed.kostraStatus == .final)
        #expect(parsed.meetingDate == nil)
        #expect(parsed.caseNumber == nil)
    }

    @Test func crlfLineEndingsGiveTheSameLines() throws {
        let (settings, diagnostics) = read(Self.minimal.replacingOccurrences(of: "\n", with: "\r\n") + "prikkegrense: 2\r\n")
        #expect(settings != nil)
        #expect(diagnostics.first?.location?.line == 7)
    }

    @Test func aLineWithoutAColonIsAnError() throws {
        let (_, diagnostics) = read(Self.minimal + "saksnummer 2026/114\n")
        let hit = try #require(diagnostics.first)
        #expect(hit.code == "INN001")
        #expect(hit.location == SourceLocation(file: "tilstandsrapport.txt", line: 7, column: 1))
        #expect(hit.excerpt == "saksnummer 2026/114")
    }

    @Test func anUnknownKeyGetsASuggestion() throws {
        let (_, diagnostics) = read(Self.minimal + "prikkegrensen: 5\nfarge: blå\n")
        #expect(diagnostics.map(\.code) == ["INN002", "INN002"])
        #expect(diagnostics[0].expected?.hasPrefix("«prikkegrense»") == true)
        #expect(diagnostics[1].expected?.hasPrefix("én av:") == true)
    }

    @Test(arguments: ["469", "46999", "46O9", "", "4 699"])
    func aBadMunicipalityNumberStopsTheSettings(value: String) {
        let (settings, diagnostics) = read(Self.minimal.replacingOccurrences(of: "kommunenummer: 4699", with: "kommunenummer: \(value)"))
        #expect(settings == nil)
        #expect(diagnostics.contains { $0.code == "INN006" || $0.code == "INN005" })
        #expect(diagnostics.containsErrors)
    }

    @Test func aRepeatedKeyIsAnErrorAndTheFirstIsKept() throws {
        let (settings, diagnostics) = read(Self.minimal + "kommune: Annen kommune\n")
        #expect(diagnostics.map(\.code) == ["INN004"])
        #expect(diagnostics.first?.expected?.contains("linje 1") == true)
        #expect(settings?.municipality == "Fjordvik kommune")
    }

    @Test func aMissingRequiredKeyIsAnError() {
        let (settings, diagnostics) = read(Self.minimal.replacingOccurrences(of: "organ: kommunestyre\n", with: ""))
        #expect(settings == nil)
        #expect(diagnostics.map(\.code) == ["INN005"])
        #expect(diagnostics.first?.message.contains("organ") == true)
    }

    @Test func badDatesLanguagesAndStatusesAreErrors() {
        let (_, diagnostics) = read(Self.minimal + "møtedato: 31.02.2026\nmålform: en\nkostra-status: ferdig\n")
        // One code per problem (INN006 is only the municipality number).
        #expect(diagnostics.map(\.code) == ["INN100", "INN101", "INN103"])
        #expect(diagnostics.map(\.found) == ["31.02.2026", "en", "ferdig"])
    }
}

@Suite struct ChapterTextReaderTests {
    @Test func theUnionRepresentativesListTheirAuthors() throws {
        let text = """
            ---
            tittel: De tillitsvalgtes vurdering
            ansvarlig: Marte Vik Sunde
            status: godkjent
            forfatter: Marte Vik Sunde; hovedtillitsvalgt, FO Fjordvik
            forfatter: Rune Bakketun; plasstillitsvalgt, Fagforbundet Fjordvik
            ---
            Vi er glade.

            ### Arbeidsbelastningen
            """
        let (chapter, diagnostics) = ChapterTextReader.read(text, id: "bemanning-tillitsvalgte", file: "tekster/bemanning-tillitsvalgte.md")
        #expect(diagnostics.isEmpty)
        let parsed = try #require(chapter)
        #expect(parsed.authors == [Author(name: "Marte Vik Sunde", role: "hovedtillitsvalgt, FO Fjordvik"),
                                   Author(name: "Rune Bakketun", role: "plasstillitsvalgt, Fagforbundet Fjordvik")])
        #expect(parsed.title == "De tillitsvalgtes vurdering")
        #expect(parsed.responsible == "Marte Vik Sunde")
        #expect(parsed.status == .approved)
        #expect(parsed.bodyLine == 8)
        #expect(parsed.markdown == "Vi er glade.\n\n### Arbeidsbelastningen")
    }

    @Test func theSampleUnionTextIsRead() throws {
        let url = SampleProjectTests.sample.appendingPathComponent("tekster/bemanning-tillitsvalgte.md")
        let (chapter, diagnostics) = ChapterTextReader.read(try String(contentsOf: url, encoding: .utf8), id: "bemanning-tillitsvalgte", file: "x")
        #expect(diagnostics.isEmpty)
        #expect(chapter?.authors.map(\.name) == ["Marte Vik Sunde", "Rune Bakketun"])
    }

    @Test func aByteOrderMarkAndCRLFAreAccepted() throws {
        let text = "\u{FEFF}---\r\ntittel: Økonomi\r\nansvarlig: Kari\r\nstatus: Til gjennomlesing\r\n---\r\nTekst.\r\n"
        let (chapter, diagnostics) = ChapterTextReader.read(text, id: "okonomi", file: "tekster/okonomi.md")
        #expect(diagnostics.isEmpty)
        #expect(chapter?.status == .inReview)
        #expect(chapter?.title == "Økonomi")
    }

    @Test func anAuthorWithoutRoleIsAnError() throws {
        let text = "---\ntittel: T\nansvarlig: A\nstatus: utkast\nforfatter: Rune Bakketun\n---\n"
        let (_, diagnostics) = ChapterTextReader.read(text, id: "x", file: "tekster/x.md")
        #expect(diagnostics.map(\.code) == ["INN003"])
        #expect(diagnostics.first?.location == SourceLocation(file: "tekster/x.md", line: 5, column: 12))
    }

    @Test func frontMatterProblems() {
        let noEnd = ChapterTextReader.read("---\ntittel: T\nansvarlig: A\nstatus: utkast\nTekst", id: "x", file: "f")
        #expect(noEnd.0 == nil)
        #expect(noEnd.1.map(\.code) == ["INN071"])

        let unknownField = ChapterTextReader.read("---\ntittel: T\nansvarlig: A\nstatus: utkast\nfarge: blå\n---\n", id: "x", file: "f")
        #expect(unknownField.0 != nil)
        #expect(unknownField.1.map(\.code) == ["INN072"])
        #expect(unknownField.1.first?.location?.line == 5)

        let missing = ChapterTextReader.read("---\ntittel: T\nansvarlig: A\n---\nTekst", id: "x", file: "f")
        #expect(missing.0 == nil)
        #expect(missing.1.map(\.code) == ["INN073"])
        #expect(missing.1.first?.message.contains("status") == true)

        let empty = ChapterTextReader.read("", id: "x", file: "f")
        #expect(empty.1.map(\.code) == ["INN114"])
        #expect(empty.1.first?.message == "Filen er tom.")
    }
}

@Suite struct SurveyReaderTests {
    static let scaleCSV = "skala;svar;verdi\nenighet5;Helt enig;5\nenighet5;Delvis enig;4\nenighet5;Delvis uenig;2\nenighet5;Helt uenig;1\nenighet5;Vet ikke;\n"
    static let questionCSV = """
        spørsmål;type;kode;tema;skala
        Hvilken sektor jobber du i?;sektor;B01;Bakgrunn;
        Hva er din rolle?;rolle;B02;Bakgrunn;
        Det er lett å komme i kontakt med barneverntjenesten.;påstand;S01;Tilgjengelighet;enighet5
        Alt i alt er jeg fornøyd.;påstand;S02;Helhet;enighet5
        Hva bør bli bedre?;fritekst;F01;Bør bli bedre;

        """

    static func table(_ text: String, _ file: String) throws -> CSVTable {
        try #require(CSVReader().read(text: text, file: file).table)
    }

    /// Reads an export against the mapping above; `scanned` collects the cells given to the scanner.
    static func read(_ export: String) throws -> (SurveyData?, [Diagnostic], scanned: [String]) {
        let scales = SurveyReader.scales(try table(scaleCSV, "data/undersokelse-skala.csv"))
        #expect(scales.1.isEmpty)
        let questions = SurveyReader.questions(try table(questionCSV, "data/undersokelse-sporsmal.csv"), scales: scales.0)
        #expect(questions.1.isEmpty)
        var scanned: [String] = []
        let result = SurveyReader.responses(try table(export, "data/undersokelse-svar.csv"), questions: questions.0, named: questions.named,
                                            scales: scales.0, questionFile: "data/undersokelse-sporsmal.csv") { cell in scanned.append(cell.text) }
        return (result.0, result.1, scanned)
    }

    static let export = """
        ID;Starttidspunkt;Fullføringstidspunkt;E-post;Navn;Hvilken sektor jobber du i?;Hva er din rolle?;Det er lett å komme i kontakt med barneverntjenesten.;Alt i alt er jeg fornøyd.;Hva bør bli bedre?
        1;3.11.2025 11:17:30;3.11.2025 11:21:41;kari@skole.no;Kari Nordmann;Skole;Lærer;Helt enig;Delvis enig;Raskere svar
        2;3.11.2025 12:03:32;3.11.2025 12:11:17;ola@nav.no;Ola Nordmann;NAV;Veileder;Vet ikke;Helt uenig;

        """

    @Test func answersAreJoinedOnTheHeaderText() throws {
        let (survey, diagnostics, scanned) = try Self.read(Self.export)
        #expect(diagnostics.isEmpty)
        let data = try #require(survey)
        #expect(data.year == 2025)
        #expect(data.items.map(\.code) == ["S01", "S02"])
        #expect(data.responses == [
            SurveyResponse(sector: "Skole", role: "Lærer", answers: ["S01": "Helt enig", "S02": "Delvis enig"]),
            SurveyResponse(sector: "NAV", role: "Veileder", answers: ["S01": "Vet ikke", "S02": "Helt uenig"]),
        ])
        #expect(data.freeTextAnswers == 1)
        #expect(scanned == ["Raskere svar", ""])
    }

    @Test func columnsInAnotherOrderWithAnUnknownColumnGiveTheSameData() throws {
        let reordered = """
            Alt i alt er jeg fornøyd.;Hva er din rolle?;Navn;Ekstra kolonne fra Forms;Hvilken sektor jobber du i?;ID;Hva bør bli bedre?;E-post;Det er lett å komme i kontakt med barneverntjenesten.;Fullføringstidspunkt
            Delvis enig;Lærer;Kari Nordmann;x;Skole;1;Raskere svar;kari@skole.no;Helt enig;3.11.2025 11:21:41
            Helt uenig;Veileder;Ola Nordmann;y;NAV;2;;ola@nav.no;Vet ikke;3.11.2025 12:11:17

            """
        let (original, _, _) = try Self.read(Self.export)
        let (survey, diagnostics, _) = try Self.read(reordered)
        #expect(survey == original)
        #expect(diagnostics.map(\.code) == ["INN045"])
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.found == "Ekstra kolonne fra Forms")
        #expect(warning.location == SourceLocation(file: "data/undersokelse-svar.csv", line: 1, column: 50))
    }

    @Test func extraSpacesInAHeaderStillMatch() throws {
        let export = Self.export.replacingOccurrences(of: ";Alt i alt er jeg fornøyd.;", with: ";  Alt i alt er  jeg fornøyd. ;")
        let (survey, diagnostics, _) = try Self.read(export)
        #expect(diagnostics.isEmpty)
        #expect(survey?.responses.first?.answers["S02"] == "Delvis enig")
    }

    @Test func nameAndEmailColumnsNeverAffectAnything() throws {
        let changed = Self.export
            .replacingOccurrences(of: "kari@skole.no;Kari Nordmann", with: "01019012345@x.no;Helt enig")
            .replacingOccurrences(of: "ola@nav.no;Ola Nordmann", with: ";")
        let (original, originalDiagnostics, originalScanned) = try Self.read(Self.export)
        let (survey, diagnostics, scanned) = try Self.read(changed)
        #expect(survey == original)
        #expect(diagnostics == originalDiagnostics)
        #expect(scanned == originalScanned)
        // Without the columns at all, nothing changes either.
        let without = Self.export.split(separator: "\n").map { line in
            line.split(separator: ";", omittingEmptySubsequences: false).enumerated().filter { ![3, 4].contains($0.offset) }.map(\.element).joined(separator: ";")
        }.joined(separator: "\n")
        let (bare, bareDiagnostics, _) = try Self.read(without)
        #expect(bare == original)
        #expect(bareDiagnostics.isEmpty)
        // English Forms headers are metadata too.
        let english = Self.export.replacingOccurrences(of: "ID;Starttidspunkt;Fullføringstidspunkt;E-post;Navn", with: "ID;Start time;Completion time;Email;Name")
        let (fromEnglish, englishDiagnostics, _) = try Self.read(english)
        #expect(englishDiagnostics.isEmpty)
        #expect(fromEnglish?.responses == original?.responses)
        #expect(fromEnglish?.year == 2025)
    }

    @Test func aDiagnosticOnARowDoesNotPrintTheRespondentsNameOrEmail() throws {
        let export = Self.export.replacingOccurrences(of: "Skole;Lærer;Helt enig", with: "Skole;Lærer;Heilt enig")
        let (_, diagnostics, _) = try Self.read(export)
        let hit = try #require(diagnostics.first { $0.code == "INN047" })
        #expect(hit.found == "Heilt enig")
        #expect(hit.expected?.contains("«Helt enig», «Delvis enig», «Delvis uenig», «Helt uenig», «Vet ikke»") == true)
        let printed = DiagnosticFormatter().format(diagnostics)
                #expect(!printed.contains("Kari Nordmann"))
        #expect(!printed.contains("kari@skole.no"))
    }

    @Test func aQuestionMissingFromTheExportIsAnError() throws {
        let export = Self.export.replacingOccurrences(of: "Alt i alt er jeg fornøyd.", with: "Alt i alt er jeg fornøyd")
        let (_, diagnostics, _) = try Self.read(export)
        #expect(diagnostics.map(\.code).sorted() == ["INN045", "INN046"])
        let missing = try #require(diagnostics.first { $0.code == "INN046" })
        #expect(missing.location == SourceLocation(file: "data/undersokelse-sporsmal.csv", line: 5, column: 1))
    }

    @Test func theMappingFilesAreChecked() throws {
        let scales = SurveyReader.scales(try Self.table(Self.scaleCSV + "enighet5;Helt enig;5\n", "s.csv"))
        #expect(scales.1.map(\.code) == ["INN020"])
        #expect(scales.0["enighet5"]?.map(\.label) == ["Helt enig", "Delvis enig", "Delvis uenig", "Helt uenig", "Vet ikke"])
        #expect(scales.0["enighet5"]?.last?.value == nil)
        let questions = SurveyReader.questions(try Self.table("spørsmål;type;kode;skala\nA?;påstand;S01;\nB?;påstand;S02;ukjent\nC?;påstand;S01;enighet5\nD?;spørsmål;S04;\n", "q.csv"),
                                               scales: scales.0)
        #expect(questions.1.map(\.code) == ["INN041", "INN042", "INN015", "INN044"])
        #expect(questions.0.map(\.code) == ["S01"])
    }
}

@Suite struct PersonalDataInDiagnosticsTests {
    @Test func aLineWithAnIdentityNumberIsNotEchoedByAnotherDiagnostic() throws {
        let number = IdentityNumbers.valid("010190")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("echo-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SampleProjectTests.sample, to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        // A chapter text that lost its front matter and starts with a line holding the number.
        try "Barnet med fødselsnummer \(number) ble hørt.\n".write(to: root.appendingPathComponent("tekster/okonomi.md"), atomically: true, encoding: .utf8)
        let project = ProjectLoader().load(root)
        #expect(project.diagnostics.map(\.code).contains("PER001"))
        #expect(project.diagnostics.map(\.code).contains("INN070"))
        let printed = DiagnosticFormatter().format(project.diagnostics)
                #expect(!printed.contains(number))
    }
}
