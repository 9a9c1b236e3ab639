import ReportModel

/// Plain-Norwegian sentences for how a figure changed and where it stands, with the right words for
/// up, down, unchanged, missing and hidden — so no template needs logic and no number is guessed.
enum ChangeSentences {
    /// "Andelen … økte fra 78 % i 2024 til 85 % i 2025, og ligger over snittet i KOSTRA-gruppen."
    static func sentence(subject plainSubject: String, series: Series, year: Int, comparisons: [(String, Position)] = []) -> String {
        let change = series.change(to: year)
        // A subject with a relative clause takes a comma before the verb: "Andelen … som ble henlagt, økte".
        let subject = plainSubject.contains(" som ") ? plainSubject + "," : plainSubject
        var sentence: String
        switch change {
        case .increased(let from, let to, _):
            sentence = "\(subject) økte fra \(from.fixedText) i \(year - 1) til \(to.fixedText) i \(year)"
        case .decreased(let from, let to, _):
            sentence = "\(subject) gikk ned fra \(from.fixedText) i \(year - 1) til \(to.fixedText) i \(year)"
        case .unchanged(_, let to):
            sentence = "\(subject) var \(to.fixedText) i \(year), det samme som året før"
        case .missing(let from, let to):
            if to.state == .missing {
                return "Tallet for \(year) mangler for \(lowercasedFirst(plainSubject))" + (from.isShown ? " (\(from.fixedText) i \(year - 1))." : ".")
            }
            sentence = "\(subject) var \(to.fixedText) i \(year); tallet for \(year - 1) mangler, så endringen kan ikke beregnes"
        case .suppressed(let from, let to):
            // A «skjult» figure may be large: only a «<5» is said to be small.
            if to.state == .small {
                return "\(subject) vises ikke for \(year), fordi tallet er så lite at enkeltpersoner kan kjennes igjen."
            }
            if to.state == .hidden {
                return "\(subject) vises ikke for \(year), fordi små tall ellers kunne regnes ut."
            }
            sentence = from.state == .small
                ? "\(subject) var \(to.fixedText) i \(year); tallet for \(year - 1) er skjult fordi det er lite, så endringen vises ikke"
                : "\(subject) var \(to.fixedText) i \(year); tallet for \(year - 1) er skjult, så endringen vises ikke"
        }
        let positions = comparisons.filter { $0.1 != .unknown }
        if !positions.isEmpty {
            let parts = positions.map { name, position -> String in
                switch position {
                case .above: return "over \(name)"
                case .below: return "under \(name)"
                case .level: return "på nivå med \(name)"
                case .unknown: return ""
                }
            }
            sentence += ", og ligger " + NorwegianFormat.list(parts)
        }
        if change.current.isPreliminary { sentence += " (foreløpig tall)" }
        return sentence + "."
    }

    /// The direction over every year shown: "Fra 2021 til 2025 økte andelen … fra 92,9 % til 95 %."
    static func trendSentence(subject: String, series: Series) -> String? {
        guard let trend = series.trend, let first = trend.previous.year, let last = trend.current.year else { return nil }
        let what = lowercasedFirst(subject) + (subject.contains(" som ") ? "," : "")
        switch trend {
        case .increased(let from, let to, _): return "Fra \(first) til \(last) økte \(what) fra \(from.fixedText) til \(to.fixedText)."
        case .decreased(let from, let to, _): return "Fra \(first) til \(last) gikk \(what) ned fra \(from.fixedText) til \(to.fixedText)."
        case .unchanged(let from, _): return "Fra \(first) til \(last) var \(what) omtrent uendret, \(from.fixedText)."
        case .missing, .suppressed: return nil
        }
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        // Keep abbreviations such as "KOSTRA" as they are.
        if text.count > 1, text[text.index(after: text.startIndex)].isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// Subjects in definite form for the sentences, by indicator id.
    static let subjects: [String: String] = [
        "innbyggere_0_17": "Antall innbyggere 0–17 år",
        "meldinger": "Antall meldinger",
        "meldinger_henlagt_andel": "Andelen meldinger som ble henlagt",
        "meldinger_innen_frist_andel": "Andelen meldinger som ble gjennomgått innen én uke",
        "undersokelser": "Antall avsluttede undersøkelser",
        "undersokelser_innen_frist_andel": "Andelen undersøkelser som ble avsluttet innen fristen",
        "undersokelser_henlagt_andel": "Andelen undersøkelser som ble henlagt",
        "barn_med_undersokelse_andel": "Andelen barn 0–17 år med undersøkelse",
        "barn_med_tiltak": "Antall barn med tiltak i løpet av året",
        "barn_med_tiltak_andel": "Andelen barn 0–17 år med tiltak",
        "barn_med_hjelpetiltak": "Antall barn med hjelpetiltak ved årets slutt",
        "barn_med_omsorgstiltak": "Antall barn med omsorgstiltak ved årets slutt",
        "barn_i_fosterhjem": "Antall barn i fosterhjem ved årets slutt",
        "barn_i_institusjon": "Antall barn i institusjon ved årets slutt",
        "tiltaksplan_andel": "Andelen barn med hjelpetiltak som har tiltaksplan",
        "omsorgsplan_andel": "Andelen barn under omsorg som har omsorgsplan",
        "tilsynsbesok_andel": "Andelen pålagte tilsynsbesøk i fosterhjem som ble gjennomført",
        "fylkesnemnd_saker": "Antall saker i barneverns- og helsenemnda",
        "netto_driftsutgifter_per_barn": "Netto driftsutgifter til barnevern per innbygger 0–17 år",
        "brutto_f244_per_barn": "Brutto driftsutgifter til saksbehandling per barn med undersøkelse eller tiltak",
        "andel_f251": "Andelen av utgiftene som gikk til tiltak for barn som bor hjemme",
    ]
}
