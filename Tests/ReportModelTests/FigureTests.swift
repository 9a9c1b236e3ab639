import ReportModel
import Testing

/// The bokmål phrasebook: these tests check the figures' words in bokmål.
private let nb = Phrasebook(.bokmål)

/// How a figure is written for a Norwegian reader, and how two figures compare.
@Suite struct FigureTests {
    let nbsp = "\u{00A0}"
    let rule = Suppression()

    // MARK: Formatting

    @Test func countsUseANoBreakSpaceBetweenThousands() {
        #expect(rule.count(1234, year: 2025).text(nb) == "1\u{00A0}234")
        #expect(rule.count(1_234_567, year: 2025).text(nb) == "1\u{00A0}234\u{00A0}567")
        #expect(rule.count(999, year: 2025).text(nb) == "999")
        #expect(rule.count(0, year: 2025).text(nb) == "0")
        // The space is the no-break space, never an ordinary one, so a number never breaks across lines.
        #expect(!rule.count(1234, year: 2025).text(nb).contains(" "))
    }

    @Test func sharesHaveADecimalCommaAndAPercentSignAfterANoBreakSpace() {
        #expect(rule.value(12.5, .percent, year: 2025).text(nb) == "12,5\(nbsp)%")
        #expect(rule.value(12.54, .percent, year: 2025).text(nb) == "12,5\(nbsp)%")
        #expect(rule.value(12.56, .percent, year: 2025).text(nb) == "12,6\(nbsp)%")
        #expect(rule.value(0.4, .percent, year: 2025).text(nb) == "0,4\(nbsp)%")
    }

    @Test func aWholeShareDropsItsZeroDecimal() {
        #expect(rule.value(85, .percent, year: 2025).text(nb) == "85\(nbsp)%")
        #expect(rule.value(85.0, .percent, year: 2025).numberText(nb) == "85")
        #expect(rule.value(84.96, .percent, year: 2025).text(nb) == "85\(nbsp)%")
        #expect(rule.value(100, .percent, year: 2025).text(nb) == "100\(nbsp)%")
        // Only shares are trimmed: årsverk keep their decimal.
        #expect(rule.value(85, .fte, year: 2025).text(nb) == "85,0")
    }

    @Test func kronerAreWrittenWithKrFirst() {
        #expect(rule.value(1_234_567, .kroner, year: 2025).text(nb) == "kr\(nbsp)1\(nbsp)234\(nbsp)567")
        #expect(rule.value(1_234_567.4, .kroner, year: 2025).text(nb) == "kr\(nbsp)1\(nbsp)234\(nbsp)567")
        #expect(rule.value(950, .kroner, year: 2025).text(nb) == "kr\(nbsp)950")
    }

    @Test func negativeNumbersUseTheMinusSign() {
        #expect(NorwegianFormat.number(-3, decimals: 0) == "\u{2212}3")
        #expect(NorwegianFormat.number(-1234.5, decimals: 1) == "\u{2212}1\(nbsp)234,5")
        #expect(rule.value(-3, .ratio, year: 2025).text(nb) == "\u{2212}3,0")
        // A value that rounds to zero has no sign.
        #expect(NorwegianFormat.number(-0.04, decimals: 1) == "0,0")
        #expect(NorwegianFormat.number(-0.4, decimals: 0) == "0")
    }

    @Test func roundingCarriesIntoTheWholePart() {
        #expect(NorwegianFormat.number(999.96, decimals: 1) == "1\(nbsp)000,0")
        #expect(NorwegianFormat.number(9.96, decimals: 1, trimZeroDecimals: true) == "10")
        #expect(NorwegianFormat.number(1234.56, decimals: 1) == "1\(nbsp)234,6")
        #expect(NorwegianFormat.number(0.05, decimals: 1) == "0,1")
        #expect(NorwegianFormat.number(9.95, decimals: 1) == "10,0")
        #expect(NorwegianFormat.number(.nan, decimals: 0) == "–")
        #expect(NorwegianFormat.number(.infinity, decimals: 0) == "∞")
    }

