import CSV
import ReportModel
import SourceText

/// Reads `data/indikatorer.csv` (long form) against the indicator catalogue.
enum IndicatorReader {
    static let units: [(String, FigureUnit)] = [("antall", .count), ("prosent", .percent), ("kroner", .kroner), ("per1000", .perThousand), ("årsverk", .fte)]
    static let levels = IndicatorLevel.allCases.map { ($0.rawValue, $0) }
    static let statuses: [(String, FigureStatus)] = [("endelig", .final), ("foreløpig", .preliminary)]

    /// Reads `data/indikator-katalog.csv`: the municipality's own indicators.
    static func catalogue(_ table: CSVTable) -> ([IndicatorCatalogue.Entry], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["id", "navn", "enhet"], optional: ["retning", "avledet_fra"])
        guard columns.isComplete else { return ([], columns.diagnostics) }
        let directions: [(String, Direction)] = [("høyere er bedre", .higherIsBetter), ("lavere er bedre", .lowerIsBetter), ("nøytral", .neutral)]
        let allowed = Set("abcdefghijklmnopqrstuvwxyzæøå0123456789_")
        var entries: [IndicatorCatalogue.Entry] = []
        for record in table.records {
            guard let id = columns.requiredText(record, "id", what: "Id-en"),
                  let name = columns.requiredText(record, "navn", what: "Navnet"),
                  let unit = columns.choice(record, "enhet", units, what: "Enheten") else { continue }
            var direction = Direction.neutral
            if columns.text(record, "retning") != nil {
                guard let chosen = columns.choice(record, "retning", directions, what: "Retningen") else { continue }
                direction = chosen
            }
            guard id.allSatisfy({ allowed.contains($0) }) else {
                columns.report("INN035", "Ugyldig id for en egen indikator.", columns.cell(record, "id"), record: record, found: id,
                               expected: "små bokstaver, sifre og understrek, for eksempel «barn_evaluert_plan_andel»")
                continue
            }
            if IndicatorCatalogue.entry(id) != nil || entries.contains(where: { $0.id == id }) {
                columns.report("INN036", "Indikatoren finnes allerede.", columns.cell(record, "id"), record: record, found: id,
                               expected: "en id som ikke er i den innebygde katalogen eller står to ganger")
                continue
            }
            entries.append(IndicatorCatalogue.Entry(id: id, name: name, unit: unit, direction: direction,
                                                    derivedFrom: columns.text(record, "avledet_fra"), isOwn: true))
        }
        return (entries, columns.diagnostics)
    }

    static func read(_ table: CSVTable, own: [IndicatorCatalogue.Entry] = []) -> ([IndicatorRow], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["indikator", "år", "nivå", "verdi", "enhet", "kilde", "status"],
                                  optional: ["teller", "nevner", "merknad"])
        guard columns.isComplete else { return ([], columns.diagnostics) }
        var rows: [IndicatorRow] = []
        var seen: [String: Int] = [:]
        let catalogue = IndicatorCatalogue.all + own
        let known = catalogue.map(\.id)
        for record in table.records {
            let idText = columns.text(record, "indikator") ?? ""
            let entry = catalogue.first { $0.id == idText }
            if entry == nil {
                let suggestion = known.min { distance($0, idText) < distance($1, idText) } ?? ""
                columns.report("INN030", idText.isEmpty ? "Indikatoren mangler." : "Ukjent indikator.", columns.cell(record, "indikator"), record: record,
                               found: idText.isEmpty ? "tom celle" : idText,
                               expected: distance(suggestion, idText) <= 3 ? "en indikator fra katalogen i README eller data/indikator-katalog.csv (mente du «\(suggestion)»?)" : "en indikator fra katalogen i README eller data/indikator-katalog.csv")
            }
            let year = columns.year(record)
            let level = columns.choice(record, "nivå", levels, what: "Nivået")
            let unit = columns.choice(record, "enhet", units, what: "Enheten")
            let status = columns.choice(record, "status", statuses, what: "Statusen")
            let source = columns.requiredText(record, "kilde", what: "Kilden")
            let counts = 0...Double.greatestFiniteMagnitude
            var valueRange: ClosedRange<Double>? = nil
            if unit == .percent { valueRange = 0...100 } else if unit != nil { valueRange = counts }
            let value = columns.number(record, "verdi", range: valueRange, whole: unit == .count, what: "Verdien")
            let numerator = columns.number(record, "teller", range: counts, whole: true, what: "Telleren")
            let denominator = columns.number(record, "nevner", range: counts, whole: true, what: "Nevneren")
            guard let entry, let year, let level, let unit, let status, let source else { continue }
            if unit != entry.unit {
                columns.report("INN031", "Feil enhet for indikatoren «\(entry.id)».", columns.cell(record, "enhet"), record: record,
                               found: columns.text(record, "enhet"), expected: units.first { $0.1 == entry.unit }?.0)
                continue
            }
            if let numerator, let denominator, numerator > denominator {
                columns.report("INN032", "Telleren er større enn nevneren.", columns.cell(record, "teller"), record: record,
                               found: "\(NorwegianFormat.number(numerator, decimals: 0)) av \(NorwegianFormat.number(denominator, decimals: 0))",
                               expected: "en teller som ikke er større enn nevneren")
                continue
            }
            if let numerator, let denominator, denominator > 0, let value, unit == .percent, abs(numerator / denominator * 100 - value) > 0.6 {
                columns.report("INN033", "Verdien stemmer ikke med teller og nevner.", columns.cell(record, "verdi"), record: record,
                               found: NorwegianFormat.number(value, decimals: 1),
                               expected: "\(NorwegianFormat.number(numerator / denominator * 100, decimals: 1)) (teller ÷ nevner × 100)", severity: .warning)
            }
            let key = "\(entry.id)|\(year)|\(level.rawValue)"
            if let first = seen[key] {
                columns.report("INN034", "Samme indikator, år og nivå står to ganger.", columns.cell(record, "indikator"), record: record,
                               found: "\(entry.id) \(year) \(level.rawValue)", expected: "én rad per indikator, år og nivå (første gang på linje \(first))")
                continue
            }
            seen[key] = record.line
            rows.append(IndicatorRow(id: entry.id, year: year, level: level, value: value, numerator: numerator, denominator: denominator,
                                     provenance: Provenance(source: source, status: status, note: columns.text(record, "merknad"))))
        }
        return (rows, columns.diagnostics)
    }

    /// Edit distance, to suggest the id a typo was meant to be.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
