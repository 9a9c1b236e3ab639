import Foundation
import ReportBuilding
import Testing
@testable import TilstandsrapportCLI

/// `init --fra LAST DIR` (issue 15) over the real pipeline: next year's folder, written like `init` writes a new one.
@Suite struct NextYearCommandTests {
    func run(_ arguments: [String], in folder: TemporaryFolder) -> (CapturedConsole, Int32) {
        var console = CapturedConsole(width: 400)
        var tool = CommandLineTool(pipeline: ReportBuilder(), currentDirectory: folder.url)
        tool.today = Date(timeIntervalSince1970: 1_760_000_000)
        let status = tool.run(arguments, console: &console)
        return (console, status)
    }

    @Test func nextYearsFolderIsMadeFromLastYearsAndLastYearsIsLeftAsItWas() {
        let folder = TemporaryFolder()
        _ = run(["init", "--eksempel", "p2025"], in: folder)
        #expect(run(["build", "p2025"], in: folder).1 == 0)
        let before = folder.listing("p2025")
        let settingsBefore = folder.read("p2025/tilstandsrapport.txt")
        let (console, status) = run(["init", "--fra", "p2025", "p2026"], in: folder)
        #expect(status == 0, "\(console.error)")
        #expect(console.output.hasPrefix("Laget rapportmappen «p2026» for 2026 fra «p2025», med 30 filer.\n"), "\(console.output)")
        // What 2025's report printed, in place of the sample's record of 2024's.
        #expect(folder.read("p2026/data/fjorarets-tall.csv")?.contains("\r\nmeldinger;2025;kommune;402;foreløpig;2025\r\n") == true)
        #expect(folder.read("p2026/data/fjorarets-tall.csv")?.contains(";2024\r\n") == false)
        #expect(console.output.contains("fyll inn status for fjorårets tiltak i data/tiltak.csv"))
        #expect(folder.listing("p2025") == before)
        #expect(folder.read("p2025/tilstandsrapport.txt") == settingsBefore)
        // Last year's report stays behind: the new folder has no output folder.
        #expect(!folder.listing("p2026").contains { $0.hasPrefix("rapport") })
        #expect(folder.read("p2026/tilstandsrapport.txt")?.contains("\nrapportår: 2026\n") == true)
        let (statusConsole, _) = run(["status", "p2026"], in: folder)
        let measures = statusConsole.output.split(separator: "\n").first { $0.hasPrefix("Innsatsområder og tiltak") }.map(String.init) ?? ""
        #expect(measures.contains("status for 6 av fjorårets tiltak (T1, T2, T3, T4, T5, T6) i data/tiltak.csv"), "\(statusConsole.output)")
        #expect(measures.contains("opprydding: inneholder fortsatt merknaden fra fjorårets rapport"), "\(measures)")
    }

    @Test func aNynorskProjectGetsTheNoteInNynorsk() {
        let folder = TemporaryFolder()
        _ = run(["init", "--eksempel", "--målform", "nn", "p"], in: folder)
        #expect(run(["init", "--fra", "p", "q"], in: folder).1 == 0)
        let text = folder.read("q/tekster/medvirkning.md") ?? ""
        #expect(text.contains("\nstatus: utkast\n---\n> **Frå fjorårsrapporten.** Teksten er henta frå tilstandsrapporten for 2025 og skal oppdaterast for 2026.\n"), "\(text.prefix(300))")
        #expect(text.contains("> Skriv kva barna fortalde i 2026, og kva de har endra etter det dei fortalde i 2025"))
        let (console, _) = run(["check", "q"], in: folder)
        #expect(console.error.contains("advarsel[INN180]"))
    }

    @Test func theNewFolderMayNotLieInsideLastYearsOrHoldAnything() {
        let folder = TemporaryFolder()
        _ = run(["init", "--eksempel", "p"], in: folder)
        let (inside, insideStatus) = run(["init", "--fra", "p", "p/neste"], in: folder)
        #expect(insideStatus != 0)
        #expect(inside.error.contains("Kan ikke lage «p/neste» inne i fjorårets rapportmappe «p». Velg en mappe ved siden av den."), "\(inside.error)")
        #expect(!folder.listing("p").contains("neste"))
        folder.write("q/notat.txt", "mitt\n")
        let (_, fullStatus) = run(["init", "--fra", "p", "q"], in: folder)
        #expect(fullStatus != 0)
        #expect(folder.listing("q") == ["notat.txt"])
        let (missing, missingStatus) = run(["init", "--fra", "finnes-ikke", "r"], in: folder)
        #expect(missingStatus == 1)
        #expect(missing.error.contains("finnes-ikke"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("r")))
    }

    @Test func fraCannotBeCombinedWithEksempelOrMaalform() {
        let folder = TemporaryFolder()
        let (example, exampleStatus) = run(["init", "--fra", "p", "--eksempel", "q"], in: folder)
        #expect(exampleStatus == 2)
        #expect(example.error.contains("valgene «--fra» og «--eksempel» kan ikke brukes sammen."), "\(example.error)")
        let (form, formStatus) = run(["init", "--målform", "nn", "--fra", "p", "q"], in: folder)
        #expect(formStatus == 2)
        #expect(form.error.contains("valgene «--fra» og «--målform» kan ikke brukes sammen."))
        let (empty, emptyStatus) = run(["init", "q", "--fra"], in: folder)
        #expect(emptyStatus == 2)
        #expect(empty.error.contains("--fra"))
    }
}
