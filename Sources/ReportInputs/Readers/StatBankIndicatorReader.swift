import ReportModel
import SourceText
import StatBank

/// An indicator row read from a statistics bank download, with where its figure stands in the file.
struct ImportedIndicator: Sendable, Hashable {
    var row: IndicatorRow
    var location: SourceLocation
    /// When SSB last updated the table (JSON-stat's `updated`), to prefer the newer of two downloads.
    var updated: String?
}

/// Turns a table downloaded from SSB's statistics bank into indicator rows for the municipality, its
/// KOSTRA group, its county and the country, with provenance «SSB tabell NNNNN» and the status the
/// file implies.
///
/// A figure SSB gives as a symbol becomes a missing value with SSB's reason in the note («Prikket av SSB …»);
/// `-` is zero. KOSTRA publishes preliminary figures on 15 March and final ones on 15 June the year after: a
/// figure for year Y is preliminary when the table was last updated before 15 June of Y + 1 (JSON-stat's
/// `updated`); a file without that date keeps the report's `kostra-status` for its newest year and calls
/// earlier years final. A count (`antall`) is taken for the municipality only: the group's, county's and
/// country's totals say nothing about one municipality.
enum StatBankIndicatorReader {
    /// What one file gave.
    struct Read {
        var rows: [ImportedIndicator] = []
        var diagnostics: [Diagnostic] = []
    }

    /// The municipality and the settings a download is read against.
    struct Context {
        var municipality: String
        var kostraGroup: String?
        var defaultStatus: FigureStatus
        /// The report's written form, for the notes the report prints.
        var language: LanguageForm = .bokmål
    }

    /// Reads `dataset` (from `file`) for the municipality in `context`.
    static func read(_ dataset: StatBankDataset, file: String, context: Context) -> Read {
        var state = ReadState(dataset: dataset, file: file, context: context)
        for observation in dataset.observations { state.take(observation) }
        return state.finish()
    }

    /// The note kept with a figure SSB gives as a symbol, so the report can say why there is no number.
    static func note(for symbol: StatBankSymbol, language: LanguageForm = .bokmål) -> String? {
        Phrasebook(language).statBankNote(symbol: symbol.rawValue)
    }

    static func valid(_ value: Double, unit: FigureUnit) -> Bool {
        unit == .percent ? (0...100).contains(value) : value >= 0
    }

    /// Preliminary until 15 June of the year after, judged by the table's update date when the file has one.
    static func status(year: Int, updated: String?, newestYear: Int?, defaultStatus: FigureStatus) -> FigureStatus {
        if let updated, let date = CalendarDate.iso(updated) {
            let finalFrom = CalendarDate(year: year + 1, month: 6, day: 15)
            return finalFrom.map { date < $0 ? .preliminary : .final } ?? defaultStatus
        }
        if let newestYear, year < newestYear { return .final }
        return defaultStatus
    }
}

/// One pass over a dataset's observations, reporting each kind of problem once.
private struct ReadState {
    let dataset: StatBankDataset
    let file: String
    let context: StatBankIndicatorReader.Context
    let source: String
    let newestYear: Int?
    /// The distinct category codes of each other dimension, to tell a pinned dimension from an ambiguous one.
    let otherCategories: [Set<String>]
    var read = StatBankIndicatorReader.Read()
    var seen: [String: SourceLocation] = [:]
    var reported = Set<String>()
    var otherRegions: [(code: String, location: SourceLocation)] = []
    var otherRegionCodes = Set<String>()
    var wrongCategory: [String: (StatBankMapping.Requirement, SourceLocation)] = [:]
    var fitting = Set<String>()

    init(dataset: StatBankDataset, file: String, context: StatBankIndicatorReader.Context) {
        self.dataset = dataset
        self.file = file
        self.context = context
        source = dataset.tableID.map { "SSB tabell \($0)" } ?? "SSB statistikkbanken"
        newestYear = dataset.observations.compactMap(\.year).max()
        var categories: [Set<String>] = []
        for observation in dataset.observations {
            while categories.count < observation.others.count { categories.append([]) }
            for (index, other) in observation.others.enumerated() { categories[index].insert(other.code) }
        }
        otherCategories = categories
    }

