import Foundation
import ReportInputs
import ReportModel
import SourceText
import Testing

/// The sample municipality in `SampleData/` is the acceptance test of the inputs: it must load clean.
@Suite struct SampleProjectTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SampleData")

    @Test func sampleProjectLoadsWithNoDiagnostics() throws {
        let project = ProjectLoader().load(Self.sample)
        #expect(project.diagnostics.isEmpty, "\(DiagnosticFormatter().format(project.diagnostics))")
        let data = try #require(project.data)
        #expect(data.settings.municipality == "Fjordvik kommune")
        #expect(data.settings.year == 2025)
        #expect(data.settings.threshold == 5)
        #expect(data.staffing.count == 20)
        #expect(data.personnel.count == 5)
        #expect(data.survey?.responses.count == 60)
        #expect(data.texts.count == 14)
        #expect(data.texts["bemanning-tillitsvalgte"]?.authors.count == 2)
    }

    @Test func sampleProjectComputes() throws {
        let data = try #require(ProjectLoader().load(Self.sample).data)
        let report = ComputedReport(data: data)
        #expect(report.isDraft) // innsats is still til gjennomlesing
        #expect(report.staffing.filled.figure(2025).isShown)
        #expect(report.survey?.isShown == true)
        // Fastlege has three respondents: it is never shown on its own.
        #expect(report.survey?.sectors.contains { $0.name == "Fastlege" } == false)
        #expect(report.survey?.mergeNote.map(Phrasebook(.bokmål).mergeNote)?.contains("Fastlege") == true)
    }
}
