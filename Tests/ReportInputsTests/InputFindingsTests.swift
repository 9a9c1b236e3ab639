import Foundation
import ReportInputs
import ReportModel
import SourceText
import Testing

/// The input-side findings of issue 16 (hostile and broken input) and issue 19 (error floods), one test each,
/// on a copy of the sample project with one thing changed.
@Suite struct InputFindingsTests {
    // MARK: Sane bounds

    /// 10^20 in a count column ended `check` and `build` with SIGILL; now it is a diagnostic naming the bound.
    @Test(arguments: [("data/indikatorer.csv", "meldinger;2025;kommune;402;antall;;;KOSTRA;foreløpig;", "meldinger;2025;kommune;402;antall;100000000000000000000;402;KOSTRA;foreløpig;"),
                      ("data/personale.csv", "2025;", "2025;1e20;")])
    func aCountOfTenToTheTwentyIsAnErrorNamingTheBound(file: String, old: String, new: String) throws {
        let project = ProjectCopy()
        if file.hasSuffix("personale.csv") {
            project.write(file, "år;ansatte_snitt;avganger;nytilsatte;sykefravær_prosent;korttid_prosent;langtid_prosent\r\n2025;100000000000000000000;4;5;8,9;3,1;5,8\r\n")
        } else {
            project.replace(old, with: new, in: file)
        }
        let loaded = project.load()
        let hit = try #require(loaded.diagnostics("INN013").first, "\(project.printed(loaded))")
        #expect(hit.location?.file == file)
        #expect(hit.found == "100000000000000000000")
        #expect(hit.expected == (file.hasSuffix("personale.csv") ? "et tall fra 0 til 100\u{00A0}000" : "et tall fra 0 til 10\u{00A0}000\u{00A0}000"))
        #expect(loaded.data == nil)
    }

    @Test func amountsAndSharesHaveBoundsToo() {
        let project = ProjectCopy()
        project.appendRow("netto_driftsutgifter_per_barn;2019;kommune;1000000000000000;kroner;;;KOSTRA;endelig;", to: "data/indikatorer.csv")
        project.appendRow("barn_med_tiltak_andel;2019;kommune;100,5;prosent;;;KOSTRA;endelig;", to: "data/indikatorer.csv")
        let loaded = project.load()
        #expect(loaded.diagnostics("INN013").map(\.expected) == ["et tall fra 0 til 100\u{00A0}000\u{00A0}000\u{00A0}000", "en andel mellom 0 og 100 %"])
    }

    // MARK: Values that disagree

    /// 59,0 given where teller ÷ nevner is 95,0: an error with both numbers, not a warning that prints the wrong one.
    @Test func aValueThatDisagreesWithItsOwnCountsIsAnErrorWithBothNumbers() throws {
        let project = ProjectCopy()
        project.appendRow("tiltaksplan_andel;2019;kommune;59,0;prosent;19;20;Fagsystemet;endelig;", to: "data/indikatorer.csv")
        let loaded = project.load()
        let hit = try #require(loaded.diagnostics("INN033").first)
        #expect(hit.isError)
        #expect(hit.message == "Verdien stemmer ikke med teller og nevner: oppgitt 59,0, men 19 av 20 er 95,0 %.")
        #expect(hit.expected == "95,0 (teller ÷ nevner × 100), eller rett telleren eller nevneren")
        #expect(loaded.data == nil)
    }

    @Test func moreFilledThanBudgetedFTEIsAWarningWithBothNumbers() throws {
        let project = ProjectCopy()
        project.replace("2021;leder;4,0;4,0;0,0", with: "2021;leder;4,0;5,5;0,0", in: "data/bemanning.csv")
        let loaded = project.load()
        let hit = try #require(loaded.diagnostics("INN023").first, "\(project.printed(loaded))")
        #expect(hit.severity == .warning)
        #expect(hit.location == SourceLocation(file: "data/bemanning.csv", line: 2, column: 16))
        #expect(hit.found == "5,5 besatte, 4,0 hjemlede")
    }

    // MARK: SSB's symbols

    @Test(arguments: [("..", "oppgave mangler"), (".", "tall kan ikke forekomme"), (":", "vises ikke av konfidensialitetshensyn"),
                      ("...", "oppgave mangler foreløpig"), ("-", "null")])
    func anSSBSymbolInVerdiSaysWhatToWriteInstead(symbol: String, meaning: String) throws {
        let project = ProjectCopy()
        project.appendRow("meldinger;2019;land;\(symbol);antall;;;SSB;endelig;", to: "data/indikatorer.csv")
        let loaded = project.load()
        let hit = try #require(loaded.diagnostics("INN017").first, "\(project.printed(loaded))")
        #expect(hit.message == "Verdien er SSB-symbolet «\(symbol)» (\(meaning)), ikke et tall.")
        if symbol == "-" {
            #expect(hit.expected == "0, som er det SSB mener med «-»")
        } else {
            #expect(hit.expected == "en tom celle: et tall som mangler, skal stå tomt, og rapporten viser det som manglende")
        }
        #expect(loaded.diagnostics("INN011").isEmpty)
    }

