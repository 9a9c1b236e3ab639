/// The built-in indicators, by id (`indikator` in `data/indikatorer.csv`). Typed, so that a view or a
/// privacy rule that names an indicator is checked by the compiler; an own indicator has no `IndicatorID`.
public enum IndicatorID: String, Sendable, Hashable, CaseIterable {
    case inhabitants = "innbyggere_0_17"
    case reports = "meldinger"
    case reportsClosedShare = "meldinger_henlagt_andel"
    case reportsInTimeShare = "meldinger_innen_frist_andel"
    case investigations = "undersokelser"
    case investigationsInTimeShare = "undersokelser_innen_frist_andel"
    case investigationsClosedShare = "undersokelser_henlagt_andel"
    case childrenInvestigatedShare = "barn_med_undersokelse_andel"
    case childrenWithMeasures = "barn_med_tiltak"
    case childrenWithMeasuresShare = "barn_med_tiltak_andel"
    case childrenWithInHomeMeasures = "barn_med_hjelpetiltak"
    case childrenInCare = "barn_med_omsorgstiltak"
    case childrenInFosterHomes = "barn_i_fosterhjem"
    case childrenInInstitutions = "barn_i_institusjon"
    case measurePlanShare = "tiltaksplan_andel"
    case carePlanShare = "omsorgsplan_andel"
    case supervisionVisitShare = "tilsynsbesok_andel"
    case countyBoardCases = "fylkesnemnd_saker"
    case netExpenditurePerChild = "netto_driftsutgifter_per_barn"
    case grossCaseworkPerChild = "brutto_f244_per_barn"
    case inHomeMeasuresExpenditureShare = "andel_f251"
}

/// Where an indicator's figures come from.
public enum IndicatorSource: Sendable {
    /// `data/indikatorer.csv` (or an SSB download): the municipality's and the comparison levels' figures as given.
    case input
    /// Computed by the program from the project's other data: rows for the municipality, one per year it can
    /// compute. A row given in `data/indikatorer.csv` for the same year and level wins.
    case formula(@Sendable (ReportData) -> [IndicatorRow])
}

/// A category another dimension of an SSB table must have for a variable to mean the indicator (age group 0–17,
/// all measures …).
public struct StatBankRequirement: Sendable, Hashable {
    /// The dimension's id in SSB's tables (`KOKalder0000`).
    public let dimension: String
    /// The category code (`F000-017`).
    public let code: String
    /// What the category means, for the message when a download has another one.
    public let meaning: String

    /// Age group 0–17 years in SSB's KOSTRA tables on child welfare.
    public static let ageZeroToSeventeen = StatBankRequirement(dimension: "KOKalder0000", code: "F000-017", meaning: "alder 0–17 år (F000-017)")
    /// «Tiltak i alt», every kind of measure, in table 12275.
    public static let allMeasures = StatBankRequirement(dimension: "KOKbvfunksjon0000", code: "0", meaning: "tiltak i alt (0)")
}

/// A statistics variable of SSB's statistics bank that is exactly this indicator.
public struct StatBankVariable: Sendable, Hashable {
    /// Creates a mapping (the registry's entries cite where each was verified).
    public init(table: String, code: String?, labels: [String], requirements: [StatBankRequirement] = []) {
        self.table = table
        self.code = code
        self.labels = labels
        self.requirements = requirements
    }

    /// The table the variable was verified in (its number goes into the provenance either way).
    public let table: String
    /// The ContentsCode (`KOSbvbarnuspinnb0000`), or nil where only SSB's label could be verified.
    public let code: String?
    /// SSB's labels of the variable (nynorsk as the tables show it, and bokmål), for downloads without codes.
    public let labels: [String]
    /// Categories the table's other dimensions must have for a figure to be this indicator.
    public let requirements: [StatBankRequirement]
}

/// Everything the program knows about one built-in indicator.
public struct Indicator: Sendable {
    /// Creates a registry entry (`IndicatorRegistry.all` holds the program's own).
    public init(id: IndicatorID, name: Words, subject: Words, unit: FigureUnit, direction: Direction, basis: ShareBasis?,
                isKeyFigure: Bool, source: IndicatorSource, statBank: [StatBankVariable]) {
        self.id = id
        self.name = name
        self.subject = subject
        self.unit = unit
        self.direction = direction
        self.basis = basis
        self.isKeyFigure = isKeyFigure
        self.source = source
        self.statBank = statBank
    }

