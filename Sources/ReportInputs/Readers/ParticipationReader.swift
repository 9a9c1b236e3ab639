import CSV
import ReportModel
import SourceText

/// Reads `data/medvirkning.csv` and `data/medvirkning-tema.csv`.
enum ParticipationReader {
    static let methods = ParticipationMethod.allCases.map { ($0.rawValue, $0) }

    static func rows(_ table: CSVTable, municipalities: MunicipalityColumn = .unchecked) -> TableRead<ParticipationRow> {
        var columns = ColumnTable(table, required: ["år", "metode", "aldersgruppe", "invitert", "deltatt"],
                                  optional: ["snakket_alene", "invitert_til_møter", "skår_snitt", "skala_min", "skala_maks", "merknad", "kommune"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var rows: [ParticipationRow] = []
        var seen: [String: Int] = [:]
        var records: [CSVRecord] = []
        for record in table.records {
            guard case .success(let municipality) = municipalities.read(record, columns: &columns) else { continue }
            let year = columns.year(record)
            let method = columns.choice(record, "metode", methods, .method)
            let age = columns.requiredText(record, "aldersgruppe", .ageGroup)
            let invited = columns.number(record, "invitert", .count, .invited)
            let tookPart = columns.number(record, "deltatt", .count, .tookPart)
            let alone = columns.number(record, "snakket_alene", .count, .spokenAlone)
            let meetings = columns.number(record, "invitert_til_møter", .count, .invitedToMeetings)
            let low = columns.number(record, "skala_min", .score, .scaleMinimum)
            let high = columns.number(record, "skala_maks", .score, .scaleMaximum)
            var score = columns.number(record, "skår_snitt", .score, .meanScore)
            guard let year, let method, let age else { continue }
            if let score0 = score {
                if let low, let high, !(low...high).contains(score0) {
                    columns.report(.scoreOutsideScale(score: score0, minimum: low, maximum: high), columns.cell(record, "skår_snitt"), record: record)
                    score = nil
                } else if low == nil || high == nil {
                    columns.report(.scoreWithoutScale, columns.cell(record, "skala_min"), record: record)
                    score = nil
                }
            }
            let parts: [(String, Double?, InputMessage.ParticipationCount)] = [("deltatt", tookPart, .tookPart), ("snakket_alene", alone, .spokenAlone),
                                                                              ("invitert_til_møter", meetings, .invitedToMeetings)]
            for (name, part, what) in parts {
                if let part, let invited, part > invited {
                    columns.report(.moreThanInvited(what, count: part, invited: invited), columns.cell(record, name), record: record)
                }
            }
            let key = "\(year)|\(method.rawValue)|\(age)|\(municipality ?? "")"
            if let first = seen[key] {
                let value = "\(year) \(method.rawValue) \(age)" + (municipality.map { " \($0)" } ?? "")
                columns.report(.duplicateRow(key: .yearMethodAndAgeGroup, value: value, firstLine: first),
                               columns.cell(record, "aldersgruppe"), record: record)
                continue
            }
            seen[key] = record.line
            var row = ParticipationRow(year: year, method: method, ageGroup: age, invited: invited, tookPart: tookPart, spokenAlone: alone,
                                       invitedToMeetings: meetings, meanScore: score, scaleMinimum: low, scaleMaximum: high,
                                       note: columns.text(record, "merknad"))
            row.municipality = municipality
            rows.append(row)
            records.append(record)
        }
        return (unmixed(rows, records: records, columns: &columns), columns.diagnostics, true)
    }

    /// A year and method counts either each member's children (every row names its municipality) or the whole
    /// service's (none does): a mix would count some children twice in the service's total.
    static func unmixed(_ rows: [ParticipationRow], records: [CSVRecord], columns: inout ColumnTable) -> [ParticipationRow] {
        let named = Set(rows.filter { $0.municipality != nil }.map { "\($0.year)|\($0.method.rawValue)" })
        var kept: [ParticipationRow] = []
        for (row, record) in zip(rows, records) {
            if row.municipality == nil, named.contains("\(row.year)|\(row.method.rawValue)") {
                columns.report(.municipalityMissing(.participationMix(year: row.year, method: row.method.rawValue)),
                               columns.cell(record, "kommune") ?? columns.cell(record, "metode"), record: record)
                continue
            }
            kept.append(row)
        }
        return kept
    }

    static func themes(_ table: CSVTable) -> TableRead<ParticipationTheme> {
        var columns = ColumnTable(table, required: ["år", "metode", "del", "tema", "antall"], optional: ["endring"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        let parts = ParticipationPart.allCases.map { ($0.rawValue, $0) }
        var themes: [ParticipationTheme] = []
        for record in table.records {
            let year = columns.year(record)
            let method = columns.choice(record, "metode", methods, .method)
            let part = columns.choice(record, "del", parts, .part)
            let theme = columns.requiredText(record, "tema", .theme)
            let count = columns.number(record, "antall", .count, .count)
            guard let year, let method, let part, let theme else { continue }
            themes.append(ParticipationTheme(year: year, method: method, part: part, theme: theme, count: count, change: columns.text(record, "endring")))
        }
        return (themes, columns.diagnostics, true)
    }
}
