/// The data of each report of a shared service: one per council (its own rows, and the service's rows
/// that belong to no single municipality) and one for the service as a whole (the municipalities added up).
///
/// Nothing is guessed: a count of the service is the sum of the municipalities' counts only when every
/// municipality has it, and a share only from counts (`teller`, `nevner`) every municipality gives.
public enum ServiceSplit {
    /// The data of the report for municipality `municipality`'s council.
    public static func council(_ data: ReportData, _ municipality: Municipality) -> ReportData {
        let number = municipality.number
        let mine = { (row: String?) in row == nil || row == number }
        var settings = data.settings
        settings.municipality = municipality.name
        settings.municipalityNumber = number
        settings.kostraGroup = municipality.kostraGroup
        settings.body = municipality.body
        settings.meetingDate = municipality.meetingDate
        settings.caseNumber = municipality.caseNumber
        var unit = data
        unit.settings = settings
        unit.indicators = data.indicators.filter { mine($0.municipality) }
        unit.participation = data.participation.filter { mine($0.municipality) }
        unit.participationThemes = data.participationThemes.filter { mine($0.municipality) }
        unit.deviations = data.deviations.filter { mine($0.municipality) }
        unit.measures = data.measures.filter { mine($0.municipality) }
        unit.lastYearsFigures = data.lastYearsFigures.filter { $0.unit == number }
        let local = data.localTexts[number] ?? [:]
        for (id, text) in local {
            if unit.texts[id] != nil { unit.texts[id]?.local = [text] }
        }
        unit.localTexts = [:]
        return unit
    }

    /// The data of the report for the service as a whole.
    public static func service(_ data: ReportData) -> ReportData {
        guard let service = data.settings.service else { return data }
        let numbers = service.municipalities.map(\.number)
        var settings = data.settings
        settings.municipality = service.displayName
        settings.kostraGroup = ""
        settings.body = "kommunestyrene i " + NorwegianFormat.list(service.municipalities.map { ServiceSettings.shortName($0.name) })
        settings.meetingDate = nil
        settings.caseNumber = nil
        var unit = data
        unit.settings = settings
        unit.indicators = ServiceTotals.indicators(data.indicators, municipalities: numbers, own: data.ownIndicators)
        unit.participation = ServiceTotals.participation(data.participation)
        unit.participationThemes = ServiceTotals.themes(data.participationThemes, names: service)
        unit.deviations = ServiceTotals.deviations(data.deviations)
        unit.lastYearsFigures = data.lastYearsFigures.filter { $0.unit == PrintedFigure.serviceUnit }
        unit.localTexts = [:]
        return unit
    }
}

