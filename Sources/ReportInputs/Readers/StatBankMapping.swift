import ReportModel
import StatBank

/// The one table that ties SSB's statistics bank to the report: which statistics variable is which of
/// our indicators, and which SSB region code is which comparison level. The indicator registry can
/// absorb it (a code per indicator); until then every mapping lives here.
///
/// Only what could be verified is mapped (sources in the README, «SSB statistics bank», and beside each
/// entry). A variable is matched on its code (JSON-stat, or a CSV or workbook downloaded with codes) or,
/// in a download that shows labels only, on its label as SSB writes it (unit suffixes such as «(kr)»
/// and «(prosent)» aside).
enum StatBankMapping {
    /// A category another dimension of the table must have for the variable to mean the indicator
    /// (age group 0–17, all measures …).
    struct Requirement: Hashable {
        /// The dimension's id in SSB's tables (`KOKalder0000`).
        var dimension: String
        /// The category code (`F000-017`).
        var code: String
        /// What the category means, for the message when a download has another one.
        var meaning: String
    }

    /// One mapped statistics variable.
    struct Variable {
        /// The table the variable was verified in (its number goes into the provenance either way).
        var table: String
        /// The ContentsCode (`KOSbvbarnuspinnb0000`), or nil where only SSB's label could be verified.
        var code: String?
        /// SSB's labels of the variable (nynorsk as the tables show it, and bokmål), for downloads without codes.
        var labels: [String]
        var requirements: [Requirement] = []
        var indicator: String
        var unit: FigureUnit
    }

    static let ageZeroToSeventeen = Requirement(dimension: "KOKalder0000", code: "F000-017", meaning: "alder 0–17 år (F000-017)")
    static let allMeasures = Requirement(dimension: "KOKbvfunksjon0000", code: "0", meaning: "tiltak i alt (0)")

    /// Variables whose meaning matches an indicator of the catalogue exactly.
    static let variables: [Variable] = [
        // SSB «Om statistikkvariabelen» (ssb.no/kompis/statbank, val=KOSbvbarnuspinnb0000): «Prosentdelen barn med
        // undersøking ift. innbyggarar 0-17 år. Teljar: Barn 0-17 år med undersøking i løpet av året. Nemnar: Talet på
        // innbyggarar 0-17 år frå SSBs befolkningsstatistikk.» Table 12286 «Barn med undersøking og prosentdelen barn
        // med undersøking frå barnevernet (K)» (Bufdir's kommunemonitor, script_henting/hente_alle_kostradata.R).
        Variable(table: "12286", code: "KOSbvbarnuspinnb0000",
                 labels: ["Prosentdelen barn med undersøking ift. innbyggarar 0-17 år", "Andel barn med undersøkelse ift. innbyggere 0-17 år"],
                 indicator: "barn_med_undersokelse_andel", unit: .percent),
        // Table 12275 «Barn med tiltak i løpet av året og per 31. desember, etter region, alder, funksjon,
        // statistikkvariabel og år» with KOKalder0000 = F000-017 and KOKbvfunksjon0000 = 0 «Tiltak i alt»: Bufdir's
        // kommunemonitor fetches «Antall barn 0-17 år med tiltak i alt i løpet av året» as KOSbvbarntiltaka0000 and
        // «Barn med barnevernstiltak i forhold til innbyggere i aldersgruppen 0-17 år» as KOSbvbarntiltaka0001.
        Variable(table: "12275", code: "KOSbvbarntiltaka0000", labels: [], requirements: [ageZeroToSeventeen, allMeasures],
                 indicator: "barn_med_tiltak", unit: .count),
        Variable(table: "12275", code: "KOSbvbarntiltaka0001", labels: [], requirements: [ageZeroToSeventeen, allMeasures],
                 indicator: "barn_med_tiltak_andel", unit: .percent),
        // SSB «Om statistikkvariabelen» (val=KOSandelndu2510000, the page of table 12279 «Nøkkeltal utgifter barnevern»):
        // «Delen av netto driftsutgifter til barnevern (funksjonane 244, 251 og 252) som gjekk til barn som ikkje er
        // plasserte av barnevernet (funksjon 251)».
        Variable(table: "12279", code: "KOSandelndu2510000",
                 labels: ["Delen netto driftsutgifter til barn som ikkje er plasserte av barnevernet (funksjon 251)"],
                 indicator: "andel_f251", unit: .percent),
        // SSB's KOSTRA key figures for child welfare (ssb.no/kommunefakta/kostra/<kommune>/barnevern) print the variable
        // of table 12279 as «Brutto driftsutgifter (funksjon 244) per barn med undersøking eller tiltak (kr)». Its code
        // could not be verified: matched on the label only.
        Variable(table: "12279", code: nil, labels: ["Brutto driftsutgifter (funksjon 244) per barn med undersøking eller tiltak"],
                 indicator: "brutto_f244_per_barn", unit: .kroner),
    ]

