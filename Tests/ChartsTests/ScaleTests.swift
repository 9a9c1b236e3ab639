import Testing
@testable import Charts

@Suite struct BarScaleTests {
    @Test func barsStartAtZero() {
        let scale = Scale.fromZero(values: [3, 17])
        #expect(scale.lower == 0)
        #expect(scale.ticks == [0, 5, 10, 15, 20])
        #expect(!scale.excludesZero)
    }

    @Test func barsAreNeverZoomedEvenForHighValues() {
        let scale = Scale.fromZero(values: [96, 99.5], maximum: 100)
        #expect(scale.lower == 0 && scale.upper == 100)
        #expect(scale.ticks == [0, 20, 40, 60, 80, 100])
    }

    @Test func negativeBarsReachBelowZero() {
        let scale = Scale.fromZero(values: [-3, 4])
        #expect(scale.lower == -4 && scale.upper == 4)
        #expect(scale.ticks.contains(0))
        #expect(scale.fraction(0) == 0.5)
    }

    @Test func aFixedMaximumOffTheGridIsTheLastTick() {
        let scale = Scale.fromZero(values: [3], maximum: 7)
        #expect(scale.upper == 7)
        #expect(scale.ticks.first == 0 && scale.ticks.last == 7)
        #expect(zip(scale.ticks, scale.ticks.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func dataAboveTheMaximumExtendTheAxisInsteadOfBeingCut() {
        let scale = Scale.fromZero(values: [140], maximum: 100)
        #expect(scale.upper >= 140)
        #expect(scale.fraction(140) <= 1)
    }

    @Test func tenthsAreWrittenWithACommaAndThousandsGrouped() {
        let small = Scale.fromZero(values: [0.5])
        #expect(small.ticks.map(small.label) == ["0,0", "0,1", "0,2", "0,3", "0,4", "0,5"])
        let large = Scale.fromZero(values: [12_000])
        #expect(large.ticks.map(large.label) == ["0", "5\u{00A0}000", "10\u{00A0}000", "15\u{00A0}000"])
    }

    @Test(arguments: [[0.0, 0.0], [], [Double.nan], [Double.infinity], [1e-300]])
    func degenerateDataGiveZeroToOne(_ values: [Double]) {
        let scale = Scale.fromZero(values: values)
        #expect(scale.lower == 0 && scale.upper == 1)
        #expect(scale.fraction(0) == 0)
    }
}

@Suite struct LineScaleTests {
    @Test func highSharesZoomToNiceTicksAroundTheData() {
        let scale = Scale.fitted(values: [96, 97.2, 99.5], maximum: 100)
        #expect(scale.ticks == [94, 96, 98, 100])
        #expect(scale.excludesZero)
        #expect(scale.ticks.map(scale.label) == ["94", "96", "98", "100"])
    }

    @Test func lowSharesZoomWithDecimalTicks() {
        let scale = Scale.fitted(values: [3.3, 3.7, 4.0], maximum: 100)
        #expect(scale.ticks == [3.0, 3.5, 4.0, 4.5])
        #expect(scale.ticks.map(scale.label) == ["3,0", "3,5", "4,0", "4,5"])
        #expect(scale.excludesZero)
    }

    @Test func everyPointLiesStrictlyInsideAZoomedAxis() {
        let scale = Scale.fitted(values: [96.5, 99.5], maximum: 100)
        #expect(scale.ticks == [96, 97, 98, 99, 100])
        #expect(scale.fraction(96.5) > 0 && scale.fraction(99.5) < 1)
    }

    @Test func twoIntervalsAreSplitFiner() {
        let scale = Scale.fitted(values: [10_150, 13_950])
        #expect(scale.ticks == [10_000, 11_000, 12_000, 13_000, 14_000])
        #expect(scale.label(10_000) == "10\u{00A0}000")
    }

    @Test func zeroNearTheDataIsIncludedInsteadOfABreak() {
        let scale = Scale.fitted(values: [2, 10])
        #expect(scale.lower == 0)
        #expect(!scale.excludesZero)
        #expect(Scale.fitted(values: [30, 90], maximum: 100).lower == 0)
    }

    @Test func aZoomedAxisStaysWithinZeroAndTheMaximum() {
        let capped = Scale.fitted(values: [97, 100], maximum: 100)
        #expect(capped.upper == 100 && capped.lower > 0)
        let floor = Scale.fitted(values: [0.2, 0.3])
        #expect(floor.lower >= 0)
    }

    @Test func equalValuesGetARangeAroundThem() {
        let scale = Scale.fitted(values: [97, 97, 97], maximum: 100)
        #expect(scale.lower < 97 && scale.upper > 97 && scale.upper <= 100)
        #expect(scale.fraction(97) > 0 && scale.fraction(97) < 1)
    }

    @Test func negativeLinesZoomWithABreakAtTheTop() {
        let scale = Scale.fitted(values: [-99, -96])
        #expect(scale.upper < 0 && scale.excludesZero)
    }

    @Test(arguments: [[Double](), [0, 0], [.nan], [.infinity, -.infinity], [1e-300, 2e-300], [1e300, 1.7e308],
                      [-1.7e308, 1.7e308], [5e-324]])
    func anyDataGiveAFiniteAscendingAxis(_ values: [Double]) {
        for scale in [Scale.fitted(values: values), Scale.fromZero(values: values)] {
            #expect(scale.lower.isFinite && scale.upper.isFinite && scale.lower < scale.upper)
            #expect(!scale.ticks.isEmpty && scale.ticks.count <= 41)
            #expect(zip(scale.ticks, scale.ticks.dropFirst()).allSatisfy { $0 < $1 })
            #expect(scale.ticks.allSatisfy { !scale.label($0).isEmpty && !scale.label($0).contains("e") })
            for value in values + [0, 1] { #expect(!scale.fraction(value).isNaN) }
        }
    }

    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        #expect(Scale.niceStep(0.23) == (0.5, 1))
        #expect(Scale.niceStep(1.17) == (2, 0))
        #expect(Scale.niceStep(7) == (10, 0))
        #expect(Scale.niceStep(1267) == (2000, 0))
        #expect(Scale.finerStep(2000, 0) == (1000, 0))
        #expect(Scale.finerStep(5, 0) == (2, 0))
        #expect(Scale.finerStep(1, 0) == (0.5, 1))
        #expect(Scale.finerStep(0.1, 1) == (0.05, 2))
    }
}
