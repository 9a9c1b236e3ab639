import ReportModel
import SourceText
import StatBank

/// Turns a table downloaded from SSB's statistics bank into indicator rows for the municipality, its
/// KOSTRA group, its county and the country, with provenance «SSB tabell NNNNN» and the status the
/// file implies.
///
/// A figure SSB gives as a symbol becomes a missing value with SSB's reason in the note («Tall kan ikke
/// offentliggjøres (:)»); `-` is zero. KOSTRA publishes preliminary figures on 15 March and final ones on
/// 15 June the year after: a figure for year Y is preliminary when the table was last updated before
/// 15 June of Y + 1 (JSON-stat's `updated`); a file without that date keeps the report's `kostra-status`
/// for its newest year and calls earlier years final.
enum StatBankIndicatorReader {
    /// Reads `dataset` (from `file`) for the municipality numbered `municipality`.
    static func read(_ dataset: StatBankDataset, file: String, municipality: String, kostraGroup: String?,
                     defaultStatus: FigureStatus) -> ([IndicatorRow], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let start = SourceLocation(file: file, line: 1, column: 1)
        if let ambiguous = dataset.dimensions.first(where: { $0.role == .other && $0.categories.count > 1 }) {
            diagnostics.append(Diagnostic(code: "INN152", message: "Tabellen har flere valg i «\(ambiguous.label)», så tallene kan ikke knyttes til én indikator.",
                                          location: start, found: ambiguous.categories.prefix(5).map(\.label).joined(separator: ", "),
                                          expected: "ett valg for «\(ambiguous.label)» når tabellen lastes ned"))
            return ([], diagnostics)
        }
        let source = dataset.tableID.map { "SSB tabell \($0)" } ?? "SSB statistikkbanken"
        let newestYear = dataset.observations.compactMap(\.year).max()
        var rows: [IndicatorRow] = []
        var seen = Set<String>()
        var reported = Set<String>()
        for observation in dataset.observations {
            guard let mapped = StatBankMapping.variable(observation.variable, table: dataset.tableID) else {
                if reported.insert("v|" + observation.variable.code).inserted {
                    diagnostics.append(unmappedVariable(observation, location: start))
                }
                continue
            }
            guard let level = StatBankMapping.level(of: observation.region.code, municipality: municipality, kostraGroup: kostraGroup) else {
                if reported.insert("r|" + observation.region.code).inserted {
                    diagnostics.append(Diagnostic(severity: .warning, code: "INN151", message: "Regionen er ikke kommunen, KOSTRA-gruppen, fylket eller landet; tallene blir ikke brukt.",
                                                  location: observation.location, found: "\(observation.region.code) \(observation.region.label)",
                                                  expected: "kommune \(municipality), KOSTRA-gruppen, fylket eller landet (EAK)"))
                }
                continue
            }
            guard let year = observation.year else { continue }
            guard seen.insert("\(mapped.indicator)|\(year)|\(level.rawValue)").inserted else {
                diagnostics.append(Diagnostic(severity: .warning, code: "INN154", message: "Samme indikator, år og nivå står to ganger i tabellen; den første er brukt.",
                                              location: observation.location, found: "\(mapped.indicator) \(year) \(level.rawValue)",
                                              expected: "én verdi per indikator, år og nivå"))
                continue
            }
            if let value = observation.value.number, !valid(value, unit: mapped.unit) {
                diagnostics.append(Diagnostic(code: "INN153", message: "Tallet fra SSB er utenfor gyldig område for indikatoren «\(mapped.indicator)».",
                                              location: observation.location, found: NorwegianFormat.number(value, decimals: 1),
                                              expected: mapped.unit == .percent ? "en andel mellom 0 og 100 %" : "et tall som ikke er negativt"))
                continue
            }
            var note: String? = nil
            if case .symbol(let symbol) = observation.value, symbol != .zero { note = "SSB: \(symbol.meaning) (\(symbol.rawValue))" }
            let status = Self.status(year: year, updated: dataset.updated, newestYear: newestYear, defaultStatus: defaultStatus)
            rows.append(IndicatorRow(id: mapped.indicator, year: year, level: level, value: observation.value.number, numerator: nil, denominator: nil,
                                     provenance: Provenance(source: source, status: status, note: note)))
        }
        if !dataset.observations.contains(where: { $0.region.code == municipality }) {
            diagnostics.append(Diagnostic(severity: .warning, code: "INN155", message: "Tabellen har ingen tall for kommunen.", location: start,
                                          found: Set(dataset.observations.map(\.region.code)).sorted().prefix(8).joined(separator: ", "),
                                          expected: "region \(municipality) (kommunenummeret i tilstandsrapport.txt)"))
        }
        return (rows, diagnostics)
    }

    static func unmappedVariable(_ observation: StatBankObservation, location: SourceLocation) -> Diagnostic {
        let known = StatBankMapping.variables.map(\.code).joined(separator: ", ")
        let reason = StatBankMapping.reason(observation.variable).map { " (\($0))" } ?? ""
        return Diagnostic(severity: .warning, code: "INN150", message: "Statistikkvariabelen hører ikke til noen indikator i rapporten, så tallene blir ikke brukt\(reason).",
                          location: location, found: observation.variable.code == observation.variable.label
                            ? observation.variable.label : "\(observation.variable.code) \(observation.variable.label)",
                          expected: "en av variablene \(known)")
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

extension CalendarDate {
    /// The date at the start of an ISO 8601 timestamp (`2026-03-15T07:00:00Z`).
    static func iso(_ text: String) -> CalendarDate? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
