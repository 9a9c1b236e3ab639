import Testing
@testable import Charts

@Suite struct BarTests {
    let chart = Chart(
        kind: .bars, title: "t", description: "d", categories: ["2023", "2024"],
        series: [ChartSeries(name: "Fjordvik", points: [point(10, "10,0 %"), point(20, "20,0 %")])], texts: reportTexts)

    func renderer(_ chart: Chart, _ layout: ChartLayout = .wide) -> BarRenderer {
        BarRenderer(chart: chart, canvas: .of(layout))
    }

    @Test func heightsAreProportionalAndStandOnZero() throws {
        let renderer = renderer(chart)
        let bars = renderer.bars
        try #require(bars.count == 2)
        #expect(abs(bars[1].height - 2 * bars[0].height) < 1e-9)
        #expect(abs((bars[0].y + bars[0].height) - renderer.axis.zeroY) < 1e-9)
        #expect(abs((bars[1].y + bars[1].height) - renderer.axis.zeroY) < 1e-9)
        #expect(renderer.axis.scale.lower == 0)
    }

    @Test func highSharesStillStandOnZero() {
        var shares = chart
        shares.series = [ChartSeries(name: "s", points: [point(96, "96,0 %"), point(99.5, "99,5 %")])]
        shares.maximum = 100
        let renderer = renderer(shares)
        #expect(renderer.axis.scale.lower == 0 && renderer.axis.scale.upper == 100)
        let svg = shares.svg(id: "b", layout: .wide)
        #expect(!svg.contains("axis-gap"))
        #expect(!svg.contains("starter ikke på null"))
    }

    @Test func valueLabelsAreTheCallersTextAsWritten() {
        let reader = SVGReader.read(chart.svg(id: "b", layout: .wide))
        #expect(reader.strings.contains("10,0 %") && reader.strings.contains("20,0 %"))
        #expect(reader.strings.contains("2023") && reader.strings.contains("2024"))
    }

    @Test func aLoneSeriesNeedsNoLegendButSeveralHaveOneInSeriesOrder() {
        #expect(!SVGReader.read(chart.svg(id: "b", layout: .wide)).strings.contains("Fjordvik"))
        var grouped = chart
        grouped.series += [
            ChartSeries(name: "Landet", points: [point(15, "15"), point(5, "5")]),
            ChartSeries(name: "Agder", points: [point(1, "1"), point(2, "2")]),
        ]
        for layout in ChartLayout.allCases {
            let strings = SVGReader.read(grouped.svg(id: "b", layout: layout)).strings
            let order = ["Fjordvik", "Landet", "Agder"].compactMap { strings.firstIndex(of: $0) }
            #expect(order.count == 3 && order == order.sorted())
        }
    }

    @Test func groupedBarsSitSideBySideInsideTheirSlot() {
        var grouped = chart
        grouped.series.append(ChartSeries(name: "Landet", points: [point(15, "15"), point(5, "5")]))
        let renderer = renderer(grouped)
        let first = renderer.bars.filter { $0.category == 0 }
        #expect(first.count == 2 && first[0].x + first[0].width < first[1].x)
        #expect(renderer.bars.allSatisfy { $0.x >= renderer.axis.plotLeft && $0.x + $0.width <= renderer.plotRight })
    }

    @Test func aHiddenValueDrawsNoBarAndIsNamedInTheNoteAndDescription() throws {
        let hidden = Chart(
            kind: .bars, title: "t", description: "Tall.", categories: ["2023", "2024"],
            series: [ChartSeries(name: "Ledere", points: [point(12, "12"), point(nil, "<5")])], texts: reportTexts)
        let bars = renderer(hidden).bars
        try #require(bars.count == 2)
        #expect(bars[1].isMissing && bars[1].height == 0)
        let reader = SVGReader.read(hidden.svg(id: "h", layout: .wide))
        #expect(reader.rects.filter { $0["class"] == "area" }.count == 1)
        #expect(!reader.strings.contains("<5"))
        #expect(reader.strings.contains("Vises ikke i diagrammet: Ledere: 2024 (<5)."))
        #expect(reader.desc == "Tall. Vises ikke i diagrammet: Ledere: 2024 (<5).")
    }

    @Test func negativeValuesHangBelowZeroWithTheirLabelUnderneath() throws {
        let negative = Chart(
            kind: .bars, title: "t", description: "d", categories: ["a", "b"],
            series: [ChartSeries(name: "s", points: [point(-3, "−3"), point(4, "4")])])
        let renderer = renderer(negative)
        let bars = renderer.bars
        try #require(bars.count == 2)
        #expect(abs(bars[0].y - renderer.axis.zeroY) < 1e-9 && bars[0].height > 0)
        let reader = SVGReader.read(negative.svg(id: "n", layout: .wide))
        let label = try #require(reader.texts.first { $0.text == "−3" })
        #expect(label.y > renderer.axis.zeroY + bars[0].height)
        #expect(reader.collisions().isEmpty)
    }

    @Test func labelsWiderThanTheirBarsAreRaisedClearOfTheNeighbours() throws {
        let crowded = Chart(
            kind: .bars, title: "t", description: "d", categories: ["2024", "2025"],
            series: (0..<4).map { index in
                ChartSeries(name: "S\(index)", points: [point(Double(10 + index), "1\(index),5 %"), point(12, "12,0 %")])
            })
        for layout in ChartLayout.allCases {
            let renderer = renderer(crowded, layout)
            let reader = SVGReader.read(crowded.svg(id: "c", layout: layout))
            #expect(reader.collisions().isEmpty, "\(layout)")
            let labels = reader.boxes.filter { $0.box.text.hasSuffix("%") }.map(\.box)
            // Either every bar is labelled, clear of every bar it would cover, or none is.
            #expect(labels.isEmpty || labels.count == 8, "\(layout)")
            for label in labels {
                for bar in renderer.bars {
                    let shape = TextBox(left: bar.x, top: bar.y, right: bar.x + bar.width, bottom: bar.y + bar.height, text: "")
                    #expect(!label.overlaps(shape), "\(layout) \(label.text)")
                }
            }
        }
    }

    @Test func denseBarsDropTheirLabelsAndMarkTheCategoryInstead() {
        let dense = Chart(
            kind: .bars, title: "t", description: "d", categories: ["2021", "2022", "2023", "2024", "2025"],
            series: (0..<4).map { index in
                ChartSeries(name: "Rolle \(index)", points: (0..<5).map { year in
                    point(Double(index * 5 + year), "\(index * 5 + year),0", mark: year == 4 ? "*" : "")
                })
            }, texts: reportTexts)
        let strings = SVGReader.read(dense.svg(id: "d", layout: .narrow)).strings
        #expect(!strings.contains("19,0*") && !strings.contains("3,0"))
        #expect(strings.contains("2025*") && strings.contains("2024"))
        #expect(strings.contains("* foreløpig tall"))
    }

    @Test func sharesUseTheFixedMaximum() {
        let shares = Chart(
            kind: .bars, title: "t", description: "d", categories: ["a"],
            series: [ChartSeries(name: "s", points: [point(50, "50 %")])], unit: "Prosent", maximum: 100)
        let renderer = renderer(shares)
        #expect(abs(renderer.bars[0].height - Canvas.of(.wide).plotHeight / 2) < 1e-9)
        let strings = SVGReader.read(shares.svg(id: "s", layout: .wide)).strings
        #expect(strings.contains("100") && strings.contains("0") && strings.contains("Prosent"))
    }
}
