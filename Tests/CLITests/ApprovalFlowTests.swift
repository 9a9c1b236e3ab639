import Foundation
import ReportBuilding
import ReportModel
import Testing
@testable import TilstandsrapportCLI

/// The approval flow over the real pipeline, as the leader and the union representatives run it: `godkjenn`,
/// an edit, `status`, `check`, `build`, `endringer`, and `godkjenn` again.
@Suite struct ApprovalFlowTests {
    static let leader = "Ola Nordmann; barnevernleder"
    static let union = "Siri Holm; hovedtillitsvalgt, FO Sørvik"
    static let unionText = """
        ---
        tittel: De tillitsvalgtes vurdering
        ansvarlig: Siri Holm
        status: utkast
        forfatter: Siri Holm; hovedtillitsvalgt, FO Sørvik
        forfatter: Rune Dahl; plasstillitsvalgt, Fagforbundet Sørvik
        ---
        Vi skriver vår egen del av rapporten om Sørvik kommune.

        Mange hadde i perioder langt flere saker enn det som er faglig forsvarlig.

        Samarbeidet med ledelsen er godt.

        """

    /// 14 February 2026, 10.32 in Oslo: when the approvals in these tests are recorded.
    static let now = Date(timeIntervalSince1970: 1_771_061_520)

    static func run(_ arguments: [String], in folder: TemporaryFolder, at date: Date = now, width: Int = 100)
        -> (output: String, error: String, status: Int32) {
        var console = CapturedConsole(width: width)
        var tool = CommandLineTool(pipeline: ReportBuilder(), currentDirectory: folder.url)
        tool.today = date
        tool.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        let status = tool.run(arguments, console: &console)
        return (console.output, console.error, status)
    }

    /// A finished project (every chapter approved by hand) whose union representatives' text is theirs, still a draft.
    static func project(in folder: TemporaryFolder) {
        NewProjectTests.finishedProject(in: folder)
        folder.write("ny/tekster/bemanning-tillitsvalgte.md", unionText)
    }

    static func report(_ folder: TemporaryFolder) -> String { folder.read("ny/rapport/tilstandsrapport-2025.md") ?? "" }

    static func edit(_ folder: TemporaryFolder, _ file: String, _ change: (String) -> String) {
        folder.write(file, change(folder.read(file) ?? ""))
    }

