import Foundation
import Testing
@testable import Charts

#if canImport(FoundationXML)
import FoundationXML
#endif

func point(_ value: Double?, _ label: String) -> ChartPoint { ChartPoint(value: value, label: label) }

func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// Tracks element depth, because XMLParser on Linux accepts a document that ends with elements still open.
private final class DepthCounter: NSObject, XMLParserDelegate {
    var depth = 0
    var elements = 0
    var failed = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        elements += 1
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }
}

/// True when `svg` parses as XML, so escaping mistakes that break structure are caught.
func isWellFormed(_ svg: String) -> Bool {
    let parser = XMLParser(data: Data(svg.utf8))
    let counter = DepthCounter()
    parser.delegate = counter
    let parsed = parser.parse()
    return parsed && parser.parserError == nil && !counter.failed && counter.depth == 0 && counter.elements > 0
}

@Suite struct FrameTests {
    let chart = Chart(
        kind: .bars, title: "Antall", description: "Antall per år", categories: ["2023", "2024"],
        series: [ChartSeries(name: "Fjordvik", points: [point(10, "10"), point(20, "20")])])

    @Test func rootElementIsAccessibleAndScales() {
        let svg = chart.svg(id: "fig-1")
        #expect(svg.hasPrefix(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 420 "))
        #expect(svg.contains("width=\"100%\" role=\"img\" aria-labelledby=\"fig-1-title fig-1-desc\" class=\"chart\">"))
        #expect(svg.contains("<title id=\"fig-1-title\">Antall</title><desc id=\"fig-1-desc\">Antall per år</desc>"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(isWellFormed(svg))
    }

    @Test func wellFormedCheckRejectsBrokenMarkup() {
        #expect(!isWellFormed("<svg><title>x</svg>"))
        #expect(!isWellFormed("<svg><title>x</title>"))
        #expect(isWellFormed("<svg><title>&lt;x&gt;</title></svg>"))
    }

    @Test func containsNoStylesScriptsOrExternalReferences() {
        for kind in [ChartKind.bars, .lines, .stackedBars] {
            var copy = chart
            copy.kind = kind
            let svg = copy.svg(id: "x")
            for forbidden in ["<style", "<script", "foreignObject", "href", "url(", "class=\"chart\" class"] {
                #expect(!svg.contains(forbidden))
            }
        }
    }

    @Test(arguments: [
        ("fig 1", "fig1"), ("a\"><script>", "ascript"), ("", "chart"), ("æøå", "chart"), ("ok_id-2", "ok_id-2"),
    ])
    func idIsSanitised(_ raw: String, _ expected: String) {
        #expect(Chart.sanitizedID(raw) == expected)
        let svg = chart.svg(id: raw)
        #expect(svg.contains("aria-labelledby=\"\(expected)-title \(expected)-desc\""))
        #expect(svg.contains("<title id=\"\(expected)-title\">"))
    }

    @Test func textIsNeverSmallerThanTwelve() throws {
        for kind in [ChartKind.bars, .lines, .stackedBars] {
            var copy = chart
            copy.kind = kind
            let svg = copy.svg(id: "x")
            for part in svg.components(separatedBy: "font-size=\"").dropFirst() {
                let number = try #require(Double(part.prefix { $0 != "\"" }))
                #expect(number >= 12)
            }
        }
    }
}

@Suite struct BarTests {
    let chart = Chart(
        kind: .bars, title: "t", description: "d", categories: ["2023", "2024"],
        series: [ChartSeries(name: "Fjordvik", points: [point(10, "10 %"), point(20, "20 %")])])

    @Test func heightsAreProportionalAndStartAtTheBaseline() throws {
        let bars = BarRenderer(chart: chart).bars
        try #require(bars.count == 2)
        #expect(abs(bars[1].height - 2 * bars[0].height) < 1e-9)
        #expect(abs((bars[0].y + bars[0].height) - (bars[1].y + bars[1].height)) < 1e-9)
        #expect(bars[0].x < bars[1].x)
    }

    @Test func labelsCategoriesAndLegendArePresent() {
        let svg = chart.svg(id: "b")
        for text in [">10 %<", ">20 %<", ">2023<", ">2024<", ">Fjordvik<"] {
            #expect(svg.contains(text))
        }
        #expect(count("<rect", in: svg) == 3)  // two bars and one legend swatch
    }

    @Test func groupedBarsSitSideBySideInEachCategory() {
        var grouped = chart
        grouped.series.append(ChartSeries(name: "Landet", points: [point(15, "15 %"), point(5, "5 %")]))
        let bars = BarRenderer(chart: grouped).bars
        #expect(bars.count == 4)
        let first = bars.filter { $0.category == 0 }
        #expect(first.count == 2 && first[0].x + first[0].width < first[1].x)
        #expect(bars.allSatisfy { $0.x >= 0 && $0.x + $0.width <= Layout.width })
    }

