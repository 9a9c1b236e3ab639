import Foundation
import ReportBuilding
import ReportInputs
import ReportModel
import SourceText
import Testing

/// Issue 15: the report year after year. The sample (2025) is last year's project; `init --fra` makes 2026's,
/// the service adds its 2026 rows and how last year's measures went, and the 2026 report follows them up.
@Suite struct YearToYearTests {
    /// Next year's project as `init --fra` would write it, in a fresh folder (removed when released).
    final class NextYear: Sendable {
        let root: URL
        let made: NextYearProject

        init(from lastYear: URL) {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("next-year-\(UUID().uuidString)")
            made = ReportBuilder().nextYear(from: lastYear)
            for file in made.files { write(file.name, bytes: file.bytes) }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ relative: String, bytes: [UInt8]) {
            let url = root.appendingPathComponent(relative)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        }

        func text(_ relative: String) -> String {
            (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
        }

        /// Edits a file as text with `\n` line ends (Excel writes `\r\n`, which Swift counts as one character).
        func edit(_ relative: String, _ change: (String) -> String) {
            write(relative, bytes: Array(change(text(relative).replacingOccurrences(of: "\r\n", with: "\n")).utf8))
        }

        /// The service's rows for `year`: every row of `year - 1` again with the year moved on, as a service that
        /// kept its figures steady would add them.
        func addRows(_ relative: String, year: Int) {
            edit(relative) { text in
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                guard let header = lines.first else { return text }
                let names = header.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) }
                guard let column = names.firstIndex(of: "år") else { return text }
                var added: [String] = []
                for line in lines.dropFirst() {
                    var cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                    guard cells.count > column, cells[column] == String(year - 1) else { continue }
                    cells[column] = String(year)
                    added.append(cells.joined(separator: ";"))
                }
                return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n" + added.joined(separator: "\n") + "\n"
            }
        }
    }

    static func markdown(_ build: PipelineBuild) -> String {
        String(decoding: build.files.first { $0.name.hasSuffix(".md") }?.bytes ?? [], as: UTF8.self)
    }

    /// The section of `markdown` from the heading line `heading` up to the next heading of the same or a higher level.
    static func section(_ markdown: String, _ heading: String) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasSuffix(heading) && $0.hasPrefix("#") }) else { return "" }
        let level = lines[start].prefix { $0 == "#" }.count
        let end = lines[(start + 1)...].firstIndex { line in
            let hashes = line.prefix { $0 == "#" }.count
            return hashes > 0 && hashes <= level && line.dropFirst(hashes).hasPrefix(" ")
        } ?? lines.count
        return lines[start..<end].joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    @Test func theSampleFollowsUpLastYearsMeasuresInATableAndASentence() {
        let sample = SampleCopy()
        let markdown = Self.markdown(ReportBuilder().build(project: sample.root))
        let followUp = Self.section(markdown, "Oppfølging av fjorårets tiltak")
        #expect(followUp.contains("\n4 av 6 tiltak fra tilstandsrapporten for 2024 er gjennomført, 1 er delvis gjennomført og 1 er videreført.\n"), "\(followUp)")
        #expect(followUp.contains("| T4 | Individuell utdanningsplan for alle som ikke oppfyller kravet | barnevernleder | budsjettet for 2026 | Delvis gjennomført |"))
        #expect(followUp.contains("- **T5** (videreført). Hvorfor: Arbeidet med fristene i undersøkelsene ble prioritert først"))
        let next = Self.section(markdown, "Tiltak for 2026")
        #expect(next.contains("Mål, tiltak, ansvarlig og frist for 2026"))
        #expect(next.contains("| T6 | Statsforvalteren lukker tilsynet fra 2024, og fristene holdes også i 2026 |"))
        // The summary says it too.
        #expect(Self.section(markdown, "Kort oppsummering").contains("- 4 av 6 tiltak fra tilstandsrapporten for 2024 er gjennomført"))
        // Last year's themes from the children: one where nothing was changed is said plainly.
        let themes = Self.section(markdown, "Det barna fortalte oss i 2024: hva skjedde etterpå")
        #expect(themes.contains("Barna tok opp 4 tema i 2024. Vi har endret noe etter 3 av dem; etter 1 tema har vi ikke endret noe."), "\(themes)")
        #expect(themes.contains("- **Ville vite hva som skjedde med det de fortalte** (8 barn; tilbakemelding til barnet). Vi har ikke endret noe etter dette."))
    }

    /// init --fra: the year moved on, the meeting emptied, every text a draft with the note, the data as it was.
    @Test func initFromLastYearMovesTheYearOnAndMarksEveryTextADraft() throws {
        let sample = SampleCopy()
        let next = NextYear(from: sample.root)
        #expect(next.made.year == 2026)
        #expect(!next.made.diagnostics.containsErrors, "\(DiagnosticFormatter().format(next.made.diagnostics))")
        let settings = next.text("tilstandsrapport.txt")
        #expect(settings.contains("\nrapportår: 2026\n"))
        #expect(settings.contains("\nmøtedato:\n"))
        #expect(settings.contains("\nsaksnummer:\n"))
        #expect(settings.contains("\nkostra-status: foreløpig\n"))
        #expect(settings.contains("\nkommune: Fjordvik kommune\n"))
        let measures = next.text("tekster/innsats.md")
        #expect(measures.hasPrefix("---\ntittel: Innsatsområder og tiltak\nansvarlig: Kari Aasland Nygård\nstatus: utkast\n---\n"
            + "> **Fra fjorårets rapport.** Teksten er hentet fra tilstandsrapporten for 2025 og skal oppdateres for 2026.\n"), "\(measures.prefix(400))")
        #expect(measures.contains("\n> - T3: Ny rutine og brevmal, månedlig kontroll i ledergruppen"))
        #expect(!measures.contains("> - T1: Fast introduksjonsprogram"), "2024's measures were followed up last year")
        for name in ["data/bemanning.csv", "data/indikatorer.csv", "data/tiltak.csv", "data/ssb/12275-barn-med-tiltak.json"] {
            #expect(next.text(name) == (try String(contentsOf: sample.root.appendingPathComponent(name), encoding: .utf8)), "\(name)")
        }
        let check = ReportBuilder().check(project: next.root)
        let codes = check.diagnostics.map(\.code)
        #expect(codes.filter { $0 == "INN181" }.count == 6, "each of 2025's measures needs its status")
        #expect(codes.filter { $0 == "INN180" }.count == 14, "\(DiagnosticFormatter().format(check.diagnostics))")
        let status = ReportBuilder().status(project: next.root)
        let measureChapter = status.chapters.first { $0.id == "innsats" }
        #expect(measureChapter?.missing.contains(.measureStatus(ids: ["T1", "T2", "T3", "T4", "T5", "T6"], responsible: [
            "barnevernleder, sammen med HR", "barnevernleder", "avdelingsleder for mottak og undersøkelse",
            "kommunalsjef for oppvekst, med barnevernleder og leder for helsestasjonen", "rådgiver for kvalitet og medvirkning",
        ])) == true, "\(String(describing: measureChapter?.missing))")
    }

    /// A link or a pipe in last year's folder is named and left behind, never followed or read.
    @Test func aLinkOrPipeInLastYearsFolderIsNamedAndNotCopied() throws {
        let sample = SampleCopy()
        try FileManager.default.createSymbolicLink(atPath: sample.root.appendingPathComponent("data/lenke.csv").path, withDestinationPath: "/etc/passwd")
        #expect(mkfifo(sample.root.appendingPathComponent("tekster/ror.md").path, 0o600) == 0)
        let made = ReportBuilder().nextYear(from: sample.root)
        let notCopied = made.diagnostics.filter { $0.code == "INN183" }
        #expect(notCopied.map(\.location?.file) == ["data/lenke.csv", "tekster/ror.md"])
        #expect(notCopied.map(\.found) == ["en symbolsk lenke", "noe som ikke er en vanlig fil"])
        #expect(!made.files.contains { $0.name == "data/lenke.csv" || $0.name == "tekster/ror.md" })
        #expect(made.files.count == 29)
    }

    /// The whole sequence: 2025 built, 2026 made from it, 2026's rows and statuses added, 2026 built.
    @Test func theSecondYearFollowsUpTheFirstYearsMeasuresAndThemes() {
        let sample = SampleCopy()
        #expect(!ReportBuilder().build(project: sample.root).diagnostics.containsErrors)
        let next = NextYear(from: sample.root)
        for file in ["data/bemanning.csv", "data/personale.csv", "data/indikatorer.csv", "data/medvirkning.csv", "data/avvik.csv"] {
            next.addRows(file, year: 2026)
        }
        let statuses = ["T1": "gjennomført;Ingen stilling sto ledig i mer enn tre måneder.;", "T2": "delvis;Planen er laget.;Finansieringen for 2027 er ikke vedtatt.",
                        "T3": "gjennomført;Rutinen er i bruk.;", "T4": "ikke gjennomført;;Planarbeidet ble utsatt av kommunen.",
                        "T5": "gjennomført;Alle saksbehandlere har fått opplæringen.;", "T6": "videreført;;Tilsynet er ikke lukket ennå."]
        next.edit("data/tiltak.csv") { text in
            text.split(separator: "\n").map { line -> String in
                let cells = line.split(separator: ";", omittingEmptySubsequences: false)
                guard cells.count == 9, cells[1] == "2025", let status = statuses[String(cells[0])] else { return String(line) }
                return cells.prefix(6).joined(separator: ";") + ";" + status
            }.joined(separator: "\n") + "\nN1;2026;Flere barn skal få tilbakemelding;Ny rutine for tilbakemelding;barnevernleder;løpende;;;\n"
        }
        // SSB's final figures: last year's report printed 402 reports (preliminary).
        LastYearsFiguresTests.setFigure(next, "meldinger", from: "402", to: "398")
        next.edit("data/medvirkning-tema.csv") { text in
            text.replacingOccurrences(of: ";Barnet blir alltid spurt om det vil ha med en trygghetsperson", with: ";")
                + "2026;hjelpe_bedre;informasjon;Ville få brevene på mobilen;6;\n"
        }
        let check = ReportBuilder().check(project: next.root)
        #expect(!check.diagnostics.containsErrors, "\(DiagnosticFormatter().format(check.diagnostics))")
        #expect(!check.diagnostics.map(\.code).contains("INN181"))
        let build = ReportBuilder().build(project: next.root)
        #expect(build.files.map(\.name) == ["tilstandsrapport-2026.md", "tilstandsrapport-2026.html"])
        let markdown = Self.markdown(build)
        let followUp = Self.section(markdown, "Oppfølging av fjorårets tiltak")
        #expect(followUp.contains("\n3 av 6 tiltak fra tilstandsrapporten for 2025 er gjennomført, 1 er delvis gjennomført, 1 er videreført og 1 er ikke gjennomført.\n"),
                "\(followUp)")
        #expect(followUp.contains("- **T4** (ikke gjennomført). Hvorfor: Planarbeidet ble utsatt av kommunen."))
        #expect(Self.section(markdown, "Tiltak for 2027").contains("| N1 | Flere barn skal få tilbakemelding | Ny rutine for tilbakemelding | barnevernleder | løpende |"))
        let themes = Self.section(markdown, "Det barna fortalte oss i 2025: hva skjedde etterpå")
        #expect(themes.contains("Barna tok opp 8 tema i 2025. Vi har endret noe etter 5 av dem; etter 3 tema har vi ikke endret noe."), "\(themes)")
        #expect(themes.contains("- **Ville ha med en voksen de stoler på i samtalen** (9 barn; barnet får fortelle). Vi har ikke endret noe etter dette."), "\(themes)")
        // The notes left in keep the report a draft, and the front page says why.
        #expect(markdown.contains("inneholder fortsatt merknaden fra fjorårets rapport"))
        // Compared with what 2025's report printed: the key figure, and the note where a printed figure changed.
        let html = LastYearsFiguresTests.html(build)
        #expect(markdown.contains("\n- **402\\*** meldinger mottatt (opp 4 fra 2025). I fjorårets rapport: 402. "
            + "Fjorårets rapport viste 402 for 2025 (foreløpig tall). Endelig tall er 398.\n"), "\(markdown.prefix(3000))")
        #expect(markdown.contains("\nMeldinger mottatt: Fjorårets rapport viste 402 for 2025 (foreløpig tall). Endelig tall er 398.\n"))
        #expect(html.contains("<span class=\"nokkeltall-endring\">opp 4 fra 2025</span><span class=\"nokkeltall-fjor\">I fjorårets rapport: 402</span>"
            + "<span class=\"nokkeltall-merknad\">Fjorårets rapport viste 402 for 2025 (foreløpig tall). Endelig tall er 398.</span></li>"))
        #expect(html.contains("<p class=\"tabellnote endret-siden\">Meldinger mottatt: Fjorårets rapport viste 402 for 2025 (foreløpig tall). Endelig tall er 398.</p>"))
        // Unchanged: last year's value beside the key figure, and nothing more.
        #expect(markdown.contains("\n- **95,0\u{00A0}%\\*** andel undersøkelser avsluttet innen fristen (uendret fra 2025). I fjorårets rapport: 95,0\u{00A0}%.\n"))
        #expect(!markdown.contains("Andel undersøkelser avsluttet innen fristen: Fjorårets rapport"))
        #expect(markdown.components(separatedBy: "Fjorårets rapport viste").count == 3, "one key figure, one table note")
        #expect(html.components(separatedBy: "Fjorårets rapport viste").count == 3)
    }

    /// A measure of last year without a status keeps the report a draft; the front page and `status` say which.
    @Test func aMeasureWithoutStatusKeepsTheReportADraftAndIsNamed() {
        let sample = SampleCopy()
        sample.edit("data/tiltak.csv") { $0.replacingOccurrences(of: "T6;2024;Flere barn skal få gi tilbakemelding på hjelpen;Spørsmålene «Hvordan kan jeg hjelpe bedre?» etter alle samtaler med barn fra seks år, og intervjuer etter Västermodellen;rådgiver for kvalitet og medvirkning;løpende fra 1. januar 2025;gjennomført;Flere barn ga tilbakemelding i 2025 enn året før, og Västermodell-intervjuene ble gjennomført for første gang.;",
                                                                   with: "T6;2024;Flere barn skal få gi tilbakemelding på hjelpen;Intervjuer;rådgiver for kvalitet og medvirkning;løpende;;;") }
        let build = ReportBuilder().build(project: sample.root)
        let warning = build.diagnostics.first { $0.code == "INN181" }
        #expect(warning?.location?.file == "data/tiltak.csv")
        #expect(warning?.location?.line == 7)
        #expect(warning?.message == "Tiltaket «T6» fra rapporten for 2024 mangler status, så rapporten forblir et utkast.")
        let markdown = Self.markdown(build)
        #expect(markdown.contains("3 av 6 tiltak fra tilstandsrapporten for 2024 er gjennomført, 1 er delvis gjennomført, 1 er videreført og 1 mangler status."))
        #expect(markdown.contains("Innsatsområder og tiltak (til gjennomlesing; 1 tiltak mangler status i data/tiltak.csv)"), "\(markdown.prefix(1500))")
        #expect(markdown.contains("- **T6** (mangler status). Statusen er ikke fylt inn ennå."))
        let status = ReportBuilder().status(project: sample.root)
        #expect(status.chapters.first { $0.id == "innsats" }?.missing.contains(.measureStatus(ids: ["T6"], responsible: ["rådgiver for kvalitet og medvirkning"])) == true)
    }

    /// A status on this year's measure is too early (it is followed up next year); a duplicate id in one year is an error.
    @Test func aStatusTooEarlyIsAWarningAndATwiceUsedIdAnError() {
        let sample = SampleCopy()
        sample.edit("data/tiltak.csv") { $0 + "T7;2025;Et mål;Et tiltak;barnevernleder;løpende;gjennomført;;\nT1;2025;Et mål;Et tiltak;barnevernleder;løpende;;;\n" }
        let check = ReportBuilder().check(project: sample.root)
        let duplicate = check.diagnostics.first { $0.code == "INN020" }
        #expect(duplicate?.isError == true)
        #expect(duplicate?.location?.line == 15)
        #expect(duplicate?.message.hasPrefix("Samme tiltak (år og id) står to ganger.") == true, "\(String(describing: duplicate?.message))")
        let early = check.diagnostics.first { $0.code == "INN182" }
        #expect(early?.location?.line == 14)
        #expect(early?.isError == false)
    }
}
