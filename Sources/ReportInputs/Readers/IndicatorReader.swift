import CSV
import ReportModel
import SourceText

/// Reads `data/indikatorer.csv` (long form) against the indicator catalogue.
enum IndicatorReader {
    static let units: [(String, FigureUnit)] = [("antall", .count), ("prosent", .percent), ("kroner", .kroner), ("per1000", .perThousand), ("årsverk", .fte)]
    static let levels = IndicatorLevel.given.map { ($0.rawValue, $0) }
    static let statuses: [(String, FigureStatus)] = [("endelig", .final), ("foreløpig", .preliminary)]

    /// The quantity a value of `unit` is.
    static func quantity(_ unit: FigureUnit) -> Quantity {
        switch unit {
        case .count: return .count
        case .percent: return .percent
        case .kroner: return .kroner
        case .perThousand: return .perThousand
        case .fte: return .fte
        case .score: return .score
        case .credits: return .credits
        default: return .kroner // a plain ratio: any size a report may hold
        }
    }

    /// Reads `data/indikator-katalog.csv`: the municipality's own indicators.
    static func catalogue(_ table: CSVTable) -> TableRead<IndicatorCatalogue.Entry> {
        var columns = ColumnTable(table, required: ["id", "navn", "enhet"], optional: ["retning", "avledet_fra"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        let directions: [(String, Direction)] = [("høyere er bedre", .higherIsBetter), ("lavere er bedre", .lowerIsBetter), ("nøytral", .neutral)]
        let allowed = Set("abcdefghijklmnopqrstuvwxyzæøå0123456789_")
        let builtIn = Set(IndicatorCatalogue.all.map(\.id))
        var entries: [IndicatorCatalogue.Entry] = []
        var ids = Set<String>()
        for record in table.records {
            guard let id = columns.requiredText(record, "id", .indicatorID),
                  let name = columns.requiredText(record, "navn", .indicatorName),
                  let unit = columns.choice(record, "enhet", units, .unit) else { continue }
            var direction = Direction.neutral
            if columns.text(record, "retning") != nil {
                guard let chosen = columns.choice(record, "retning", directions, .direction) else { continue }
                direction = chosen
            }
            guard id.allSatisfy({ allowed.contains($0) }) else {
                columns.report(.invalidOwnIndicatorID(id), columns.cell(record, "id"), record: record)
                continue
            }
            if builtIn.contains(id) || !ids.insert(id).inserted {
                columns.report(.indicatorExists(id), columns.cell(record, "id"), record: record)
                continue
            }
            entries.append(IndicatorCatalogue.Entry(ownID: id, name: name, unit: unit, direction: direction,
                                                    derivedFrom: columns.text(record, "avledet_fra")))
        }
        return (entries, columns.diagnostics, true)
    }

    static func read(_ table: CSVTable, own: [IndicatorCatalogue.Entry] = [], municipalities: MunicipalityColumn = .unchecked) -> TableRead<IndicatorRow> {
        var places: [String: IndicatorMerge.Place] = [:]
        return read(table, own: own, municipalities: municipalities, places: &places)
    }

    /// Reads the rows, and where each row's value stands (`indikator|år|nivå` → the `verdi` cell and its line), for messages that compare it.
    static func read(_ table: CSVTable, own: [IndicatorCatalogue.Entry], municipalities: MunicipalityColumn = .unchecked,
                     places: inout [String: IndicatorMerge.Place]) -> TableRead<IndicatorRow> {
        var columns = ColumnTable(table, required: ["indikator", "år", "nivå", "verdi", "enhet", "kilde", "status"],
                                  optional: ["teller", "nevner", "merknad", "kommune"])
        guard columns.isComplete else { return ([], columns.diagnostics, false) }
        var rows: [IndicatorRow] = []
        var seen: [String: Int] = [:]
        var catalogue: [String: IndicatorCatalogue.Entry] = [:]
        for entry in IndicatorCatalogue.all + own where catalogue[entry.id] == nil { catalogue[entry.id] = entry }
        var suggestions: [String: String?] = [:]
        for record in table.records {
            let entry = checkedEntry(record, catalogue: catalogue, suggestions: &suggestions, columns: &columns)
            let year = columns.year(record)
            let level = columns.choice(record, "nivå", levels, .level)
            let unit = columns.choice(record, "enhet", units, .unit)
            let status = columns.choice(record, "status", statuses, .figureStatus)
            let source = columns.requiredText(record, "kilde", .source)
            let value = columns.number(record, "verdi", unit.map(quantity), .value)
            let numerator = columns.number(record, "teller", .count, .numerator)
            let denominator = columns.number(record, "nevner", .count, .denominator)
            guard case .success(let municipality) = municipalities.read(record, columns: &columns) else { continue }
            guard let entry, let year, let level, let unit, let status, let source else { continue }
            // Each member has its own figures and its own KOSTRA group; the county's and the country's may be shared.
            if municipalities.isService, municipality == nil, level == .municipality || level == .kostraGroup {
                columns.report(.municipalityMissing(.indicatorLevel(level.rawValue)), columns.cell(record, "kommune") ?? columns.cell(record, "nivå"),
                               record: record)
                continue
            }
            if unit != entry.unit {
                columns.report(.wrongUnit(indicator: entry.id, found: columns.text(record, "enhet"), expected: units.first { $0.1 == entry.unit }?.0),
                               columns.cell(record, "enhet"), record: record)
                continue
            }
            if let numerator, let denominator, numerator > denominator {
                columns.report(.numeratorAboveDenominator(numerator: numerator, denominator: denominator), columns.cell(record, "teller"), record: record)
                continue
            }
            if let numerator, let denominator, denominator > 0, let value, unit == .percent, abs(numerator / denominator * 100 - value) > 0.6 {
                columns.report(.valueDisagreesWithCounts(value: value, computed: numerator / denominator * 100, numerator: numerator, denominator: denominator),
                               columns.cell(record, "verdi"), record: record)
                continue
            }
            var row = IndicatorRow(id: entry.id, year: year, level: level, value: value, numerator: numerator, denominator: denominator,
                                   provenance: Provenance(source: source, status: status, note: columns.text(record, "merknad")))
            row.municipality = municipality
            let key = IndicatorMerge.key(row)
            if let first = seen[key] {
                let value = "\(entry.id) \(year) \(level.rawValue)" + (municipality.map { " \($0)" } ?? "")
                columns.report(.duplicateRow(key: .indicatorYearAndLevel, value: value, firstLine: first),
                               columns.cell(record, "indikator"), record: record)
                continue
            }
            seen[key] = record.line
            places[key] = IndicatorMerge.Place(location: table.location(of: record, cell: columns.cell(record, "verdi")), excerpt: table.sourceLine(record.line))
            rows.append(row)
        }
        return (rows, columns.diagnostics, true)
    }

    /// The row's catalogue entry; an empty or unknown id is reported (with the closest known id, worked out once per id).
    static func checkedEntry(_ record: CSVRecord, catalogue: [String: IndicatorCatalogue.Entry], suggestions: inout [String: String?],
                             columns: inout ColumnTable) -> IndicatorCatalogue.Entry? {
        guard let id = columns.text(record, "indikator") else {
            columns.report(.valueMissing(.indicator), columns.cell(record, "indikator"), record: record)
            return nil
        }
        if let entry = catalogue[id] { return entry }
        let suggestion = suggestions[id] ?? {
            guard id.count <= 64 else { return nil } // a pasted paragraph is no typo of an id
            let closest = catalogue.keys.map { (distance: distance($0, id), id: $0) }.min { ($0.distance, $0.id) < ($1.distance, $1.id) }
            return closest.flatMap { $0.distance <= 3 ? $0.id : nil }
        }()
        suggestions[id] = suggestion
        columns.report(.unknownIndicator(id, suggestion: suggestion), columns.cell(record, "indikator"), record: record)
        return nil
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
