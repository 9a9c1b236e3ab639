import CSV
import ReportModel
import SourceText

/// Reads `data/bemanning.csv` and `data/personale.csv`.
enum StaffingReader {
    static let roles = StaffRole.allCases.map { ($0.rawValue, $0) }

    static func staffing(_ table: CSVTable) -> ([StaffingRow], [Diagnostic]) {
        let fteColumns = ["hjemlede_årsverk", "besatte_årsverk", "ledige_årsverk", "midlertidige_årsverk", "bachelor_årsverk", "master_årsverk", "kompetansekrav_årsverk"]
        var columns = ColumnTable(table, required: ["år", "rolle"] + fteColumns)
        guard columns.isComplete else { return ([], columns.diagnostics) }
        var rows: [StaffingRow] = []
        var seen: [String: Int] = [:]
        let fte = 0...100_000.0
        for record in table.records {
            let year = columns.year(record)
            let role = columns.choice(record, "rolle", roles, what: "Rollen")
            let values = fteColumns.map { columns.number(record, $0, range: fte, what: "Årsverk i «\($0)»") }
            guard let year, let role else { continue }
            if let first = seen["\(year)|\(role.rawValue)"] {
                columns.report("INN020", "Samme år og rolle står to ganger.", columns.cell(record, "rolle"), record: record,
                               found: "\(year) \(role.rawValue)", expected: "én rad per år og rolle (første gang på linje \(first))")
                continue
            }
            seen["\(year)|\(role.rawValue)"] = record.line
            let row = StaffingRow(year: year, role: role, budgeted: values[0], filled: values[1], vacant: values[2], temporary: values[3],
                                  bachelor: values[4], master: values[5], meetsRequirement: values[6])
            for (index, part) in [(4, row.bachelor), (5, row.master), (6, row.meetsRequirement)] {
                if let part, let filled = row.filled, part > filled + 0.001 {
                    columns.report("INN021", "Flere årsverk i «\(fteColumns[index])» enn besatte årsverk.", columns.cell(record, fteColumns[index]),
                                   record: record, found: NorwegianFormat.number(part, decimals: 1),
                                   expected: "høyst besatte årsverk (\(NorwegianFormat.number(filled, decimals: 1)))")
                }
            }
            if let budgeted = row.budgeted, let vacant = row.vacant, vacant > budgeted + 0.001 {
                columns.report("INN021", "Flere ledige årsverk enn hjemlede årsverk.", columns.cell(record, "ledige_årsverk"), record: record,
                               found: NorwegianFormat.number(vacant, decimals: 1), expected: "høyst hjemlede årsverk (\(NorwegianFormat.number(budgeted, decimals: 1)))")
            }
            rows.append(row)
        }
        return (rows, columns.diagnostics)
    }

    static func personnel(_ table: CSVTable) -> ([PersonnelRow], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["år", "ansatte_snitt", "avganger", "nytilsatte", "sykefravær_prosent", "korttid_prosent", "langtid_prosent"],
                                  optional: ["videreutdanning_studiepoeng"])
        guard columns.isComplete else { return ([], columns.diagnostics) }
        var rows: [PersonnelRow] = []
        var seen: [Int: Int] = [:]
        let count = 0...Double.greatestFiniteMagnitude
        for record in table.records {
            let year = columns.year(record)
            let row = PersonnelRow(
                year: year ?? 0,
                averageHeadcount: columns.number(record, "ansatte_snitt", range: count, what: "Gjennomsnittlig antall ansatte"),
                leavers: columns.number(record, "avganger", range: count, whole: true, what: "Antall avganger"),
                newHires: columns.number(record, "nytilsatte", range: count, whole: true, what: "Antall nytilsatte"),
                sickLeave: columns.number(record, "sykefravær_prosent", range: 0...100, what: "Sykefraværet"),
                shortSickLeave: columns.number(record, "korttid_prosent", range: 0...100, what: "Korttidsfraværet"),
                longSickLeave: columns.number(record, "langtid_prosent", range: 0...100, what: "Langtidsfraværet"),
                furtherEducationCredits: columns.number(record, "videreutdanning_studiepoeng", range: count, what: "Studiepoeng"))
            guard let year else { continue }
            if let first = seen[year] {
                columns.report("INN020", "Samme år står to ganger.", columns.cell(record, "år"), record: record, found: "\(year)",
                               expected: "én rad per år (første gang på linje \(first))")
                continue
            }
            seen[year] = record.line
            if let total = row.sickLeave, let short = row.shortSickLeave, let long = row.longSickLeave, abs(short + long - total) > 0.15 {
                columns.report("INN022", "Korttids- og langtidsfraværet summerer ikke til det samlede sykefraværet.", columns.cell(record, "sykefravær_prosent"),
                               record: record, found: "\(NorwegianFormat.number(short, decimals: 1)) + \(NorwegianFormat.number(long, decimals: 1)) ≠ \(NorwegianFormat.number(total, decimals: 1))",
                               expected: "korttid + langtid = samlet sykefravær", severity: .warning)
            }
            rows.append(row)
        }
        return (rows, columns.diagnostics)
    }
}
