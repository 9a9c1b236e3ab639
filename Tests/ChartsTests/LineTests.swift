import Testing
@testable import Charts

@Suite struct LineTests {
    /// Issue 12's chart: a municipality at 96–99,5 %, a KOSTRA group with no 2025 figure yet.
    let shares = Chart(
        kind: .lines, title: "Andel meldinger gjennomgått innen en uke", description: "Andelen per år.",
        categories: ["2021", "2022", "2023", "2024", "2025"],
        series: [
            ChartSeries(name: "Fjordvik kommune", points: [
                point(98.9, "98,9 %"), point(98.7, "98,7 %"), point(96.5, "96,5 %"), point(99, "99,0 %"),
                point(99.5, "99,5 %", mark: "*"),
            ]),
            ChartSeries(name: "KOSTRA-gruppe 7", points: [
                point(98.4, "98,4 %"), point(98.1, "98,1 %"), point(97.9, "97,9 %"), point(98.2, "98,2 %"),
                point(nil, "mangler"),
            ]),
            ChartSeries(name: "Landet", points: [
                point(98.6, "98,6 %"), point(98.4, "98,4 %"), point(98.2, "98,2 %"), point(98.5, "98,5 %"),
                point(98.7, "98,7 %", mark: "*"),
            ]),
        ],
        unit: "Prosent", maximum: 100, texts: reportTexts)

    @Test(arguments: ChartLayout.allCases)
    func aComparatorWithoutALastValueIsLabelledWithItsOwnYear(_ layout: ChartLayout) {
        let strings = SVGReader.read(shares.svg(id: "l", layout: layout)).strings
        #expect(strings.contains("KOSTRA-gruppe 7 (2024): 98,2 %"))
        #expect(strings.contains("Fjordvik kommune: 99,5 %*"))
        #expect(strings.contains("Landet: 98,7 %*"))
        #expect(!strings.contains { $0.hasPrefix("KOSTRA-gruppe 7: ") })
    }

    @Test(arguments: ChartLayout.allCases)
    func theLegendKeepsTheSeriesOrder(_ layout: ChartLayout) {
        let strings = SVGReader.read(shares.svg(id: "l", layout: layout)).strings
        let order = ["Fjordvik kommune: 99,5 %*", "KOSTRA-gruppe 7 (2024): 98,2 %", "Landet: 98,7 %*"]
            .compactMap { strings.firstIndex(of: $0) }
        #expect(order == order.sorted() && order.count == 3)
    }

    @Test(arguments: ChartLayout.allCases)
    func aZoomedAxisShowsBothEndsABreakAndANote(_ layout: ChartLayout) {
        let renderer = LineRenderer(chart: shares, canvas: .of(layout), layout: layout)
        #expect(renderer.axis.scale.ticks == [96, 97, 98, 99, 100])
        let svg = shares.svg(id: "l", layout: layout)
        let strings = SVGReader.read(svg).strings
        #expect(strings.contains("96") && strings.contains("100"))
        #expect(svg.contains("class=\"axis-gap\""))
        #expect(strings.contains("Den loddrette aksen starter ikke på null."))
        #expect(SVGReader.read(svg).desc.contains("Den loddrette aksen starter ikke på null."))
    }

    @Test func anAxisFromZeroHasNoBreakAndNoNote() {
        let low = Chart(
            kind: .lines, title: "t", description: "d", categories: ["a", "b"],
            series: [ChartSeries(name: "s", points: [point(2, "2"), point(10, "10")])], texts: reportTexts)
        let svg = low.svg(id: "z", layout: .wide)
        #expect(!svg.contains("axis-gap") && !svg.contains("starter ikke på null"))
    }

