import EmbeddedResources
import Foundation
import ReportBuilding
@testable import ReportInputs
import ReportModel
import Testing
@testable import TilstandsrapportCLI

/// `init` hands out an empty project to fill in, not a finished report; what is left of its guidance, its
/// placeholders or the sample municipality is a warning at its line, and the report stays UTKAST.
@Suite struct NewProjectTests {
    static var pipeline: ReportBuilder { ReportBuilder() }

    /// Runs a command line in `folder` with the real pipeline; `init` suggests the report year 2025.
    static func run(_ arguments: [String], in folder: TemporaryFolder) -> (output: String, error: String, status: Int32) {
        var console = CapturedConsole()
        var tool = CommandLineTool(pipeline: pipeline, currentDirectory: folder.url)
        tool.today = Date(timeIntervalSince1970: 1_760_000_000)
        let status = tool.run(arguments, console: &console)
        return (console.output, console.error, status)
    }

    static let empty = SampleProject.embeddedEmpty.files

    // MARK: The empty project

    @Test func initThenCheckThenBuildGivesADraftThatSaysWhatIsMissingWithNoErrors() {
        let folder = TemporaryFolder()
        #expect(Self.run(["init", "ny"], in: folder).status == 0)
        let check = Self.run(["check", "ny"], in: folder)
        #expect(check.status == 0, "\(check.error)")
        #expect(!check.error.contains("feil["), "\(check.error)")
        let build = Self.run(["build", "ny"], in: folder)
        #expect(build.status == 0, "\(build.error)")
        let markdown = folder.read("ny/rapport/tilstandsrapport-2025.md") ?? ""
        #expect(markdown.contains("**UTKAST – ikke godkjent**"))
        #expect(markdown.contains("Kort oppsummering (ikke påbegynt)"))
        #expect(markdown.contains("*Teksten til dette kapitlet er ikke skrevet ennå.*"))
        // The guidance is for the writer, never printed in the report.
        for file in Self.empty where file.path.hasPrefix("tekster/") {
            let body = String(decoding: file.bytes, as: UTF8.self).components(separatedBy: "---\n").last ?? ""
            for line in body.split(separator: "\n") where line.count > 30 {
                #expect(!markdown.contains(line), "guidance printed: \(line)")
            }
        }
    }

    @Test func everyChapterHasATextNotStartedWithGuidance() {
        let texts = Self.empty.filter { $0.path.hasPrefix("tekster/") }
        #expect(Set(texts.map(\.path)) == Set(ChapterRegistry.all.map { "tekster/\($0.id.rawValue).md" }))
        for file in texts {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(text.hasPrefix("---\ntittel: "), "\(file.path)")
            #expect(text.contains("\nstatus: ikke påbegynt\n"), "\(file.path)")
            let body = text.components(separatedBy: "\n---\n").last ?? ""
            #expect(body.split(separator: "\n").filter { $0.count >= 30 }.count >= 2, "\(file.path) has too little guidance")
        }
    }