    @Test func approveThenEditIsChangedAfterApprovalAndTheReportADraftUntilApprovedAgain() {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        let first = Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Self.union], in: folder)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output == """
            Registrert: «De tillitsvalgtes vurdering» (tekster/bemanning-tillitsvalgte.md) er godkjent av Siri Holm (hovedtillitsvalgt, FO Sørvik) 14.02.2026 kl. 10.32, for rapportåret 2025.
            Godkjenningen står i ny/godkjenninger.txt. Endres teksten etter dette, må den godkjennes på nytt.

            """)
        #expect(Self.run(["build", "ny"], in: folder).status == 0)
        #expect(!Self.report(folder).contains("UTKAST"))
        #expect(Self.report(folder).contains("*Skrevet av de tillitsvalgte: Siri Holm (hovedtillitsvalgt, FO Sørvik) og Rune Dahl (plasstillitsvalgt, Fagforbundet Sørvik).*\n\n*Godkjent av Siri Holm, 14.02.2026.*"))

        // The leader edits the union representatives' text.
        Self.edit(folder, "ny/tekster/bemanning-tillitsvalgte.md") { $0.replacingOccurrences(of: "langt flere", with: "flere") }
        let status = Self.run(["status", "ny"], in: folder, width: 160)
        let row = status.output.split(separator: "\n").first { $0.hasPrefix("De tillitsvalgtes vurdering") } ?? ""
        #expect(row.contains("endret etter godkjenning"), "\(status.output)")
        #expect(row.contains("ny godkjenning (sist godkjent av Siri Holm 14.02.2026)"), "\(row)")
        let check = Self.run(["check", "ny"], in: folder)
        #expect(check.status == 0)
        #expect(check.error.contains("tekster/bemanning-tillitsvalgte.md:10:1: advarsel[INN144]: Teksten er endret etter godkjenning: Siri Holm 14.02.2026 godkjente en tidligere versjon. Rapporten er et utkast til teksten er godkjent på nytt."),
                "\(check.error)")
        #expect(Self.run(["build", "ny"], in: folder).status == 0)
        let draft = Self.report(folder)
        #expect(draft.contains("**UTKAST – ikke godkjent**"))
        #expect(draft.contains("Disse kapitlene er ennå ikke godkjent: De tillitsvalgtes vurdering (endret etter godkjenning av Siri Holm, 14.02.2026)."))
        #expect(draft.contains("*Endret etter godkjenning; forrige versjon godkjent av Siri Holm, 14.02.2026.*"))
        #expect(!draft.contains("*Godkjent av Siri Holm"))
        let html = folder.read("ny/rapport/tilstandsrapport-2025.html") ?? ""
        // On the page the reason stands at the chapter's entry in the contents (the union text is a section of staffing).
        #expect(html.contains("(ikke godkjent: De tillitsvalgtes vurdering: endret etter godkjenning av Siri Holm, 14.02.2026)"))

        // The union representatives read what changed and approve again.
        let again = Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", "Rune Dahl; plasstillitsvalgt"], in: folder,
                             at: Self.now.addingTimeInterval(86_400))
        #expect(again.status == 0, "\(again.error)")
        #expect(again.output.contains("Den forrige godkjenningen (Siri Holm 14.02.2026) gjaldt en tidligere versjon av teksten."))
        #expect(Self.run(["build", "ny"], in: folder).status == 0)
        let final = Self.report(folder)
        #expect(!final.contains("UTKAST"))
        #expect(final.contains("*Godkjent av Rune Dahl, 15.02.2026.*"))
        #expect(final.contains("| De tillitsvalgtes vurdering | Siri Holm | Rune Dahl (plasstillitsvalgt), 15.02.2026 |"))
        #expect(Self.run(["check", "ny"], in: folder).error.contains("INN144") == false)
    }

    @Test func theLeaderCannotRecordAnApprovalOfTheUnionRepresentativesText() {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        let refused = Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Self.leader], in: folder)
        #expect(refused.status == 1)
        #expect(refused.output.isEmpty)
        #expect(refused.error == """
            feil[CLI057]: «Ola Nordmann» kan ikke godkjenne de tillitsvalgtes tekst (tekster/bemanning-tillitsvalgte.md): bare forfatterne kan det, Siri Holm og Rune Dahl. Be en av dem godkjenne med sitt eget navn i --av.
            1 feil. Ingenting ble skrevet.

            """)
        #expect(folder.read("ny/godkjenninger.txt") == nil)
        #expect(!folder.listing("ny").contains(".tilstandsrapport-sperre"))
        // The leader approves their own chapters.
        #expect(Self.run(["godkjenn", "ny", "okonomi", "--av", Self.leader], in: folder).status == 0)
    }

    @Test func anApprovalOfTheUnionTextByTheLeaderWrittenByHandApprovesNothing() throws {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        #expect(Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Self.union], in: folder).status == 0)
        // The leader copies the record with their own name: the sha256 still matches the text, the name is not an author's.
        let file = try #require(folder.read("ny/godkjenninger.txt"))
        folder.write("ny/godkjenninger.txt", file.replacingOccurrences(of: "godkjent av: Siri Holm; hovedtillitsvalgt, FO Sørvik",
                                                                       with: "godkjent av: Ola Nordmann; barnevernleder"))
        let check = Self.run(["check", "ny"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("godkjenninger.txt:13:14: feil[INN146]: «Ola Nordmann» står ikke som forfatter av teksten og kan ikke godkjenne den"), "\(check.error)")
        #expect(check.error.contains("fant «Ola Nordmann», forventet én av forfatterne: Siri Holm og Rune Dahl"))
    }

    @Test func endringerShowsAnInsertedADeletedAndAChangedParagraph() {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        #expect(Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Self.union], in: folder).status == 0)
        Self.edit(folder, "ny/tekster/bemanning-tillitsvalgte.md") { text in
            text.replacingOccurrences(of: "langt flere saker enn det som er faglig forsvarlig", with: "flere saker enn det som er forsvarlig")
                .replacingOccurrences(of: "Samarbeidet med ledelsen er godt.\n", with: "")
                .replacingOccurrences(of: "Vi skriver vår egen del", with: "Ledelsen har lagt til et avsnitt.\n\nVi skriver vår egen del")
        }
        let changes = Self.run(["endringer", "ny", "bemanning-tillitsvalgte"], in: folder, width: 80)
        #expect(changes.status == 0, "\(changes.error)")
        #expect(changes.output == """
            Tilstandsrapport 2025: endringer siden godkjenning

            De tillitsvalgtes vurdering (tekster/bemanning-tillitsvalgte.md)
            Godkjent av Siri Holm (hovedtillitsvalgt, FO Sørvik) 14.02.2026 kl. 10.32.
            Endret etter godkjenning: 1 avsnitt lagt til, 1 avsnitt fjernet og 1 avsnitt
            endret.

              Lagt til (avsnitt 1):
                Ledelsen har lagt til et avsnitt.

              Endret (avsnitt 3):
                Før: Mange hadde i perioder langt flere saker enn det som er faglig
                     forsvarlig.
                Nå:  Mange hadde i perioder flere saker enn det som er forsvarlig.
                Ord: fjernet «langt»; fjernet «faglig»

              Fjernet (var avsnitt 3):
                Samarbeidet med ledelsen er godt.

            """)
        // The approved version is kept for this, and never printed in the report.
        #expect(Self.run(["build", "ny"], in: folder).status == 0)
        #expect(!Self.report(folder).contains("langt flere"))
    }

    @Test func endringerWithoutAChapterListsEveryApprovedChapterAndTheRest() {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        #expect(Self.run(["godkjenn", "ny", "okonomi", "--av", Self.leader], in: folder).status == 0)
        let changes = Self.run(["endringer", "ny"], in: folder)
        #expect(changes.status == 0)
        #expect(changes.output.contains("Økonomi (tekster/okonomi.md)\nUendret siden godkjenningen. Godkjent av Ola Nordmann (barnevernleder) 14.02.2026 kl. 10.32.\n"),
                "\(changes.output)")
        #expect(changes.output.contains("Uten registrert godkjenning for 2025:\n  - Leseveiledning\n"))
        #expect(!changes.output.contains("  - Økonomi\n"))
        let unknown = Self.run(["endringer", "ny", "okonmi"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.error.hasPrefix("feil[CLI070]: Rapporten har ikke noe kapittel «okonmi». Mente du «okonomi»?"))
    }

    @Test func statusSetByHandIsShownAsNotRegisteredUntilRecorded() {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        let status = Self.run(["status", "ny"], in: folder, width: 160)
        let row = { (title: String) in status.output.split(separator: "\n").first { $0.hasPrefix(title) }.map(String.init) ?? "" }
        #expect(row("Økonomi").contains("godkjent (ikke registrert)"), "\(status.output)")
        #expect(row("De tillitsvalgtes vurdering").contains("utkast"))
        #expect(status.output.contains("13 kapitler er «godkjent (ikke registrert)»"))
        // Still approved as before: the report is final once the union representatives approve theirs.
        #expect(Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Self.union], in: folder).status == 0)
        #expect(Self.run(["godkjenn", "ny", "okonomi", "--av", Self.leader], in: folder).status == 0)
        let after = Self.run(["status", "ny"], in: folder, width: 160)
        let economy = after.output.split(separator: "\n").first { $0.hasPrefix("Økonomi") }.map(String.init) ?? ""
        #expect(economy.contains("godkjent") && !economy.contains("ikke registrert"), "\(after.output)")
        #expect(after.output.contains("Alle 14 kapitler er godkjent. 12 kapitler er «godkjent (ikke registrert)»"))
        #expect(Self.run(["build", "ny"], in: folder).status == 0)
        let report = Self.report(folder)
        #expect(!report.contains("UTKAST"))
        #expect(report.contains("| Økonomi | Ola Nordmann | Ola Nordmann (barnevernleder), 14.02.2026 |"))
        #expect(report.contains("| Leseveiledning | Ola Nordmann | godkjent (ikke registrert) |"))
    }

    @Test func aRecordedApprovalStandsWhateverTheStatusLineSaysAndAnOwnerChangeDoesNotVoidIt() {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        #expect(Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Self.union], in: folder).status == 0)
        // The union text says `status: utkast`; the leader hands the chapter to a colleague.
        Self.edit(folder, "ny/tekster/bemanning-tillitsvalgte.md") { $0.replacingOccurrences(of: "ansvarlig: Siri Holm", with: "ansvarlig: Rune Dahl") }
        let check = Self.run(["check", "ny"], in: folder)
        #expect(check.error.contains("tekster/bemanning-tillitsvalgte.md:4:1: advarsel[INN145]: Teksten er registrert godkjent av Siri Holm 14.02.2026, men forsiden sier «status: utkast». Den registrerte godkjenningen gjelder."),
                "\(check.error)")
        #expect(!check.error.contains("INN144"))
        #expect(Self.run(["build", "ny"], in: folder).status == 0)
        #expect(!Self.report(folder).contains("UTKAST"))
        // Line endings, trailing spaces and a final blank line are not changes.
        Self.edit(folder, "ny/tekster/bemanning-tillitsvalgte.md") { $0.replacingOccurrences(of: "\n", with: "  \r\n") + "\r\n\r\n" }
        #expect(!Self.run(["check", "ny"], in: folder).error.contains("INN144"))
        // A new signatory is a change: the names are printed under the text.
        Self.edit(folder, "ny/tekster/bemanning-tillitsvalgte.md") {
            $0.replacingOccurrences(of: "forfatter: Rune Dahl;", with: "forfatter: Ola Nordmann; barnevernleder\r\nforfatter: Rune Dahl;")
        }
        let changed = Self.run(["endringer", "ny", "bemanning-tillitsvalgte"], in: folder, width: 400)
        #expect(changed.output.contains("Endret etter godkjenning: forfatterne.\n"))
        #expect(changed.output.contains("Forfatterne er endret: før Siri Holm (hovedtillitsvalgt, FO Sørvik) og Rune Dahl (plasstillitsvalgt, Fagforbundet Sørvik), nå Siri Holm (hovedtillitsvalgt, FO Sørvik), Ola Nordmann (barnevernleder) og Rune Dahl (plasstillitsvalgt, Fagforbundet Sørvik)."),
                "\(changed.output)")
    }

    @Test func aRecordForAnotherYearDoesNotApproveThisYearsText() throws {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        #expect(Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Self.union], in: folder).status == 0)
        #expect(Self.run(["godkjenn", "ny", "okonomi", "--av", Self.leader], in: folder).status == 0)
        // Next year's project, copied with its approvals (what `init --fra` will do): the texts are word for word the same.
        Self.edit(folder, "ny/tilstandsrapport.txt") { $0.replacingOccurrences(of: "rapportår: 2025", with: "rapportår: 2026") }
        let history = try #require(folder.read("ny/godkjenninger.txt"))
        let status = Self.run(["status", "ny"], in: folder, width: 160)
        let union = status.output.split(separator: "\n").first { $0.hasPrefix("De tillitsvalgtes vurdering") }.map(String.init) ?? ""
        #expect(union.contains("utkast") && union.contains("godkjenning"), "\(status.output)")
        let economy = status.output.split(separator: "\n").first { $0.hasPrefix("Økonomi") }.map(String.init) ?? ""
        #expect(economy.contains("godkjent (ikke registrert)"), "\(status.output)")
        let check = Self.run(["check", "ny"], in: folder)
        #expect(!check.error.contains("INN144") && !check.error.contains("INN145"), "\(check.error)")
        #expect(Self.run(["endringer", "ny"], in: folder).output.contains("Ingen godkjenninger er registrert for 2026 ennå."))
        // This year's approval is added below last year's, which stay as history.
        #expect(Self.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Self.union], in: folder).status == 0)
        let file = try #require(folder.read("ny/godkjenninger.txt"))
        #expect(file.hasPrefix(history))
        #expect(file.components(separatedBy: "\nrapportår: 2025\n").count == 3)
        #expect(file.components(separatedBy: "\nrapportår: 2026\n").count == 2)
    }

    @Test func approvingTheSameTextTwiceAddsNothing() throws {
        let folder = TemporaryFolder()
        Self.project(in: folder)
        #expect(Self.run(["godkjenn", "ny", "okonomi", "--av", Self.leader], in: folder).status == 0)
        let file = try #require(folder.read("ny/godkjenninger.txt"))
        let again = Self.run(["godkjenn", "ny", "tekster/okonomi.md", "--av", "ola  nordmann; leder"], in: folder)
        #expect(again.status == 0)
        #expect(again.output == "«Økonomi» er allerede godkjent av Ola Nordmann 14.02.2026 kl. 10.32, og teksten er ikke endret siden. Ingenting ble lagt til.\n")
        #expect(folder.read("ny/godkjenninger.txt") == file)
    }

    @Test func aTextThatIsNotReadyCannotBeApproved() {
        let folder = TemporaryFolder()
        #expect(Self.run(["init", "ny"], in: folder).status == 0)
        let notStarted = Self.run(["godkjenn", "ny", "okonomi", "--av", Self.leader], in: folder)
        #expect(notStarted.status == 1)
        #expect(notStarted.error.contains("feil[CLI054]: tekster/okonomi.md har status «ikke påbegynt»"))
        folder.write("ny/tekster/okonomi.md", "---\ntittel: Økonomi\nansvarlig: Ola\nstatus: ferdig\n---\nTekst.\n")
        let withError = Self.run(["godkjenn", "ny", "okonomi", "--av", Self.leader], in: folder)
        #expect(withError.status == 1)
        #expect(withError.error.contains("feil[CLI053]: tekster/okonomi.md har feil (se over)."), "\(withError.error)")
        let unknown = Self.run(["godkjenn", "ny", "økonomi", "--av", Self.leader], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("feil[CLI051]: Rapporten har ikke noe kapittel «økonomi». Mente du «okonomi»?"))
        #expect(folder.read("ny/godkjenninger.txt") == nil)
    }
}