    public let id: IndicatorID
    /// The name in tables, charts and the appendix.
    public let name: Words
    /// The subject of the sentence that describes its change, in definite form («Andelen meldinger som ble henlagt»).
    public let subject: Words
    public let unit: FigureUnit
    /// Whether a higher value is better: decides whether a change is listed under «Utfordringsbildet».
    public let direction: Direction
    /// For a share: the counts it is computed from, and how (privacy).
    public let basis: ShareBasis?
    /// One of the chapter's key figures in the report year: hidden to protect another only as a last resort.
    public let isKeyFigure: Bool
    public let source: IndicatorSource
    /// Where SSB publishes it; empty where no variable is verified to be exactly this indicator.
    public let statBank: [StatBankVariable]

    /// The catalogue entry the model computes with.
    public var entry: IndicatorCatalogue.Entry {
        IndicatorCatalogue.Entry(id: id.rawValue, name: name, subject: subject, unit: unit, direction: direction, basis: basis,
                                 isKeyFigure: isKeyFigure, builtIn: id)
    }
}

/// A group of indicators shown together in a chapter: «Meldinger» in *Tilstand og kvalitet*, the expenditure in *Økonomi*.
public enum IndicatorGroup: String, Sendable, Hashable, CaseIterable {
    case reports, investigations, measures, care, economy, population
}

/// The one place that knows the built-in indicators: their names, units, formulas, SSB codes, the chapter and
/// group that shows them, how a change is described, and the privacy facts. Adding a built-in indicator is an
/// entry in `all` and its place in `groups` (and, with a formula, the formula's function); nothing else.
public enum IndicatorRegistry {
    /// Every built-in indicator.
    public static let all: [Indicator] = population + reports + investigations + measures + care + economy

    /// Each group: its title, the chapter that shows it, the indicator it draws as a chart, and its members in order.
    public static let groups: [(group: IndicatorGroup, title: Words, chapter: ChapterID, chart: IndicatorID?, members: [IndicatorID])] = [
        (.reports, Words(nb: "Meldinger", nn: "Meldingar"), .state, .reportsInTimeShare,
         [.reports, .reportsInTimeShare, .reportsClosedShare]),
        (.investigations, Words(nb: "Undersøkelser", nn: "Undersøkingar"), .state, .investigationsInTimeShare,
         [.investigations, .investigationsInTimeShare, .investigationsClosedShare, .childrenInvestigatedShare]),
        (.measures, Words(nb: "Tiltak", nn: "Tiltak"), .state, .childrenWithMeasuresShare,
         [.childrenWithMeasures, .childrenWithMeasuresShare, .childrenWithInHomeMeasures, .measurePlanShare]),
        (.care, Words(nb: "Omsorg og fosterhjem", nn: "Omsorg og fosterheim"), .state, .supervisionVisitShare,
         [.childrenInCare, .carePlanShare, .childrenInFosterHomes, .childrenInInstitutions, .supervisionVisitShare, .countyBoardCases]),
        (.economy, Words(nb: "Utgifter", nn: "Utgifter"), .economy, .netExpenditurePerChild,
         [.netExpenditurePerChild, .grossCaseworkPerChild, .inHomeMeasuresExpenditureShare]),
        (.population, Words(nb: "Innbyggere", nn: "Innbyggjarar"), .organisation, nil, [.inhabitants]),
    ]

    /// Counts that are parts of another count, with a remainder nobody prints: children under care
    /// orders live in foster homes, institutions or elsewhere. A reader subtracts; so does the attacker.
    public static let partitions: [(whole: IndicatorID, parts: [IndicatorID])] = [
        (.childrenInCare, [.childrenInFosterHomes, .childrenInInstitutions]),
    ]

    /// The indicator with a typed id.
    public static func indicator(_ id: IndicatorID) -> Indicator? { all.first { $0.id == id } }