    /// Issue 16: a count of 10^20 ended `check` and `build` with SIGILL in `Int(scaled / factor)`.
    @Test func countsFarBeyondAnyRealOnePrintWithoutTrapping() {
        let e20 = "100\(nbsp)000\(nbsp)000\(nbsp)000\(nbsp)000\(nbsp)000\(nbsp)000"
        #expect(NorwegianFormat.number(1e20, decimals: 0) == e20)
        #expect(rule.count(1e20, year: 2025).text(nb) == e20)
        #expect(rule.value(1e20, .fte, year: 2025).text(nb) == e20 + ",0")
        #expect(rule.value(1e300, .kroner, year: 2025).text(nb).filter(\.isNumber).count == 301)
        #expect(rule.value(.greatestFiniteMagnitude, .percent, year: 2025).text(nb).hasSuffix("\(nbsp)%"))
        #expect(rule.value(-1e20, .ratio, year: 2025).text(nb) == "\u{2212}" + e20 + ",0")
    }

    @Test func otherUnits() {
        #expect(rule.value(3.26, .perThousand, year: 2025).text(nb) == "3,3\(nbsp)‰")
        #expect(rule.value(41.5, .fte, year: 2025).text(nb) == "41,5")
        #expect(rule.value(7.63, .score, year: 2025).text(nb) == "7,6")
        #expect(rule.value(210, .credits, year: 2025).text(nb) == "210")
        #expect(rule.value(12.5, .percent, year: 2025).numberText(nb) == "12,5")
    }

    // MARK: Missing and suppressed

    @Test func aMissingValueIsWrittenMangler() {
        let missing = Figure.missing(.count, year: 2025)
        #expect(missing.text(nb) == "mangler")
        #expect(missing.numberText(nb) == "mangler")
        #expect(missing.state == .missing)
        #expect(missing.visibleValue == nil)
        #expect(!missing.isShown)
        // An empty cell read as nil is missing too, never zero.
        let empty = rule.count(nil, year: 2025)
        #expect(empty.state == .missing)
        #expect(empty.text(nb) == "mangler")
        #expect(rule.value(nil, .percent, year: 2025).text(nb) == "mangler")
    }

    @Test(arguments: [1.0, 2, 3, 4])
    func aSmallCountIsWrittenBelowTheThreshold(count: Double) {
        let figure = rule.count(count, year: 2025)
        #expect(figure.state == .small)
        #expect(figure.text(nb) == "<5")
        #expect(figure.numberText(nb) == "<5")
        #expect(figure.visibleValue == nil)
        #expect(!figure.isShown)
        #expect(!figure.text(nb).contains(String(Int(count))))
    }

    @Test func theThresholdDecidesWhatIsSmall() {
        let three = Suppression(threshold: 3)
        #expect(three.count(2, year: 2025).text(nb) == "<3")
        #expect(three.count(1, year: 2025).text(nb) == "<3")
        #expect(three.count(3, year: 2025).text(nb) == "3")
        #expect(three.count(4, year: 2025).visibleValue == 4)
        // Five and zero are shown with the default threshold.
        #expect(rule.count(5, year: 2025).text(nb) == "5")
        #expect(rule.count(0, year: 2025).text(nb) == "0")
        #expect(rule.count(0, year: 2025).visibleValue == 0)
        // Below 3 is not allowed: the rule never hides less than it must.
        #expect(Suppression(threshold: 1).threshold == 3)
        #expect(Suppression(threshold: 2).count(2, year: 2025).text(nb) == "<3")
        let ten = Suppression(threshold: 10)
        #expect(ten.count(9, year: 2025).text(nb) == "<10")
        #expect(ten.count(10, year: 2025).text(nb) == "10")
    }

    @Test func aHiddenShareIsWrittenSkjultAndHasNoValue() {
        let share = rule.share(3, of: 40, year: 2025)
        #expect(share.state == .hidden)
        #expect(share.visibleValue == nil)
        #expect(share.text(nb) == "skjult")
        #expect(!share.text(nb).contains("7,5"))
    }