    @Test func hiddenValueDrawsNoBarButShowsItsLabelAtTheBaseline() throws {
        let hidden = Chart(
            kind: .bars, title: "t", description: "d", categories: ["2023", "2024"],
            series: [ChartSeries(name: "", points: [point(12, "12"), point(nil, "<5")])])
        let renderer = BarRenderer(chart: hidden)
        let bars = renderer.bars
        try #require(bars.count == 2)
        #expect(bars[1].isMissing && bars[1].height == 0 && bars[1].y == renderer.axis.baseline)
        let svg = hidden.svg(id: "h")
        #expect(svg.contains(">&lt;5<"))
        #expect(count("<rect", in: svg) == 1)
    }

    @Test func negativeValuesAreClampedButKeepTheirLabel() throws {
        let negative = Chart(
            kind: .bars, title: "t", description: "d", categories: ["a", "b"],
            series: [ChartSeries(name: "s", points: [point(-3, "−3"), point(4, "4")])])
        let bars = BarRenderer(chart: negative).bars
        try #require(bars.count == 2)
        #expect(bars[0].height == 0)
        #expect(negative.svg(id: "n").contains(">−3<"))
    }

    @Test func sharesUseTheFixedMaximum() {
        let shares = Chart(
            kind: .bars, title: "t", description: "d", categories: ["a"],
            series: [ChartSeries(name: "s", points: [point(50, "50 %")])], unit: "%", maximum: 100)
        let renderer = BarRenderer(chart: shares)
        #expect(abs(renderer.bars[0].height - ValueAxis.plotHeight / 2) < 1e-9)
        let svg = shares.svg(id: "s")
        #expect(svg.contains(">100<") && svg.contains(">%<"))
    }
}

@Suite struct LineTests {
    @Test func singlePointDrawsOnlyItsMarker() {
        let chart = Chart(
            kind: .lines, title: "t", description: "d", categories: ["2024"],
            series: [ChartSeries(name: "Fjordvik", points: [point(4, "4")])])
        let svg = chart.svg(id: "l")
        #expect(!svg.contains("<polyline"))
        // A lone series is labelled by name only, so its one marker is the data point.
        #expect(count("<circle", in: svg) == 1)
        #expect(svg.contains(">Fjordvik<") && svg.contains(">4<"))
    }

    @Test func missingMiddlePointBreaksTheLineInTwo() throws {
        let chart = Chart(
            kind: .lines, title: "t", description: "d", categories: ["2020", "2021", "2022", "2023", "2024"],
            series: [ChartSeries(name: "s", points: [
                point(3, "3"), point(6, "6"), point(nil, "<5"), point(8, "8"), point(9, "9"),
            ])])
        let renderer = LineRenderer(chart: chart)
        let runs = renderer.segments(0)
        try #require(runs.count == 2)
        #expect(runs.map(\.count) == [2, 2])
        let svg = chart.svg(id: "l")
        #expect(count("<polyline", in: svg) == 2)
        #expect(svg.contains(">&lt;5<"))
    }

    @Test func isolatedPointBetweenGapsIsAMarkerOnly() {
        let chart = Chart(
            kind: .lines, title: "t", description: "d", categories: ["a", "b", "c"],
            series: [ChartSeries(name: "s", points: [point(nil, "–"), point(2, "2"), point(nil, "–")])])
        let svg = chart.svg(id: "l")
        #expect(!svg.contains("<polyline"))
        #expect(LineRenderer(chart: chart).segments(0).map(\.count) == [1])
    }

    @Test func seriesDifferInMarkerShapeAndCarryDirectLabels() {
        let names = ["A", "B", "C", "D"]
        let chart = Chart(
            kind: .lines, title: "t", description: "d", categories: ["2023", "2024"],
            series: names.enumerated().map { index, name in
                ChartSeries(name: name, points: [point(Double(index), "\(index)"), point(Double(index + 1), "\(index + 1) %")])
            })
        let svg = chart.svg(id: "l")
        #expect(svg.contains("<circle") && svg.contains("<rect") && count("<polygon", in: svg) >= 4)
        for (index, name) in names.enumerated() {
            #expect(svg.contains(">\(name): \(index + 1) %<"))
        }
        let labels = LineRenderer(chart: chart).directLabels()
        #expect(labels.count == 4)
        let ys = labels.map(\.y).sorted()
        for (upper, lower) in zip(ys, ys.dropFirst()) {
            #expect(lower - upper >= Layout.lineHeight)
        }
    }
}

