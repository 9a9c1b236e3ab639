import Charts
import Foundation
import ReportModel
@testable import ReportRendering
import Testing

/// How a chart block becomes HTML: the title above, a narrow and a wide drawing, the table behind
/// `<details>`, and the same text for a figure in the chart as in its table.
@Suite struct ChartBlockTests {
    let rule = Suppression()
    let nb = Phrasebook(.bokmål)

    func chartBlock(_ chart: Chart, _ table: DataTable) throws -> String {
        var blocks = ReportBlocks(phrases: nb)
        let placeholder = blocks.add(.chart(chart, table), name: "figur").member("blokk")?.text ?? ""
        let id = try #require(placeholder.split(separator: "\n").dropFirst().first.map(String.init))
        return blocks.html(id)
    }

    @Test func theTitleIsACaptionAboveBothDrawingsAndTheTableFollows() throws {
        let chart = Chart(kind: .bars, title: "Besatte årsverk", description: "d", categories: ["2025"],
                          series: [ChartSeries(name: "Ledere", points: [ChartPoint(rule.value(4, .fte, year: 2025), nb)])])
        let table = DataTable(caption: "Besatte årsverk", corner: "", columns: ["2025"], rows: [], threshold: 5, phrases: nb)
        let html = try chartBlock(chart, table)
        let caption = try #require(html.range(of: "<figcaption class=\"diagram-tittel\">Besatte årsverk</figcaption>"))
        let narrow = try #require(html.range(of: "class=\"chart chart-narrow\""))
        let wide = try #require(html.range(of: "class=\"chart chart-wide\""))
        let details = try #require(html.range(of: "<details><summary>Vis tallene i diagrammet som tabell</summary>"))
        #expect(caption.upperBound < narrow.lowerBound && narrow.upperBound < wide.lowerBound)
        #expect(wide.upperBound < details.lowerBound)
        #expect(html.contains("aria-labelledby=\"diagram-figur-1-smal-title diagram-figur-1-smal-desc\""))
        #expect(html.contains("aria-labelledby=\"diagram-figur-1-title diagram-figur-1-desc\""))
    }

    @Test func aYearRangeInTheCaptionNeverBreaksAtItsDash() {
        #expect(ReportBlocks.keepingRangesTogether("Andel, 2021–2025") == "Andel, 2021\u{2060}–\u{2060}2025")
        #expect(ReportBlocks.keepingRangesTogether("Svar – per sektor") == "Svar – per sektor")
        #expect(ReportBlocks.keepingRangesTogether("–1–") == "–1–")
    }

    /// Issue 12: «39 %» in charts, «39,0 %» in tables; a preliminary figure had no * in the chart.
    @Test func aFigureIsLabelledExactlyAsItsTableCellWithItsPreliminaryMark() {
        let share = rule.value(39, .percent, year: 2025)
        #expect(ChartPoint(share, nb).label == DataTable.Cell.figure(share, nb).text)
        #expect(ChartPoint(share, nb).label == "39,0\u{00A0}%")
        #expect(ChartPoint(share, nb).mark == "")
        let preliminary = rule.value(99.5, .percent, year: 2025, provenance: Provenance(source: "KOSTRA", status: .preliminary))
        #expect(ChartPoint(preliminary, nb).label == "99,5\u{00A0}%" && ChartPoint(preliminary, nb).mark == "*")
        let hidden = rule.count(3, year: 2025)
        #expect(ChartPoint(hidden, nb).value == nil && ChartPoint(hidden, nb).label == "<5")
        let missing = Figure.missing(.percent, year: 2025, provenance: Provenance(source: "KOSTRA", status: .preliminary))
        #expect(ChartPoint(missing, nb).label == "mangler" && ChartPoint(missing, nb).mark == "")
    }

