/// The chapters of a tilstandsrapport in Bufdir's order, with the staffing, participation and
/// inspection chapters split out as practitioners do.
public enum ChapterCatalogue {
    /// A chapter id and its standard title.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let title: String
    }

    /// Standard order.
    public static let standard: [Entry] = [
        Entry(id: "leseveiledning", title: "Leseveiledning"),
        Entry(id: "oppsummering", title: "Kort oppsummering"),
        Entry(id: "om-barnevernet", title: "Om barnevernet"),
        Entry(id: "virksomheten", title: "Presentasjon av virksomheten og organisering"),
        Entry(id: "bemanning", title: "Bemanning og kompetanse"),
        Entry(id: "bemanning-tillitsvalgte", title: "Tillitsvalgtes vurdering"),
        Entry(id: "tilstand", title: "Tilstand og kvalitet"),
        Entry(id: "medvirkning", title: "Barns medvirkning"),
        Entry(id: "samarbeid", title: "Samarbeid med andre sektorer"),
        Entry(id: "internkontroll", title: "Internkontroll, tilsyn og avvik"),
        Entry(id: "okonomi", title: "Økonomi"),
        Entry(id: "utfordringer", title: "Utfordringsbildet"),
        Entry(id: "innsats", title: "Innsatsområder og tiltak"),
        Entry(id: "vedlegg", title: "Vedlegg"),
    ]

    /// The standard entry for `id`.
    public static func entry(_ id: String) -> Entry? { standard.first { $0.id == id } }
}

/// Whether a higher value of an indicator is better, worse, or neither.
public enum Direction: String, Sendable, Hashable {
    case higherIsBetter, lowerIsBetter, neutral
}

/// Comparison levels of an indicator.
public enum IndicatorLevel: String, Sendable, Hashable, CaseIterable {
    case municipality = "kommune"
    case kostraGroup = "kostragruppe"
    case county = "fylke"
    case country = "land"
}

/// How a share relates to the counts a reader can see beside it: what privacy needs to know.
public enum ShareBasis: Sendable, Hashable {
    /// A share *of* a printed count (its denominator): with the count shown, a reader turns the share back
    /// into its numerator (4,7 % of 85 reports = 4) and the rest (81).
    case ofCount(String)
    /// A printed count *per* another printed count: nothing new once both are shown.
    case countPer(String, per: String)
    /// About the children of a count, but not a share of it (visits per child in foster homes): hidden with it.
    case about(String)

    /// Every count the share is computed from.
    public var counts: [String] {
        switch self {
        case .ofCount(let count), .about(let count): return [count]
        case .countPer(let count, let per): return [count, per]
        }
    }
}

/// The indicators the report knows: id, name in the report, unit, direction, and for a share the
/// counts it is computed from (so that hiding a count hides the share, and a share of a printed count is
/// protected like the count it gives away).
public enum IndicatorCatalogue {
    /// One known indicator.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let name: String
        public let unit: FigureUnit
        public let direction: Direction
        /// For a share: the counts it is computed from, and how.
        public let basis: ShareBasis?
        /// One of the chapter's key figures in the report year: hidden to protect another only as a last resort.
        public let isKeyFigure: Bool
        /// True for the municipality's own indicators from `data/indikator-katalog.csv`.
        public let isOwn: Bool

        /// The count this share is hidden with, if any (its denominator, or the count it is about).
        public var derivedFrom: String? { basis?.counts.first }

        /// Creates an entry; an own indicator's `derivedFrom` is the count it is a share of.
        public init(id: String, name: String, unit: FigureUnit, direction: Direction, derivedFrom: String?, isOwn: Bool = false) {
            self.init(id: id, name: name, unit: unit, direction: direction, basis: derivedFrom.map { .ofCount($0) }, isOwn: isOwn)
        }