@Suite struct StackedBarTests {
    let chart = Chart(
        kind: .stackedBars, title: "t", description: "d",
        categories: ["Jeg trives på jobben", "Jeg har nok tid til hver familie"],
        series: [
            ChartSeries(name: "Helt enig", points: [point(45, "45 %"), point(20, "20 %")]),
            ChartSeries(name: "Delvis enig", points: [point(30, "30 %"), point(40, "40 %")]),
            ChartSeries(name: "Delvis uenig", points: [point(20, "20 %"), point(37, "37 %")]),
            ChartSeries(name: "Helt uenig", points: [point(5, "5 %"), point(nil, "<5")]),
        ])

    @Test func segmentsSumToTheBarWidth() {
        for row in StackedBarRenderer(chart: chart).rows() {
            let total = row.segments.map(\.width).reduce(0, +)
            #expect(abs(total - StackedBarRenderer.barWidth) < 1e-6)
            for (left, right) in zip(row.segments, row.segments.dropFirst()) {
                #expect(abs(left.x + left.width - right.x) < 1e-9)
            }
        }
    }

    @Test func narrowSegmentsAndHiddenValuesAreListedUnderTheBar() throws {
        let rows = StackedBarRenderer(chart: chart).rows()
        try #require(rows.count == 2)
        #expect(rows[0].segments.map(\.labelInside) == [true, true, true, false])
        #expect(rows[0].notes == ["Helt uenig: 5 %"])
        #expect(rows[1].notes == ["Helt uenig: <5"])
        let svg = chart.svg(id: "s")
        #expect(svg.contains(">45 %<") && svg.contains(">Helt enig<") && svg.contains(">Jeg trives på jobben<"))
        #expect(svg.contains("Helt uenig: &lt;5"))
    }

    @Test func fixedMaximumLeavesRoomForWhatIsMissing() throws {
        var fixed = chart
        fixed.maximum = 100
        let rows = StackedBarRenderer(chart: fixed).rows()
        try #require(rows.count == 2)
        let total = rows[1].segments.map(\.width).reduce(0, +)
        #expect(abs(total - 0.97 * StackedBarRenderer.barWidth) < 1e-6)
    }

    @Test func labelsInsideUseAReadableTextColour() {
        let svg = chart.svg(id: "s")
        #expect(svg.contains("fill=\"#ffffff\" text-anchor=\"middle\" font-size=\"14\">45 %<"))
    }
}

