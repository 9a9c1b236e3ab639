import CSV
import ReportModel
import SourceText

/// What a CSV reader found: the rows it could read, every diagnostic, and whether the table had its columns.
typealias TableRead<Row> = (rows: [Row], diagnostics: [Diagnostic], complete: Bool)

/// Reads `data/bemanning.csv` and `data/personale.csv`.
enum StaffingReader {
    static let roles = StaffRole.allCases.map { ($0.rawValue, $0) }
    static let fteColumns = ["hjemlede_årsverk", "besatte_årsverk", "ledige_årsverk", "midlertidige_årsverk", "bachelor_årsverk", "master_årsverk",
                             "kompetansekrav_årsverk"]

    static func staffing(_ table: CSVTable) -> TableRead<StaffingRow> {
        var columns = ColumnTable(table, required: ["år", "rolle"] + fteColumns)
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var rows: [StaffingRow] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            let year = columns.year(record)
            let role = columns.choice(record, "rolle", roles, .role)
            let values = fteColumns.map { columns.number(record, $0, .fte, .fte(column: $0)) }
            guard let year, let role else { continue }
            if let first = seen["\(year)|\(role.rawValue)"] {
                columns.report(.duplicateRow(key: .yearAndRole, value: "\(year) \(role.rawValue)", firstLine: first), columns.cell(record, "rolle"), record: record)
                continue
            }
            seen["\(year)|\(role.rawValue)"] = record.line
            let row = StaffingRow(year: year, role: role, budgeted: values[0], filled: values[1], vacant: values[2], temporary: values[3],
                                  bachelor: values[4], master: values[5], meetsRequirement: values[6])
            check(row, record: record, columns: &columns)
            rows.append(row)
        }
        return (rows, columns.diagnostics, true)
    }

    /// Parts of the filled årsverk may not exceed them, nor vacancies the budget; filling more than the budget is possible but worth a look.
    static func check(_ row: StaffingRow, record: CSVRecord, columns: inout ColumnTable) {
        for (index, part) in [(4, row.bachelor), (5, row.master), (6, row.meetsRequirement)] {
            if let part, let filled = row.filled, part > filled + 0.001 {
                columns.report(.partAboveWhole(part: fteColumns[index], whole: "besatte_årsverk", partValue: part, wholeValue: filled),
                               columns.cell(record, fteColumns[index]), record: record)
            }
        }
        if let budgeted = row.budgeted, let vacant = row.vacant, vacant > budgeted + 0.001 {
            columns.report(.partAboveWhole(part: "ledige_årsverk", whole: "hjemlede_årsverk", partValue: vacant, wholeValue: budgeted),
                           columns.cell(record, "ledige_årsverk"), record: record)
        }
        if let budgeted = row.budgeted, let filled = row.filled, filled > budgeted + 0.001 {
            columns.report(.filledAboveBudgeted(filled: filled, budgeted: budgeted), columns.cell(record, "besatte_årsverk"), record: record)
        }
    }

    static func personnel(_ table: CSVTable) -> TableRead<PersonnelRow> {
        var columns = ColumnTable(table, required: ["år", "ansatte_snitt", "avganger", "nytilsatte", "sykefravær_prosent", "korttid_prosent", "langtid_prosent"],
                                  optional: ["videreutdanning_studiepoeng"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var rows: [PersonnelRow] = []
        var seen: [Int: Int] = [:]
        for record in table.records {
            let year = columns.year(record)
            let row = PersonnelRow(
                year: year ?? 0,
                averageHeadcount: columns.number(record, "ansatte_snitt", .headcount, .averageHeadcount),
                leavers: columns.number(record, "avganger", .count, .leavers),
                newHires: columns.number(record, "nytilsatte", .count, .newHires),
                sickLeave: columns.number(record, "sykefravær_prosent", .percent, .sickLeave),
                shortSickLeave: columns.number(record, "korttid_prosent", .percent, .shortSickLeave),
                longSickLeave: columns.number(record, "langtid_prosent", .percent, .longSickLeave),
                furtherEducationCredits: columns.number(record, "videreutdanning_studiepoeng", .credits, .credits))
            guard let year else { continue }
            if let first = seen[year] {
                columns.report(.duplicateRow(key: .year, value: "\(year)", firstLine: first), columns.cell(record, "år"), record: record)
                continue
            }
            seen[year] = record.line
            if let total = row.sickLeave, let short = row.shortSickLeave, let long = row.longSickLeave, abs(short + long - total) > 0.15 {
                columns.report(.sickLeaveDoesNotAddUp(short: short, long: long, total: total), columns.cell(record, "sykefravær_prosent"), record: record)
            }
            rows.append(row)
        }
        return (rows, columns.diagnostics, true)
    }
}
