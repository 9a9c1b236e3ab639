import Testing
@testable import Charts

@Suite struct StackedBarTests {
    static let answers = ["Helt enig", "Delvis enig", "Verken enig eller uenig", "Delvis uenig", "Helt uenig"]

    let chart = Chart(
        kind: .stackedBars, title: "t", description: "d",
        categories: ["Jeg trives på jobben", "Jeg har nok tid til hver familie"],
        series: [
            ChartSeries(name: "Helt enig", points: [point(45, "45,0 %"), point(20, "20,0 %")]),
            ChartSeries(name: "Delvis enig", points: [point(30, "30,0 %"), point(40, "40,0 %")]),
            ChartSeries(name: "Delvis uenig", points: [point(20, "20,0 %"), point(37, "37,0 %")]),
            ChartSeries(name: "Helt uenig", points: [point(5, "5,0 %"), point(nil, "<5")]),
        ], texts: reportTexts)

    func renderer(_ chart: Chart, _ layout: ChartLayout = .narrow) -> StackedBarRenderer {
        StackedBarRenderer(chart: chart, canvas: .of(layout))
    }

    @Test func segmentsSumToTheBarWidth() {
        let renderer = renderer(chart)
        for row in renderer.rows() {
            let total = row.segments.map(\.width).reduce(0, +)
            #expect(abs(total - renderer.barWidth) < 1e-6)
            for (left, right) in zip(row.segments, row.segments.dropFirst()) {
                #expect(abs(left.x + left.width - right.x) < 1e-9)
            }
        }
    }

    @Test func narrowSegmentsAndHiddenValuesAreListedUnderTheBar() throws {
        let rows = renderer(chart).rows()
        try #require(rows.count == 2)
        #expect(rows[0].segments.map(\.labelInside) == [true, true, true, false])
        #expect(rows[0].notes == ["Helt uenig: 5,0 %"])
        #expect(rows[1].notes == ["Helt uenig: <5"])
        let strings = SVGReader.read(chart.svg(id: "s", layout: .narrow)).strings
        #expect(strings.contains("45,0 %") && strings.contains("Helt enig") && strings.contains("Jeg trives på jobben"))
        #expect(strings.contains("Helt uenig: <5"))
    }

    @Test func aLabelNeverSitsInASegmentNarrowerThanItself() {
        for layout in ChartLayout.allCases {
            let reader = SVGReader.read(chart.svg(id: "s", layout: layout))
            let segments = reader.rects.filter { $0["class"] == "area" && $0["height"] == "28" }
            for (_, box) in reader.boxes where reader.texts.contains(where: { $0.text == box.text && $0.className == "on-fill" }) {
                let holder = segments.first { rect in
                    let x = Double(rect["x"] ?? "") ?? 0
                    let width = Double(rect["width"] ?? "") ?? 0
                    let y = Double(rect["y"] ?? "") ?? 0
                    return box.left >= x && box.right <= x + width && box.top >= y && box.bottom <= y + 28
                }
                #expect(holder != nil, "\(layout) \(box.text)")
            }
        }
    }

    @Test func notesBreakBetweenEntriesNotInsideThem() {
        let two = "Verken enig eller uenig: 13,3 % · Delvis uenig: 1,7 %"
        let lines = TextMetrics.wrap(
            items: ["Verken enig eller uenig: 13,3 %", "Delvis uenig: 1,7 %", "Helt uenig: 1,7 %"], separator: " · ",
            width: TextMetrics.width(two, size: 13) + 1, size: 13)
        #expect(lines == ["Verken enig eller uenig: 13,3 % · Delvis uenig: 1,7 %", "Helt uenig: 1,7 %"])
    }

    @Test func aFixedMaximumLeavesRoomForWhatIsMissing() throws {
        var fixed = chart
        fixed.maximum = 100
        let renderer = renderer(fixed)
        let rows = renderer.rows()
        try #require(rows.count == 2)
        let total = rows[1].segments.map(\.width).reduce(0, +)
        #expect(abs(total - 0.97 * renderer.barWidth) < 1e-6)
    }

    @Test func labelsInsideUseAReadableTextColourAndAClassForForcedColours() {
        let svg = chart.svg(id: "s", layout: .narrow)
        #expect(svg.contains("<text class=\"on-fill\" x="))
        #expect(svg.contains("fill=\"#ffffff\" text-anchor=\"middle\" font-size=\"13\">45,0 %<"))
    }

    /// Forced colours give every text the system text colour; on a coloured segment a halo in the
    /// system background, hidden until then, keeps it readable.
    @Test func everyLabelOnAColouredSegmentHasAHiddenHaloBehindIt() {
        let reader = SVGReader.read(chart.svg(id: "s", layout: .wide))
        let labels = reader.texts.filter { $0.className == "on-fill" }
        let halos = reader.texts.filter { $0.className == "on-fill halo" }
        #expect(labels.count == 6 && halos.count == 6)
        for (halo, label) in zip(halos, labels) {
            #expect(halo.text == label.text && halo.x == label.x && halo.y == label.y && halo.owner + 1 == label.owner)
        }
        let haloElements = reader.elements.filter { $0.name == "text" && $0.attributes["class"] == "on-fill halo" }
        #expect(haloElements.allSatisfy { $0.attributes["visibility"] == "hidden" && $0.attributes["stroke-width"] == "3" })
    }

    @Test func agreeToDisagreeIsADivergingScaleWithTheNeutralAnswerGrey() {
        let likert = Chart(
            kind: .stackedBars, title: "t", description: "d", categories: ["S01"],
            series: Self.answers.map { ChartSeries(name: $0, points: [point(20, "20,0 %")]) },
            maximum: 100, palette: .diverging(neutral: 2))
        let fills = (0..<5).map { likert.entry($0).fill }
        #expect(fills == ["#08519C", "#5B8FC9", "#8F8F8F", "#D0701F", "#8C3A00"])
        let svg = likert.svg(id: "l", layout: .wide)
        for fill in fills { #expect(svg.contains("fill=\"\(fill)\"")) }
    }

    @Test func everyStackedChartListsTheAnswersInTheSameOrder() {
        let rowsA = Chart(
            kind: .stackedBars, title: "a", description: "d", categories: ["S01", "S02"],
            series: Self.answers.map { ChartSeries(name: $0, points: [point(20, "20 %"), point(nil, "<5")]) },
            palette: .diverging(neutral: 2))
        let rowsB = Chart(
            kind: .stackedBars, title: "b", description: "d", categories: ["Skole (18 svar)"],
            series: Self.answers.map { ChartSeries(name: $0, points: [point(1, "1 %")]) }, palette: .diverging(neutral: 2))
        for chart in [rowsA, rowsB] {
            for layout in ChartLayout.allCases {
                let strings = SVGReader.read(chart.svg(id: "x", layout: layout)).strings
                #expect(Array(strings.prefix(5)) == Self.answers, "\(chart.title) \(layout)")
            }
        }
    }
}
