import Testing
@testable import Charts

@Suite struct TicksTests {
    @Test func zeroToSevenUsesStepsOfTwo() {
        let scale = Scale(values: [0, 3, 7])
        #expect(scale.ticks.values == [0, 2, 4, 6, 8])
        #expect(scale.upper == 8)
    }

    @Test func zeroToHundredUsesStepsOfTwenty() {
        #expect(Scale(values: [100]).ticks.values == [0, 20, 40, 60, 80, 100])
    }

    @Test func zeroToHalfUsesTenthsWrittenWithComma() {
        let ticks = Scale(values: [0.5]).ticks
        #expect(ticks.values == [0, 0.1, 0.2, 0.3, 0.4, 0.5])
        #expect(ticks.values.map { ticks.label(for: $0) } == ["0,0", "0,1", "0,2", "0,3", "0,4", "0,5"])
    }

    @Test func allEqualValuesStillGiveAnAxisFromZero() {
        let scale = Scale(values: [3, 3, 3])
        #expect(scale.ticks.values == [0, 1, 2, 3])
        #expect(scale.fraction(3) == 1)
    }

    @Test(arguments: [[0.0, 0.0], [], [-4.0, -1.0], [Double.nan], [Double.infinity]])
    func degenerateDataFallBackToZeroToOne(_ values: [Double]) {
        let scale = Scale(values: values)
        #expect(scale.upper == 1)
        #expect(scale.ticks.values == [0, 1])
        #expect(scale.fraction(0) == 0)
    }

    @Test func maximumOverridesTheData() {
        let scale = Scale(values: [7, 12], maximum: 100)
        #expect(scale.upper == 100)
        #expect(scale.ticks.values == [0, 20, 40, 60, 80, 100])
        #expect(scale.fraction(50) == 0.5)
    }

    @Test func valuesAboveAFixedMaximumAreClamped() {
        let scale = Scale(values: [250], maximum: 100)
        #expect(scale.fraction(250) == 1)
        #expect(scale.fraction(-5) == 0)
        #expect(scale.fraction(.nan) == 0)
    }

    @Test func unusableMaximumIsIgnored() {
        #expect(Scale(values: [7], maximum: 0).upper == 8)
        #expect(Scale(values: [7], maximum: .nan).upper == 8)
        #expect(Scale(values: [7], maximum: -3).upper == 8)
    }

    @Test func fixedMaximumThatIsNotNiceKeepsTicksBelowIt() {
        let scale = Scale(values: [], maximum: 90)
        #expect(scale.upper == 90)
        #expect(scale.ticks.values == [0, 20, 40, 60, 80])
    }

    @Test func largeValuesGroupThousands() {
        let ticks = Scale(values: [48_000]).ticks
        #expect(ticks.values.last == 50_000)
        #expect(ticks.label(for: 50_000) == "50\u{00A0}000")
        #expect(ticks.label(for: 2_000) == "2000")
    }

    @Test func tinyAndHugeRangesStayFinite() {
        for value in [1e-12, 1e-7, 3e-4, 1e12, 1e200] {
            let scale = Scale(values: [value])
            #expect(scale.upper.isFinite && scale.upper > 0)
            #expect(scale.ticks.values.allSatisfy { $0.isFinite })
            #expect(scale.ticks.values.count <= 12)
        }
    }
}

@Suite struct SVGNumberTests {
    @Test(arguments: [
        (3.0, "3"), (2.54, "2.5"), (2.56, "2.6"), (-2.5, "-2.5"), (-0.04, "0"), (0.05, "0.1"), (640, "640"),
        (Double.nan, "0"), (Double.infinity, "0"), (-Double.infinity, "0"),
    ])
    func formatsWithAtMostOneDecimal(_ value: Double, _ expected: String) {
        #expect(SVGNumber.format(value) == expected)
    }
}
