import Foundation
import ReportInputs
import ReportModel
import SourceText
import Testing

/// The bokmål phrasebook: these tests check the figures' words in bokmål.
private let nb = Phrasebook(.bokmål)

/// A municipality's own indicators, declared in `data/indikator-katalog.csv`.
@Suite struct OwnIndicatorTests {
    /// A copy of the sample project with extra lines appended to files.
    func project(catalogue: String, indicators: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("own-indicators-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SampleProjectTests.sample, to: root)
        try catalogue.write(to: root.appendingPathComponent("data/indikator-katalog.csv"), atomically: true, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: root.appendingPathComponent("data/indikatorer.csv"))
        handle.seekToEndOfFile()
        handle.write(Data(indicators.utf8))
        try handle.close()
        return root
    }

    @Test func ownIndicatorsAreReadAndComputed() throws {
        let root = try project(catalogue: "id;navn;enhet;retning\nbarn_evaluert_plan_andel;Andel barn med evaluert plan;prosent;høyere er bedre\nsamvar_antall;Samvær med tilsyn;antall;\n",
                               indicators: "barn_evaluert_plan_andel;2025;kommune;78,5;prosent;;;internt;endelig;\r\nsamvar_antall;2025;kommune;3;antall;;;internt;endelig;\r\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let project = ProjectLoader().load(root)
        #expect(project.diagnostics.isEmpty, "\(DiagnosticFormatter().format(project.diagnostics))")
        let report = ComputedReport(data: try #require(project.data))
        let plan = try #require(report.indicator("barn_evaluert_plan_andel"))
        #expect(plan.entry.isOwn && plan.entry.direction == .higherIsBetter)
        #expect(plan.municipality.figure(2025).text(nb) == "78,5\u{00A0}%")
        // An own count follows the same privacy rule.
        #expect(report.indicator("samvar_antall")?.municipality.figure(2025).text(nb) == "<5")
    }

    @Test func ownIndicatorsMayNotShadowTheCatalogueOrBreakIds() throws {
        let root = try project(catalogue: "id;navn;enhet\nmeldinger;Meldinger igjen;antall\nmin indikator;Med mellomrom;prosent\n", indicators: "")
        defer { try? FileManager.default.removeItem(at: root) }
        let codes = ProjectLoader().load(root).diagnostics.map(\.code)
        #expect(codes == ["INN036", "INN035"])
    }
}
