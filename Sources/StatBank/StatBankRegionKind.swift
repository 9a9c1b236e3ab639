/// What kind of area an SSB region code names in the statistics bank's KOSTRA tables.
///
/// Municipalities have four digits (`3101` Halden, from the 2024 county structure), counties two (`31`
/// Østfold); the aggregates KOSTRA compares with carry letter codes: `EKG01`–`EKG16` the KOSTRA groups
/// (`EKG07 Kostragruppe 07`), `EKAnn` the municipalities of county `nn` together, `EAK` the whole country
/// and `EAKUO` the country without Oslo. Population tables use `0` for the whole country.
public enum StatBankRegionKind: String, Sendable, Hashable {
    case municipality, county, countyMunicipalities, kostraGroup, country, countryWithoutOslo

    /// The kind of `code`, or nil for a code of no known shape (a district `030101`, `Uoppgitt` …).
    public static func of(_ code: String) -> StatBankRegionKind? {
        let upper = code.uppercased()
        func digits(_ text: Substring) -> Bool { !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        switch upper {
        case "EAK", "0": return .country
        case "EAKUO": return .countryWithoutOslo
        default: break
        }
        // Some newer tables prefix the number with its level (`K-3101`, `F-31`).
        if upper.hasPrefix("K-"), upper.count == 6, digits(upper.dropFirst(2)) { return .municipality }
        if upper.hasPrefix("F-"), upper.count == 4, digits(upper.dropFirst(2)) { return .county }
        if upper.count == 4, digits(Substring(upper)) { return .municipality }
        if upper.count == 2, digits(Substring(upper)) { return .county }
        if upper.count == 5, upper.hasPrefix("EKG"), digits(upper.dropFirst(3)) { return .kostraGroup }
        if upper.count == 5, upper.hasPrefix("EKA"), digits(upper.dropFirst(3)) { return .countyMunicipalities }
        return nil
    }
}
