import CSV
import ReportModel
import SourceText

/// A CSV table whose columns are found by name (any order, any case, with or without `_`, `æøå`
/// written `ae`/`o`/`a`), with typed cell readers that report every problem with its position.
struct ColumnTable {
    let table: CSVTable
    private var columns: [String: Int] = [:]
    /// Column indices by the names the reader asks for, so a lookup per cell does not normalise the name again.
    private var byName: [String: Int] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Finds `required` and `optional` columns; a missing required column is an error at the header.
    init(_ table: CSVTable, required: [String], optional: [String] = []) {
        self.table = table
        for (index, cell) in table.header.enumerated() {
            let key = Self.key(cell.text)
            if !key.isEmpty, columns[key] == nil { columns[key] = index }
        }
        for name in required + optional { byName[name] = columns[Self.key(name)] }
        let missing = required.filter { columns[Self.key($0)] == nil }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(
                code: "INN010", message: missing.count == 1 ? "Kolonnen «\(missing[0])» mangler." : "Kolonner mangler: \(missing.map { "«\($0)»" }.joined(separator: ", ")).",
                location: table.header.first.map { table.location(of: CSVCell(text: "", line: $0.line, column: 1, row: $0.row)) }
                    ?? SourceLocation(file: table.file, line: 1, column: 1),
                found: table.header.map(\.text).joined(separator: String(table.separator.rawValue)),
                expected: "kolonnene " + (required + optional).joined(separator: ", "),
                excerpt: table.sourceLine(table.header.first?.line ?? 1)))
        }
    }

    /// True when every required column was found.
    var isComplete: Bool { diagnostics.isEmpty }

    /// True when the table has the column.
    func has(_ name: String) -> Bool { columns[Self.key(name)] != nil }

    static func key(_ name: String) -> String {
        var result = ""
        for character in name.trimmingSpaces().lowercased() {
            switch character {
            case " ", "_", "-", "\u{00A0}": continue
            case "æ": result += "ae"
            case "ø": result += "o"
            case "å": result += "a"
            default: result.append(character)
            }
        }
        return result
    }

    /// The cell of `record` in column `name` (nil if the column is absent or the row is short).
    func cell(_ record: CSVRecord, _ name: String) -> CSVCell? {
        guard let index = byName[name] ?? columns[Self.key(name)], index < record.cells.count else { return nil }
        return record.cells[index]
    }

    /// The trimmed text, nil when empty.
    func text(_ record: CSVRecord, _ name: String) -> String? {
        guard let value = cell(record, name)?.trimmed, !value.isEmpty else { return nil }
        return value
    }

    mutating func report(_ code: String, _ message: String, _ cell: CSVCell?, record: CSVRecord, found: String?, expected: String?, severity: Severity = .error) {
        let line = cell?.line ?? record.line
        diagnostics.append(Diagnostic(severity: severity, code: code, message: message,
                                      location: table.location(of: record, cell: cell),
                                      found: found, expected: expected, excerpt: table.sourceLine(line)))
    }

    /// A number; empty is nil (missing). `range` bounds it (a negative count, a share over 100 %).
    mutating func number(_ record: CSVRecord, _ name: String, range: ClosedRange<Double>? = nil, whole: Bool = false, what: String) -> Double? {
        guard let cell = cell(record, name) else { return nil }
        let trimmed = cell.trimmed
        if trimmed.isEmpty { return nil }
        guard let value = CellValues.number(trimmed) else {
            report("INN011", "\(what) er ikke et tall.", cell, record: record, found: trimmed,
                   expected: whole ? "et helt tall, for eksempel 12" : "et tall, for eksempel 12,5")
            return nil
        }
        if whole, value != value.rounded() {
            report("INN012", "\(what) må være et helt tall.", cell, record: record, found: trimmed, expected: "et helt tall, for eksempel 12")
            return nil
        }
        if let range, !range.contains(value) {
            let expected: String
            if range.lowerBound == 0, range.upperBound == 100 { expected = "en andel mellom 0 og 100 %" }
            else if range.upperBound == .greatestFiniteMagnitude { expected = "et tall som ikke er negativt" }
            else { expected = "et tall fra \(NorwegianFormat.number(range.lowerBound, decimals: 0)) til \(NorwegianFormat.number(range.upperBound, decimals: 0))" }
            report("INN013", "\(what) er utenfor gyldig område.", cell, record: record, found: trimmed, expected: expected)
            return nil
        }
        return value
    }

    /// A year (1990–2100); required.
    mutating func year(_ record: CSVRecord, _ name: String = "år") -> Int? {
        let cell = cell(record, name)
        guard let text = cell?.trimmed, !text.isEmpty else {
            report("INN014", "Året mangler.", cell, record: record, found: "tom celle", expected: "et årstall, for eksempel 2025")
            return nil
        }
        guard let value = Int(text), (1990...2100).contains(value) else {
            report("INN014", "Året er ikke gyldig.", cell, record: record, found: text, expected: "et årstall med fire sifre, for eksempel 2025")
            return nil
        }
        return value
    }

    /// One of a fixed set of words (compared without case); required unless `allowEmpty`.
    mutating func choice<T>(_ record: CSVRecord, _ name: String, _ options: [(String, T)], what: String) -> T? {
        let cell = cell(record, name)
        let text = cell?.trimmed ?? ""
        if let exact = options.first(where: { $0.0 == text }) { return exact.1 } // the usual case, without normalising
        let key = Self.key(text)
        if let match = options.first(where: { Self.key($0.0) == key }) { return match.1 }
        report("INN015", text.isEmpty ? "\(what) mangler." : "Ukjent \(what.lowercased()).", cell, record: record,
               found: text.isEmpty ? "tom celle" : text, expected: "én av " + options.map { $0.0 }.joined(separator: ", "))
        return nil
    }

    /// A required text.
    mutating func requiredText(_ record: CSVRecord, _ name: String, what: String) -> String? {
        if let value = text(record, name) { return value }
        report("INN016", "\(what) mangler.", cell(record, name), record: record, found: "tom celle", expected: what.lowercased())
        return nil
    }
}
