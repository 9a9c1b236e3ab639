import CSV
import ReportModel
import SourceText

/// Reads `data/fjorarets-tall.csv`: the figures last year's report printed, as `init --fra` recorded them
/// (`indikator;år;nivå;verdi;status;rapportår`). A value is a number as printed, `<5` or `skjult`.
enum PrintedFiguresReader {
    static let file = "data/fjorarets-tall.csv"
    static let columns = ["indikator", "år", "nivå", "verdi", "status", "rapportår"]

    /// The rows, checked against the indicators known to the project and the report year (`year`, nil when the settings could not be read).
    static func read(_ table: CSVTable, own: [IndicatorCatalogue.Entry], year: Int?,
                     municipalities: MunicipalityColumn = .unchecked) -> TableRead<PrintedFigure> {
        // A shared service's record says which council's report printed each figure (empty: the whole service's).
        var columns = ColumnTable(table, required: Self.columns, optional: ["kommune"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var units: [String: FigureUnit] = [:]
        for entry in IndicatorCatalogue.all + own where units[entry.id] == nil { units[entry.id] = entry.unit }
        for (id, unit) in PrintedFigure.keyFigureIDs { units[id] = unit }
        var rows: [PrintedFigure] = []
        var seen: [String: Int] = [:]
        var suggestions: [String: String?] = [:]
        var catalogue: [String: IndicatorCatalogue.Entry] = [:]
        for entry in IndicatorCatalogue.all + own where catalogue[entry.id] == nil { catalogue[entry.id] = entry }
        for record in table.records {
            let unit = columns.text(record, "indikator").flatMap { units[$0] }
            if unit == nil {
                // Reports the empty or unknown id, with the closest known one.
                _ = IndicatorReader.checkedEntry(record, catalogue: catalogue, suggestions: &suggestions, columns: &columns)
            }
            let figureYear = columns.year(record)
            let level = columns.choice(record, "nivå", IndicatorReader.levels, .level)
            let value = printedValue(record, unit: unit, columns: &columns)
            let status = columns.choice(record, "status", IndicatorReader.statuses, .figureStatus)
            let reportYear = columns.year(record, "rapportår")
            guard case .success(let municipality) = municipalities.read(record, columns: &columns) else { continue }
            guard let id = columns.text(record, "indikator"), unit != nil, let figureYear, let level, let value, let status, let reportYear else { continue }
            if figureYear > reportYear {
                columns.report(.printedYearAfterReport(year: figureYear, reportYear: reportYear), columns.cell(record, "år"), record: record)
                continue
            }
            if let year, reportYear >= year {
                columns.report(.printedReportNotEarlier(reportYear: reportYear, year: year), columns.cell(record, "rapportår"), record: record)
                continue
            }
            let key = "\(id)|\(figureYear)|\(level.rawValue)|\(municipality ?? "")"
            if let first = seen[key] {
                columns.report(.duplicateRow(key: .indicatorYearAndLevel, value: "\(id) \(figureYear) \(level.rawValue)", firstLine: first),
                               columns.cell(record, "indikator"), record: record)
                continue
            }
            seen[key] = record.line
            var figure = PrintedFigure(id: id, year: figureYear, level: level, value: value, status: status, reportYear: reportYear)
            figure.municipality = municipality
            rows.append(figure)
        }
        var diagnostics = columns.diagnostics
        if let year, let older = olderReport(rows, year: year, table: table, columns: columns) { diagnostics.append(older) }
        return (rows, diagnostics, true)
    }

    /// A value as printed: a number within its unit's range (to the unit's decimals), `<n` or `skjult`.
    static func printedValue(_ record: CSVRecord, unit: FigureUnit?, columns: inout ColumnTable) -> PrintedValue? {
        let cell = columns.cell(record, "verdi")
        guard let text = cell?.trimmed, !text.isEmpty else {
            columns.report(.valueMissing(.value), cell, record: record)
            return nil
        }
        if ColumnTable.key(text) == "skjult" { return .hidden }
        if text.hasPrefix("<") {
            // Only a count is printed «<5»; a share or an amount hidden for privacy is «skjult».
            let digits = String(text.dropFirst()).trimmingSpaces()
            if let threshold = Int(digits), (3...100).contains(threshold), unit == nil || unit == .count { return .small(threshold: threshold) }
            columns.report(.printedValueInvalid(text), cell, record: record)
            return nil
        }
        guard CellValues.number(text) != nil else {
            columns.report(.printedValueInvalid(text), cell, record: record)
            return nil
        }
        // A known number: bounded by its indicator's unit, like the same figure in `indikatorer.csv`.
        guard let unit, let number = columns.number(record, "verdi", IndicatorReader.quantity(unit), .value) else { return nil }
        return .number(number)
    }

    /// The warning when the rows are from an older report than last year's: they are kept out of the comparison.
    static func olderReport(_ rows: [PrintedFigure], year: Int, table: CSVTable, columns: ColumnTable) -> Diagnostic? {
        guard let older = rows.first(where: { $0.reportYear < year - 1 }),
              let record = table.records.first(where: { columns.text($0, "rapportår") == String(older.reportYear) }) else { return nil }
        let cell = columns.cell(record, "rapportår")
        return InputMessage.printedReportOlder(reportYear: older.reportYear, year: year)
            .diagnostic(at: table.location(of: record, cell: cell), excerpt: table.sourceLine(cell?.line ?? record.line))
    }
}