    /// The groups of `chapter`, in order.
    public static func groups(in chapter: ChapterID) -> [(group: IndicatorGroup, title: Words, chart: IndicatorID?, members: [IndicatorID])] {
        groups.filter { $0.chapter == chapter }.map { ($0.group, $0.title, $0.chart, $0.members) }
    }

    /// The rows every formula indicator computes from `data`, leaving out a year and level the input already gives.
    public static func computedRows(_ data: ReportData, of indicators: [Indicator] = all) -> [IndicatorRow] {
        var given = Set(data.indicators.map { "\($0.id)|\($0.year)|\($0.level.rawValue)" })
        var rows: [IndicatorRow] = []
        for indicator in indicators {
            guard case .formula(let formula) = indicator.source else { continue }
            for row in formula(data) where row.id == indicator.id.rawValue && given.insert("\(row.id)|\(row.year)|\(row.level.rawValue)").inserted {
                rows.append(row)
            }
        }
        return rows
    }
}

// MARK: The indicators, group by group

extension IndicatorRegistry {
    static func make(_ id: IndicatorID, name: Words, subject: Words, _ unit: FigureUnit, _ direction: Direction = .neutral,
                     basis: ShareBasis? = nil, keyFigure: Bool = false, source: IndicatorSource = .input,
                     statBank: [StatBankVariable] = []) -> Indicator {
        Indicator(id: id, name: name, subject: subject, unit: unit, direction: direction, basis: basis, isKeyFigure: keyFigure,
                  source: source, statBank: statBank)
    }

    static let population: [Indicator] = [
        make(.inhabitants, name: Words(nb: "Innbyggere 0–17 år", nn: "Innbyggjarar 0–17 år"),
             subject: Words(nb: "Antall innbyggere 0–17 år", nn: "Talet på innbyggjarar 0–17 år"), .count),
    ]

    static let reports: [Indicator] = [
        make(.reports, name: Words(nb: "Meldinger mottatt", nn: "Mottekne meldingar"),
             subject: Words(nb: "Antall meldinger", nn: "Talet på meldingar"), .count, keyFigure: true),
        make(.reportsClosedShare, name: Words(nb: "Andel meldinger henlagt", nn: "Del av meldingane lagde bort"),
             subject: Words(nb: "Andelen meldinger som ble henlagt", nn: "Delen av meldingane som vart lagde bort"),
             .percent, basis: .ofCount(.reports)),
        make(.reportsInTimeShare, name: Words(nb: "Andel meldinger gjennomgått innen én uke", nn: "Del av meldingane gjennomgått innan éi veke"),
             subject: Words(nb: "Andelen meldinger som ble gjennomgått innen én uke", nn: "Delen av meldingane som vart gjennomgått innan éi veke"),
             .percent, .higherIsBetter, basis: .ofCount(.reports)),
    ]

    static let investigations: [Indicator] = [
        make(.investigations, name: Words(nb: "Undersøkelser avsluttet", nn: "Avslutta undersøkingar"),
             subject: Words(nb: "Antall avsluttede undersøkelser", nn: "Talet på avslutta undersøkingar"), .count),
        make(.investigationsInTimeShare, name: Words(nb: "Andel undersøkelser avsluttet innen fristen", nn: "Del av undersøkingane avslutta innan fristen"),
             subject: Words(nb: "Andelen undersøkelser som ble avsluttet innen fristen", nn: "Delen av undersøkingane som vart avslutta innan fristen"),
             .percent, .higherIsBetter, basis: .ofCount(.investigations), keyFigure: true),
        make(.investigationsClosedShare, name: Words(nb: "Andel undersøkelser henlagt", nn: "Del av undersøkingane lagde bort"),
             subject: Words(nb: "Andelen undersøkelser som ble henlagt", nn: "Delen av undersøkingane som vart lagde bort"),
             .percent, basis: .ofCount(.investigations)),
        // SSB «Om statistikkvariabelen» (ssb.no/kompis/statbank, val=KOSbvbarnuspinnb0000): «Prosentdelen barn med
        // undersøking ift. innbyggarar 0-17 år. Teljar: Barn 0-17 år med undersøking i løpet av året. Nemnar: Talet på
        // innbyggarar 0-17 år frå SSBs befolkningsstatistikk.» Table 12286 «Barn med undersøking og prosentdelen barn
        // med undersøking frå barnevernet (K)» (Bufdir's kommunemonitor, script_henting/hente_alle_kostradata.R).
        make(.childrenInvestigatedShare, name: Words(nb: "Andel barn 0–17 år med undersøkelse", nn: "Prosentdel barn 0–17 år med undersøking"),
             subject: Words(nb: "Andelen barn 0–17 år med undersøkelse", nn: "Prosentdelen barn 0–17 år med undersøking"),
             .percent, basis: .ofCount(.inhabitants),
             statBank: [StatBankVariable(table: "12286", code: "KOSbvbarnuspinnb0000",
                                         labels: ["Prosentdelen barn med undersøking ift. innbyggarar 0-17 år",
                                                  "Andel barn med undersøkelse ift. innbyggere 0-17 år"])]),
    ]

