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
    /// True when every required column was found.
    let isComplete: Bool

    /// Finds `required` and `optional` columns; a missing required column is an error at the header.
    init(_ table: CSVTable, required: [String], optional: [String] = []) {
        self.table = table
        var found: [String: Int] = [:]
        for (index, cell) in table.header.enumerated() {
            let key = Self.key(cell.text)
            if !key.isEmpty, found[key] == nil { found[key] = index }
        }
        columns = found
        for name in required + optional { byName[name] = found[Self.key(name)] }
        let missing = required.filter { found[Self.key($0)] == nil }
        isComplete = missing.isEmpty
        if !missing.isEmpty {
            let line = table.header.first?.line ?? 1
            let header = table.header.map(\.text).joined(separator: String(table.separator.rawValue))
            let location = table.header.first.map { table.location(of: CSVCell(text: "", line: $0.line, column: 1, row: $0.row)) }
                ?? SourceLocation(file: table.file, line: 1, column: 1)
            diagnostics.append(InputMessage.missingColumns(missing: missing, header: header, all: required + optional)
                .diagnostic(at: location, excerpt: table.sourceLine(line)))
        }
    }

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

    /// Reports `message` at `cell` (or at the record's first column when the row has no such cell).
    mutating func report(_ message: InputMessage, _ cell: CSVCell?, record: CSVRecord) {
        let line = cell?.line ?? record.line
        diagnostics.append(message.diagnostic(at: table.location(of: record, cell: cell), excerpt: table.sourceLine(line)))
    }

    /// SSB's symbols for a figure that is missing, confidential or nil, as they come from statistikkbanken.
    static let statisticsSymbols: Set<String> = [".", "..", "...", ":", "-", "–", "—"]

    /// A number; empty is nil (missing). `quantity` bounds it; nil accepts any finite number.
    mutating func number(_ record: CSVRecord, _ name: String, _ quantity: Quantity?, _ subject: CellSubject) -> Double? {
        guard let cell = cell(record, name) else { return nil }
        let trimmed = cell.trimmed
        if trimmed.isEmpty { return nil }
        guard let value = CellValues.number(trimmed) else {
            if Self.statisticsSymbols.contains(trimmed) {
                report(.statisticsSymbol(subject, symbol: trimmed), cell, record: record)
            } else {
                report(.notANumber(subject, value: trimmed, whole: quantity?.isWhole ?? false), cell, record: record)
            }
            return nil
        }
        if let quantity {
            if quantity.isWhole, value != value.rounded() {
                report(.notAWholeNumber(subject, value: trimmed), cell, record: record)
                return nil
            }
            if !quantity.range.contains(value) {
                report(.outOfRange(subject, value: trimmed, quantity), cell, record: record)
                return nil
            }
        }
        return value
    }

    /// A year (1990–2100); required.
    mutating func year(_ record: CSVRecord, _ name: String = "år") -> Int? {
        let cell = cell(record, name)
        guard let text = cell?.trimmed, !text.isEmpty else {
            report(.valueMissing(.year), cell, record: record)
            return nil
        }
        guard text.count == 4, let value = Int(text), (1990...2100).contains(value) else {
            report(.invalidYear(text), cell, record: record)
            return nil
        }
        return value
    }

    /// One of a fixed set of words (compared without case); required.
    mutating func choice<T>(_ record: CSVRecord, _ name: String, _ options: [(String, T)], _ subject: CellSubject) -> T? {
        let cell = cell(record, name)
        let text = cell?.trimmed ?? ""
        if let exact = options.first(where: { $0.0 == text }) { return exact.1 } // the usual case, without normalising
        if text.isEmpty {
            report(.valueMissing(subject), cell, record: record)
            return nil
        }
        let key = Self.key(text)
        if let match = options.first(where: { Self.key($0.0) == key }) { return match.1 }
        report(.unknownChoice(subject, value: text, options: options.map { $0.0 }), cell, record: record)
        return nil
    }

    /// A required text.
    mutating func requiredText(_ record: CSVRecord, _ name: String, _ subject: CellSubject) -> String? {
        if let value = text(record, name) { return value }
        report(.valueMissing(subject), cell(record, name), record: record)
        return nil
    }
}
