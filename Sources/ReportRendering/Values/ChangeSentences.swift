import ReportModel

/// Sentences for how a figure changed and where it stands: this chooses the case (up, down, unchanged,
/// missing, hidden), the phrasebook words it — so no template needs logic and no number is guessed.
enum ChangeSentences {
    /// "Andelen … økte fra 78 % i 2024 til 85 % i 2025, og ligger over snittet i KOSTRA-gruppen."
    static func sentence(_ phrases: Phrasebook, subject plainSubject: String, series: Series, year: Int,
                         comparisons: [(String, Position)] = []) -> String {
        let change = series.change(to: year)
        let subject = phrases.beforeVerb(plainSubject)
        // One figure, one way of writing it: as its table cell does (95,0 %).
        let text = { (figure: Figure) in figure.fixedText(phrases) }
        var sentence: String
        switch change {
        case .increased(let from, let to, _):
            sentence = phrases.increased(subject, from: text(from), to: text(to), year: year)
        case .decreased(let from, let to, _):
            sentence = phrases.decreased(subject, from: text(from), to: text(to), year: year)
        case .unchanged(_, let to):
            sentence = phrases.unchanged(subject, to: text(to), year: year)
        case .missing(let from, let to):
            if to.state == .missing {
                return phrases.missingNow(lowercasedFirst(plainSubject), year: year, previous: from.isShown ? text(from) : nil)
            }
            sentence = phrases.missingBefore(subject, to: text(to), year: year)
        case .suppressed(let from, let to):
            // A «skjult» figure may be large: only a «<5» is said to be small.
            if to.state == .small { return phrases.smallNow(subject, year: year) }
            if to.state == .hidden { return phrases.hiddenNow(subject, year: year) }
            sentence = from.state == .small ? phrases.smallBefore(subject, to: text(to), year: year)
                                            : phrases.hiddenBefore(subject, to: text(to), year: year)
        }
        let positions = comparisons.compactMap { name, position in phrases.position(position, name) }
        if !positions.isEmpty { sentence += phrases.standing(positions) }
        if change.current.isPreliminary { sentence += phrases.preliminaryNote }
        return sentence + "."
    }

    /// The direction over every year shown: "Fra 2021 til 2025 økte andelen … fra 92,9 % til 95 %."
    static func trendSentence(_ phrases: Phrasebook, subject: String, series: Series) -> String? {
        guard let trend = series.trend, let first = trend.previous.year, let last = trend.current.year else { return nil }
        let what = phrases.beforeVerb(lowercasedFirst(subject))
        switch trend {
        case .increased(let from, let to, _): return phrases.trendUp(what, first: first, last: last, from: from.fixedText(phrases), to: to.fixedText(phrases))
        case .decreased(let from, let to, _): return phrases.trendDown(what, first: first, last: last, from: from.fixedText(phrases), to: to.fixedText(phrases))
        case .unchanged(let from, _): return phrases.trendFlat(what, first: first, last: last, value: from.fixedText(phrases))
        case .missing, .suppressed: return nil
        }
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        // Keep abbreviations such as "KOSTRA" as they are.
        if text.count > 1, text[text.index(after: text.startIndex)].isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }
}