    @Test func aMissingPointIsAGapNamedInWordsNotASquareNearZero() throws {
        let reader = SVGReader.read(shares.svg(id: "l", layout: .wide))
        #expect(!reader.strings.contains("mangler"))
        #expect(reader.strings.contains("Vises ikke i diagrammet: KOSTRA-gruppe 7: 2025 (mangler)."))
        #expect(reader.desc.contains("Vises ikke i diagrammet: KOSTRA-gruppe 7: 2025 (mangler)."))
        let renderer = LineRenderer(chart: shares, canvas: .of(.wide), layout: .wide)
        let kostra = renderer.segments(1)
        try #require(kostra.count == 1)
        #expect(kostra[0].map(\.category) == [0, 1, 2, 3])
        // 5 + 4 + 5 point markers and one in each legend key.
        let markers = reader.elements.filter { $0.attributes["class"] == "marker" }
        #expect(markers.count == 14 + 3)
    }

    @Test func aMissingMiddlePointBreaksTheLineInTwo() throws {
        let chart = Chart(
            kind: .lines, title: "t", description: "d", categories: ["2020", "2021", "2022", "2023", "2024"],
            series: [ChartSeries(name: "s", points: [
                point(3, "3"), point(6, "6"), point(nil, "<5"), point(8, "8"), point(9, "9"),
            ])], texts: reportTexts)
        let runs = LineRenderer(chart: chart, canvas: .of(.narrow), layout: .narrow).segments(0)
        #expect(runs.map(\.count) == [2, 2])
        let svg = chart.svg(id: "l", layout: .narrow)
        #expect(count("<polyline", in: svg) == 2)
        #expect(SVGReader.read(svg).desc == "d Vises ikke i diagrammet: s: 2022 (<5).")
    }

    @Test func anIsolatedPointBetweenGapsIsAMarkerOnly() {
        let chart = Chart(
            kind: .lines, title: "t", description: "d", categories: ["a", "b", "c"],
            series: [ChartSeries(name: "s", points: [point(nil, "–"), point(2, "2"), point(nil, "–")])])
        #expect(!chart.svg(id: "l", layout: .wide).contains("<polyline"))
    }

    @Test func aLoneSeriesCarriesEveryValueAwayFromItsNeighbours() throws {
        let chart = Chart(
            kind: .lines, title: "t", description: "d", categories: ["2021", "2022", "2023", "2024", "2025"],
            series: [ChartSeries(name: "Fjordvik kommune", points: [
                point(89.2, "89,2 %"), point(90.4, "90,4 %"), point(83.7, "83,7 %"), point(92.9, "92,9 %"),
                point(96.1, "96,1 %"),
            ])], unit: "Prosent", maximum: 100, texts: reportTexts)
        for layout in ChartLayout.allCases {
            let renderer = LineRenderer(chart: chart, canvas: .of(layout), layout: layout)
            let reader = SVGReader.read(chart.svg(id: "l", layout: layout))
            for label in ["89,2 %", "90,4 %", "83,7 %", "92,9 %", "96,1 %"] {
                #expect(reader.strings.contains(label), "\(layout) \(label)")
            }
            // The dip at 2023 has its label below the point, the peak at 2022 above it.
            let dip = try #require(reader.texts.first { $0.text == "83,7 %" })
            let peak = try #require(reader.texts.first { $0.text == "90,4 %" })
            #expect(dip.y > renderer.axis.y(83.7) && peak.y < renderer.axis.y(90.4))
            #expect(reader.collisions().isEmpty)
        }
    }

    @Test func markersDifferInShapeBetweenSeries() {
        let svg = shares.svg(id: "l", layout: .wide)
        #expect(svg.contains("<circle class=\"marker\"") && svg.contains("<rect class=\"marker\"")
            && svg.contains("<polygon class=\"marker\""))
        #expect(svg.contains("series-line s0") && svg.contains("series-line s1") && svg.contains("series-line s2"))
    }

    @Test func theDescriptionNamesTheMarkedPoints() {
        let desc = SVGReader.read(shares.svg(id: "l", layout: .wide)).desc
        #expect(desc.hasPrefix("Andelen per år. "))
        #expect(desc.contains("* foreløpig tall: Fjordvik kommune 2025, Landet 2025."))
    }
}
