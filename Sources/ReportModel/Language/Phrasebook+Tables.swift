/// The words around tables and charts: notes that explain marks, labels read aloud by screen readers.
extension Phrasebook {
    /// The note under a table with «<5» cells.
    public func smallNote(threshold: Int) -> String {
        say("«<\(threshold)»: et antall fra 1 til \(threshold - 1), som ikke vises slik at ingen kan kjennes igjen.",
            "«<\(threshold)»: eit tal frå 1 til \(threshold - 1), som ikkje blir vist, slik at ingen kan kjennast att.")
    }

    /// The note under a table with «skjult» cells. It never says the hidden figure is small.
    public var hiddenNote: String {
        say("«skjult»: tallet er holdt tilbake fordi et lite tall ellers kunne regnes ut.",
            "«skjult»: talet er halde tilbake fordi eit lite tal elles kunne reknast ut.")
    }

    /// The note under a table with preliminary figures (Markdown: the star escaped).
    public var preliminaryTableNote: String { "\\*: " + preliminary + "." }

    /// Read after a «<5» cell by a screen reader.
    public func smallCellLabel(threshold: Int) -> String {
        say(" (under \(threshold), skjult av personvernhensyn)", " (under \(threshold), skjult av omsyn til personvernet)")
    }

    /// Read after a «skjult» cell by a screen reader.
    public var hiddenCellLabel: String { say(" (skjult av personvernhensyn)", " (skjult av omsyn til personvernet)") }

    /// Drawn instead of a chart with nothing to draw.
    public var chartEmpty: String { say("Ingen tall å vise", "Ingen tal å vise") }

    /// Leads the note listing points a chart does not draw.
    public var chartNotDrawn: String { say("Vises ikke i diagrammet", "Blir ikkje vist i diagrammet") }

    /// Under a chart whose value axis does not start at zero.
    public var chartAxisNotFromZero: String { say("Den loddrette aksen starter ikke på null.", "Den loddrette aksen startar ikkje på null.") }

    /// The button that shows a chart's numbers as a table.
    public var chartAsTable: String { say("Vis tallene i diagrammet som tabell", "Vis tala i diagrammet som tabell") }

    /// A table of indicators: the first column's heading.
    public var indicatorColumn: String { say("Indikator", "Indikator") }

    /// «Meldinger: kommunens tall»
    public func municipalityFigures(_ group: String) -> String { say("\(group): kommunens tall", "\(group): tala til kommunen") }

    /// «Meldinger: kommunens tall», or for a shared service's own report «Meldinger: tjenestens tall».
    public func ownFigures(_ group: String, audience: ReportAudience) -> String {
        if case .wholeService = audience { return say("\(group): tjenestens tall", "\(group): tala til tenesta") }
        return municipalityFigures(group)
    }

    /// The heading of the municipality's own indicators.
    public var ownIndicators: String { say("Egne indikatorer", "Eigne indikatorar") }

    /// A comparison level's column in the report year: «Landet 2025».
    public func levelColumn(_ level: String, year: Int) -> String { "\(level) \(year)" }

    /// «Besatte årsverk per rolle, 2021–2025»: a chart over the years shown.
    public func overYears(_ title: String, first: Int, last: Int) -> String { "\(title), \(first)–\(last)" }

    /// «Rolle: 2021 10,0, 2022 11,0»: one series read out in a chart's description.
    public func describe(_ name: String, _ values: [(Int, String)]) -> String {
        "\(name): " + values.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
