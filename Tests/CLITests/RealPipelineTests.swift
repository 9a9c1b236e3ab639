import EmbeddedResources
import Foundation
import ReportBuilding
import Testing
@testable import TilstandsrapportCLI

/// The commands over the real pipeline and the templates compiled into the binary, as a leader runs them.
@Suite struct RealPipelineTests {
    static var pipeline: ReportBuilder { ReportBuilder() }

    func run(_ arguments: [String], in folder: TemporaryFolder, width: Int = 80) -> (CapturedConsole, Int32) {
        var console = CapturedConsole(width: width)
        var tool = CommandLineTool(pipeline: Self.pipeline, currentDirectory: folder.url)
        tool.today = Date(timeIntervalSince1970: 1_760_000_000) // October 2025: init suggests the report for 2025
        let status = tool.run(arguments, console: &console)
        return (console, status)
    }

    @Test func initThenBuildInAnEmptyFolder() {
        let folder = TemporaryFolder()
        #expect(run(["init", "rapport-2025"], in: folder).1 == 0)
        let (console, status) = run(["build", "rapport-2025"], in: folder)
        #expect(status == 0, "\(console.error)")
        let markdown = folder.read("rapport-2025/rapport/tilstandsrapport-2025.md") ?? ""
        let html = folder.read("rapport-2025/rapport/tilstandsrapport-2025.html") ?? ""
        #expect(markdown.hasPrefix("---\nlang: nb-NO\ntitle: |\n  Tilstandsrapport for barneverntjenesten 2025\n"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(console.output.contains("tilstandsrapport-2025.html"))
    }

    @Test func checkOnTheSampleFindsOnlyTheSampleItself() {
        let folder = TemporaryFolder()
        _ = run(["init", "--eksempel", "p"], in: folder)
        let (console, status) = run(["check", "p"], in: folder)
        #expect(status == 0)
        let codes = console.error.split(separator: "\n").compactMap { line in line.range(of: "advarsel[").map { line[$0.upperBound...].prefix(6) } }
        #expect(codes == ["INN135"], "\(console.error)")
        #expect(!console.error.contains("feil["))
    }

    @Test func statusShowsEachChapterAndWhatIsMissing() {
        let folder = TemporaryFolder()
        _ = run(["init", "--eksempel", "p"], in: folder)
        try? FileManager.default.removeItem(atPath: folder.path("p/tekster/okonomi.md"))
        let (console, status) = run(["status", "p"], in: folder, width: 200)
        #expect(status == 0)
        #expect(console.output.contains("De tillitsvalgtes vurdering"))
        #expect(console.output.contains("Marte Vik Sunde"))
        #expect(console.output.contains("til gjennomlesing"))
        let economy = console.output.split(separator: "\n").first { $0.hasPrefix("Økonomi") }.map(String.init) ?? ""
        #expect(economy.contains("tekst"), "\(economy)")
    }

    @Test func anErrorWritesNothingAndExitsOne() {
        let folder = TemporaryFolder()
        _ = run(["init", "p"], in: folder)
        folder.write("p/data/avvik.csv", "år;kategori;antall\n2025;fristbrudd;-3\n")
        let (console, status) = run(["build", "p"], in: folder)
        #expect(status == 1)
        #expect(console.error.contains("data/avvik.csv:2:17: feil[INN013]"))
        #expect(console.error.contains("Ingenting ble skrevet."))
        #expect(folder.listing("p/rapport").isEmpty)
    }

    @Test func aSecondBuildReplacesOnlyItsOwnOutputs() {
        let folder = TemporaryFolder()
        _ = run(["init", "p"], in: folder)
        #expect(run(["build", "p"], in: folder).1 == 0)
        #expect(run(["build", "p"], in: folder).1 == 0)
        folder.write("p/rapport/tilstandsrapport-2025.md", "mine endringer\n")
        let (_, status) = run(["build", "p"], in: folder)
        #expect(status == 3)
        #expect(folder.read("p/rapport/tilstandsrapport-2025.md") == "mine endringer\n")
    }
}
