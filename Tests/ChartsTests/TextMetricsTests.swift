import Testing
@testable import Charts

@Suite struct TextMetricsTests {
    @Test func widthsFollowArialAdvancesWithASafetyMargin() {
        // "2025" is four digits of 0,557 em; at 14 units that is 31,2, widened by 6 %.
        #expect(abs(TextMetrics.width("2025", size: 14) - 4 * 0.557 * 14 * 1.06) < 1e-9)
        #expect(TextMetrics.width("æøå", size: 10) == (0.890 + 0.611 + 0.557) * 10 * 1.06)
        #expect(TextMetrics.width("\u{2212}3\u{00A0}%", size: 10) == (0.584 + 0.557 + 0.278 + 0.890) * 10 * 1.06)
        #expect(TextMetrics.width("WWW", size: 10) > TextMetrics.width("iii", size: 10) * 3)
    }

    @Test func unknownCharactersCountAsAFullEm() {
        #expect(TextMetrics.width("漢", size: 10) == 10 * 1.06)
        #expect(TextMetrics.width("👍🏽", size: 10) == 2 * 10 * 1.06)
    }

    @Test func wrappingBreaksOnSpacesAndInsideOverlongWords() {
        #expect(TextMetrics.wrap("Verken enig eller uenig", width: 90, size: 14) == ["Verken enig", "eller uenig"])
        let pieces = TextMetrics.wrap(String(repeating: "x", count: 40), width: 60, size: 14)
        #expect(pieces.count > 1 && pieces.allSatisfy { TextMetrics.width($0, size: 14) <= 60 })
        #expect(pieces.joined() == String(repeating: "x", count: 40))
        #expect(TextMetrics.wrap("   ", width: 60, size: 14).isEmpty)
    }

    @Test func aLineLimitEndsInAnEllipsisThatFits() {
        let lines = TextMetrics.wrap(String(repeating: "ord ", count: 50), width: 80, size: 14, maximumLines: 2)
        #expect(lines.count == 2 && lines[1].hasSuffix("…"))
        #expect(lines.allSatisfy { TextMetrics.width($0, size: 14) <= 80 })
    }
}