    @Test func everyDataFileHasItsHeaderAndAnExampleRowThatIsValidData() throws {
        let data = Self.empty.filter { $0.path.hasPrefix("data/") }
        #expect(Set(data.map(\.path)) == [
            "data/bemanning.csv", "data/personale.csv", "data/indikatorer.csv", "data/indikator-katalog.csv",
            "data/undersokelse-svar.csv", "data/undersokelse-sporsmal.csv", "data/undersokelse-skala.csv",
            "data/medvirkning.csv", "data/medvirkning-tema.csv", "data/tilsyn.csv", "data/avvik.csv", "data/tiltak.csv",
        ])
        for file in data {
            let lines = String(decoding: file.bytes, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 2, "\(file.path)")
            #expect(lines.last?.hasPrefix("# ") == true, "\(file.path)")
            #expect(lines.first?.filter { $0 == ";" }.count == lines.last?.filter { $0 == ";" }.count, "\(file.path)")
        }
        // Uncommented, the examples are rows the loader accepts (the survey's three files together).
        let folder = TemporaryFolder()
        #expect(Self.run(["init", "ny"], in: folder).status == 0)
        for file in data where file.path != "data/undersokelse-svar.csv" {
            let text = try #require(folder.read("ny/" + file.path))
            folder.write("ny/" + file.path, text.replacingOccurrences(of: "# eksempel: ", with: ""))
        }
        folder.write("ny/data/undersokelse-sporsmal.csv", "spørsmål;type;kode;tema;skala\r\nSektor?;sektor;B01;Bakgrunn;\r\nDet er lett å komme i kontakt med barneverntjenesten.;påstand;S01;Tilgjengelighet;enighet5\r\n")
        folder.write("ny/data/undersokelse-svar.csv", "ID;Sektor?;Det er lett å komme i kontakt med barneverntjenesten.\r\n1;Skole;Helt enig\r\n")
        let check = Self.run(["check", "ny"], in: folder)
        for file in data {
            #expect(!check.error.contains(file.path + ":2:"), "the example row of \(file.path) is not valid data:\n\(check.error)")
        }
        #expect(!check.error.contains("feil["), "\(check.error)")
    }

    @Test func aCommentRowMayHaveAnyNumberOfCells() {
        let folder = TemporaryFolder()
        #expect(Self.run(["init", "ny"], in: folder).status == 0)
        folder.write("ny/data/avvik.csv", "år;kategori;antall\n# en merknad til oss selv\n#\n2025;fristbrudd;12\n")
        let check = Self.run(["check", "ny"], in: folder)
        #expect(!check.error.contains("data/avvik.csv"), "\(check.error)")
    }

    @Test func theSettingsHaveEveryKeyWithAnExplanation() throws {
        let settings = try #require(Self.empty.first { $0.path == "tilstandsrapport.txt" }).bytes
        let lines = String(decoding: settings, as: UTF8.self).components(separatedBy: "\n")
        for key in ["kommune", "kommunenummer", "rapportår", "organ", "møtedato", "saksnummer", "kostragruppe", "målform",
                    "prikkegrense", "kostra-status", "forfatter", "kapitler"] {
            guard let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") || $0.hasPrefix("# " + key + ":") }) else {
                Issue.record("no line for \(key)")
                continue
            }
            // A comment above it, in the same block of lines (møtedato and saksnummer share one).
            let block = lines[..<index].reversed().prefix { !$0.isEmpty }
            #expect(block.contains { $0.hasPrefix("# ") && !$0.contains(":") || $0.hasPrefix("# ") && $0.count > 40 }, "\(key) has no comment above it")
        }
    }

    @Test func theEmptyProjectsPlaceholdersAreWarningsAtTheirLines() {
        let folder = TemporaryFolder()
        #expect(Self.run(["init", "ny"], in: folder).status == 0)
        let check = Self.run(["check", "ny"], in: folder)
        #expect(check.error.contains("tilstandsrapport.txt:8:10: advarsel[INN132]: Innstillingen «kommune» er ikke fylt ut ennå."), "\(check.error)")
        #expect(check.error.contains("tilstandsrapport.txt:11:16: advarsel[INN132]: Innstillingen «kommunenummer» er ikke fylt ut ennå."))
        #expect(check.error.contains("advarsel[INN132]: Innstillingen «kostragruppe» er ikke fylt ut ennå."))
    }

    @Test func statusShowsEveryChapterNotStarted() {
        let folder = TemporaryFolder()
        #expect(Self.run(["init", "ny"], in: folder).status == 0)
        let status = Self.run(["status", "ny"], in: folder)
        #expect(status.status == 0)
        let rows = status.output.split(separator: "\n").dropFirst(2).prefix(ChapterRegistry.all.count)
        #expect(rows.count == 14)
        #expect(rows.allSatisfy { $0.contains("ikke påbegynt") }, "\(status.output)")
        #expect(status.output.contains("0 av 14 kapitler er godkjent."))
    }

    // MARK: Left over from init

    /// An empty project whose settings and every chapter are filled in and approved, so only what a test leaves is left.
    static func finishedProject(in folder: TemporaryFolder, kommune: String = "Sørvik kommune") {
        #expect(run(["init", "ny"], in: folder).status == 0)
        folder.write("ny/tilstandsrapport.txt", "kommune: \(kommune)\nkommunenummer: 4698\nrapportår: 2025\norgan: kommunestyre\nkostragruppe: KOSTRA-gruppe 7\nforfatter: Ola Nordmann; barnevernleder\n")
        for chapter in ChapterRegistry.all {
            folder.write("ny/tekster/\(chapter.id.rawValue).md", "---\ntittel: \(chapter.title.nb)\nansvarlig: Ola Nordmann\nstatus: godkjent\n---\nBarneverntjenesten i \(kommune) har skrevet dette kapitlet selv.\n")
        }
    }

    @Test func aFinishedProjectIsFinal() {
        let folder = TemporaryFolder()
        Self.finishedProject(in: folder)
        let build = Self.run(["build", "ny"], in: folder)
        #expect(build.status == 0, "\(build.error)")
        #expect(!build.error.contains("INN12"), "\(build.error)")
        #expect(folder.read("ny/rapport/tilstandsrapport-2025.md")?.contains("UTKAST") == false)
    }

    @Test func guidanceLeftInAnApprovedChapterIsAWarningAndKeepsTheReportADraft() throws {
        let folder = TemporaryFolder()
        Self.finishedProject(in: folder)
        let guidance = try #require(Self.empty.first { $0.path == "tekster/okonomi.md" }).bytes
        let body = String(decoding: guidance, as: UTF8.self).components(separatedBy: "\n---\n").last ?? ""
        folder.write("ny/tekster/okonomi.md", "---\ntittel: Økonomi\nansvarlig: Ola Nordmann\nstatus: godkjent\n---\nVår egen tekst om Sørvik kommune.\n\n" + body)
        let build = Self.run(["build", "ny"], in: folder)
        #expect(build.status == 0)
        #expect(build.error.contains("tekster/okonomi.md:8:1: advarsel[INN130]: Teksten inneholder fortsatt veiledningen fra «tilstandsrapport init»"), "\(build.error)")
        let markdown = folder.read("ny/rapport/tilstandsrapport-2025.md") ?? ""
        #expect(markdown.contains("**UTKAST – ikke godkjent**"))
        #expect(markdown.contains("Økonomi (godkjent, men inneholder fortsatt veiledningen)"))
    }

    /// The issue's case: the sample's texts kept under a new municipality's name.
    @Test func theSampleRenamedIsAWarningInEveryTextAndNeverFinal() {
        let folder = TemporaryFolder()
        #expect(Self.run(["init", "--eksempel", "p"], in: folder).status == 0)
        folder.write("p/tilstandsrapport.txt", (folder.read("p/tilstandsrapport.txt") ?? "")
            .replacingOccurrences(of: "kommune: Fjordvik kommune", with: "kommune: Sjøvik kommune"))
        // Approving the one chapter the sample leaves for review made the report final before.
        folder.write("p/tekster/innsats.md", (folder.read("p/tekster/innsats.md") ?? "")
            .replacingOccurrences(of: "status: til gjennomlesing", with: "status: godkjent"))
        let build = Self.run(["build", "p"], in: folder)
        #expect(build.status == 0, "\(build.error)")
        for chapter in ChapterRegistry.all {
            #expect(build.error.contains("tekster/\(chapter.id.rawValue).md:"), "no warning for \(chapter.id)")
        }
        #expect(build.error.contains("tekster/oppsummering.md:3:12: advarsel[INN131]: Teksten nevner «Kari Aasland Nygård» og «Fjordvik» fra den oppdiktede eksempelkommunen."),
                "\(build.error)")
        let markdown = folder.read("p/rapport/tilstandsrapport-2025.md") ?? ""
        #expect(markdown.contains("**Sjøvik kommune** · **UTKAST – ikke godkjent**"))
        #expect(markdown.contains("Kort oppsummering (godkjent, men inneholder navn fra eksempelkommunen)"))
        let status = Self.run(["status", "p"], in: folder)
        #expect(status.output.replacingOccurrences(of: "\n", with: " ").contains("14 av 14 kapitler er godkjent. 14 kapitler har fortsatt eksempel- eller veiledningstekst."),
                "\(status.output)")
    }

    @Test func textsAboutAnotherMunicipalityAreAWarningAndNeverFinal() {
        let folder = TemporaryFolder()
        Self.finishedProject(in: folder, kommune: "Nordvik kommune")
        folder.write("ny/tilstandsrapport.txt", (folder.read("ny/tilstandsrapport.txt") ?? "")
            .replacingOccurrences(of: "Nordvik kommune", with: "Sørvik kommune"))
        let build = Self.run(["build", "ny"], in: folder)
        #expect(build.error.contains("tekster/oppsummering.md:6:22: advarsel[INN133]: Teksten nevner «Nordvik kommune», men kommunen i tilstandsrapport.txt er «Sørvik kommune»"),
                "\(build.error)")
        #expect(folder.read("ny/rapport/tilstandsrapport-2025.md")?.contains("(godkjent, men nevner Nordvik kommune, ikke Sørvik kommune)") == true)
    }

    @Test func aNeighbourNamedBesideTheOwnMunicipalityIsFine() {
        let folder = TemporaryFolder()
        Self.finishedProject(in: folder)
        folder.write("ny/tekster/virksomheten.md", "---\ntittel: Virksomheten\nansvarlig: Ola Nordmann\nstatus: godkjent\n---\nBarnevernvakten drives av Nordvik kommune. Denne kommune har ansvar for vakten.\n")
        let check = Self.run(["check", "ny"], in: folder)
        #expect(!check.error.contains("INN133"), "\(check.error)")
    }

    @Test func textWrittenUnderNotStartedIsAWarningThatItIsLeftOut() {
        let folder = TemporaryFolder()
        #expect(Self.run(["init", "ny"], in: folder).status == 0)
        let text = folder.read("ny/tekster/bemanning.md") ?? ""
        folder.write("ny/tekster/bemanning.md", text + "\nVi har fått tre nye saksbehandlere i år.\n")
        let check = Self.run(["check", "ny"], in: folder)
        #expect(check.error.contains("advarsel[INN134]: Kapittelet har tekst, men status er «ikke påbegynt», så teksten kommer ikke med i rapporten."), "\(check.error)")
    }

    @Test func theSampleNamesListMatchesTheSample() {
        let sample = EmbeddedResources.files(under: "SampleData/").map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        for name in StarterText.sampleNames { #expect(sample.contains(name), "\(name) is not in SampleData") }
        // The empty project never names them.
        let empty = Self.empty.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        for name in StarterText.sampleNames { #expect(!empty.contains(name), "\(name) is in the empty project") }
    }

    // MARK: The rule's words

    @Test(arguments: [
        ("Tjenesten i Fjordvik har ...", "Fjordvik", true),
        ("Fjordviks barnevern", "Fjordvik", true),          // genitive
        ("Fjordvikveien 2", "Fjordvik", false),            // part of another word
        ("Vestfjorden er kald", "Vestfjord", false),
        ("«Sjøvik»", "Sjøvik", true),
    ])
    func sampleNamesAreFoundAsWholeWords(_ line: String, _ name: String, _ found: Bool) {
        #expect(StarterTextRule.containsWord(name, in: line) == found)
    }

    @Test(arguments: [
        ("Barnevernet i Nordvik kommune har …", "Sørvik", "Nordvik"),
        ("I Nordre Follo kommunes plan …", "Sørvik", "Nordre Follo"),
        ("Sørvik kommune og Nordvik kommune samarbeider.", "Sørvik", "Nordvik"),
        ("Denne kommune har ingen vakt.", "Sørvik", nil),
        ("Hver kommune skal ha en plan.", "Sørvik", nil),
        ("Vi i Indre Østfold kommune …", "Indre Østfold", nil),
        ("kommune uten navn", "Sørvik", nil),
    ] as [(String, String, String?)])
    func anotherMunicipalityIsANameBeforeKommune(_ line: String, _ own: String, _ other: String?) {
        #expect(StarterTextRule.otherMunicipality(in: line, own: own)?.name == other)
    }
}