    @Test func hidingADerivedFigureKeepsMissingAsMissing() {
        #expect(rule.hiding(rule.value(12, .percent, year: 2025)).state == .hidden)
        #expect(rule.hiding(rule.value(nil, .percent, year: 2025)).state == .missing)
        #expect(rule.hiding(rule.value(12, .percent, year: 2025)).visibleValue == nil)
    }

    // MARK: Change

    @Test func changeBetweenTwoCounts() {
        let up = Change.between(rule.count(385, year: 2024), rule.count(402, year: 2025))
        guard case .increased(let from, let to, let difference) = up else { Issue.record("expected increased, got \(up)"); return }
        #expect(from.visibleValue == 385)
        #expect(to.visibleValue == 402)
        #expect(difference.visibleValue == 17)
        #expect(difference.text(nb) == "17")
        #expect(up.previous.year == 2024)
        #expect(up.current.year == 2025)

        let down = Change.between(rule.count(402, year: 2024), rule.count(385, year: 2025))
        guard case .decreased(_, _, let fall) = down else { Issue.record("expected decreased, got \(down)"); return }
        // The difference is given as a size; the case tells the direction.
        #expect(fall.visibleValue == 17)

        let same = Change.between(rule.count(40, year: 2024), rule.count(40, year: 2025))
        guard case .unchanged = same else { Issue.record("expected unchanged, got \(same)"); return }
    }

    @Test func aDifferenceBelowTheShownPrecisionIsUnchanged() {
        // 12,50 and 12,54 are both printed 12,5 %.
        let tiny = Change.between(rule.value(12.50, .percent, year: 2024), rule.value(12.54, .percent, year: 2025))
        guard case .unchanged = tiny else { Issue.record("expected unchanged, got \(tiny)"); return }
        let visible = Change.between(rule.value(12.5, .percent, year: 2024), rule.value(12.7, .percent, year: 2025))
        guard case .increased(_, _, let difference) = visible else { Issue.record("expected increased, got \(visible)"); return }
        #expect(abs((difference.visibleValue ?? 0) - 0.2) < 1e-9)
        // Kroner are shown without decimals: 40 øre is no change.
        let kroner = Change.between(rule.value(1000.0, .kroner, year: 2024), rule.value(1000.4, .kroner, year: 2025))
        guard case .unchanged = kroner else { Issue.record("expected unchanged, got \(kroner)"); return }
        let fall = Change.between(rule.value(19.0, .fte, year: 2024), rule.value(17.0, .fte, year: 2025))
        guard case .decreased(_, _, let size) = fall else { Issue.record("expected decreased, got \(fall)"); return }
        #expect(size.text(nb) == "2,0")
    }

    @Test func aChangeBetweenTwoPrintedValuesAgreesWithWhatIsPrinted() {
        // 12,44 is printed 12,4 % and 12,46 is printed 12,5 %: a reader sees a rise of 0,1.
        // 12,36 and 12,44 are both printed 12,4 %: a reader sees no change.
        let before = rule.value(12.44, .percent, year: 2024), after = rule.value(12.46, .percent, year: 2025)
        #expect(before.text(nb) != after.text(nb))
        let flat1 = rule.value(12.36, .percent, year: 2024), flat2 = rule.value(12.44, .percent, year: 2025)
        #expect(flat1.text(nb) == flat2.text(nb))
        let rise = Change.between(before, after)
        if case .increased = rise {} else { Issue.record("printed 12,4 % → 12,5 % but got \(rise)") }
        let flat = Change.between(flat1, flat2)
        if case .unchanged = flat {} else { Issue.record("printed 12,4 % → 12,4 % but got \(flat)") }
    }

