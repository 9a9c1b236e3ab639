import ReportModel
import StatBank

/// What ties SSB's statistics bank to the report: which statistics variable is which of our indicators
/// (the SSB codes of `IndicatorRegistry`, collected here), the variables deliberately left out, and which SSB
/// region code is which comparison level.
///
/// Only what could be verified against SSB's own pages is mapped (sources in the README, «SSB statistics
/// bank»). A variable is matched on its code (JSON-stat, or a CSV downloaded «with codes») or, in a CSV or
/// workbook that shows labels only, on its exact label.
enum StatBankMapping {
    /// One mapped statistics variable.
    struct Variable {
        /// SSB's table, or nil when the variable means the same in every table that has it.
        var table: String?
        /// The ContentsCode (`KOSbvbarnuspinnb0000`).
        var code: String
        /// SSB's labels of the variable (nynorsk and bokmål as the tables show them).
        var labels: [String]
        var indicator: String
        var unit: FigureUnit
    }

    /// Variables whose meaning matches an indicator exactly: the SSB codes in the indicator registry.
    static let variables: [Variable] = IndicatorRegistry.all.flatMap { indicator in
        indicator.statBank.map { Variable(table: $0.table, code: $0.code, labels: $0.labels, indicator: indicator.id.rawValue, unit: indicator.unit) }
    }

    /// Variables that were looked at and are deliberately not mapped, with the reason shown to the user.
    static let unmapped: [(code: String, reason: String)] = [
        ("KOSndubvinnbygge0001", "netto driftsutgifter til barnevern per innbygger (alle aldre), ikke per innbygger 0–17 år"),
        ("KOSndubvinnbygge0003", "netto driftsutgifter til barnevern per innbygger 0–24 år, ikke per innbygger 0–17 år"),
        ("KOSbvbarnhotilta0001", "andel barn med tiltak per aldersgruppe; koden for gruppen 0–17 år er ikke bekreftet"),
    ]

    /// The mapped variable for an observation's variable in `table`, by code, then by label.
    static func variable(_ category: StatBankCategory, table: String?) -> Variable? {
        let candidates = variables.filter { $0.table == nil || $0.table == table }
        if let byCode = candidates.first(where: { $0.code == category.code }) { return byCode }
        let label = normalized(category.label)
        return candidates.first { $0.labels.contains { normalized($0) == label } }
    }

    /// Why a variable is not used, when it is one of the known unmapped ones.
    static func reason(_ category: StatBankCategory) -> String? {
        unmapped.first { $0.code == category.code }?.reason
    }

    static func normalized(_ text: String) -> String {
        String(text.lowercased().map { $0 == "–" ? "-" : $0 }).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
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
