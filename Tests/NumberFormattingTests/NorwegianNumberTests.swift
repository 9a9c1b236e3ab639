import Foundation
import Testing
@testable import NumberFormatting

private let nbsp = "\u{00A0}"
private let minus = "\u{2212}"

@Suite struct NorwegianNumberEdgeTests {
    @Test(arguments: [
        (Double.nan, 1, "–"),
        (Double.infinity, 0, "∞"),
        (-Double.infinity, 2, "\u{2212}∞"),
        (-0.0, 1, "0,0"),
        (-0.0, 0, "0"),
        (0.0, 2, "0,00"),
        (-0.04, 1, "0,0"),
        (-0.4, 0, "0"),
        (-0.5, 0, "\u{2212}1"),
        (0.5, 0, "1"),
        (1.5, 0, "2"),
        (2.5, 0, "3"),
        (-2.5, 0, "\u{2212}3"),
        (9.95, 1, "10,0"),
        (9.96, 1, "10,0"),
        (99.95, 1, "100,0"),
        (999.95, 1, "1\u{00A0}000,0"),
        (999_999.5, 0, "1\u{00A0}000\u{00A0}000"),
        (0.05, 1, "0,1"),
        (2.675, 2, "2,68"),
        (1.005, 2, "1,01"),
        (0.125, 2, "0,13"),
        (999, 0, "999"),
        (1234, 0, "1\u{00A0}234"),
        (-1234.5, 1, "\u{2212}1\u{00A0}234,5"),
        (12_345_678, 0, "12\u{00A0}345\u{00A0}678"),
        (0.000_012_3, 6, "0,000012"),
        (5e-324, 1, "0,0"),
        (1e-7, 0, "0"),
        (1e15, 0, "1\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000"),
        (1e20, 0, "100\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000"),
        (1e20, 1, "100\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000,0"),
        (-1e20, 0, "\u{2212}100\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000\u{00A0}000"),
        (12.5, -3, "13"),
    ] as [(Double, Int, String)])
    func formatsEdgeCasesExactly(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(NorwegianNumber.format(value, decimals: decimals) == expected)
    }

    @Test func trimsOnlyDecimalsThatAreAllZero() {
        #expect(NorwegianNumber.format(85, decimals: 1, trimZeroDecimals: true) == "85")
        #expect(NorwegianNumber.format(85.04, decimals: 1, trimZeroDecimals: true) == "85")
        #expect(NorwegianNumber.format(85.05, decimals: 1, trimZeroDecimals: true) == "85,1")
        #expect(NorwegianNumber.format(9.96, decimals: 1, trimZeroDecimals: true) == "10")
        #expect(NorwegianNumber.format(85.5, decimals: 2, trimZeroDecimals: true) == "85,50")
        #expect(NorwegianNumber.format(-0.01, decimals: 1, trimZeroDecimals: true) == "0")
    }

    @Test func hugeValuesPrintEveryDigitWithoutTrapping() {
        let largest = NorwegianNumber.format(.greatestFiniteMagnitude, decimals: 0)
        let digits = largest.filter(\.isNumber)
        #expect(digits.count == 309)
        #expect(digits.hasPrefix("17976931348623157"))
        #expect(largest.components(separatedBy: nbsp).allSatisfy { (1...3).contains($0.count) })
        let e300 = NorwegianNumber.format(1e300, decimals: 2)
        #expect(e300.hasPrefix("1" + nbsp + "000" + nbsp) && e300.hasSuffix("000,00"))
        #expect(e300.filter(\.isNumber).count == 303)
        #expect(NorwegianNumber.format(-.greatestFiniteMagnitude, decimals: 1).hasPrefix(minus + "179" + nbsp))
    }

    @Test func decimalsAreClampedSoHostileCountsStaySmall() {
        let text = NorwegianNumber.format(1.5, decimals: Int.max)
        #expect(text == "1," + "5" + String(repeating: "0", count: NorwegianNumber.maximumDecimals - 1))
        #expect(NorwegianNumber.format(1.5, decimals: Int.min) == "2")
    }

    @Test func roundedFollowsTheSameRule() {
        #expect(NorwegianNumber.rounded(2.675, decimals: 2) == 2.68)
        #expect(NorwegianNumber.rounded(9.95, decimals: 1) == 10)
        #expect(NorwegianNumber.rounded(0.30000000000000004, decimals: 1) == 0.3)
        #expect(NorwegianNumber.rounded(-2.5, decimals: 0) == -3)
        #expect(NorwegianNumber.rounded(-0.04, decimals: 1).sign == .minus)
        #expect(NorwegianNumber.rounded(1e300, decimals: 3) == 1e300)
        #expect(NorwegianNumber.rounded(.nan, decimals: 1).isNaN)
        #expect(NorwegianNumber.rounded(-.infinity, decimals: 1) == -.infinity)
    }

