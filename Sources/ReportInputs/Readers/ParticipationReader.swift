import CSV
import ReportModel
import SourceText

/// Reads `data/medvirkning.csv` and `data/medvirkning-tema.csv`.
enum ParticipationReader {
    static let methods = ParticipationMethod.allCases.map { ($0.rawValue, $0) }

    static func rows(_ table: CSVTable) -> ([ParticipationRow], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["år", "metode", "aldersgruppe", "invitert", "deltatt"],
                                  optional: ["snakket_alene", "invitert_til_møter", "skår_snitt", "skala_min", "skala_maks", "merknad"])
        guard columns.isComplete else { return ([], columns.diagnostics) }
        var rows: [ParticipationRow] = []
        var seen: [String: Int] = [:]
        let counts = 0...Double.greatestFiniteMagnitude
        for record in table.records {
            let year = columns.year(record)
            let method = columns.choice(record, "metode", methods, what: "Metoden")
            let age = columns.requiredText(record, "aldersgruppe", what: "Aldersgruppen")
            let invited = columns.number(record, "invitert", range: counts, whole: true, what: "Antall inviterte")
            let tookPart = columns.number(record, "deltatt", range: counts, whole: true, what: "Antall som deltok")
            let alone = columns.number(record, "snakket_alene", range: counts, whole: true, what: "Antall snakket med alene")
            let meetings = columns.number(record, "invitert_til_møter", range: counts, whole: true, what: "Antall invitert til møter")
            let low = columns.number(record, "skala_min", what: "Skalaens minste verdi")
            let high = columns.number(record, "skala_maks", what: "Skalaens største verdi")
            var score = columns.number(record, "skår_snitt", what: "Snittskåren")
            guard let year, let method, let age else { continue }
            if let score0 = score {
                if let low, let high, !(low...high).contains(score0) {
                    columns.report("INN050", "Snittskåren er utenfor skalaen.", columns.cell(record, "skår_snitt"), record: record,
                                   found: NorwegianFormat.number(score0, decimals: 1),
                                   expected: "en skår fra \(NorwegianFormat.number(low, decimals: 0)) til \(NorwegianFormat.number(high, decimals: 0))")
                    score = nil
                } else if low == nil || high == nil {
                    columns.report("INN051", "En snittskår trenger skalaen den er målt på.", columns.cell(record, "skala_min"), record: record,
                                   found: "tom celle", expected: "skala_min og skala_maks, for eksempel 1 og 10")
                    score = nil
                }
            }
            for (name, part, label) in [("deltatt", tookPart, "deltok"), ("snakket_alene", alone, "snakket med alene"), ("invitert_til_møter", meetings, "ble invitert til møter")] {
                if let part, let invited, part > invited {
                    columns.report("INN052", "Flere \(label) enn det var inviterte.", columns.cell(record, name), record: record,
                                   found: NorwegianFormat.number(part, decimals: 0), expected: "høyst antall inviterte (\(NorwegianFormat.number(invited, decimals: 0)))")
                }
            }
            let key = "\(year)|\(method.rawValue)|\(age)"
            if let first = seen[key] {
                columns.report("INN020", "Samme år, metode og aldersgruppe står to ganger.", columns.cell(record, "aldersgruppe"), record: record,
                               found: "\(year) \(method.rawValue) \(age)", expected: "én rad per år, metode og aldersgruppe (første gang på linje \(first))")
                continue
            }
            seen[key] = record.line
            rows.append(ParticipationRow(year: year, method: method, ageGroup: age, invited: invited, tookPart: tookPart, spokenAlone: alone,
                                         invitedToMeetings: meetings, meanScore: score, scaleMinimum: low, scaleMaximum: high,
                                         note: columns.text(record, "merknad")))
        }
        return (rows, columns.diagnostics)
    }

    static func themes(_ table: CSVTable) -> ([ParticipationTheme], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["år", "metode", "del", "tema", "antall"], optional: ["endring"])
        guard columns.isComplete else { return ([], columns.diagnostics) }
        let parts = ParticipationPart.allCases.map { ($0.rawValue, $0) }
        var themes: [ParticipationTheme] = []
        for record in table.records {
            let year = columns.year(record)
            let method = columns.choice(record, "metode", methods, what: "Metoden")
            let part = columns.choice(record, "del", parts, what: "Delen")
            let theme = columns.requiredText(record, "tema", what: "Temaet")
            let count = columns.number(record, "antall", range: 0...Double.greatestFiniteMagnitude, whole: true, what: "Antallet")
            guard let year, let method, let part, let theme else { continue }
            themes.append(ParticipationTheme(year: year, method: method, part: part, theme: theme, count: count, change: columns.text(record, "endring")))
        }
        return (themes, columns.diagnostics)
    }
}