    // Table 12275 «Barn med tiltak i løpet av året og per 31. desember, etter region, alder, funksjon,
    // statistikkvariabel og år» with KOKalder0000 = F000-017 and KOKbvfunksjon0000 = 0 «Tiltak i alt»: Bufdir's
    // kommunemonitor fetches «Antall barn 0-17 år med tiltak i alt i løpet av året» as KOSbvbarntiltaka0000 and
    // «Barn med barnevernstiltak i forhold til innbyggere i aldersgruppen 0-17 år» as KOSbvbarntiltaka0001.
    static let measuresZeroToSeventeen: [StatBankRequirement] = [.ageZeroToSeventeen, .allMeasures]

    static let measures: [Indicator] = [
        make(.childrenWithMeasures, name: Words(nb: "Barn med tiltak i løpet av året", nn: "Barn med tiltak i løpet av året"),
             subject: Words(nb: "Antall barn med tiltak i løpet av året", nn: "Talet på barn med tiltak i løpet av året"), .count, keyFigure: true,
             statBank: [StatBankVariable(table: "12275", code: "KOSbvbarntiltaka0000", labels: [], requirements: measuresZeroToSeventeen)]),
        make(.childrenWithMeasuresShare, name: Words(nb: "Andel barn 0–17 år med tiltak", nn: "Prosentdel barn 0–17 år med tiltak"),
             subject: Words(nb: "Andelen barn 0–17 år med tiltak", nn: "Prosentdelen barn 0–17 år med tiltak"),
             .percent, basis: .countPer(.childrenWithMeasures, per: .inhabitants),
             statBank: [StatBankVariable(table: "12275", code: "KOSbvbarntiltaka0001", labels: [], requirements: measuresZeroToSeventeen)]),
        make(.childrenWithInHomeMeasures, name: Words(nb: "Barn med hjelpetiltak per 31.12.", nn: "Barn med hjelpetiltak per 31.12."),
             subject: Words(nb: "Antall barn med hjelpetiltak ved årets slutt", nn: "Talet på barn med hjelpetiltak ved utgangen av året"), .count),
    ]

