import Charts
import Foundation
import ReportModel
@testable import ReportRendering
import Testing

/// Every place a value lands in the HTML that the report writes itself: table captions, header and
/// data cells, key figures, chart titles, descriptions and labels.
@Suite struct BlockEscapingTests {
    static let hostile = "</caption></td></table></svg></title><script>alert(1)</script><img src=x onerror=alert(1)>\" onmouseover=\"x"

    func expectInert(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<script"), sourceLocation: sourceLocation)
        #expect(!html.contains("<img"), sourceLocation: sourceLocation)
        #expect(!html.contains("\" onmouseover=\""), sourceLocation: sourceLocation)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), sourceLocation: sourceLocation)
    }

    @Test func tablesEscapeCaptionHeadersAndCells() {
        let table = DataTable(caption: Self.hostile, corner: Self.hostile, columns: [Self.hostile],
                              rows: [DataTable.Row(header: Self.hostile, cells: [.text(Self.hostile)])], threshold: 5, phrases: Phrasebook(.bokmål))
        let html = table.html(id: Self.hostile)
        expectInert(html)
        #expect(html.components(separatedBy: "&lt;script&gt;").count >= 6) // caption, corner, column, row, cell (and the id)
        // In Markdown the same text stays literal: no raw HTML, no broken table.
        let markdown = table.markdown()
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(markdown.contains("\\<script\\>"))
    }

    @Test func keyFiguresAndChartsEscapeEveryLabel() {
        var blocks = ReportBlocks(phrases: Phrasebook(.bokmål))
        let rule = Suppression()
        let figure = KeyFigure(label: Self.hostile, figure: rule.count(12, year: 2025), change: Self.hostile)
        let chart = Chart(kind: .bars, title: Self.hostile, description: Self.hostile, categories: [Self.hostile],
                          series: [ChartSeries(name: Self.hostile, points: [ChartPoint(value: 3, label: Self.hostile)])])
        let table = DataTable(caption: Self.hostile, corner: "", columns: [Self.hostile], rows: [], threshold: 5, phrases: Phrasebook(.bokmål))
        let keyID = blocks.add(.keyFigures([figure]), name: "a").member("blokk")?.text ?? ""
        let chartID = blocks.add(.chart(chart, table), name: "b").member("blokk")?.text ?? ""
        for placeholder in [keyID, chartID] {
            let id = placeholder.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
            expectInert(blocks.html(id))
        }
    }

    @Test func hiddenCellsAreMarkedForScreenReadersAndExplained() {
        let rule = Suppression()
        let table = DataTable(caption: "Avvik", corner: "Kategori", columns: ["2025"],
                              rows: [DataTable.Row(header: "Taushetsplikt", cells: [.figure(rule.count(2, year: 2025), Phrasebook(.bokmål))])], threshold: 5, phrases: Phrasebook(.bokmål))
        let html = table.html(id: "t")
        #expect(html.contains("<td class=\"tall skjult\">&lt;5<span class=\"visuelt-skjult\"> (under 5, skjult av personvernhensyn)</span></td>"))
        #expect(html.contains("«&lt;5»: et antall fra 1 til 4, som ikke vises slik at ingen kan kjennes igjen."))
        // Only the marks the table uses are explained.
        #expect(!html.contains("«skjult»"))
        #expect(html.contains("<th scope=\"row\">Taushetsplikt</th>"))
        #expect(html.contains("<caption id=\"t-tittel\">Avvik</caption>"))
    }
}