    @Test func aMissingFigureGivesNoChange() {
        let change = Change.between(Figure.missing(.count, year: 2024), rule.count(40, year: 2025))
        guard case .missing = change else { Issue.record("expected missing, got \(change)"); return }
        let other = Change.between(rule.count(40, year: 2024), rule.count(nil, year: 2025))
        guard case .missing = other else { Issue.record("expected missing, got \(other)"); return }
    }

    @Test func aSuppressedFigureGivesNoChange() {
        // Going from 3 to 40 must not tell the reader "up 37", which gives the 3 away.
        let change = Change.between(rule.count(3, year: 2024), rule.count(40, year: 2025))
        guard case .suppressed(let from, let to) = change else { Issue.record("expected suppressed, got \(change)"); return }
        #expect(from.visibleValue == nil)
        #expect(to.visibleValue == 40)
        let other = Change.between(rule.count(40, year: 2024), rule.count(4, year: 2025))
        guard case .suppressed = other else { Issue.record("expected suppressed, got \(other)"); return }
        // Suppression wins over missing: nothing is told either way.
        let both = Change.between(Figure.missing(.count, year: 2024), rule.count(2, year: 2025))
        guard case .suppressed = both else { Issue.record("expected suppressed, got \(both)"); return }
    }

    // MARK: Position

    @Test func positionAgainstAComparisonFigure() {
        let share = { (value: Double) in self.rule.value(value, .percent, year: 2025) }
        #expect(Position.of(share(95.0), against: share(89.9)) == .above)
        #expect(Position.of(share(82.0), against: share(87.4)) == .below)
        #expect(Position.of(share(21.0), against: share(21.0)) == .level)
        // Within half of the last shown decimal counts as level.
        #expect(Position.of(share(21.02), against: share(21.0)) == .level)
        #expect(Position.of(share(21.1), against: share(21.0)) == .above)
        // Counts: within half a unit.
        #expect(Position.of(rule.count(40, year: 2025), against: rule.count(40, year: 2025)) == .level)
        #expect(Position.of(rule.count(41, year: 2025), against: rule.count(40, year: 2025)) == .above)
        // Kroner: within half a percent of the comparison is level.
        let kroner = { (value: Double) in self.rule.value(value, .kroner, year: 2025) }
        #expect(Position.of(kroner(100_400), against: kroner(100_000)) == .level)
        #expect(Position.of(kroner(101_000), against: kroner(100_000)) == .above)
        #expect(Position.of(kroner(98_000), against: kroner(100_000)) == .below)
    }

    @Test func positionIsUnknownWithoutTwoShownFigures() {
        let share = rule.value(50, .percent, year: 2025)
        #expect(Position.of(share, against: .missing(.percent, year: 2025)) == .unknown)
        #expect(Position.of(.missing(.percent, year: 2025), against: share) == .unknown)
        #expect(Position.of(rule.count(3, year: 2025), against: rule.count(40, year: 2025)) == .unknown)
        #expect(Position.of(rule.share(2, of: 40, year: 2025), against: share) == .unknown)
    }

    // MARK: Series

    @Test func seriesAreInYearOrderAndMissingYearsAreMissing() {
        let series = Series(unit: .count, points: [rule.count(30, year: 2025), rule.count(10, year: 2023), rule.count(20, year: 2024)])
        #expect(series.points.compactMap(\.year) == [2023, 2024, 2025])
        #expect(series.figure(2022).text(nb) == "mangler")
        #expect(series.figure(2024).visibleValue == 20)
        guard case .increased(_, _, let difference) = series.change(to: 2025) else { Issue.record("expected increased"); return }
        #expect(difference.visibleValue == 10)
        guard case .missing = series.change(to: 2023) else { Issue.record("expected missing"); return }
        guard case .increased? = series.trend else { Issue.record("expected a rising trend"); return }
    }

    @Test func aTrendNeedsThreeShownYears() {
        let series = Series(unit: .count, points: [rule.count(10, year: 2023), rule.count(3, year: 2024), rule.count(20, year: 2025)])
        #expect(series.shownYears == [2023, 2025])
        #expect(series.trend == nil)
    }
}
