/// The words of the year-to-year follow-up (issue 15): last year's measures and the children's themes a year on.
extension Phrasebook {
    // MARK: Measures

    /// How a measure went, as the table writes it.
    public func measureStatus(_ status: MeasureStatus?) -> String {
        switch status {
        case .done?: return say("Gjennomført", "Gjennomført")
        case .partly?: return say("Delvis gjennomført", "Delvis gjennomført")
        case .notDone?: return say("Ikke gjennomført", "Ikkje gjennomført")
        case .continued?: return say("Videreført", "Vidareført")
        case nil: return say("Mangler status", "Manglar status")
        }
    }

    /// The caption of last year's measures with their status.
    public func lastYearsMeasuresCaption(year: Int) -> String {
        say("Tiltakene fra tilstandsrapporten for \(year)", "Tiltaka frå tilstandsrapporten for \(year)")
    }

    /// The caption of the report year's new measures, for the year ahead.
    public func newMeasuresCaption(year: Int) -> String {
        say("Mål, tiltak, ansvarlig og frist for \(year)", "Mål, tiltak, ansvarleg og frist for \(year)")
    }

    public var measureIDColumn: String { say("Id", "Id") }
    public var goalColumn: String { say("Mål", "Mål") }
    public var measureColumn: String { say("Tiltak", "Tiltak") }
    public var responsibleColumn: String { say("Ansvarlig", "Ansvarleg") }
    public var deadlineColumn: String { say("Frist", "Frist") }
    public var statusColumn: String { say("Status", "Status") }
    /// The source line of the measures' tables.
    public var ownMeasuresSource: String { say("barneverntjenestens egne tiltak (data/tiltak.csv)", "eigne tiltak frå barnevernstenesta (data/tiltak.csv)") }

    /// «4 av 6 tiltak fra tilstandsrapporten for 2024 er gjennomført, 1 er delvis gjennomført og 1 er videreført.»
    /// Nil when last year's report set no measures.
    public func measureSentence(_ follow: MeasureFollowUp) -> String? {
        let total = follow.lastYear.count
        let previous = follow.year - 1
        if total == 1, let only = follow.lastYear.first {
            guard let status = only.status else {
                return say("Tiltaket fra tilstandsrapporten for \(previous) mangler status.", "Tiltaket frå tilstandsrapporten for \(previous) manglar status.")
            }
            let how = measureStatus(status).lowercased()
            return say("Tiltaket fra tilstandsrapporten for \(previous) er \(how).", "Tiltaket frå tilstandsrapporten for \(previous) er \(how).")
        }
        guard total > 1 else { return nil }
        let done = follow.count(.done)
        var rest: [String] = []
        for status in [MeasureStatus.partly, .continued, .notDone] where follow.count(status) > 0 {
            rest.append(say("\(follow.count(status)) er ", "\(follow.count(status)) er ") + measureStatus(status).lowercased())
        }
        let missing = follow.withoutStatus.count
        if missing > 0 { rest.append(say("\(missing) mangler status", "\(missing) manglar status")) }
        if done == total {
            return say("Alle de \(total) tiltakene fra tilstandsrapporten for \(previous) er gjennomført.",
                       "Alle dei \(total) tiltaka frå tilstandsrapporten for \(previous) er gjennomført.")
        }
        if done == 0 {
            return say("Ingen av de \(total) tiltakene fra tilstandsrapporten for \(previous) er gjennomført ennå: ",
                       "Ingen av dei \(total) tiltaka frå tilstandsrapporten for \(previous) er gjennomført enno: ") + list(rest) + "."
        }
        return say("\(done) av \(total) tiltak fra tilstandsrapporten for \(previous) er gjennomført, ",
                   "\(done) av \(total) tiltak frå tilstandsrapporten for \(previous) er gjennomført, ") + list(rest) + "."
    }