    static let care: [Indicator] = [
        make(.childrenInCare, name: Words(nb: "Barn med omsorgstiltak per 31.12.", nn: "Barn med omsorgstiltak per 31.12."),
             subject: Words(nb: "Antall barn med omsorgstiltak ved årets slutt", nn: "Talet på barn med omsorgstiltak ved utgangen av året"), .count),
        make(.childrenInFosterHomes, name: Words(nb: "Barn i fosterhjem per 31.12.", nn: "Barn i fosterheim per 31.12."),
             subject: Words(nb: "Antall barn i fosterhjem ved årets slutt", nn: "Talet på barn i fosterheim ved utgangen av året"), .count, keyFigure: true),
        make(.childrenInInstitutions, name: Words(nb: "Barn i institusjon per 31.12.", nn: "Barn i institusjon per 31.12."),
             subject: Words(nb: "Antall barn i institusjon ved årets slutt", nn: "Talet på barn i institusjon ved utgangen av året"), .count),
        make(.measurePlanShare, name: Words(nb: "Andel barn med hjelpetiltak som har tiltaksplan", nn: "Del av barna med hjelpetiltak som har tiltaksplan"),
             subject: Words(nb: "Andelen barn med hjelpetiltak som har tiltaksplan", nn: "Delen av barna med hjelpetiltak som har tiltaksplan"),
             .percent, .higherIsBetter, basis: .ofCount(.childrenWithInHomeMeasures)),
        make(.carePlanShare, name: Words(nb: "Andel barn under omsorg som har omsorgsplan", nn: "Del av barna under omsorg som har omsorgsplan"),
             subject: Words(nb: "Andelen barn under omsorg som har omsorgsplan", nn: "Delen av barna under omsorg som har omsorgsplan"),
             .percent, .higherIsBetter, basis: .ofCount(.childrenInCare)),
        make(.supervisionVisitShare,
             name: Words(nb: "Andel pålagte tilsynsbesøk i fosterhjem som er gjennomført", nn: "Del av dei pålagde tilsynsbesøka i fosterheim som er gjennomførte"),
             subject: Words(nb: "Andelen pålagte tilsynsbesøk i fosterhjem som ble gjennomført",
                            nn: "Delen av dei pålagde tilsynsbesøka i fosterheim som vart gjennomførte"),
             .percent, .higherIsBetter, basis: .about(.childrenInFosterHomes)),
        make(.countyBoardCases, name: Words(nb: "Saker i barneverns- og helsenemnda", nn: "Saker i barneverns- og helsenemnda"),
             subject: Words(nb: "Antall saker i barneverns- og helsenemnda", nn: "Talet på saker i barneverns- og helsenemnda"), .count),
    ]

    static let economy: [Indicator] = [
        make(.netExpenditurePerChild,
             name: Words(nb: "Netto driftsutgifter til barnevern per innbygger 0–17 år", nn: "Netto driftsutgifter til barnevern per innbyggjar 0–17 år"),
             subject: Words(nb: "Netto driftsutgifter til barnevern per innbygger 0–17 år", nn: "Netto driftsutgifter til barnevern per innbyggjar 0–17 år"),
             .kroner),
        make(.grossCaseworkPerChild,
             name: Words(nb: "Brutto driftsutgifter (funksjon 244) per barn med undersøkelse eller tiltak",
                         nn: "Brutto driftsutgifter (funksjon 244) per barn med undersøking eller tiltak"),
             subject: Words(nb: "Brutto driftsutgifter til saksbehandling per barn med undersøkelse eller tiltak",
                            nn: "Brutto driftsutgifter til saksbehandling per barn med undersøking eller tiltak"),
             .kroner,
             // SSB's KOSTRA key figures for child welfare (ssb.no/kommunefakta/kostra/<kommune>/barnevern) print the variable
             // of table 12279 as «Brutto driftsutgifter (funksjon 244) per barn med undersøking eller tiltak (kr)». Its code
             // could not be verified: matched on the label only.
             statBank: [StatBankVariable(table: "12279", code: nil, labels: ["Brutto driftsutgifter (funksjon 244) per barn med undersøking eller tiltak"])]),
        make(.inHomeMeasuresExpenditureShare,
             name: Words(nb: "Andel av netto driftsutgifter til tiltak for barn som ikke er plassert (funksjon 251)",
                         nn: "Del av netto driftsutgifter til tiltak for barn som ikkje er plasserte (funksjon 251)"),
             subject: Words(nb: "Andelen av utgiftene som gikk til tiltak for barn som bor hjemme",
                            nn: "Delen av utgiftene som gjekk til tiltak for barn som bur heime"),
             .percent,
             // SSB «Om statistikkvariabelen» (val=KOSandelndu2510000, the page of table 12279 «Nøkkeltal utgifter barnevern»):
             // «Delen av netto driftsutgifter til barnevern (funksjonane 244, 251 og 252) som gjekk til barn som ikkje er
             // plasserte av barnevernet (funksjon 251)».
             statBank: [StatBankVariable(table: "12279", code: "KOSandelndu2510000",
                                         labels: ["Delen netto driftsutgifter til barn som ikkje er plasserte av barnevernet (funksjon 251)"])]),
    ]
}
