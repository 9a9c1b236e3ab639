/// Every word the program itself puts into a report, in the report's written form.
///
/// Each phrase is one `say(nb:nn:)` call with both forms side by side, so a phrase missing in either form
/// does not compile. The names of chapters and indicators live in their registries as `Words`, the only
/// other place report text may be written in Swift (a test scans the rest of `ReportModel` and
/// `ReportRendering` for Norwegian). To add a phrase: add a property or function to the extension of the
/// subject it belongs to (`Phrasebook+Changes.swift`, `+Tables`, `+Chapters`, `+Survey`), then call it
/// through the view's `phrases`.
public struct Phrasebook: Sendable, Hashable {
    public let form: LanguageForm

    /// The phrasebook of `form`.
    public init(_ form: LanguageForm) {
        self.form = form
    }

    /// The phrase in this phrasebook's form.
    func say(_ nb: String, _ nn: String) -> String { form.pick(nb: nb, nn: nn) }

    /// A name from a registry in this form.
    public func callAsFunction(_ words: Words) -> String { words(form) }

    // MARK: Figures

    /// A figure that does not exist («mangler»): never guessed.
    public var missing: String { say("mangler", "manglar") }

    /// A figure held back so that a small count cannot be worked out («skjult»): it may be large.
    public var hidden: String { say("skjult", "skjult") }

    /// The source of a figure the program computed itself.
    public var computedSource: String { say("beregnet av programmet", "rekna ut av programmet") }

    /// «foreløpig tall», what a «*» means.
    public var preliminary: String { say("foreløpig tall", "førebels tal") }

    /// The value axis of a chart in `unit`, or nil when it needs no name.
    public func axisName(_ unit: FigureUnit) -> String? {
        switch unit {
        case .percent: return say("Prosent", "Prosent")
        case .kroner: return say("Kroner", "Kroner")
        case .fte: return say("Årsverk", "Årsverk")
        case .count, .perThousand, .score, .credits, .ratio: return nil
        }
    }

    /// The country as a comparison level.
    public var country: String { say("Landet", "Landet") }

    /// «a», «a og b», «a, b og c».
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + say("og", "og") + " " + (items.last ?? "")
    }

    /// «Kari Leder (barnevernleder)»: a name with its role as printed.
    public func person(_ author: Author) -> String { "\(author.name) (\(author.role))" }

    /// The report's title.
    public func reportTitle(year: Int) -> String {
        say("Tilstandsrapport for barneverntjenesten \(year)", "Tilstandsrapport for barnevernstenesta \(year)")
    }

    /// The accessible name of a table's scrolling box when it has no caption.
    public var table: String { say("Tabell", "Tabell") }

    /// The accessible name of a footnote's link back to where it is referred to, before the footnote's number.
    public var footnoteBackLink: String { say("Tilbake til henvisningen", "Tilbake til tilvisinga") }
}

extension Figure {
    /// The figure as printed: `1 234`, `12,5 %`, `kr 1 234 567`, `<5`, `skjult` or `mangler` in the phrasebook's form.
    public func text(_ phrases: Phrasebook) -> String {
        switch state {
        case .missing: return phrases.missing
        case .small: return "<\(threshold)"
        case .hidden: return phrases.hidden
        case .shown: return Self.format(raw ?? 0, unit)
        }
    }

    /// The number without its unit (`12,5` for a share), for table cells under a unit heading.
    public func numberText(_ phrases: Phrasebook) -> String {
        state == .shown ? NorwegianFormat.number(raw ?? 0, decimals: unit.decimals, trimZeroDecimals: unit == .percent) : text(phrases)
    }

    /// The text with the unit's full number of decimals (`99,0 %`), so that a column of a table lines up.
    public func fixedText(_ phrases: Phrasebook) -> String {
        state == .shown ? Self.format(raw ?? 0, unit, trim: false) : text(phrases)
    }
}
