import CSV
import ReportModel
import SourceText

/// Reads `data/tiltak.csv`: the measures of each report, and how last year's went.
enum MeasureReader {
    static let statuses: [(String, MeasureStatus)] = [
        ("gjennomført", .done), ("delvis", .partly), ("delvis gjennomført", .partly), ("ikke gjennomført", .notDone), ("ikkje gjennomført", .notDone), ("videreført", .continued), ("vidareført", .continued),
    ]

    /// A measure as read, with where its status belongs (for the rules that need the report year).
    struct Read {
        var row: MeasureRow
        var statusLocation: SourceLocation
        var excerpt: String?
    }

    static func read(_ table: CSVTable) -> (rows: [Read], diagnostics: [Diagnostic], complete: Bool) {
        var columns = ColumnTable(table, required: ["id", "år", "mål", "tiltak", "ansvarlig", "frist"],
                                  optional: ["status", "oppnådd", "begrunnelse"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var rows: [Read] = []
        var seen: [String: Int] = [:]
        for record in table.records {
            let id = columns.requiredText(record, "id", .measureID)
            let year = columns.year(record)
            let goal = columns.requiredText(record, "mål", .goal)
            let measure = columns.requiredText(record, "tiltak", .measure)
            let responsible = columns.requiredText(record, "ansvarlig", .responsible)
            let deadline = columns.requiredText(record, "frist", .deadline)
            var status: MeasureStatus?
            if columns.text(record, "status") != nil { status = columns.choice(record, "status", statuses, .measureStatus) }
            guard let id, let year, let goal, let measure, let responsible, let deadline else { continue }
            let key = "\(year)|\(id.lowercased())"
            if let first = seen[key] {
                columns.report(.duplicateRow(key: .measure, value: "\(year) \(id)", firstLine: first), columns.cell(record, "id"), record: record)
                continue
            }
            seen[key] = record.line
            let row = MeasureRow(id: id, year: year, goal: goal, measure: measure, responsible: responsible, deadline: deadline, status: status,
                                 achieved: columns.text(record, "oppnådd"), reason: columns.text(record, "begrunnelse"))
            let statusCell = columns.cell(record, "status")
            rows.append(Read(row: row, statusLocation: table.location(of: record, cell: statusCell), excerpt: table.sourceLine(statusCell?.line ?? record.line)))
        }
        return (rows, columns.diagnostics, true)
    }

    /// Last year's measures need a status; this year's get theirs next year.
    static func followUp(_ rows: [Read], year: Int) -> [Diagnostic] {
        rows.compactMap { read in
            if read.row.year == year - 1, read.row.status == nil {
                return InputMessage.measureWithoutFollowUp(id: read.row.id, year: read.row.year).diagnostic(at: read.statusLocation, excerpt: read.excerpt)
            }
            if read.row.year >= year, read.row.status != nil {
                return InputMessage.measureStatusTooEarly(id: read.row.id, year: read.row.year).diagnostic(at: read.statusLocation, excerpt: read.excerpt)
            }
            return nil
        }
    }
}