@Suite struct EmptyAndHostileTests {
    static let hostile = "</title><script>alert(1)</script>"

    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func allValuesSuppressedShowsTheEmptyMessage(_ kind: ChartKind) {
        let chart = Chart(
            kind: kind, title: "t", description: "d", categories: ["2023", "2024"],
            series: [ChartSeries(name: "s", points: [point(nil, "<5"), point(nil, "<5")])])
        let svg = chart.svg(id: "e")
        #expect(svg.contains(">Ingen tall å vise<"))
        #expect(!svg.contains("NaN") && !svg.lowercased().contains("inf"))
        #expect(isWellFormed(svg))
    }

    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func noCategoriesOrNoSeriesShowTheEmptyMessage(_ kind: ChartKind) {
        let noSeries = Chart(kind: kind, title: "t", description: "d", categories: ["a"], series: [])
        let noCategories = Chart(
            kind: kind, title: "t", description: "d", categories: [],
            series: [ChartSeries(name: "s", points: [point(1, "1")])])
        let emptySeries = Chart(
            kind: kind, title: "t", description: "d", categories: ["a"], series: [ChartSeries(name: "s", points: [])])
        for chart in [noSeries, noCategories, emptySeries] {
            #expect(chart.svg(id: "e").contains(">Ingen tall å vise<"))
        }
    }

    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func hostileTextAppearsOnlyAsText(_ kind: ChartKind) {
        let hostile = Self.hostile
        let chart = Chart(
            kind: kind, title: hostile, description: hostile, categories: [hostile, "b"],
            series: [
                ChartSeries(name: hostile, points: [point(40, hostile), point(nil, hostile)]),
                ChartSeries(name: "\"quoted' & <b>", points: [point(60, "60"), point(3, "3")]),
            ],
            unit: hostile)
        let svg = chart.svg(id: hostile)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("</title><script"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(count("<title", in: svg) == 1 && count("</title>", in: svg) == 1)
        #expect(isWellFormed(svg))
    }
}

@Suite struct EdgeCaseTests {
    static let cases: [(String, [String], [ChartSeries], Double?)] = [
        ("zeros", ["a", "b"], [ChartSeries(name: "s", points: [point(0, "0"), point(0, "0")])], nil),
        ("negative", ["a"], [ChartSeries(name: "s", points: [point(-5, "-5")])], nil),
        ("nan", ["a", "b"], [ChartSeries(name: "s", points: [point(.nan, "?"), point(2, "2")])], nil),
        ("infinite", ["a", "b"], [ChartSeries(name: "s", points: [point(.infinity, "∞"), point(2, "2")])], nil),
        ("nan maximum", ["a"], [ChartSeries(name: "s", points: [point(3, "3")])], .nan),
        ("zero maximum", ["a"], [ChartSeries(name: "s", points: [point(3, "3")])], 0),
        ("infinite maximum", ["a"], [ChartSeries(name: "s", points: [point(3, "3")])], .infinity),
        ("tiny", ["a"], [ChartSeries(name: "s", points: [point(1e-300, "0")])], nil),
        ("huge", ["a", "b"], [ChartSeries(name: "s", points: [point(1e300, "mye"), point(1, "1")])], nil),
        ("short series", ["a", "b", "c"], [ChartSeries(name: "s", points: [point(1, "1")])], nil),
        ("long series", ["a"], [ChartSeries(name: "s", points: [point(1, "1"), point(2, "2")])], nil),
        ("over maximum", ["a"], [ChartSeries(name: "s", points: [point(140, "140 %")])], 100),
        ("many categories", (2005...2024).map(String.init),
         [ChartSeries(name: "s", points: (0..<20).map { point(Double($0), "\($0)") })], nil),
        ("many series", ["a", "b"],
         (0..<9).map { ChartSeries(name: "Serie \($0)", points: [point(Double($0), "\($0)"), point(1, "1")]) }, nil),
        ("all nil but one", ["a", "b"],
         [ChartSeries(name: "s", points: [point(nil, "<5"), point(0, "0")]),
          ChartSeries(name: "t", points: [point(nil, "mangler"), point(nil, "")])], nil),
        ("long names", ["En svært lang kategori som må brytes over flere linjer for å passe", "b"],
         [ChartSeries(name: String(repeating: "Langtnavn ", count: 12), points: [point(1, "1"), point(2, "2")])], nil),
    ]

    @Test func noNaNOrInfinityInAnyOutput() {
        for (name, categories, series, maximum) in Self.cases {
            for kind in [ChartKind.bars, .lines, .stackedBars] {
                // Neutral title and id, so the check for "inf" only finds numbers.
                let chart = Chart(
                    kind: kind, title: "Figur", description: "Figur", categories: categories, series: series,
                    maximum: maximum)
                let svg = chart.svg(id: "figur")
                #expect(!svg.contains("NaN"), "\(name) \(kind)")
                #expect(!svg.lowercased().contains("inf"), "\(name) \(kind)")
                #expect(!svg.contains(/[0-9][eE][+-][0-9]/), "\(name) \(kind)")
                #expect(isWellFormed(svg), "\(name) \(kind)")
                #expect(numbersHaveAtMostOneDecimal(svg), "\(name) \(kind)")
            }
        }
    }

    /// Every run of digits after a '.' inside an attribute value is one digit long.
    private func numbersHaveAtMostOneDecimal(_ svg: String) -> Bool {
        let characters = Array(svg)
        var insideAttribute = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\"" { insideAttribute.toggle() }
            if insideAttribute, character == ".", index > 0, characters[index - 1].isNumber {
                var digits = 0
                var next = index + 1
                while next < characters.count, characters[next].isNumber {
                    digits += 1
                    next += 1
                }
                if digits > 1 { return false }
            }
            index += 1
        }
        return true
    }
}

@Suite struct PaletteTests {
    private func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16) ?? 0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    private func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func fillsStandOutFromWhiteAndCarryReadableText() {
        for entry in Palette.entries {
            #expect(contrast(entry.fill, "#ffffff") >= 3, "\(entry.fill)")
            #expect(contrast(entry.text, entry.fill) >= 4.5, "\(entry.fill)")
            #expect(entry.text == "#ffffff" || entry.text == "#1a1a1a")
        }
        #expect(contrast(Palette.text, "#ffffff") >= 4.5)
        #expect(contrast(Palette.axis, "#ffffff") >= 3)
        #expect(Set(Palette.entries.map(\.fill)).count == Palette.entries.count)
    }

    @Test func entriesRepeatAfterTheLast() {
        #expect(Palette.entry(Palette.entries.count) == Palette.entries[0])
        #expect(Palette.entry(-1) == Palette.entries[Palette.entries.count - 1])
    }
}
