import CSV
import ReportModel
import SourceText

/// Reads `data/tilsyn.csv` and `data/avvik.csv`.
enum OversightReader {
    static func inspections(_ table: CSVTable) -> TableRead<Inspection> {
        var columns = ColumnTable(table, required: ["dato", "myndighet", "tema", "lovbrudd", "status"], optional: ["oppfølging"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var inspections: [Inspection] = []
        for record in table.records {
            let dateCell = columns.cell(record, "dato")
            let dateText = dateCell?.trimmed ?? ""
            let date = CellValues.date(dateText)
            if date == nil {
                columns.report(dateText.isEmpty ? .valueMissing(.date) : .invalidDate(dateText), dateCell, record: record)
            }
            let authority = columns.requiredText(record, "myndighet", .authority)
            let theme = columns.requiredText(record, "tema", .theme)
            let breach = columns.choice(record, "lovbrudd", [("ja", true), ("nei", false)], .breach)
            let closed = columns.choice(record, "status", [("åpen", false), ("lukket", true)], .inspectionStatus)
            guard let date, let authority, let theme, let breach, let closed else { continue }
            inspections.append(Inspection(date: date, authority: authority, theme: theme, breachFound: breach, closed: closed,
                                          followUp: columns.text(record, "oppfølging") ?? ""))
        }
        return (inspections, columns.diagnostics, true)
    }

    static func deviations(_ table: CSVTable) -> TableRead<DeviationRow> {
        var columns = ColumnTable(table, required: ["år", "kategori", "antall"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var rows: [DeviationRow] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            let year = columns.year(record)
            let category = columns.requiredText(record, "kategori", .category)
            let count = columns.number(record, "antall", .count, .count)
            guard let year, let category else { continue }
            let key = "\(year)|\(category.lowercased())"
            if let first = seen[key] {
                columns.report(.duplicateRow(key: .yearAndCategory, value: "\(year) \(category)", firstLine: first), columns.cell(record, "kategori"), record: record)
                continue
            }
            seen[key] = record.line
            rows.append(DeviationRow(year: year, category: category, count: count))
        }
        return (rows, columns.diagnostics, true)
    }
}
