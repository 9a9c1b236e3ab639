import CSV
import SourceText

/// A cell of a downloaded table, CSV or workbook alike.
struct TableCell {
    var text: String
    var location: SourceLocation
    var trimmed: String { text.trimmingSpaces() }
}

/// How the statistics bank lays out a table it downloads as CSV or Excel (PxWeb's «Semikolonseparert med
/// overskrift» and «Excel (xlsx)»): optional title lines (`12870: Barnevern …`), a heading row, then
/// one row per combination of the stub variables (region, statistikkvariabel, år …) with either one value
/// column (long form) or one column per heading category (wide form: years, or «variable year»);
/// footnotes may follow. Categories are written «code label» (`3101 Halden`, `EKG07 Kostragruppe 07`) or
/// as labels only.
enum TableLayout {
    /// The role a column heading or dimension id names, or nil.
    static func role(ofHeading heading: String) -> StatBankDimension.Role? {
        let key = heading.trimmingSpaces().lowercased()
        if key == "tid" || key == "år" || key == "year" || key == "time" || key == "aar" { return .time }
        if key == "contentscode" || key.contains("statistikkvariabel") || key == "contents" || key == "statistic" { return .variable }
        if key.contains("region") || key == "kommune" || key == "fylke" || key == "land" { return .region }
        return nil
    }

    /// `2025` → 2025 (years 1900–2200 only).
    static func year(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces()
        guard trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(trimmed), (1900...2200).contains(value) else { return nil }
        return value
    }

    /// `3101 Halden` → (`3101`, `Halden`); `EKG07 Kostragruppe 07` → (`EKG07`, …); `EAK Landet` → (`EAK`, `Landet`);
    /// a plain label is its own code.
    static func splitCode(_ text: String) -> StatBankCategory {
        let trimmed = text.trimmingSpaces()
        guard let space = trimmed.firstIndex(of: " ") else { return StatBankCategory(code: trimmed, label: trimmed) }
        let first = trimmed[..<space]
        let rest = String(trimmed[trimmed.index(after: space)...]).trimmingSpaces()
        let hasDigit = first.contains { $0.isASCII && $0.isNumber }
        let upper = first.count >= 2 && first.count <= 8 && first.allSatisfy { $0.isASCII && $0.isUppercase }
        let codeLike = first.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } || StatBankRegionKind.of(String(first)) != nil
        guard codeLike, hasDigit || upper, !rest.isEmpty else { return StatBankCategory(code: trimmed, label: trimmed) }
        return StatBankCategory(code: String(first), label: rest)
    }

    /// A value cell: a number (`12,5`, `1 234`, `12.5`), an SSB symbol, or empty (missing); nil for anything else.
    static func value(_ text: String) -> StatBankValue? {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return .symbol(.missing) }
        if let symbol = StatBankSymbol.parse(trimmed) { return .symbol(symbol) }
        return CellValues.number(trimmed).map(StatBankValue.number)
    }

    /// True when most filled cells of a column are numbers or symbols.
    static func isValueColumn(_ cells: [String]) -> Bool {
        let filled = cells.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return false }
        return filled.filter { value($0) != nil }.count * 2 > filled.count
    }
}
