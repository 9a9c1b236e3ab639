import Testing
@testable import Charts

/// Every text box of charts built from adversarial data, measured from the SVG's own attributes with the
/// font's advance widths: no two boxes of different texts overlap and none crosses the SVG's edge.
@Suite struct CollisionTests {
    static let names = [
        "Fjordvik kommune", "KOSTRA-gruppe 7", "Landet",
        "Barneverntjenesten i Nordre Vestfjord og Søndre Fjordvik interkommunale samarbeid",
        "Helt enig", "Verken enig eller uenig",
    ]

    /// The value shapes that break naive layouts: all equal, all at the axis ends, a spread, hidden
    /// values among them, negative ones, and one label much wider than a bar.
    enum Data: CaseIterable {
        case equal, atTheEnds, spread, hidden, negative, longLabels

        func value(series: Int, category: Int) -> Double? {
            switch self {
            case .equal: return 50
            case .atTheEnds: return (series + category) % 2 == 0 ? 0 : 100
            case .spread: return Double((series * 37 + category * 11) % 100)
            case .hidden: return (series + category) % 3 == 0 ? nil : 96 + Double(series) * 0.7 + Double(category % 3)
            case .negative: return Double((series * 13 + category * 7) % 40) - 20
            case .longLabels: return 99.5 - Double(series)
            }
        }

        func label(_ value: Double?, series: Int) -> String {
            guard let value else { return series % 2 == 0 ? "<5" : "mangler" }
            let text = String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
            return self == .longLabels ? "kr\u{00A0}1\u{00A0}234\u{00A0}567,8 (\(text) %)" : text + "\u{00A0}%"
        }
    }

    static func chart(_ kind: ChartKind, categories: Int, series: Int, data: Data) -> Chart {
        Chart(
            kind: kind, title: "Figur", description: "Figur", categories: (0..<categories).map { 2014 + $0 }.map(String.init),
            series: (0..<series).map { index in
                ChartSeries(name: names[index % names.count], points: (0..<categories).map { category in
                    let value = data.value(series: index, category: category)
                    return point(value, data.label(value, series: index), mark: category == categories - 1 ? "*" : "")
                })
            },
            unit: "Prosent", maximum: data == .negative ? nil : 100,
            palette: kind == .stackedBars ? .diverging(neutral: series % 2 == 1 ? series / 2 : nil) : .categorical,
            texts: reportTexts)
    }

    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func noTextBoxOverlapsAnotherOrCrossesTheEdge(_ kind: ChartKind) {
        var checked = 0
        for categories in [1, 2, 3, 5, 8, 12] {
            for series in 1...6 {
                for data in Data.allCases {
                    let chart = Self.chart(kind, categories: categories, series: series, data: data)
                    for layout in ChartLayout.allCases {
                        let reader = SVGReader.read(chart.svg(id: "x", layout: layout))
                        let context = "\(kind) \(layout) \(categories)×\(series) \(data)"
                        #expect(!reader.failed, "\(context)")
                        #expect(!reader.texts.isEmpty, "\(context)")
                        let collisions = reader.collisions()
                        #expect(collisions.isEmpty, "\(context): \(collisions.prefix(3))")
                        checked += reader.texts.count
                    }
                }
            }
        }
        #expect(checked > 5_000)
    }

    @Test func theMeasureFindsACollisionWhenThereIsOne() {
        let svg = "<svg viewBox=\"0 0 100 50\"><g font-size=\"14\"><text x=\"10\" y=\"20\">2024</text>"
            + "<text x=\"20\" y=\"22\">2025</text><text x=\"90\" y=\"40\">kant</text></g></svg>"
        let found = SVGReader.read(svg).collisions()
        #expect(found.contains("«2024» overlaps «2025»"))
        #expect(found.contains { $0.hasPrefix("«kant» crosses the edge") })
    }

    @Test func multiLineLabelsAreMeasuredLineByLine() throws {
        let svg = "<svg viewBox=\"0 0 200 80\"><g font-size=\"14\"><text x=\"10\" y=\"20\"><tspan x=\"10\" dy=\"0\">en</tspan>"
            + "<tspan x=\"10\" dy=\"17\">to</tspan></text></g></svg>"
        let reader = SVGReader.read(svg)
        try #require(reader.texts.count == 2)
        #expect(reader.texts[1].y == 37 && reader.texts[1].text == "to")
        #expect(reader.collisions().isEmpty)
    }
}
