/// The words of the reader-facing layout (issue 12): source lines and notes under tables and charts, the
/// count of chapters not yet approved, the county's column.
extension Phrasebook {
    /// «1 kapittel», «13 kapitler» (nynorsk: «13 kapittel»), with a no-break space.
    public func chapters(_ count: Int) -> String {
        count == 1 ? say("1\u{00A0}kapittel", "1\u{00A0}kapittel") : say("\(count)\u{00A0}kapitler", "\(count)\u{00A0}kapittel")
    }

    /// «Kilde: KOSTRA og Statsforvalteren i Vestfjord; tallene for 2025 er foreløpige (*).»
    public func sourceLine(sources: [String], preliminaryYears: [Int]) -> String {
        let line = say("Kilde: ", "Kjelde: ") + list(sources)
        guard !preliminaryYears.isEmpty else { return line + "." }
        let years = list(preliminaryYears.map(String.init))
        return line + say("; tallene for \(years) er foreløpige (*).", "; tala for \(years) er førebels (*).")
    }

    /// The note that explains «–» in a comparison column.
    public var notApplicableNote: String {
        say("«–»: antall sammenlignes ikke med andre kommuner, fordi antallet følger kommunens størrelse.",
            "«–»: tal blir ikkje samanlikna med andre kommunar, fordi talet følgjer storleiken på kommunen.")
    }

    /// Read after a «–» cell by a screen reader.
    public var notApplicableCellLabel: String { say(" (sammenlignes ikke)", " (blir ikkje samanlikna)") }

    /// Read before the number of a note mark in a cell by a screen reader.
    public var noteLabel: String { say("merknad ", "merknad ") }

    /// The county as a comparison level.
    public var county: String { say("Fylket", "Fylket") }

    /// The source of the staffing tables: the service's own figures.
    public var ownStaffingSource: String {
        say("barneverntjenestens egne tall (bemanning og personale)", "eigne tal frå barnevernstenesta (bemanning og personale)")
    }

    /// The source of the participation tables.
    public var ownParticipationSource: String {
        say("barneverntjenestens egne tall (medvirkning)", "eigne tal frå barnevernstenesta (medverknad)")
    }

    /// The source of the table of deviations.
    public var ownDeviationsSource: String { say("kommunens avvikssystem", "avvikssystemet til kommunen") }

    /// The source of the survey's tables and charts, with its year when known.
    public func surveySource(year: Int?) -> String {
        say("spørreundersøkelse blant samarbeidspartnere", "spørjeundersøking blant samarbeidspartnarar") + (year.map { ", \($0)" } ?? "")
    }

    /// The note under key figures with a preliminary one (HTML: the star as is).
    public var preliminaryMarkNote: String { "*: " + preliminary + "." }
}
