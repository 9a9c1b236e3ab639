import Testing
@testable import Charts

@Suite struct FrameTests {
    let chart = Chart(
        kind: .bars, title: "Antall", description: "Antall per år", categories: ["2023", "2024"],
        series: [ChartSeries(name: "Fjordvik", points: [point(10, "10"), point(20, "20")])])

    @Test(arguments: ChartLayout.allCases)
    func rootElementIsAccessibleAndScales(_ layout: ChartLayout) {
        let svg = chart.svg(id: "fig-1", layout: layout)
        let width = layout == .narrow ? "340" : "696"
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) "))
        #expect(svg.contains(
            "width=\"100%\" role=\"img\" aria-labelledby=\"fig-1-title fig-1-desc\" class=\"chart chart-\(layout.rawValue)\">"))
        #expect(svg.contains("<title id=\"fig-1-title\">Antall</title><desc id=\"fig-1-desc\">Antall per år</desc>"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(isWellFormed(svg))
    }

    @Test func wellFormedCheckRejectsBrokenMarkup() {
        #expect(!isWellFormed("<svg><title>x</svg>"))
        #expect(!isWellFormed("<svg><title>x</title>"))
        #expect(isWellFormed("<svg><title>&lt;x&gt;</title></svg>"))
    }

    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func containsNoStylesScriptsOrExternalReferences(_ kind: ChartKind) {
        var copy = chart
        copy.kind = kind
        for layout in ChartLayout.allCases {
            let svg = copy.svg(id: "x", layout: layout)
            for forbidden in ["<style", "style=", "<script", "foreignObject", "href", "url(", "<image", " on"] {
                #expect(!svg.contains(forbidden), "\(forbidden)")
            }
        }
    }

    @Test(arguments: [
        ("fig 1", "fig1"), ("a\"><script>", "ascript"), ("", "chart"), ("æøå", "chart"), ("ok_id-2", "ok_id-2"),
    ])
    func idIsSanitised(_ raw: String, _ expected: String) {
        #expect(Chart.sanitizedID(raw) == expected)
        let svg = chart.svg(id: raw, layout: .wide)
        #expect(svg.contains("aria-labelledby=\"\(expected)-title \(expected)-desc\""))
        #expect(svg.contains("<title id=\"\(expected)-title\">"))
    }

    /// The narrow drawing is shown at most 30rem wide and at least 320 px (a 360 px phone); the wide one
    /// from a 600 px column up. Either way every text is at least 12 px.
    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func textStaysAtLeastTwelvePixelsWhereEachLayoutIsShown(_ kind: ChartKind) {
        var copy = chart
        copy.kind = kind
        for (layout, smallestColumn) in [(ChartLayout.narrow, 320.0), (.wide, 600.0)] {
            let reader = SVGReader.read(copy.svg(id: "x", layout: layout))
            #expect(!reader.texts.isEmpty)
            for text in reader.texts {
                #expect(text.size * smallestColumn / reader.width >= 12, "\(text.text) \(text.size)")
            }
        }
        // On a 390 px phone the column is 350 px: 13 units show at 13.4 px.
        #expect(Canvas.of(.narrow).smallFontSize * 350 / Canvas.of(.narrow).width >= 13)
        // In the 696 px laptop column the wide drawing is shown one to one.
        #expect(Canvas.of(.wide).width == 696)
    }

    /// Forced-colours mode replaces `currentColor` and the classed shapes; only text on a coloured
    /// fill has its own colour, and it carries a class so the page can give it a halo.
    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func textAndLinesFollowThePageSoForcedColoursCanReplaceThem(_ kind: ChartKind) {
        var copy = chart
        copy.kind = kind
        let reader = SVGReader.read(copy.svg(id: "x", layout: .wide))
        for text in reader.texts {
            #expect(text.fill == "currentColor" || text.className.hasPrefix("on-fill"), "\(text.text) \(text.fill)")
        }
        for element in reader.elements where ["line", "polyline", "rect", "circle", "polygon"].contains(element.name) {
            #expect(!(element.attributes["class"] ?? "").isEmpty, "\(element.name)")
        }
    }

    @Test func theModuleWritesNoWordsOfItsOwn() {
        let empty = Chart(kind: .lines, title: "t", description: "d", categories: ["a"], series: [])
        let reader = SVGReader.read(empty.svg(id: "e", layout: .narrow))
        #expect(reader.texts.isEmpty)
        var zoomed = Chart(
            kind: .lines, title: "t", description: "d", categories: ["a", "b"],
            series: [ChartSeries(name: "s", points: [point(96, "96", mark: "*"), point(nil, "<5")])])
        let plain = SVGReader.read(zoomed.svg(id: "z", layout: .wide))
        // Only the caller's data: names, ticks, labels, categories and the list of what is not drawn.
        #expect(plain.strings == ["s", "95", "96", "97", "96*", "a", "b", "s: b (<5)."])
        zoomed.texts = reportTexts
        let worded = SVGReader.read(zoomed.svg(id: "z", layout: .wide))
        #expect(worded.strings.contains("Den loddrette aksen starter ikke på null."))
        #expect(worded.strings.contains("* foreløpig tall"))
    }
}

