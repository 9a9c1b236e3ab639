import Foundation
import ReportInputs
import ReportModel
@testable import ReportRendering
import SourceText
import TestSupport
import Testing

/// One service for three councils (issue 15): the sample `SampleData/samarbeid` (Fjordvik hosts Li and Vang) gives a
/// report per council and one for the whole service; the goldens were read by eye.
@Suite struct SharedServiceReportTests {
    static let sample = Repository.root.appendingPathComponent("SampleData/samarbeid")

    /// Every report of the sample, host first, then the whole service; each with its golden's name.
    static func render() throws -> [(name: String, report: RenderedReport)] {
        let project = ProjectLoader().load(sample)
        #expect(!project.diagnostics.containsErrors, "\(project.diagnostics.filter(\.isError))")
        let data = try #require(project.data)
        let service = try #require(ComputedReport.service(data))
        let templates = Repository.builtIn(data.settings.language)
        return try (service.councils + [service.wholeService]).map { report in
            let (rendered, diagnostics) = ReportAssembler(templates: templates).render(report, order: project.chapterOrder)
            #expect(!diagnostics.containsErrors)
            let name: String
            switch report.settings.audience {
            case .council(_, let member): name = member.number
            default: name = "hele-tjenesten"
            }
            return (name, try #require(rendered))
        }
    }

    @Test func eachCouncilAndTheWholeServiceGetTheirOwnReport() throws {
        let reports = try Self.render()
        #expect(reports.map(\.name) == ["4699", "4698", "4697", "hele-tjenesten"])
        let vang = try #require(reports.first { $0.name == "4697" }).report.markdown
        #expect(vang.contains("**Vang kommune**"))
        #expect(vang.contains("Til kommunestyret, møte 09.04.2026."))
        #expect(vang.contains("Tallene for Vang kommune står først; tallene for hele tjenesten står ved siden av."))
        // Vang's own economy text takes the shared one's place; the others keep the shared one.
        #expect(vang.contains("Vang kommune betaler sin del av utgiftene"))
        #expect(!(reports[1].report.markdown.contains("Vang kommune betaler sin del av utgiftene")))
        let whole = try #require(reports.last).report.markdown
        #expect(whole.contains("Til kommunestyrene i Fjordvik kommune, Li kommune og Vang kommune."))
        #expect(!whole.contains("KOSTRA-gruppe 7 2025"))
    }

    @Test func aCouncilsTablesPrintTheWholeServiceBesideItsOwnFigures() throws {
        let reports = try Self.render()
        let li = try #require(reports.first { $0.name == "4698" }).report.markdown
        #expect(li.contains("| Indikator | 2021 | 2022 | 2023 | 2024 | 2025 | Hele tjenesten 2025 | KOSTRA-gruppe 2 2025 | Landet 2025 |"))
        // The service's reports (8 in all) are one decision: the service's figure is the same in every council's table.
        let row = { (markdown: String) in markdown.split(separator: "\n").first { $0.hasPrefix("| Meldinger mottatt |") }.map(String.init) }
        let cells = try reports.dropLast().map { try #require(row($0.report.markdown)).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(Set(cells.map { $0[7] }).count == 1)
        let last = try #require(reports.last).report.markdown
        let whole = try #require(row(last)).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(whole[6] == cells[0][7])
    }

    @Test(arguments: ["4699", "4698", "4697", "hele-tjenesten"])
    func markdownMatchesTheReviewedGolden(_ name: String) throws {
        let report = try #require(try Self.render().first { $0.name == name }).report
        expectGolden(report.markdown, "samarbeid/tilstandsrapport-2025-\(name).md")
    }

    @Test func vangsHTMLMatchesTheReviewedGolden() throws {
        let report = try #require(try Self.render().first { $0.name == "4697" }).report
        expectGolden(report.html, "samarbeid/tilstandsrapport-2025-4697.html")
    }

}
