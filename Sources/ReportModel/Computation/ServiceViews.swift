/// The data of each report a shared service gives: one per member's council (its own figures, the county's and
/// the country's, and what the whole service shares) and one for the whole service (the members' figures summed).
public struct ServiceViews: Sendable {
    /// The project's data as read.
    public let data: ReportData
    /// Each member's report data, host first, with the formula indicators computed.
    public let councils: [(member: MemberMunicipality, data: ReportData)]
    /// The whole service's report data, with the formula indicators computed.
    public let wholeService: ReportData
    /// The participation rows summed over the members (rows counted for the whole service are in `data`).
    public let summedParticipation: [ParticipationRow]

    /// Splits `data` of a shared service into its reports' data; nil when the project is for one municipality.
    public init?(_ data: ReportData) {
        guard let service = data.settings.service else { return nil }
        self.data = data
        let catalogue = Dictionary((IndicatorCatalogue.all + data.ownIndicators).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        councils = service.members.map { member in
            var view = data
            view.settings = data.settings.forCouncil(member)
            view.indicators = Self.rows(of: member.number, data.indicators)
            view.participation = data.participation.filter { $0.municipality == nil || $0.municipality == member.number }
            view.texts = Self.texts(data.texts, for: member.number)
            // Compared with what last year's report to the same council printed.
            view.printedLastYear = data.printedLastYear.filter { $0.municipality == member.number }
            return (member, ComputedReport.withComputedIndicators(view))
        }
        summedParticipation = Self.summed(data.participation.filter { $0.municipality != nil })
        var whole = data
        whole.settings = data.settings.forWholeService()
        // The county's and the country's figures: those every member shares, else the host's (a download gives them per member).
        let comparisons = (data.indicators.filter { $0.municipality == nil } + (councils.first?.data.indicators ?? []))
            .filter { $0.level == .county || $0.level == .country }
        whole.indicators = Self.deduplicated(Self.summed(councils.map(\.data), catalogue: catalogue) + comparisons)
        whole.participation = data.participation.filter { $0.municipality == nil } + summedParticipation
        whole.texts = Self.texts(data.texts, for: nil)
        whole.printedLastYear = data.printedLastYear.filter { $0.municipality == nil }
        wholeService = ComputedReport.withComputedIndicators(whole)
    }

    /// The chapter texts of one report: a member's own text of a chapter (`virksomheten.4602`) in place of the shared one.
    static func texts(_ texts: [String: ChapterText], for member: String?) -> [String: ChapterText] {
        var result = texts.filter { !$0.key.contains(".") }
        guard let member else { return result }
        for (key, text) in texts where key.hasSuffix("." + member) { result[String(key.dropLast(member.count + 1))] = text }
        return result
    }

    /// A member's indicator rows: its own, and the county's and country's rows every member shares unless it has its own.
    static func rows(of member: String, _ rows: [IndicatorRow]) -> [IndicatorRow] {
        deduplicated(rows.filter { $0.municipality == member } + rows.filter { $0.municipality == nil })
    }

    /// One row per indicator, year and level: the first given (a member's own row before a shared one).
    static func deduplicated(_ rows: [IndicatorRow]) -> [IndicatorRow] {
        var seen = Set<String>()
        return rows.filter { seen.insert("\($0.id)|\($0.year)|\($0.level.rawValue)").inserted }
    }

    /// The whole service's own figures, where they can be computed exactly from every member's: counts summed,
    /// and shares from summed numerators and denominators. Anything else is left missing, never estimated.
    static func summed(_ councils: [ReportData], catalogue: [String: IndicatorCatalogue.Entry]) -> [IndicatorRow] {
        var byKey: [String: [IndicatorRow]] = [:]
        var order: [String] = []
        for council in councils {
            for row in council.indicators where row.level == .municipality {
                let key = "\(row.id)|\(row.year)"
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: []].append(row)
            }
        }
        return order.compactMap { key -> IndicatorRow? in
            guard let rows = byKey[key], rows.count == councils.count, let first = rows.first, let entry = catalogue[first.id] else { return nil }
            let status: FigureStatus = rows.contains { $0.provenance.status == .preliminary } ? .preliminary : .final
            var sources: [String] = []
            for row in rows where !sources.contains(row.provenance.source) { sources.append(row.provenance.source) }
            let provenance = Provenance(source: sources.joined(separator: ", "), status: status)
            let values = rows.compactMap(\.value)
            guard values.count == rows.count else { return nil }
            if entry.unit == .count {
                return IndicatorRow(id: first.id, year: first.year, level: .municipality, value: values.reduce(0, +), numerator: nil, denominator: nil,
                                    provenance: provenance)
            }
            let numerators = rows.compactMap(\.numerator), denominators = rows.compactMap(\.denominator)
            let scale: Double
            switch entry.unit {
            case .percent: scale = 100
            case .perThousand: scale = 1000
            default: return nil
            }
            guard numerators.count == rows.count, denominators.count == rows.count else { return nil }
            let numerator = numerators.reduce(0, +), denominator = denominators.reduce(0, +)
            guard denominator > 0 else { return nil }
            return IndicatorRow(id: first.id, year: first.year, level: .municipality, value: numerator / denominator * scale,
                                numerator: numerator, denominator: denominator, provenance: provenance)
        }
    }

    /// Participation summed over the members, per year, method and age group. A column is summed only when every
    /// member's row has it; a mean score is weighted by the children who took part, where all give both.
    static func summed(_ rows: [ParticipationRow]) -> [ParticipationRow] {
        var groups: [String: [ParticipationRow]] = [:]
        var order: [String] = []
        for row in rows {
            let key = "\(row.year)|\(row.method.rawValue)|\(row.ageGroup)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        return order.compactMap { key -> ParticipationRow? in
            guard let group = groups[key], let first = group.first else { return nil }
            func sum(_ value: (ParticipationRow) -> Double?) -> Double? {
                let values = group.compactMap(value)
                return values.count == group.count ? values.reduce(0, +) : nil
            }
            let sameScale = Set(group.map { "\($0.scaleMinimum.map { "\($0)" } ?? "")|\($0.scaleMaximum.map { "\($0)" } ?? "")" }).count == 1
            var score: Double?
            if sameScale, let tookPart = sum(\.tookPart), tookPart > 0, let weighted = sum({ row in row.meanScore.flatMap { s in row.tookPart.map { s * $0 } } }) {
                score = weighted / tookPart
            }
            return ParticipationRow(year: first.year, method: first.method, ageGroup: first.ageGroup, invited: sum(\.invited), tookPart: sum(\.tookPart),
                                    spokenAlone: sum(\.spokenAlone), invitedToMeetings: sum(\.invitedToMeetings), meanScore: score,
                                    scaleMinimum: sameScale ? first.scaleMinimum : nil, scaleMaximum: sameScale ? first.scaleMaximum : nil, note: nil)
        }
    }
}