    @Test func theReportSuppliesTheWordsAChartAdds() throws {
        let preliminary = Provenance(source: "KOSTRA", status: .preliminary)
        let chart = Chart(kind: .lines, title: "t", description: "Andelen.", categories: ["2024", "2025"], series: [
            ChartSeries(name: "Fjordvik", points: [ChartPoint(rule.value(97, .percent, year: 2024), nb),
                                                   ChartPoint(rule.value(99.5, .percent, year: 2025, provenance: preliminary), nb)]),
            ChartSeries(name: "Landet", points: [ChartPoint(rule.value(98, .percent, year: 2024), nb),
                                                 ChartPoint(Figure.missing(.percent, year: 2025), nb)]),
        ], unit: "Prosent", maximum: 100)
        let html = try chartBlock(chart, DataTable(caption: "t", corner: "", columns: [], rows: [], threshold: 5, phrases: nb))
        #expect(html.contains(">* foreløpig tall<"))
        #expect(html.contains(">Den loddrette aksen starter ikke på null.<"))
        #expect(html.contains("Vises ikke i diagrammet: Landet: 2025 (mangler)."))
        #expect(html.contains(">Landet (2024): 98,0\u{00A0}%<"))
        #expect(html.contains(">Fjordvik: 99,5\u{00A0}%*<"))
    }

    /// In the whole sample report every value label a chart draws is a cell of the chart's own table.
    @Test func everyChartValueInTheSampleReportIsWrittenAsInItsTable() throws {
        let (report, order) = try Repository.sampleReport()
        let html = try #require(ReportAssembler(templates: Repository.builtIn).render(report, order: order).0?.html)
        let blocks = html.components(separatedBy: "<div class=\"diagramblokk\">").dropFirst()
        #expect(blocks.count >= 8)
        var checked = 0
        var describedCount = 0
        for block in blocks {
            // A cell's text follows the column name a phone's card shows beside it.
            let cells = Set(matches(of: "<td[^>]*>(?:<span class=\"etikett\"[^>]*>[^<]*</span>)?([^<]*)", in: block))
            let drawn = matches(of: "<text[^>]*>([^<]*)</text>", in: block)
                .flatMap { $0.components(separatedBy: ": ") }
                .map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 }
                .filter { $0.hasSuffix("\u{00A0}%") || $0.hasPrefix("kr\u{00A0}") }
            // The description names the same figures, written the same way.
            let described = matches(of: "<desc[^>]*>([^<]*)</desc>", in: block)
                .flatMap { desc in matches(of: "((?:kr\u{00A0})?[0-9][0-9\u{00A0}]*(?:,[0-9]+)?(?:\u{00A0}%)?)(?:[,.;]|$| \\()", in: desc) }
                .filter { $0.hasSuffix("\u{00A0}%") || $0.hasPrefix("kr\u{00A0}") }
            describedCount += described.count
            for value in drawn + described {
                #expect(cells.contains(value), "\(value) is not in its table")
                checked += 1
            }
        }
        #expect(checked > 40 && describedCount > 60)
    }

    private func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]).replacingOccurrences(of: "&lt;", with: "<") }
        }
    }

    /// Issue 12: «Fylket» took KOSTRA's orange in the one chart without KOSTRA. A level keeps its colour and marker.
    @Test func aComparisonLevelKeepsItsColourWhenAnotherIsAbsent() throws {
        let points = [ChartPoint(rule.value(90, .percent, year: 2025), nb)]
        let chart = Chart(kind: .lines, title: "t", description: "d", categories: ["2025"], series: [
            ChartSeries(name: "Fjordvik", points: points, slot: ViewBuilder.chartSlot(.municipality)),
            ChartSeries(name: "Fylket", points: points, slot: ViewBuilder.chartSlot(.county)),
        ])
        let html = try chartBlock(chart, DataTable(caption: "t", corner: "", columns: ["2025"], rows: [], threshold: 5, phrases: nb))
        #expect(html.contains("#CC79A7"))
        #expect(!html.contains("#DB6300"))
        #expect(html.contains("series-line s3"))
    }
}
