import Foundation
import ReportBuilding
import ReportModel
import SourceText
import Testing
@testable import TilstandsrapportCLI

/// `status` fits the terminal, never splits a character, shows control characters safely, and says which chapter
/// text cannot be read and where.
@Suite struct StatusTableTests {
    static func status(title: String, responsible: String? = "Ola Nordmann") -> PipelineStatus {
        PipelineStatus(year: 2025, chapters: [
            ChapterStatus(id: "oppsummering", title: "Kort oppsummering", responsible: "Kari", state: .approved, missing: []),
            ChapterStatus(id: "okonomi", title: title, responsible: responsible, state: .draft,
                          missing: [.approval, .dataYear(file: "data/indikatorer.csv", year: 2025)]),
        ], diagnostics: [])
    }

    static let longTitle = String(repeating: "Økonomi og budsjett ", count: 250)

    @Test(arguments: [40, 60, 80, 120, 200])
    func aFiveThousandCharacterTitleIsCutToTheTerminal(_ width: Int) {
        let lines = StatusTable(status: Self.status(title: Self.longTitle), width: width).lines
        for line in lines { #expect(TerminalText.width(line) <= width, "\(TerminalText.width(line)) > \(width): \(line.prefix(60))") }
        let row = lines.first { $0.hasPrefix("Økonomi") } ?? ""
        #expect(row.contains("…"))
        #expect(row.contains("utkast") || width < 60, "\(row)")
    }

    @Test func aTableThatFitsIsNotCut() {
        let lines = StatusTable(status: Self.status(title: "Økonomi"), width: 200).lines
        #expect(lines.contains("Økonomi            Ola Nordmann  utkast    godkjenning, data/indikatorer.csv for 2025"))
        #expect(!lines.joined().contains("…"))
    }

    @Test(arguments: [
        String(repeating: "e\u{301}", count: 300),               // e + combining acute: one character each
        String(repeating: "👩‍👩‍👧", count: 100),                  // a family emoji, joined by ZWJ: one character, two columns
        String(repeating: "🇳🇴", count: 100),                      // a flag: two scalars, one character
        String(repeating: "語", count: 200),                       // wide characters
    ])
    func cuttingNeverSplitsACharacter(_ title: String) {
        let lines = StatusTable(status: Self.status(title: title), width: 50).lines
        let row = lines.first { $0.hasPrefix(String(title.prefix(1))) } ?? ""
        let cell = row.prefix { $0 != "…" }
        #expect(title.hasPrefix(cell), "the cut split a character")
        #expect(TerminalText.width(row) <= 50)
        #expect(row.contains("…"))
    }

    @Test func controlCharactersInATitleOrNameAreShownAsSymbols() {
        let lines = StatusTable(status: Self.status(title: "\u{1B}[31mRød\u{07}\nny linje", responsible: "\u{202E}Ola\u{9B}"), width: 200).lines
        let text = lines.joined(separator: "\n")
        #expect(text.contains("␛[31mRød␇␊ny linje"))
        #expect(text.contains("\u{FFFD}Ola\u{FFFD}"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
    }

    @Test func everythingPrintedIsSafeForTheTerminal() {
        let folder = TemporaryFolder()
        folder.makeFakeProjects()
        // A file name that clears the screen: its warning names it, as symbols.
        var console = CapturedConsole()
        let tool = CommandLineTool(pipeline: FakePipeline(), currentDirectory: folder.url)
        _ = tool.run(["check", "mappe\u{1B}[2J"], console: &console)
        #expect(console.error.contains("«mappe␛[2J»"), "\(console.error)")
        #expect(!console.error.unicodeScalars.contains("\u{1B}"))
    }

    @Test func theHeadingAndFooterWrapAtSpaces() {
        let lines = StatusTable(status: Self.status(title: "Økonomi"), width: 40).lines
        #expect(lines.first == "Tilstandsrapport 2025: status for 2")
        #expect(lines.last == "merkes UTKAST til alle er godkjent.")
        for line in lines { #expect(TerminalText.width(line) <= 40) }
    }

    @Test(arguments: [(["COLUMNS": "40"], 40), (["COLUMNS": " 132 "], 132), (["COLUMNS": "abc"], 80), (["COLUMNS": "0"], 80), ([:], 80)])
    func theTerminalWidthComesFromCOLUMNSOrTheTerminalOr80(_ environment: [String: String], _ width: Int) {
        // Tests run with standard output to a pipe or file, not a terminal.
        #expect(StandardConsole(environment: environment).width == width)
    }

    @Test func terminalWidthCountsWideAndCombiningCharacters() {
        #expect(TerminalText.width("æøå") == 3)
        #expect(TerminalText.width("e\u{301}") == 1)
        #expect(TerminalText.width("語") == 2)
        #expect(TerminalText.width("👩‍👩‍👧") == 2)
        #expect(TerminalText.cut("abcdef", to: 4) == "abc…")
        #expect(TerminalText.cut("語語語", to: 4) == "語…")
    }

    // MARK: With the real pipeline

    static func status(_ project: Hostile.HostileProject, width: Int = 200) -> String {
        var console = CapturedConsole(width: width)
        let tool = CommandLineTool(pipeline: ReportBuilder(), currentDirectory: project.folder.url)
        _ = tool.run(["status", "prosjekt"], console: &console)
        return console.output
    }

    @Test(arguments: [
        ("---\ntittel: Økonomi\nansvarlig: Kari\nstatus: godkjent\n", "tekster/okonomi.md:1"),        // never closed
        ("tittel: Økonomi\n", "tekster/okonomi.md:1"),                                                  // no front matter
        ("---\ntittel: Økonomi\nansvarlig: Kari\nstatus: ferdig\n---\nTekst.\n", "tekster/okonomi.md:4"), // unknown status
        ("---\ntittel: Økonomi\nstatus: utkast\n---\nTekst.\n", "tekster/okonomi.md:4"),               // no one responsible
    ])
    func aChapterWhoseTextCannotBeReadSaysSoAndWhere(_ text: String, _ place: String) {
        let project = Hostile.HostileProject()
        project.write("tekster/okonomi.md", text)
        let output = Self.status(project)
        let row = output.split(separator: "\n").first { $0.hasPrefix("Økonomi") }.map(String.init) ?? ""
        #expect(row.contains("kan ikke leses"), "\(row)")
        #expect(row.contains("rett feilen i \(place) (se «check»)"), "\(row)")
        #expect(!row.contains("ikke påbegynt"), "\(row)")
    }

    @Test func aTextThatIsNotThereIsStillNotStarted() {
        let project = Hostile.HostileProject()
        try? FileManager.default.removeItem(atPath: project.path("tekster/okonomi.md"))
        let row = Self.status(project).split(separator: "\n").first { $0.hasPrefix("Økonomi") }.map(String.init) ?? ""
        #expect(row.contains("ikke påbegynt") && row.contains("tekst (tekster/okonomi.md)"), "\(row)")
    }

    @Test(.enabled(if: Hostile.Subprocess.binary != nil))
    func theBinaryCutsToCOLUMNS() async throws {
        let binary = try #require(Hostile.Subprocess.binary)
        let project = Hostile.HostileProject()
        project.setKey("tittel", to: Self.longTitle, in: "tekster/okonomi.md")
        for (columns, width) in [("40", 40), ("", 80)] {
            let script = (columns.isEmpty ? "unset COLUMNS; " : "export COLUMNS=\(columns); ") + "exec \"$0\" status \"$1\""
            let result = await Hostile.Subprocess.run("/bin/sh", ["-c", script, binary, project.root.path])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count > 10)
            for line in lines { #expect(TerminalText.width(String(line)) <= width, "\(line.count) columns with COLUMNS=\(columns)") }
        }
    }

    /// `status > fil.txt` on a full disk used to stop the program with a crash report (FileHandle's `try!`).
    @Test(.enabled(if: Hostile.Subprocess.binary != nil && access("/dev/full", W_OK) == 0))
    func printingToAFullDiskIsAMessageNotACrash() async throws {
        let binary = try #require(Hostile.Subprocess.binary)
        let project = Hostile.HostileProject()
        for arguments in [["status", project.root.path], ["--help"]] {
            let result = await Hostile.Subprocess.run("/bin/sh", ["-c", "exec \"$0\" \"$@\" > /dev/full", binary] + arguments)
            #expect(result.signal == nil, "\(arguments): \(result.stderr.suffix(300))")
            #expect(result.status == 3)
            #expect(result.stderr.hasSuffix("tilstandsrapport: kunne ikke skrive til standard utdata: disken er full.\n"), "\(result.stderr.suffix(300))")
        }
    }
}

/// Issue 15: in a shared service, `status` ends with each council's report, what it lacks and who is responsible.
@Suite struct CouncilStatusTests {
    @Test func eachCouncilsReportIsListedWithWhatItLacksAndWho() {
        var status = StatusTableTests.status(title: "Økonomi")
        status.serviceName = "Vestfjord barneverntjeneste"
        let host = MemberMunicipality(number: "4699", name: "Fjordvik kommune", kostraGroup: "KOSTRA-gruppe 7", body: "kommunestyre",
                                      meetingDate: CalendarDate(year: 2026, month: 3, day: 26), caseNumber: nil, isHost: true)
        let vang = MemberMunicipality(number: "4697", name: "Vang kommune", kostraGroup: "KOSTRA-gruppe 1", body: "kommunestyre",
                                      meetingDate: nil, caseNumber: nil, isHost: false)
        status.councils = [
            CouncilStatus(member: host, missing: [.sharedChapters(count: 1)]),
            CouncilStatus(member: vang, missing: [.meetingDate(responsible: "Kari"),
                                                  .figures(file: "data/medvirkning.csv", year: 2025, responsible: "Espen"),
                                                  .ownText(file: "tekster/okonomi.4697.md", state: .draft, responsible: "Kari")]),
            CouncilStatus(member: nil, missing: []),
        ]
        let lines = StatusTable(status: status, width: 400).lines
        let tail = Array(lines.suffix(4))
        #expect(tail == [
            "Rapportene fra Vestfjord barneverntjeneste, én per kommunestyre og én for hele tjenesten:",
            "  Fjordvik kommune (vertskommune, kommunestyre, møte 26.03.2026): 1 felles kapittel er ikke godkjent (se tabellen).",
            "  Vang kommune (kommunestyre): møtedato (i linjen samarbeidskommune: eller møtedato: i tilstandsrapport.txt), ansvarlig: Kari; "
                + "tall for 2025 i data/medvirkning.csv med 4697 i kolonnen «kommune», ansvarlig: Espen; egen tekst tekster/okonomi.4697.md er utkast, ansvarlig: Kari.",
            "  Hele tjenesten (Vestfjord barneverntjeneste): ingenting mangler.",
        ])
        // A project of one municipality prints no such list.
        #expect(!StatusTable(status: StatusTableTests.status(title: "Økonomi"), width: 200).lines.contains { $0.hasPrefix("Rapportene fra") })
    }
}