    // MARK: Settings errors do not hide the chapter list

    /// `rapportår: 2O25` used to skip every `kapitler:` check; INN076 pointed at 1:1 without a suggestion, INN075
    /// told the leader to create `tekster/økonomi.md`, and INN077 said an own chapter's text was unused.
    @Test func aSettingsErrorDoesNotSkipTheChapterChecks() throws {
        let project = ProjectCopy()
        project.replace("rapportår: 2025", with: "rapportår: 2O25", in: "tilstandsrapport.txt")
        project.replace("# kapitler: leseveiledning", with: "kapitler: leseveiledning, økonomi, tillitsvalgte, forebygging, ettervern, vedlegg\n# x", in: "tilstandsrapport.txt")
        project.write("tekster/ettervern.md", "---\ntittel: Ettervern\nansvarlig: Kari\nstatus: utkast\n---\nTekst.\n")
        let loaded = project.load()
        let line = project.text("tilstandsrapport.txt").components(separatedBy: "\n").firstIndex { $0.hasPrefix("kapitler:") }.map { $0 + 1 }
        #expect(loaded.diagnostics("INN009").count == 1)
        let unknown = loaded.diagnostics("INN076")
        #expect(unknown.map(\.found) == ["økonomi", "tillitsvalgte", "forebygging"])
        #expect(unknown.map { $0.location?.line } == [line, line, line])
        #expect(unknown.map { $0.location?.column } == [27, 36, 51])
        #expect(unknown[0].expected == "et kapittel fra listen i README (mente du «okonomi»?)")
        #expect(unknown[1].expected == "et kapittel fra listen i README (mente du «bemanning-tillitsvalgte»?)")
        #expect(unknown[2].expected == "et kapittel fra listen i README, eller et eget kapittel med teksten i tekster/forebygging.md")
        #expect(!project.printed(loaded).contains("tekster/økonomi.md"))
        #expect(!loaded.diagnostics("INN077").contains { $0.found == "ettervern" })
        #expect(loaded.chapterOrder == ["leseveiledning", "økonomi", "tillitsvalgte", "forebygging", "ettervern", "vedlegg"])
    }

    // MARK: Survey columns

    /// INN045 said columns were missing from the question file when they were there and only their rows had errors.
    @Test func aSurveyColumnWhoseQuestionRowHadAnErrorIsNotCalledUnknown() throws {
        let project = ProjectCopy()
        project.replace("Tilgjengelighet;enighet5", with: "Tilgjengelighet;enighet7", in: "data/undersokelse-sporsmal.csv")
        let loaded = project.load()
        #expect(loaded.diagnostics("INN042").count == 1)
        #expect(loaded.diagnostics("INN045").isEmpty, "\(project.printed(loaded))")
    }

    // MARK: Empty texts

    @Test(arguments: ["", "\n\n", "\u{FEFF}", " \u{200B}\n"])
    func anEmptyChapterTextSaysTheFileIsEmpty(content: String) throws {
        let project = ProjectCopy()
        project.write("tekster/vedlegg.md", content)
        let loaded = project.load()
        let hit = try #require(loaded.diagnostics.first { $0.location?.file == "tekster/vedlegg.md" })
        #expect(hit.code == "INN114")
        #expect(DiagnosticFormatter().format(hit) == "tekster/vedlegg.md:1:1: feil[INN114]: Filen er tom.\n  fant «ingen tekst», forventet tekst (eller slett filen hvis den ikke skal brukes)")
    }

    // MARK: Control characters

    @Test func controlCharactersInATitleAndACellAreReplacedWithAWarningAtTheirPosition() throws {
        let project = ProjectCopy()
        project.replace("tittel: Økonomi", with: "tittel: Øk\u{1B}[31monomi\u{07}", in: "tekster/okonomi.md")
        project.replace("2023;fristbrudd", with: "2023;frist\u{9B}brudd", in: "data/avvik.csv")
        project.replace("Det er lett", with: "Det er \u{202E}lett", in: "data/undersokelse-sporsmal.csv")
        let loaded = project.load()
        let controls = loaded.diagnostics("INN124")
        #expect(controls.map { $0.location.map(String.init(describing:)) } == ["data/avvik.csv:2:11", "tekster/okonomi.md:2:11", "tekster/okonomi.md:2:21"])
        #expect(controls.map(\.found) == ["U+009B", "U+001B (ESC)", "U+0007 (BEL)"])
        #expect(controls.allSatisfy { $0.severity == .warning })
        let bidi = try #require(loaded.diagnostics("INN125").first)
        #expect(bidi.found == "U+202E (RLO)")
        #expect(bidi.location?.file == "data/undersokelse-sporsmal.csv")
        #expect(loaded.texts["okonomi"]?.title == "Øk\u{FFFD}[31monomi\u{FFFD}")
        let printed = project.printed(loaded)
        #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
    }

