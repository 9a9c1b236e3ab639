import Foundation
import Testing
@testable import Charts

@Suite struct PaletteTests {
    private func channels(_ hex: String) -> [Double] {
        let digits = Array(hex.dropFirst())
        return stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16) ?? 0) / 255 }
    }

    private func luminance(_ hex: String) -> Double {
        let linear = channels(hex).map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    private func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func everyFillStandsOutFromWhiteAndCarriesReadableText() {
        let all = Palette.entries + Palette.divergingFirst + Palette.divergingSecond + [Palette.neutral]
        for entry in all {
            #expect(contrast(entry.fill, "#ffffff") >= 3, "\(entry.fill)")
            #expect(contrast(entry.text, entry.fill) >= 4.5, "\(entry.fill)")
            #expect(entry.text == "#ffffff" || entry.text == "#1a1a1a")
        }
        #expect(contrast(Palette.axis, "#ffffff") >= 4.5)
        #expect(Set(Palette.entries.map(\.fill)).count == Palette.entries.count)
    }

    @Test func theNeutralAnswerIsAGreyWithoutHue() {
        let rgb = channels(Palette.neutral.fill)
        #expect(rgb[0] == rgb[1] && rgb[1] == rgb[2])
    }

    /// Each side is one hue (blue, then orange) getting darker towards its pole, for every scale length.
    @Test(arguments: [2, 3, 4, 5, 6, 7, 9])
    func divergingShadesDarkenTowardsEachPole(_ count: Int) {
        let neutral: Int? = count % 2 == 1 ? count / 2 : nil
        let entries = (0..<count).map { Palette.entry($0, of: count, palette: .diverging(neutral: neutral)) }
        let half = count / 2
        let first = entries.prefix(half)
        let second = entries.suffix(half)
        #expect(first.allSatisfy { Palette.divergingFirst.contains($0) })
        #expect(second.allSatisfy { Palette.divergingSecond.contains($0) })
        if let neutral { #expect(entries[neutral] == Palette.neutral) }
        let firstLuminance = first.map { luminance($0.fill) }
        let secondLuminance = second.map { luminance($0.fill) }
        #expect(firstLuminance == firstLuminance.sorted())
        #expect(secondLuminance == secondLuminance.sorted(by: >))
        // Up to three steps a side every answer has its own colour.
        if half <= 3 { #expect(Set(entries.map(\.fill)).count == count) }
    }

    @Test func categoricalEntriesRepeatAfterTheLast() {
        let count = Palette.entries.count
        #expect(Palette.entry(count, of: count + 1, palette: .categorical) == Palette.entries[0])
        #expect(Palette.entry(-1, of: 1, palette: .categorical) == Palette.entries[count - 1])
    }

    @Test func aNeutralIndexOutsideTheSeriesIsIgnored() {
        let entries = (0..<4).map { Palette.entry($0, of: 4, palette: .diverging(neutral: 9)) }
        #expect(!entries.contains(Palette.neutral))
    }
}
