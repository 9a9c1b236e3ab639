import Foundation
import ReportBuilding
import ReportInputs
import ReportModel
import SourceText
import Testing

/// Issue 15, item 3: the report compared with what last year's report printed (`data/fjorarets-tall.csv`).
@Suite struct LastYearsFiguresTests {
    static func html(_ build: PipelineBuild) -> String {
        String(decoding: build.files.first { $0.name.hasSuffix(".html") }?.bytes ?? [], as: UTF8.self)
    }

    /// Next year's project from the sample (2025), with 2026's rows added: every 2025 row again as 2026's.
    static func nextYear() -> YearToYearTests.NextYear {
        let sample = SampleCopy()
        let next = YearToYearTests.NextYear(from: sample.root)
        for file in ["data/bemanning.csv", "data/personale.csv", "data/indikatorer.csv", "data/medvirkning.csv", "data/avvik.csv"] {
            next.addRows(file, year: 2026)
        }
        return next
    }

    /// Sets the municipality's 2025 figure of `indicator` in `indikatorer.csv` (the row as the sample has it).
    static func setFigure(_ next: YearToYearTests.NextYear, _ indicator: String, from old: String, to new: String, status: String = "endelig") {
        next.edit("data/indikatorer.csv") {
            $0.replacingOccurrences(of: "\n\(indicator);2025;kommune;\(old);antall;;;KOSTRA;foreløpig;", with: "\n\(indicator);2025;kommune;\(new);antall;;;KOSTRA;\(status);")
        }
    }

    // MARK: The record init --fra writes

    @Test func initFromLastYearRecordsWhatItsReportPrintedWithHiddenFiguresAsPrinted() throws {
        let sample = SampleCopy()
        let made = ReportBuilder().nextYear(from: sample.root)
        let record = try #require(made.files.first { $0.name == "data/fjorarets-tall.csv" })
        #expect(record.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: record.bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.first == "indikator;år;nivå;verdi;status;rapportår")
        // The report year at every level it printed; the sample's own record (of the 2024 report) does not come along.
        #expect(lines.contains("meldinger;2025;kommune;402;foreløpig;2025"))
        #expect(lines.contains("undersokelser_innen_frist_andel;2025;kostragruppe;89,9;foreløpig;2025"))
        #expect(lines.contains("netto_driftsutgifter_per_barn;2025;land;13950;foreløpig;2025"))
        #expect(lines.contains("besatte_arsverk;2025;kommune;36,5;endelig;2025"))
        #expect(!lines.contains { $0.hasSuffix(";2024") })
        // A small count as it was printed, never its number (4).
        #expect(lines.contains("barn_i_institusjon;2025;kommune;<5;foreløpig;2025"))
        #expect(!lines.contains { $0.hasPrefix("barn_i_institusjon;2025;kommune;4") })
        // A figure the report showed as missing was not printed.
        #expect(!lines.contains { $0.hasPrefix("meldinger_innen_frist_andel;2025;kostragruppe;") })
        #expect(lines.count == 47, "\(lines.count)") // header, 45 rows, the empty string after the last line end
    }

    @Test func initFromAProjectWithErrorsStillWorksAndSaysTheRecordWasNotMade() throws {
        let sample = SampleCopy()
        sample.edit("data/indikatorer.csv") { $0.replacingOccurrences(of: "\nmeldinger;2025;kommune;402;", with: "\nmeldinger;2025;kommune;4x2;") }
        let made = ReportBuilder().nextYear(from: sample.root)
        #expect(made.year == 2026)
        #expect(!made.diagnostics.containsErrors)
        #expect(!made.files.isEmpty)
        #expect(!made.files.contains { $0.name == "data/fjorarets-tall.csv" })
        let warning = try #require(made.diagnostics.first { $0.code == "INN194" })
        #expect(!warning.isError)
        #expect(warning.message == "Fjorårets rapport kan ikke lages fordi prosjektet har feil, så data/fjorarets-tall.csv (tallene fjorårets rapport viste) blir ikke laget.")
        #expect(warning.location?.file == "data/indikatorer.csv")
        #expect(warning.location?.line == 11)
        #expect(warning.location?.column == 24)
        #expect(warning.found == "1 feil, her")
    }

    // MARK: The report compared with last year's