    mutating func take(_ observation: StatBankObservation) {
        guard let variable = StatBankMapping.variable(observation.variable, table: dataset.tableID) else {
            if reported.insert("v|" + observation.variable.code).inserted {
                let message = InputMessage.statBankVariableNotMapped(variable: Self.name(observation.variable),
                                                                      reason: StatBankMapping.reason(observation.variable),
                                                                      known: StatBankMapping.variables.map { $0.code ?? $0.indicator })
                read.diagnostics.append(message.diagnostic(at: observation.location))
            }
            return
        }
        guard let level = StatBankMapping.level(of: observation.region.code, municipality: context.municipality, kostraGroup: context.kostraGroup) else {
            if otherRegionCodes.insert(observation.region.code).inserted {
                otherRegions.append((observation.region.code, observation.location))
            }
            return
        }
        if let broken = StatBankMapping.brokenRequirement(variable, others: observation.others, dimensions: dataset.dimensions) {
            if wrongCategory[variable.indicator] == nil { wrongCategory[variable.indicator] = (broken, observation.location) }
            return
        }
        fitting.insert(variable.indicator)
        if let dimension = ambiguousDimension(observation, variable) {
            if reported.insert("d|" + dimension.id).inserted {
                let message = InputMessage.statBankSeveralCategories(dimension: dimension.label, categories: dimension.categories)
                read.diagnostics.append(message.diagnostic(at: observation.location))
            }
            return
        }
        guard let year = observation.year else { return }
        // The group's, county's and country's totals of a count say nothing about one municipality.
        if variable.unit == .count, level != .municipality { return }
        add(observation, variable: variable, level: level, year: year)
    }

    mutating func add(_ observation: StatBankObservation, variable: StatBankMapping.Variable, level: IndicatorLevel, year: Int) {
        let key = "\(variable.indicator)|\(year)|\(level.rawValue)"
        if let first = seen[key] {
            let message = InputMessage.statBankDuplicate(key: "\(variable.indicator) \(year) \(level.rawValue)", first: first)
            read.diagnostics.append(message.diagnostic(at: observation.location))
            return
        }
        seen[key] = observation.location
        if let value = observation.value.number, !StatBankIndicatorReader.valid(value, unit: variable.unit) {
            let message = InputMessage.statBankOutOfRange(indicator: variable.indicator, value: value, unit: variable.unit,
                                                          at: "\(Self.name(observation.region)) \(year)")
            read.diagnostics.append(message.diagnostic(at: observation.location))
            return
        }
        var note: String? = nil
        if case .symbol(let symbol) = observation.value { note = StatBankIndicatorReader.note(for: symbol, language: context.language) }
        let status = StatBankIndicatorReader.status(year: year, updated: dataset.updated, newestYear: newestYear, defaultStatus: context.defaultStatus)
        let row = IndicatorRow(id: variable.indicator, year: year, level: level, value: observation.value.number, numerator: nil, denominator: nil,
                               provenance: Provenance(source: source, status: status, note: note))
        read.rows.append(ImportedIndicator(row: row, location: observation.location, updated: dataset.updated))
    }

    /// `4699 Fjordvik`, or the one of code and label a download gave.
    static func name(_ category: StatBankCategory) -> String {
        category.code == category.label ? category.code : "\(category.code) \(category.label)"
    }

    /// A dimension with several categories in the file that none of the variable's requirements pins down.
    func ambiguousDimension(_ observation: StatBankObservation, _ variable: StatBankMapping.Variable) -> (id: String, label: String, categories: [String])? {
        let ids = StatBankMapping.otherDimensionIDs(dataset.dimensions)
        for (index, category) in observation.others.enumerated() where index < otherCategories.count && otherCategories[index].count > 1 {
            if variable.requirements.contains(where: { StatBankMapping.fits(category, $0.code) }) { continue }
            let id = index < ids.count ? ids[index] : String(index)
            let dimension = dataset.dimensions.first { $0.id == id }
            let labels = dimension.map { $0.categories.map(\.label) }.flatMap { $0.isEmpty ? nil : $0 } ?? otherCategories[index].sorted()
            return (id, dimension?.label ?? id, Array(labels.prefix(5)))
        }
        return nil
    }

    mutating func finish() -> StatBankIndicatorReader.Read {
        if let first = otherRegions.first {
            let message = InputMessage.statBankOtherRegions(regions: otherRegions.map(\.code), municipality: context.municipality)
            read.diagnostics.append(message.diagnostic(at: first.location))
        }
        for (indicator, (requirement, location)) in wrongCategory.sorted(by: { $0.key < $1.key }) where !fitting.contains(indicator) {
            read.diagnostics.append(InputMessage.statBankWrongCategory(indicator: indicator, required: requirement.meaning).diagnostic(at: location))
        }
        let regions = Set(dataset.observations.map(\.region.code))
        let own = dataset.observations.contains { StatBankMapping.level(of: $0.region.code, municipality: context.municipality, kostraGroup: nil) == .municipality }
        if !own, !dataset.observations.isEmpty {
            let message = InputMessage.statBankNoMunicipality(regions: regions.sorted(), municipality: context.municipality)
            read.diagnostics.append(message.diagnostic(file: file))
        }
        return read
    }
}

extension CalendarDate {
    /// The date at the start of an ISO 8601 timestamp (`2026-03-15T07:00:00Z`).
    static func iso(_ text: String) -> CalendarDate? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