    /// Variables that were looked at and are deliberately not mapped, with the reason shown to the user.
    static let unmapped: [(code: String, reason: String)] = [
        ("KOSndubvinnbygge0000", "netto driftsutgifter per innbygger, men aldersgruppen er ikke bekreftet (SSBs nøkkeltall viser 0–22 år), og indikatoren gjelder 0–17 år"),
        ("KOSndubvinnbygge0001", "netto driftsutgifter til barnevern per innbygger (alle aldre), ikke per innbygger 0–17 år"),
        ("KOSndubvinnbygge0003", "netto driftsutgifter til barnevern per innbygger 0–24 år, ikke per innbygger 0–17 år"),
        ("KOSbvbarnhotilta0001", "andel barn med tiltak per aldersgruppe; koden for gruppen 0–17 år er ikke bekreftet"),
        ("KOSbvbarnmelding0000", "barn med melding, ikke antall meldinger"),
        ("KOSbvbarnmelding0001", "andel barn med melding; rapporten har ingen slik indikator"),
        ("KOSbvbarnus0000", "antall barn med undersøkelse, ikke antall avsluttede undersøkelser"),
        ("KOSbvbarnust0000", "barn med undersøkelse eller tiltak; rapporten har ingen slik indikator"),
        ("KOSbdu251bvbarnt0000", "brutto driftsutgifter per barn i funksjon 251; rapporten har ingen slik indikator"),
        ("KOSbdu252bvbarnt0000", "brutto driftsutgifter per barn i funksjon 252; rapporten har ingen slik indikator"),
        ("KOSandelndu2440000", "andel av utgiftene til funksjon 244; rapporten har ingen slik indikator"),
        ("KOSndubvbvbarnus0000", "netto driftsutgifter per barn med undersøkelse eller tiltak; rapporten har ingen slik indikator"),
    ]

    /// The mapped variable for an observation's variable in `table`, by code, then by label.
    static func variable(_ category: StatBankCategory, table: String?) -> Variable? {
        if let byCode = variables.first(where: { $0.code == category.code }) { return byCode }
        let label = normalized(category.label)
        let code = normalized(category.code)
        return variables.first { variable in variable.labels.contains { normalized($0) == label || normalized($0) == code } }
    }

    /// Why a variable is not used, when it is one of the known unmapped ones.
    static func reason(_ category: StatBankCategory) -> String? {
        unmapped.first { $0.code == category.code }?.reason
    }

    /// The requirement an observation's other categories break, or nil when they fit the variable. The dimension is
    /// found by its id (JSON-stat); in a CSV or workbook, whose headings are labels, any other category written with
    /// the required code (`F000-017 0-17 år`) fits. A download without the category does not: a figure for 0–22 år
    /// must not pass for one for 0–17 år.
    static func brokenRequirement(_ variable: Variable, others: [StatBankCategory], dimensions: [StatBankDimension]) -> Requirement? {
        let otherIDs = otherDimensionIDs(dimensions)
        for requirement in variable.requirements {
            let candidates: [StatBankCategory]
            if let index = otherIDs.firstIndex(of: requirement.dimension) {
                candidates = index < others.count ? [others[index]] : []
            } else {
                candidates = others
            }
            guard candidates.contains(where: { fits($0, requirement.code) }) else { return requirement }
        }
        return nil
    }

    /// The ids of the dimensions an observation's `others` come from, in their order.
    static func otherDimensionIDs(_ dimensions: [StatBankDimension]) -> [String] {
        let region = dimensions.firstIndex { $0.role == .region }
        let time = dimensions.firstIndex { $0.role == .time }
        let variable = dimensions.firstIndex { $0.role == .variable }
        return dimensions.indices.filter { $0 != region && $0 != time && $0 != variable }.map { dimensions[$0].id }
    }

    static func fits(_ category: StatBankCategory, _ code: String) -> Bool {
        category.code == code || category.code.hasPrefix(code + " ") || category.label == code
    }

    /// Lower case, one space between words, `–` as `-`, and a trailing unit in parentheses left out.
    static func normalized(_ text: String) -> String {
        var words = String(text.lowercased().map { $0 == "–" ? "-" : $0 }).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        if let last = words.last, ["(kr)", "(prosent)", "(antall)", "(kroner)", "(%)"].contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// The comparison level of an SSB region code for the municipality `number` and its KOSTRA group
    /// (`KOSTRA-gruppe 7` → `EKG07`): the municipality itself, its KOSTRA group, its county (the
    /// municipalities of the county together, `EKAnn`, or the county `nn`), the whole country (`EAK`).
    /// Nil for any other region (another municipality, another group, the country without Oslo).
    static func level(of code: String, municipality number: String, kostraGroup: String?) -> IndicatorLevel? {
        let plain = code.uppercased().hasPrefix("K-") || code.uppercased().hasPrefix("F-") ? String(code.dropFirst(2)) : code
        switch StatBankRegionKind.of(code) {
        case .municipality?: return plain == number ? .municipality : nil
        case .kostraGroup?:
            // Without a group in the settings every group counts; with one, only that group.
            guard let own = kostraGroup.flatMap(groupCode) else { return .kostraGroup }
            return own == code.uppercased() ? .kostraGroup : nil
        case .countyMunicipalities?: return code.uppercased() == "EKA" + number.prefix(2) ? .county : nil
        case .county?: return plain == String(number.prefix(2)) ? .county : nil
        case .country?: return .country
        case .countryWithoutOslo?, nil: return nil
        }
    }

    /// `KOSTRA-gruppe 7`, `Kostragruppe 07`, `EKG07` → `EKG07`.
    static func groupCode(_ name: String) -> String? {
        let digits = name.filter { $0.isASCII && $0.isNumber }
        guard let number = Int(digits), (1...99).contains(number) else { return nil }
        return "EKG" + (number < 10 ? "0" : "") + String(number)
    }
}