    /// Why the measures keep the report a draft, on the front page.
    public func measuresWithoutStatus(_ count: Int) -> String {
        say("\(count) tiltak mangler status i data/tiltak.csv", "\(count) tiltak manglar status i data/tiltak.csv")
    }

    // MARK: The children's themes, a year on

    /// What was changed after last year's themes, said plainly also when nothing was.
    public func themeFollowUp(themes: Int, changed: Int, year: Int) -> String {
        if changed == themes {
            return themes == 1 ? say("Vi har endret noe etter temaet barna tok opp i \(year).", "Vi har endra noko etter temaet barna tok opp i \(year).")
                : say("Vi har endret noe etter alle de \(themes) temaene barna tok opp i \(year).",
                      "Vi har endra noko etter alle dei \(themes) temaa barna tok opp i \(year).")
        }
        if changed == 0 {
            return themes == 1 ? say("Vi har ikke endret noe etter temaet barna tok opp i \(year).", "Vi har ikkje endra noko etter temaet barna tok opp i \(year).")
                : say("Vi har ikke endret noe etter noen av de \(themes) temaene barna tok opp i \(year).",
                      "Vi har ikkje endra noko etter nokon av dei \(themes) temaa barna tok opp i \(year).")
        }
        let unchanged = themes - changed
        return say("Barna tok opp \(themes) tema i \(year). Vi har endret noe etter \(changed) av dem; etter \(unchanged) tema har vi ikke endret noe.",
                   "Barna tok opp \(themes) tema i \(year). Vi har endra noko etter \(changed) av dei; etter \(unchanged) tema har vi ikkje endra noko.")
    }
}

// MARK: Last year's printed figures

extension Phrasebook {
    /// Beside a key figure: what last year's report printed for its year, «I fjorårets rapport: 512».
    public func lastYearsReport(_ printed: String) -> String {
        say("I fjorårets rapport: \(printed)", "I fjorårsrapporten: \(printed)")
    }

    /// What changed since last year's report printed the figure for `year`; numbers only where both are shown.
    public func printedChange(_ change: PrintedChange, year: Int) -> String {
        switch change {
        case let .changed(printed, now, true, false):
            return say("Fjorårets rapport viste \(printed) for \(year) (foreløpig tall). Endelig tall er \(now).",
                       "Fjorårsrapporten viste \(printed) for \(year) (førebels tal). Endeleg tal er \(now).")
        case let .changed(printed, now, true, true):
            return say("Fjorårets rapport viste \(printed) for \(year) (foreløpig tall). Tallet er nå \(now), fortsatt foreløpig.",
                       "Fjorårsrapporten viste \(printed) for \(year) (førebels tal). Talet er no \(now), framleis førebels.")
        case let .changed(printed, now, false, _):
            return say("Fjorårets rapport viste \(printed) for \(year). Tallet er senere rettet til \(now).",
                       "Fjorårsrapporten viste \(printed) for \(year). Talet er seinare retta til \(now).")
        case .changedHidden(true):
            return say("Tallet for \(year) er endret siden fjorårets rapport, som viste et foreløpig tall.",
                       "Talet for \(year) er endra sidan fjorårsrapporten, som viste eit førebels tal.")
        case .changedHidden(false):
            return say("Tallet for \(year) er rettet siden fjorårets rapport.", "Talet for \(year) er retta sidan fjorårsrapporten.")
        case let .gone(printed, wasPreliminary):
            let status = wasPreliminary ? say(" (foreløpig tall)", " (førebels tal)") : ""
            return say("Fjorårets rapport viste \(printed) for \(year)\(status). Tallet mangler nå.",
                       "Fjorårsrapporten viste \(printed) for \(year)\(status). Talet manglar no.")
        }
    }

    /// A change note under a table of several indicators names the figure: «Meldinger: …», «Meldinger, Landet: …».
    public func printedChangeNote(_ name: String, level: String?, _ note: String) -> String {
        (level.map { "\(name), \($0)" } ?? name) + ": " + note
    }
}
