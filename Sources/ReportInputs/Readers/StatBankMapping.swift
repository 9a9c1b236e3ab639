import ReportModel
import StatBank

/// What ties SSB's statistics bank to the report: which statistics variable is which of our indicators
/// (the SSB codes of `IndicatorRegistry`, collected here), the variables deliberately left out, and which SSB
/// region code is which comparison level.
///
/// Only what could be verified is mapped (sources in the README, «SSB statistics bank», and beside each
/// entry). A variable is matched on its code (JSON-stat, or a CSV or workbook downloaded with codes) or,
/// in a download that shows labels only, on its label as SSB writes it (unit suffixes such as «(kr)»
/// and «(prosent)» aside).
enum StatBankMapping {
    /// A category another dimension of the table must have for the variable to mean the indicator.
    typealias Requirement = StatBankRequirement

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

    /// Variables whose meaning matches an indicator exactly: the SSB codes in the indicator registry.
    static let variables: [Variable] = IndicatorRegistry.all.flatMap { indicator in
        indicator.statBank.map {
            Variable(table: $0.table, code: $0.code, labels: $0.labels, requirements: $0.requirements, indicator: indicator.id.rawValue, unit: indicator.unit)
        }
    }

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