    // MARK: Floods

    /// 51 200 bad years: INN014 says the real rule, and the first 20 are followed by one line with the rest.
    @Test func fiftyOneThousandBadYearsGiveTwentyDiagnosticsAndOneLine() throws {
        let project = ProjectCopy()
        var text = "år;kategori;antall\r\n2025;fristbrudd;9\r\n"
        for index in 0..<51_200 { text += "1926;kategori \(index);1\r\n" }
        project.write("data/avvik.csv", text)
        let loaded = project.load()
        let years = loaded.diagnostics("INN014")
        #expect(years.count == 21)
        #expect(years[0].message == "Året er ikke gyldig.")
        #expect(years[0].expected == "et årstall fra 1990 til 2100, for eksempel 2025")
        #expect(years[19].location?.line == 22)
        #expect(years[20].location == nil)
        #expect(years[20].message == "… og 51\u{00A0}180 til av samme slag i data/avvik.csv.")
        #expect(years[20].isError)
        let printed = project.printed(loaded)
        #expect(printed.components(separatedBy: "\n").contains("feil[INN014]: … og 51\u{00A0}180 til av samme slag i data/avvik.csv."))
        #expect(printed.utf8.count < 20_000)
    }

    /// Every file's diagnostics come in line order, whichever rule found them.
    @Test func diagnosticsOfAFileAreInLineOrder() {
        let project = ProjectCopy()
        project.appendRow("meldinger;2019;land;..;antall;;;SSB;endelig;Ring 91234567", to: "data/indikatorer.csv")
        project.replace("innbyggere_0_17;2021;kommune;6712", with: "innbyggere_0_17;2021;kommune;-1", in: "data/indikatorer.csv")
        let loaded = project.load()
        let lines = loaded.diagnostics.filter { $0.location?.file == "data/indikatorer.csv" }.compactMap { $0.location.map { [$0.line, $0.column] } }
        #expect(lines == lines.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(lines.count == 3)
    }

    // MARK: Links, folders and files that are not files

    @Test func aBrokenDataLinkIsReportedAsABrokenLink() throws {
        let project = ProjectCopy()
        try FileManager.default.removeItem(atPath: project.path("data/avvik.csv"))
        try FileManager.default.createSymbolicLink(atPath: project.path("data/avvik.csv"), withDestinationPath: "/mnt/fellesdisk/avvik.csv")
        let loaded = project.load()
        let hit = try #require(loaded.diagnostics.first { $0.location?.file == "data/avvik.csv" })
        #expect(DiagnosticFormatter().format(hit) == """
            data/avvik.csv:1:1: feil[INN099]: Dette er en lenke (snarvei) til noe som ikke finnes (er en delt mappe eller disk koblet fra?).
              fant «lenke til «/mnt/fellesdisk/avvik.csv»», forventet en fil eller en lenke til en fil som finnes
            """)
        #expect(loaded.diagnostics("INN096").isEmpty)
    }

    @Test(arguments: ["tekster", "data"])
    func aMissingOrPlainFileOrDanglingFolderIsAnError(folder: String) throws {
        for variant in ["missing", "file", "link"] {
            let project = ProjectCopy()
            try FileManager.default.removeItem(atPath: project.path(folder))
            switch variant {
            case "file": project.write(folder, "ikke en mappe\n")
            case "link": try FileManager.default.createSymbolicLink(atPath: project.path(folder), withDestinationPath: "/mnt/ikke-koblet-til/\(folder)")
            default: break
            }
            let loaded = project.load()
            let codes = loaded.diagnostics.filter { $0.location?.file == folder + "/" }.map(\.code)
            let expected = ["missing": "INN110", "file": "INN111", "link": "INN099"][variant] ?? ""
            #expect(codes == [expected], "\(folder) \(variant): \(project.printed(loaded))")
            #expect(!loaded.isValid)
            #expect(loaded.data == nil)
            // One error for the folder, not one per file inside it.
            #expect(loaded.diagnostics("INN096").isEmpty)
            #expect(loaded.diagnostics("INN075").isEmpty)
        }
    }

    /// A file name is printed in messages; one with an escape sequence must not reach the terminal.
    @Test func aTextWhoseNameHoldsControlCharactersIsNamedSafely() throws {
        let project = ProjectCopy()
        project.write("tekster/x\u{1B}]0;hei\u{07}.md", "---\ntittel: T\nansvarlig: A\nstatus: utkast\n---\n")
        let loaded = project.load()
        let printed = project.printed(loaded)
        #expect(printed.contains("tekster/x\u{FFFD}]0;hei\u{FFFD}.md:1:1: advarsel[INN077]"), "\(printed)")
        #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