    @Test func aFinalFigureCorrectedSinceIsNotedAsCorrected() {
        let next = Self.nextYear()
        // As if last year's report had printed other final figures than the files now hold (6 cases, 36,5 årsverk).
        next.edit("data/fjorarets-tall.csv") {
            $0.replacingOccurrences(of: "\nfylkesnemnd_saker;2025;kommune;6;endelig;2025", with: "\nfylkesnemnd_saker;2025;kommune;8;endelig;2025")
                .replacingOccurrences(of: "\nbesatte_arsverk;2025;kommune;36,5;endelig;2025", with: "\nbesatte_arsverk;2025;kommune;35,5;endelig;2025")
        }
        let markdown = YearToYearTests.markdown(ReportBuilder().build(project: next.root))
        #expect(markdown.contains("\nSaker i barneverns- og helsenemnda: Fjorårets rapport viste 8 for 2025. Tallet er senere rettet til 6.\n"), "\(markdown)")
        #expect(markdown.contains("\n- **36,5** besatte årsverk (uendret fra 2025). I fjorårets rapport: 35,5. Fjorårets rapport viste 35,5 for 2025. Tallet er senere rettet til 36,5.\n"))
    }

    @Test func aHiddenFigureOnEitherSideIsNotedWithoutNumbersOrNotAtAll() {
        let next = Self.nextYear()
        // Printed «<5», now 7: changed, said without numbers.
        Self.setFigure(next, "barn_i_institusjon", from: "4", to: "7")
        // Printed 46, now 3 («<5»): changed, said without numbers.
        Self.setFigure(next, "barn_i_fosterhjem", from: "46", to: "3")
        let build = ReportBuilder().build(project: next.root)
        let markdown = YearToYearTests.markdown(build)
        #expect(markdown.contains("\nBarn i institusjon per 31.12.: Tallet for 2025 er endret siden fjorårets rapport, som viste et foreløpig tall.\n"), "\(markdown)")
        #expect(markdown.contains("\nBarn i fosterhjem per 31.12.: Tallet for 2025 er endret siden fjorårets rapport, som viste et foreløpig tall.\n"))
        #expect(!markdown.contains("Fjorårets rapport viste 46"))
        #expect(!markdown.contains("Fjorårets rapport viste <5"))
        #expect(Self.html(build).contains("<p class=\"tabellnote endret-siden\">Barn i fosterhjem per 31.12.: Tallet for 2025 er endret siden fjorårets rapport, som viste et foreløpig tall.</p>"))
    }