/// The service's figures added up from the municipalities'.
enum ServiceTotals {
    /// Sums `values`; nil when any is missing.
    static func sum(_ values: [Double?]) -> Double? {
        values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + ($1 ?? 0) }
    }

    /// Municipality-level rows of the service: counts added up when every municipality has one; shares
    /// from added-up `teller` and `nevner`; the country's rows as they are. A KOSTRA group or county row
    /// belongs to one municipality and is left out.
    static func indicators(_ rows: [IndicatorRow], municipalities: [String], own: [IndicatorCatalogue.Entry]) -> [IndicatorRow] {
        let entries = Dictionary((IndicatorCatalogue.all + own).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result = rows.filter { $0.level == .country && $0.municipality == nil }
        let municipal = rows.filter { $0.level == .municipality && $0.municipality != nil }
        var groups: [String: [IndicatorRow]] = [:]
        var order: [String] = []
        for row in municipal {
            let key = "\(row.id)|\(row.year)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        for key in order {
            guard let parts = groups[key], let first = parts.first, let entry = entries[first.id],
                  Set(parts.compactMap(\.municipality)) == Set(municipalities), parts.count == municipalities.count else { continue }
            let status: FigureStatus = parts.contains { $0.provenance.status == .preliminary } ? .preliminary : .final
            let sources = parts.map(\.provenance.source)
            let source = Set(sources).count == 1 ? first.provenance.source : "summert fra kommunenes tall"
            let numerator = sum(parts.map(\.numerator)), denominator = sum(parts.map(\.denominator))
            var value: Double?
            switch entry.unit {
            case .count: value = sum(parts.map(\.value))
            case .percent:
                if let numerator, let denominator, denominator > 0 { value = Suppression.roundedPercent(numerator, denominator) }
            default: value = nil
            }
            guard value != nil || entry.unit == .count else { continue }
            result.append(IndicatorRow(id: first.id, year: first.year, level: .municipality, value: value, numerator: numerator,
                                       denominator: denominator, provenance: Provenance(source: source, status: status)))
        }
        return result
    }

    /// Participation per year, method and age group, added up; the mean score weighted by those who took part
    /// when every part has one on the same scale. Rows of the whole service are kept as they are.
    static func participation(_ rows: [ParticipationRow]) -> [ParticipationRow] {
        var result = rows.filter { $0.municipality == nil }
        var groups: [String: [ParticipationRow]] = [:]
        var order: [String] = []
        for row in rows where row.municipality != nil {
            let key = "\(row.year)|\(row.method.rawValue)|\(row.ageGroup)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        for key in order {
            guard let parts = groups[key], let first = parts.first else { continue }
            let sameScale = Set(parts.map { "\($0.scaleMinimum ?? .nan)|\($0.scaleMaximum ?? .nan)" }).count == 1
            var mean: Double?
            if sameScale, let took = sum(parts.map(\.tookPart)), took > 0, parts.allSatisfy({ $0.meanScore != nil }) {
                mean = parts.reduce(0) { $0 + ($1.meanScore ?? 0) * ($1.tookPart ?? 0) } / took
            }
            result.append(ParticipationRow(year: first.year, method: first.method, ageGroup: first.ageGroup, invited: sum(parts.map(\.invited)),
                                           tookPart: sum(parts.map(\.tookPart)), spokenAlone: sum(parts.map(\.spokenAlone)),
                                           invitedToMeetings: sum(parts.map(\.invitedToMeetings)), meanScore: mean,
                                           scaleMinimum: mean == nil ? nil : first.scaleMinimum, scaleMaximum: mean == nil ? nil : first.scaleMaximum,
                                           note: nil))
        }
        return result
    }

    /// The same theme raised in several municipalities, once, with the children added up and each
    /// municipality's change named.
    static func themes(_ themes: [ParticipationTheme], names: ServiceSettings) -> [ParticipationTheme] {
        var result = themes.filter { $0.municipality == nil }
        var groups: [String: [ParticipationTheme]] = [:]
        var order: [String] = []
        for theme in themes where theme.municipality != nil {
            let key = "\(theme.year)|\(theme.method.rawValue)|\(theme.part.rawValue)|\(theme.theme.lowercased())"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(theme)
        }
        for key in order {
            guard let parts = groups[key], let first = parts.first else { continue }
            let changes = parts.compactMap { part -> String? in
                guard let change = part.change else { return nil }
                guard parts.count > 1 else { return change }
                let name = part.municipality.flatMap { names.municipality($0)?.name }.map(ServiceSettings.shortName) ?? ""
                return name.isEmpty ? change : "\(name): \(change)"
            }
            result.append(ParticipationTheme(year: first.year, method: first.method, part: first.part, theme: first.theme,
                                             count: sum(parts.map(\.count)), change: changes.isEmpty ? nil : changes.joined(separator: " ")))
        }
        return result
    }

    /// Deviations per year and category (without case), added up.
    static func deviations(_ rows: [DeviationRow]) -> [DeviationRow] {
        var result = rows.filter { $0.municipality == nil }
        var groups: [String: [DeviationRow]] = [:]
        var order: [String] = []
        for row in rows where row.municipality != nil {
            let key = "\(row.year)|\(row.category.lowercased())"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        for key in order {
            guard let parts = groups[key], let first = parts.first else { continue }
            result.append(DeviationRow(year: first.year, category: first.category, count: sum(parts.map(\.count))))
        }
        return result
    }
}
