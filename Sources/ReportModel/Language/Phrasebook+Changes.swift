/// How a figure changed and where it stands, in plain words. `ChangeSentences` in `ReportRendering`
/// chooses the case; these say it. A «skjult» figure is never said to be small: only a «<5» is.
extension Phrasebook {
    /// A subject as it stands before its verb: with a relative clause it takes a comma («Andelen … som ble
    /// henlagt, økte»), the same rule in both forms.
    public func beforeVerb(_ subject: String) -> String {
        subject.contains(" " + say("som", "som") + " ") ? subject + "," : subject
    }

    /// «Andelen … økte fra 78 % i 2024 til 85 % i 2025»
    public func increased(_ subject: String, from: String, to: String, year: Int) -> String {
        say("\(subject) økte fra \(from) i \(year - 1) til \(to) i \(year)", "\(subject) auka frå \(from) i \(year - 1) til \(to) i \(year)")
    }

    /// «… gikk ned fra 85 % i 2024 til 78 % i 2025»
    public func decreased(_ subject: String, from: String, to: String, year: Int) -> String {
        say("\(subject) gikk ned fra \(from) i \(year - 1) til \(to) i \(year)", "\(subject) gjekk ned frå \(from) i \(year - 1) til \(to) i \(year)")
    }

    /// «… var 85 % i 2025, det samme som året før»
    public func unchanged(_ subject: String, to: String, year: Int) -> String {
        say("\(subject) var \(to) i \(year), det samme som året før", "\(subject) var \(to) i \(year), det same som året før")
    }

    /// A sentence of its own when the report year's figure is missing; `previous` is last year's, when shown.
    public func missingNow(_ lowercasedSubject: String, year: Int, previous: String?) -> String {
        let tail = previous.map { " (\($0) i \(year - 1))." } ?? "."
        return say("Tallet for \(year) mangler for \(lowercasedSubject)", "Talet for \(year) manglar for \(lowercasedSubject)") + tail
    }

    /// «… var 85 % i 2025; tallet for 2024 mangler, så endringen kan ikke beregnes»
    public func missingBefore(_ subject: String, to: String, year: Int) -> String {
        say("\(subject) var \(to) i \(year); tallet for \(year - 1) mangler, så endringen kan ikke beregnes",
            "\(subject) var \(to) i \(year); talet for \(year - 1) manglar, så endringa kan ikkje reknast ut")
    }

    /// A sentence of its own when the report year's figure is «<5».
    public func smallNow(_ subject: String, year: Int) -> String {
        say("\(subject) vises ikke for \(year), fordi tallet er så lite at enkeltpersoner kan kjennes igjen.",
            "\(subject) blir ikkje vist for \(year), fordi talet er så lite at einskildpersonar kan kjennast att.")
    }

    /// A sentence of its own when the report year's figure is «skjult» (it may be large).
    public func hiddenNow(_ subject: String, year: Int) -> String {
        say("\(subject) vises ikke for \(year), fordi små tall ellers kunne regnes ut.",
            "\(subject) blir ikkje vist for \(year), fordi små tal elles kunne reknast ut.")
    }

    /// «… var 85 % i 2025; tallet for 2024 er skjult fordi det er lite, så endringen vises ikke»
    public func smallBefore(_ subject: String, to: String, year: Int) -> String {
        say("\(subject) var \(to) i \(year); tallet for \(year - 1) er skjult fordi det er lite, så endringen vises ikke",
            "\(subject) var \(to) i \(year); talet for \(year - 1) er skjult fordi det er lite, så endringa blir ikkje vist")
    }

    /// «… var 85 % i 2025; tallet for 2024 er skjult, så endringen vises ikke»
    public func hiddenBefore(_ subject: String, to: String, year: Int) -> String {
        say("\(subject) var \(to) i \(year); tallet for \(year - 1) er skjult, så endringen vises ikke",
            "\(subject) var \(to) i \(year); talet for \(year - 1) er skjult, så endringa blir ikkje vist")
    }

    /// «over snittet i KOSTRA-gruppe 7», «under …», «på nivå med …»
    public func position(_ position: Position, _ comparison: String) -> String? {
        switch position {
        case .above: return say("over \(comparison)", "over \(comparison)")
        case .below: return say("under \(comparison)", "under \(comparison)")
        case .level: return say("på nivå med \(comparison)", "på nivå med \(comparison)")
        case .unknown: return nil
        }
    }

    /// «, og ligger over snittet i … og under landsgjennomsnittet»
    public func standing(_ parts: [String]) -> String { say(", og ligger ", ", og ligg ") + list(parts) }

    /// The KOSTRA group's mean as a comparison.
    public func groupMean(_ group: String) -> String { say("snittet i \(group)", "snittet i \(group)") }

    /// The country's mean as a comparison.
    public var countryMean: String { say("landsgjennomsnittet", "landsgjennomsnittet") }

    /// Added to a sentence about a preliminary figure.
    public var preliminaryNote: String { " (" + preliminary + ")" }

    /// «Fra 2021 til 2025 økte andelen … fra 92,9 % til 95 %.»
    public func trendUp(_ what: String, first: Int, last: Int, from: String, to: String) -> String {
        say("Fra \(first) til \(last) økte \(what) fra \(from) til \(to).", "Frå \(first) til \(last) auka \(what) frå \(from) til \(to).")
    }

    /// «Fra 2021 til 2025 gikk andelen … ned fra 95 % til 92,9 %.»
    public func trendDown(_ what: String, first: Int, last: Int, from: String, to: String) -> String {
        say("Fra \(first) til \(last) gikk \(what) ned fra \(from) til \(to).", "Frå \(first) til \(last) gjekk \(what) ned frå \(from) til \(to).")
    }

    /// «Fra 2021 til 2025 var andelen … omtrent uendret, 95 %.»
    public func trendFlat(_ what: String, first: Int, last: Int, value: String) -> String {
        say("Fra \(first) til \(last) var \(what) omtrent uendret, \(value).", "Frå \(first) til \(last) var \(what) om lag uendra, \(value).")
    }

    // MARK: Key figures

    /// «7 prosentpoeng»: a change in a share.
    public func percentagePoints(_ number: String) -> String { say("\(number) prosentpoeng", "\(number) prosentpoeng") }

    /// «opp 7 prosentpoeng fra 2024»
    public func up(_ amount: String, since year: Int) -> String { say("opp \(amount) fra \(year)", "opp \(amount) frå \(year)") }

    /// «ned 3 fra 2024»
    public func down(_ amount: String, since year: Int) -> String { say("ned \(amount) fra \(year)", "ned \(amount) frå \(year)") }

    /// «uendret fra 2024»
    public func same(since year: Int) -> String { say("uendret fra \(year)", "uendra frå \(year)") }

    /// «mangler tall for 2024»
    public func noFigure(for year: Int) -> String { say("mangler tall for \(year)", "manglar tal for \(year)") }

    /// The change cannot be shown because last year's figure is hidden.
    public var changeHidden: String { say("endringen er skjult", "endringa er skjult") }
}