    @Test func aSmallCountInTheRecordIsNeverPrintedAsItsNumber() {
        let next = Self.nextYear()
        // A count under this year's threshold (a lower threshold last year, or a hand-edited file) is «<5» here too.
        next.edit("data/fjorarets-tall.csv") { $0.replacingOccurrences(of: "\nmeldinger;2025;kommune;402;", with: "\nmeldinger;2025;kommune;3;") }
        let markdown = YearToYearTests.markdown(ReportBuilder().build(project: next.root))
        #expect(markdown.contains("\n- **402\\*** meldinger mottatt (uendret fra 2025). I fjorårets rapport: <5. "
            + "Tallet for 2025 er endret siden fjorårets rapport, som viste et foreløpig tall.\n"), "\(markdown.prefix(3000))")
        #expect(!markdown.contains("I fjorårets rapport: 3."))
        #expect(!markdown.contains("viste 3 for"))
    }

    @Test func aHiddenFigureStillHiddenGetsNoNoteWhateverItsValue() {
        let next = Self.nextYear()
        // Printed «<5» (4), now 3: both hidden; saying «changed» would tell a reader something about a hidden count.
        Self.setFigure(next, "barn_i_institusjon", from: "4", to: "3")
        let markdown = YearToYearTests.markdown(ReportBuilder().build(project: next.root))
        #expect(!markdown.contains("Barn i institusjon per 31.12.:"), "\(markdown)")
    }

    @Test func withoutTheFileTheReportSaysNothingOfLastYearsReport() throws {
        let sample = SampleCopy()
        try FileManager.default.removeItem(at: sample.root.appendingPathComponent("data/fjorarets-tall.csv"))
        let build = ReportBuilder().build(project: sample.root)
        #expect(!build.diagnostics.containsErrors)
        #expect(!build.diagnostics.contains { $0.location?.file == "data/fjorarets-tall.csv" })
        let markdown = YearToYearTests.markdown(build)
        #expect(!markdown.contains("I fjorårets rapport"))
        #expect(!markdown.contains("Fjorårets rapport viste"))
        #expect(markdown.contains("\n- **402\\*** meldinger mottatt (opp 17 fra 2024)\n"))
    }

    @Test func theNynorskSampleSaysItInNynorsk() {
        let next = Self.nextYear()
        next.edit("tilstandsrapport.txt") { $0.replacingOccurrences(of: "målform: nb", with: "målform: nn") }
        Self.setFigure(next, "meldinger", from: "402", to: "398")
        let markdown = YearToYearTests.markdown(ReportBuilder().build(project: next.root))
        #expect(markdown.contains("(opp 4 frå 2025). I fjorårsrapporten: 402. Fjorårsrapporten viste 402 for 2025 (førebels tal). Endeleg tal er 398.\n"), "\(markdown.prefix(3000))")
    }

    // MARK: The reader

    /// The diagnostics `check` gives for the sample with `record` as its `data/fjorarets-tall.csv`.
    static func check(_ record: String) -> [Diagnostic] {
        let sample = SampleCopy()
        sample.write("data/fjorarets-tall.csv", record)
        return ReportBuilder().check(project: sample.root).diagnostics.filter { $0.location?.file == "data/fjorarets-tall.csv" }
    }

    static func place(_ diagnostic: Diagnostic?) -> String {
        guard let diagnostic, let location = diagnostic.location else { return "none" }
        return "\(diagnostic.code) \(location.line):\(location.column) \(diagnostic.isError ? "feil" : "advarsel")"
    }

    static let header = "\u{FEFF}indikator;år;nivå;verdi;status;rapportår\n"

    @Test func aMissingColumnIsAnErrorAtTheHeader() {
        let diagnostics = Self.check("\u{FEFF}indikator;år;nivå;verdi;status;rapport\nmeldinger;2024;kommune;391;foreløpig;2024\n")
        #expect(diagnostics.map(Self.place) == ["INN010 1:1 feil"])
        #expect(diagnostics.first?.message == "Kolonnen «rapportår» mangler.")
    }

    @Test func eachBadCellIsNamedWithItsLineAndColumn() {
        let diagnostics = Self.check(Self.header + """
            meldinger;2024;kommune;3x1;foreløpig;2024
            meldingr;2024;kommune;391;foreløpig;2024
            meldinger;2025;kommune;391;foreløpig;2024
            meldinger;2023;kommune;391;foreløpig;2025
            barn_i_institusjon;2024;kommune;<2;foreløpig;2024
            barn_i_institusjon;2024;land;<5;foreløpig;2024
            undersokelser_innen_frist_andel;2024;kommune;101,5;foreløpig;2024
            meldinger;2024;kommune;;foreløpig;2024
            undersokelser_innen_frist_andel;2024;kostragruppe;<5;foreløpig;2024

            """)
        #expect(diagnostics.map(Self.place) == ["INN190 2:24 feil", "INN030 3:1 feil", "INN191 4:11 feil", "INN192 5:38 feil", "INN190 6:33 feil",
                                                "INN013 8:46 feil", "INN016 9:24 feil", "INN190 10:51 feil"], "\(DiagnosticFormatter().format(diagnostics))")
        #expect(diagnostics[0].message == "Verdien er ikke et tall slik fjorårets rapport viste det.")
        #expect(diagnostics[0].found == "3x1")
        #expect(diagnostics[0].expected == "et tall (for eksempel 512 eller 98,7), «<5» for et lite antall eller «skjult»")
        #expect(diagnostics[1].expected?.contains("«meldinger»") == true, "\(String(describing: diagnostics[1].expected))")
        #expect(diagnostics[2].message == "Året er etter året for rapporten som viste tallet, 2024.")
        #expect(diagnostics[2].found == "2025")
        #expect(diagnostics[2].expected == "et år til og med 2024")
        #expect(diagnostics[3].message == "Rapportåret er ikke før årets rapport (2025); filen skal holde tallene fjorårets rapport viste.")
        #expect(diagnostics[3].expected == "2024, året for fjorårets rapport")
    }

    @Test func anOlderReportsRecordIsAWarningAndNotCompared() {
        let sample = SampleCopy()
        sample.write("data/fjorarets-tall.csv", Self.header + "meldinger;2023;kommune;500;foreløpig;2023\n")
        let build = ReportBuilder().build(project: sample.root)
        let found = build.diagnostics.filter { $0.location?.file == "data/fjorarets-tall.csv" }
        #expect(found.map(Self.place) == ["INN193 2:38 advarsel"])
        #expect(found.first?.message == "Tallene er fra rapporten for 2023, ikke fra fjorårets rapport, så de blir ikke sammenlignet med årets tall.")
        let markdown = YearToYearTests.markdown(build)
        #expect(!markdown.contains("I fjorårets rapport"))
        #expect(!markdown.contains("Fjorårets rapport viste"))
    }

    @Test func aValueAsPrintedMayBeANumberASmallCountMarkOrSkjult() {
        let diagnostics = Self.check(Self.header + "meldinger;2024;kommune;391;foreløpig;2024\nbarn_i_institusjon;2024;kommune;<5;foreløpig;2024\n"
            + "tilsynsbesok_andel;2024;kommune;skjult;endelig;2024\nbesatte_arsverk;2024;kommune;35,0;endelig;2024\n")
        #expect(diagnostics.isEmpty, "\(DiagnosticFormatter().format(diagnostics))")
    }
}