    @Test func shortestDigitsAreWhatSwiftPrints() {
        #expect(DecimalDigits(2.675) == DecimalDigits(2.675))
        #expect(DecimalDigits(0).isZero)
        var value = DecimalDigits(0.000_012_3)
        #expect(value.integerDigits == "0" && value.fractionDigits(7) == "0000123")
        value.round(fractionDigits: 5)
        #expect(value.fractionDigits(5) == "00001")
        #expect(DecimalDigits(1.2345e20).integerDigits == "123450000000000000000")
    }
}

/// Random values checked against Foundation: `String(format:)` (which rounds the exact binary value) and
/// `Decimal` rounding half away from zero (`NSDecimalRound`, `.plain`) on the shortest decimal.
@Suite struct NorwegianNumberPropertyTests {
    /// SplitMix64: a fixed seed so a failure names a value that can be tried again.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// What `String(format:)` text becomes in the Norwegian style.
    static func norwegian(fromPOSIX text: String) -> String {
        var body = Substring(text)
        var negative = false
        if body.first == "-" {
            negative = true
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let integer = NorwegianNumber.grouped(String(parts[0]))
        let fraction = parts.count > 1 ? "," + parts[1] : ""
        let isZero = body.allSatisfy { $0 == "0" || $0 == "." }
        return (negative && !isZero ? minus : "") + integer + fraction
    }

    /// The digits after the `decimals`-th place of the shortest decimal are exactly "5": a decimal tie.
    static func isDecimalTie(_ value: Double, decimals: Int) -> Bool {
        let digits = DecimalDigits(value.magnitude)
        let fraction = digits.fractionDigits(decimals + 25)
        let rest = fraction.dropFirst(decimals)
        return rest.first == "5" && rest.dropFirst().allSatisfy { $0 == "0" }
    }

    static func randomValue(_ generator: inout Generator) -> (Double, Int) {
        let exponent = Int.random(in: -6...14, using: &generator)
        let mantissa = Double.random(in: 1..<10, using: &generator)
        var value = mantissa * pow(10, Double(exponent))
        // Some values sit exactly on a shown decimal and on ties, where rounding rules differ most.
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: value = (value * 100).rounded() / 100
        case 1: value = ((value * 10).rounded() + 0.5) / 10
        default: break
        }
        if Bool.random(using: &generator) { value = -value }
        let integerDigits = max(String(Int(value.magnitude)).count, 1)
        let decimals = Int.random(in: 0...max(0, min(6, 15 - integerDigits)), using: &generator)
        return (value, decimals)
    }

    @Test func agreesWithPrintfAwayFromDecimalTies() {
        var generator = Generator(state: 20_251_231)
        var compared = 0
        for _ in 0..<20_000 {
            let (value, decimals) = Self.randomValue(&generator)
            guard !Self.isDecimalTie(value, decimals: decimals) else { continue }
            let reference = Self.norwegian(fromPOSIX: String(format: "%.\(decimals)f", value))
            let ours = NorwegianNumber.format(value, decimals: decimals)
            #expect(ours == reference, "\(value) with \(decimals) decimals")
            if ours != reference { return }
            compared += 1
        }
        #expect(compared > 15_000)
    }

    @Test func agreesWithDecimalRoundingHalfAwayFromZeroEverywhere() throws {
        var generator = Generator(state: 16)
        var ties = 0
        for _ in 0..<20_000 {
            let (value, decimals) = Self.randomValue(&generator)
            var exact = try #require(Decimal(string: value.description, locale: Locale(identifier: "en_US_POSIX")))
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, decimals, .plain)
            let text = NSDecimalNumber(decimal: rounded).stringValue
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let fraction = parts.count > 1 ? String(parts[1]) : ""
            let padded = decimals > 0 ? String(parts[0]) + "." + fraction + String(repeating: "0", count: decimals - fraction.count) : String(parts[0])
            let reference = Self.norwegian(fromPOSIX: padded)
            let ours = NorwegianNumber.format(value, decimals: decimals)
            #expect(ours == reference, "\(value) with \(decimals) decimals")
            if ours != reference { return }
            if Self.isDecimalTie(value, decimals: decimals) { ties += 1 }
        }
        #expect(ties > 1_000)
    }

    @Test func neverTrapsOnAnyBitPattern() {
        var generator = Generator(state: 7)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next())
            let decimals = Int.random(in: 0...4, using: &generator)
            let text = NorwegianNumber.format(value, decimals: decimals)
            #expect(!text.isEmpty)
            #expect(!text.contains("e") && !text.contains(".") && !text.contains("-"))
            if value.isFinite, value.magnitude < 1e15 {
                #expect(Double(text.replacingOccurrences(of: nbsp, with: "").replacingOccurrences(of: minus, with: "-")
                    .replacingOccurrences(of: ",", with: ".")).map { abs($0 - value) <= 0.5 * pow(10, -Double(decimals)) + 1e-9 * value.magnitude } == true,
                        "\(value)")
            }
        }
    }
}
