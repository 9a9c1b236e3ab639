import CSV
import ReportModel
import SourceText

/// Reads `data/medvirkning.csv` and `data/medvirkning-tema.csv`.
enum ParticipationReader {
    static let methods = ParticipationMethod.allCases.map { ($0.rawValue, $0) }

    static func rows(_ table: CSVTable) -> TableRead<ParticipationRow> {
        var columns = ColumnTable(table, required: ["år", "metode", "aldersgruppe", "invitert", "deltatt"],
                                  optional: ["snakket_alene", "invitert_til_møter", "skår_snitt", "skala_min", "skala_maks", "merknad"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var rows: [ParticipationRow] = []
        var seen: [String: Int] = [:]
        for record in table.records {
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
            let key = "\(year)|\(method.rawValue)|\(age)"
            if let first = seen[key] {
                columns.report(.duplicateRow(key: .yearMethodAndAgeGroup, value: "\(year) \(method.rawValue) \(age)", firstLine: first),
                               columns.cell(record, "aldersgruppe"), record: record)
                continue
            }
            seen[key] = record.line
            rows.append(ParticipationRow(year: year, method: method, ageGroup: age, invited: invited, tookPart: tookPart, spokenAlone: alone,
                                         invitedToMeetings: meetings, meanScore: score, scaleMinimum: low, scaleMaximum: high,
                                         note: columns.text(record, "merknad")))
        }
        return (rows, columns.diagnostics, true)
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
