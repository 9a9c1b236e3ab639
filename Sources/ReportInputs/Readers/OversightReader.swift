import CSV
import ReportModel
import SourceText

/// Reads `data/tilsyn.csv` and `data/avvik.csv`.
enum OversightReader {
    static func inspections(_ table: CSVTable) -> ([Inspection], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["dato", "myndighet", "tema", "lovbrudd", "status"], optional: ["oppfølging"])
        guard columns.isComplete else { return ([], columns.diagnostics) }
        var inspections: [Inspection] = []
        for record in table.records {
            let dateCell = columns.cell(record, "dato")
            let date = CellValues.date(dateCell?.trimmed ?? "")
            if date == nil {
                columns.report("INN060", "Datoen er ikke gyldig.", dateCell, record: record, found: dateCell?.trimmed.isEmpty == false ? dateCell?.trimmed : "tom celle",
                               expected: "en dato som 31.12.2025 eller 2025-12-31")
            }
            let authority = columns.requiredText(record, "myndighet", what: "Myndigheten")
            let theme = columns.requiredText(record, "tema", what: "Temaet")
            let breach = columns.choice(record, "lovbrudd", [("ja", true), ("nei", false)], what: "Lovbrudd")
            let closed = columns.choice(record, "status", [("åpen", false), ("lukket", true)], what: "Statusen")
            guard let date, let authority, let theme, let breach, let closed else { continue }
            inspections.append(Inspection(date: date, authority: authority, theme: theme, breachFound: breach, closed: closed,
                                          followUp: columns.text(record, "oppfølging") ?? ""))
        }
        return (inspections, columns.diagnostics)
    }

    static func deviations(_ table: CSVTable) -> ([DeviationRow], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["år", "kategori", "antall"])
        guard columns.isComplete else { return ([], columns.diagnostics) }
        var rows: [DeviationRow] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            let year = columns.year(record)
            let category = columns.requiredText(record, "kategori", what: "Kategorien")
            let count = columns.number(record, "antall", range: 0...Double.greatestFiniteMagnitude, whole: true, what: "Antallet")
            guard let year, let category else { continue }
            let key = "\(year)|\(category.lowercased())"
            if let first = seen[key] {
                columns.report("INN020", "Samme år og kategori står to ganger.", columns.cell(record, "kategori"), record: record,
                               found: "\(year) \(category)", expected: "én rad per år og kategori (første gang på linje \(first))")
                continue
            }
            seen[key] = record.line
            rows.append(DeviationRow(year: year, category: category, count: count))
        }
        return (rows, columns.diagnostics)
    }
}