@Suite struct EmptyAndHostileTests {
    static let hostile = "</title><script>alert(1)</script>"

    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func allValuesSuppressedShowsTheCallersEmptyText(_ kind: ChartKind) {
        let chart = Chart(
            kind: kind, title: "t", description: "d", categories: ["2023", "2024"],
            series: [ChartSeries(name: "s", points: [point(nil, "<5"), point(nil, "<5")])], texts: reportTexts)
        for layout in ChartLayout.allCases {
            let svg = chart.svg(id: "e", layout: layout)
            #expect(svg.contains(">Ingen tall å vise<"))
            #expect(!svg.contains("NaN") && !svg.lowercased().contains("inf"))
            #expect(isWellFormed(svg))
            #expect(SVGReader.read(svg).collisions().isEmpty)
        }
    }

    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func noCategoriesOrNoSeriesShowTheEmptyText(_ kind: ChartKind) {
        let noSeries = Chart(kind: kind, title: "t", description: "d", categories: ["a"], series: [], texts: reportTexts)
        let noCategories = Chart(
            kind: kind, title: "t", description: "d", categories: [],
            series: [ChartSeries(name: "s", points: [point(1, "1")])], texts: reportTexts)
        let emptySeries = Chart(
            kind: kind, title: "t", description: "d", categories: ["a"], series: [ChartSeries(name: "s", points: [])],
            texts: reportTexts)
        for chart in [noSeries, noCategories, emptySeries] {
            #expect(chart.svg(id: "e", layout: .narrow).contains(">Ingen tall å vise<"))
        }
    }

    @Test(arguments: [ChartKind.bars, .lines, .stackedBars])
    func hostileTextAppearsOnlyAsText(_ kind: ChartKind) {
        let hostile = Self.hostile
        let chart = Chart(
            kind: kind, title: hostile, description: hostile, categories: [hostile, "b"],
            series: [
                ChartSeries(name: hostile, points: [point(40, hostile, mark: hostile), point(nil, hostile)]),
                ChartSeries(name: "\"quoted' & <b>", points: [point(60, "60"), point(3, "3")]),
            ],
            unit: hostile, texts: ChartTexts(empty: hostile, notDrawn: hostile, axisNotFromZero: hostile,
                                             marks: [ChartMark(symbol: hostile, meaning: hostile)]))
        for layout in ChartLayout.allCases {
            let svg = chart.svg(id: hostile, layout: layout)
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<b>"))
            #expect(svg.contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(count("<title", in: svg) == 1 && count("</title>", in: svg) == 1)
            #expect(isWellFormed(svg))
            #expect(SVGReader.read(svg).collisions().isEmpty)
        }
    }
}

@Suite struct EdgeCaseTests {
    static let cases: [(String, [String], [ChartSeries], Double?)] = [
        ("zeros", ["a", "b"], [ChartSeries(name: "s", points: [point(0, "0"), point(0, "0")])], nil),
        ("negative", ["a"], [ChartSeries(name: "s", points: [point(-5, "−5")])], nil),
        ("nan", ["a", "b"], [ChartSeries(name: "s", points: [point(.nan, "?"), point(2, "2")])], nil),
        ("infinite", ["a", "b"], [ChartSeries(name: "s", points: [point(.infinity, "∞"), point(2, "2")])], nil),
        ("nan maximum", ["a"], [ChartSeries(name: "s", points: [point(3, "3")])], .nan),
        ("zero maximum", ["a"], [ChartSeries(name: "s", points: [point(3, "3")])], 0),
        ("infinite maximum", ["a"], [ChartSeries(name: "s", points: [point(3, "3")])], .infinity),
        ("tiny", ["a"], [ChartSeries(name: "s", points: [point(1e-300, "0")])], nil),
        ("huge", ["a", "b"], [ChartSeries(name: "s", points: [point(1e300, "mye"), point(1, "1")])], nil),
        ("extremes", ["a", "b"], [ChartSeries(name: "s", points: [point(-1.7e308, "lite"), point(1.7e308, "mye")])], nil),
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
        ("unbreakable", [String(repeating: "x", count: 300), "b"],
         [ChartSeries(name: String(repeating: "Ø", count: 200), points: [point(1, String(repeating: "9", count: 80)), point(2, "2")])], nil),
    ]

    @Test func anyDataGiveWellFormedFiniteOutputWithoutCollisions() {
        for (name, categories, series, maximum) in Self.cases {
            for kind in [ChartKind.bars, .lines, .stackedBars] {
                for layout in ChartLayout.allCases {
                    // Neutral title and id, so the check for "inf" only finds numbers.
                    let chart = Chart(
                        kind: kind, title: "Figur", description: "Figur", categories: categories, series: series,
                        maximum: maximum, texts: reportTexts)
                    let svg = chart.svg(id: "figur", layout: layout)
                    let context = "\(name) \(kind) \(layout)"
                    #expect(!svg.contains("NaN"), "\(context)")
                    #expect(!svg.lowercased().contains("inf"), "\(context)")
                    #expect(!svg.contains(/[0-9][eE][+-][0-9]/), "\(context)")
                    #expect(isWellFormed(svg), "\(context)")
                    #expect(numbersHaveAtMostOneDecimal(svg), "\(context)")
                    #expect(SVGReader.read(svg).collisions() == [], "\(context)")
                }
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
