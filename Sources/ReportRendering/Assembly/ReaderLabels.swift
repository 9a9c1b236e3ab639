import ReportModel

/// The words the reader-facing layout adds from Swift (source lines, table notes, the document title), in
/// one place so that the phrasebook can take them over. Sentences that can live in a template live there.
enum ReaderLabels {
    /// The report's title, for the HTML `<title>`, the front page and the running header.
    static func title(year: Int) -> String { "Tilstandsrapport for barneverntjenesten \(year)" }

    /// The `lang` value pandoc and Word use for the report's language form.
    static func languageTag(_ language: LanguageForm) -> String {
        switch language {
        case .bokmål: return "nb-NO"
        case .nynorsk: return "nn-NO"
        }
    }

    /// «1 kapittel», «13 kapitler».
    static func chapters(_ count: Int) -> String { count == 1 ? "1\u{00A0}kapittel" : "\(count)\u{00A0}kapitler" }

    /// «Kilde: KOSTRA og Statsforvalteren i Vestfjord; tallene for 2025 er foreløpige (*).»
    static func sourceLine(sources: [String], preliminaryYears: [Int]) -> String {
        var line = "Kilde: " + NorwegianFormat.list(sources)
        if preliminaryYears.isEmpty {
            line += "."
        } else {
            let years = NorwegianFormat.list(preliminaryYears.map(String.init))
            line += "; tallene for \(years) er foreløpige (*)."
        }
        return line
    }

    /// The cell text of a comparison that does not apply (a count against the comparison group).
    static let notApplicable = "–"
    /// The note that explains «–».
    static let notApplicableNote = "«–»: antall sammenlignes ikke med andre kommuner, fordi antallet følger kommunens størrelse."

    /// The column of the county average.
    static let county = "Fylket"
    /// The column of the national average.
    static let country = "Landet"

    /// Where the service's own figures come from, by table.
    static let ownStaffing = "barneverntjenestens egne tall (bemanning og personale)"
    static let ownParticipation = "barneverntjenestens egne tall (medvirkning)"
    static let ownDeviations = "kommunens avvikssystem"
    static func survey(year: Int?) -> String {
        "spørreundersøkelse blant samarbeidspartnere" + (year.map { ", \($0)" } ?? "")
    }

    /// The superscript digits of a note mark: 1 → «¹», 12 → «¹²».
    static func noteMark(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