        /// Creates an entry with a share's basis.
        public init(id: String, name: String, unit: FigureUnit, direction: Direction, basis: ShareBasis?, isKeyFigure: Bool = false, isOwn: Bool = false) {
            self.id = id
            self.name = name
            self.unit = unit
            self.direction = direction
            self.basis = basis
            self.isKeyFigure = isKeyFigure
            self.isOwn = isOwn
        }
    }

    /// Counts that are parts of another count, with a remainder nobody prints: children under care
    /// orders live in foster homes, institutions or elsewhere. A reader subtracts; so does the attacker.
    public static let partitions: [(whole: String, parts: [String])] = [
        ("barn_med_omsorgstiltak", ["barn_i_fosterhjem", "barn_i_institusjon"]),
    ]

    /// Every known indicator.
    public static let all: [Entry] = [
        Entry(id: "innbyggere_0_17", name: "Innbyggere 0–17 år", unit: .count, direction: .neutral, derivedFrom: nil),
        Entry(id: "meldinger", name: "Meldinger mottatt", unit: .count, direction: .neutral, basis: nil, isKeyFigure: true),
        Entry(id: "meldinger_henlagt_andel", name: "Andel meldinger henlagt", unit: .percent, direction: .neutral, basis: .ofCount("meldinger")),
        Entry(id: "meldinger_innen_frist_andel", name: "Andel meldinger gjennomgått innen én uke", unit: .percent, direction: .higherIsBetter, basis: .ofCount("meldinger")),
        Entry(id: "undersokelser", name: "Undersøkelser avsluttet", unit: .count, direction: .neutral, basis: nil),
        Entry(id: "undersokelser_innen_frist_andel", name: "Andel undersøkelser avsluttet innen fristen", unit: .percent, direction: .higherIsBetter, basis: .ofCount("undersokelser"), isKeyFigure: true),
        Entry(id: "undersokelser_henlagt_andel", name: "Andel undersøkelser henlagt", unit: .percent, direction: .neutral, basis: .ofCount("undersokelser")),
        Entry(id: "barn_med_undersokelse_andel", name: "Andel barn 0–17 år med undersøkelse", unit: .percent, direction: .neutral, basis: .ofCount("innbyggere_0_17")),
        Entry(id: "barn_med_tiltak", name: "Barn med tiltak i løpet av året", unit: .count, direction: .neutral, basis: nil, isKeyFigure: true),
        Entry(id: "barn_med_tiltak_andel", name: "Andel barn 0–17 år med tiltak", unit: .percent, direction: .neutral, basis: .countPer("barn_med_tiltak", per: "innbyggere_0_17")),
        Entry(id: "barn_med_hjelpetiltak", name: "Barn med hjelpetiltak per 31.12.", unit: .count, direction: .neutral, basis: nil),
        Entry(id: "barn_med_omsorgstiltak", name: "Barn med omsorgstiltak per 31.12.", unit: .count, direction: .neutral, basis: nil),
        Entry(id: "barn_i_fosterhjem", name: "Barn i fosterhjem per 31.12.", unit: .count, direction: .neutral, basis: nil, isKeyFigure: true),
        Entry(id: "barn_i_institusjon", name: "Barn i institusjon per 31.12.", unit: .count, direction: .neutral, basis: nil),
        Entry(id: "tiltaksplan_andel", name: "Andel barn med hjelpetiltak som har tiltaksplan", unit: .percent, direction: .higherIsBetter, basis: .ofCount("barn_med_hjelpetiltak")),
        Entry(id: "omsorgsplan_andel", name: "Andel barn under omsorg som har omsorgsplan", unit: .percent, direction: .higherIsBetter, basis: .ofCount("barn_med_omsorgstiltak")),
        Entry(id: "tilsynsbesok_andel", name: "Andel pålagte tilsynsbesøk i fosterhjem som er gjennomført", unit: .percent, direction: .higherIsBetter, basis: .about("barn_i_fosterhjem")),
        Entry(id: "fylkesnemnd_saker", name: "Saker i barneverns- og helsenemnda", unit: .count, direction: .neutral, derivedFrom: nil),
        Entry(id: "netto_driftsutgifter_per_barn", name: "Netto driftsutgifter til barnevern per innbygger 0–17 år", unit: .kroner, direction: .neutral, derivedFrom: nil),
        Entry(id: "brutto_f244_per_barn", name: "Brutto driftsutgifter (funksjon 244) per barn med undersøkelse eller tiltak", unit: .kroner, direction: .neutral, derivedFrom: nil),
        Entry(id: "andel_f251", name: "Andel av netto driftsutgifter til tiltak for barn som ikke er plassert (funksjon 251)", unit: .percent, direction: .neutral, derivedFrom: nil),
    ]

    /// The entry for `id`.
    public static func entry(_ id: String) -> Entry? { all.first { $0.id == id } }
}
