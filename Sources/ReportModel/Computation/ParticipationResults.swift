/// Child participation per year and method, with counts protected and totals secondarily suppressed.
public struct ParticipationResults: Sendable {
    /// One age group's row (or the total row) of a method in a year.
    public struct Row: Sendable {
        public let ageGroup: String
        public let invited: Figure
        public let tookPart: Figure
        /// Took part ÷ invited × 100.
        public let participationShare: Figure
        /// Spoken with alone ÷ invited × 100.
        public let spokenAloneShare: Figure
        /// Invited to meetings about themselves ÷ invited × 100.
        public let invitedToMeetingsShare: Figure
        /// Mean score and its scale, hidden when few took part.
        public let meanScore: Figure
        public let scale: String?
        public let note: String?
    }

    /// A method's rows in one year.
    public struct MethodYear: Sendable {
        public let year: Int
        public let method: ParticipationMethod
        public let rows: [Row]
        /// The total over age groups, when there is more than one.
        public let total: Row?
    }

    /// A theme children raised, with what the service changed.
    public struct Theme: Sendable {
        public let year: Int
        public let method: ParticipationMethod
        public let part: ParticipationPart
        public let theme: String
        public let count: Figure
        public let change: String?
    }

    public let methods: [MethodYear]
    public let themes: [Theme]

    /// The rows of `year`.
    public func methods(in year: Int) -> [MethodYear] { methods.filter { $0.year == year } }

    init(rows: [ParticipationRow], themes: [ParticipationTheme], plan: PublicationPlan, suppression: Suppression, totalLabel: String) {
        var methods: [MethodYear] = []
        let keys = Set(rows.map { "\($0.year)|\($0.method.rawValue)" })
        for year in Set(rows.map(\.year)).sorted() {
            for method in ParticipationMethod.allCases where keys.contains("\(year)|\(method.rawValue)") {
                let group = rows.filter { $0.year == year && $0.method == method }
                func count(_ value: Double?, _ group: String?, _ column: ParticipationColumn) -> Figure {
                    suppression.count(value, year: year, publication: plan.publication(PlanKey.participation(year, method, group: group, column)))
                }
                func row(_ source: ParticipationRow, _ ageGroup: String?, label: String, meanScore: Figure, scale: String?, note: String?) -> Row {
                    let invited = count(source.invited, ageGroup, .invited)
                    let tookPart = count(source.tookPart, ageGroup, .tookPart)
                    let spoken = count(source.spokenAlone, ageGroup, .spokenAlone)
                    let meetings = count(source.invitedToMeetings, ageGroup, .invitedToMeetings)
                    return Row(
                        ageGroup: label, invited: invited, tookPart: tookPart,
                        participationShare: suppression.share(source.tookPart, of: source.invited, year: year, from: [tookPart, invited]),
                        spokenAloneShare: suppression.share(source.spokenAlone, of: source.invited, year: year, from: [spoken, invited]),
                        invitedToMeetingsShare: suppression.share(source.invitedToMeetings, of: source.invited, year: year, from: [meetings, invited]),
                        meanScore: suppression.hiding(meanScore, unlessShown: [tookPart]), scale: scale, note: note)
                }
                let built = group.map { source in
                    row(source, source.ageGroup, label: source.ageGroup, meanScore: suppression.value(source.meanScore, .score, year: year),
                        scale: Self.scaleText(source), note: source.note)
                }
                var total: Row? = nil
                if group.count > 1 {
                    let sums = ParticipationRow(year: year, method: method, ageGroup: "", invited: Self.sum(group.map(\.invited)),
                                                tookPart: Self.sum(group.map(\.tookPart)), spokenAlone: Self.sum(group.map(\.spokenAlone)),
                                                invitedToMeetings: Self.sum(group.map(\.invitedToMeetings)), meanScore: nil,
                                                scaleMinimum: nil, scaleMaximum: nil, note: nil)
                    // A hidden age group's scores must not be recoverable from the overall mean beside the shown ones.
                    let mean = Self.weightedMean(group, suppression: suppression, year: year)
                    let anyHidden = built.contains { $0.meanScore.isProtected }
                    total = row(sums, nil, label: totalLabel, meanScore: anyHidden ? suppression.hiding(mean) : mean,
                                scale: group.compactMap(Self.scaleText).first, note: nil)
                }
                methods.append(MethodYear(year: year, method: method, rows: built, total: total))
            }
        }
        self.methods = methods
        self.themes = themes.enumerated().map { index, theme in
            Theme(year: theme.year, method: theme.method, part: theme.part, theme: theme.theme,
                  count: suppression.count(theme.count, year: theme.year, publication: plan.publication(PlanKey.theme(index))),
                  change: theme.change)
        }
    }

    static func sum(_ values: [Double?]) -> Double? {
        values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + ($1 ?? 0) }
    }

    static func scaleText(_ row: ParticipationRow) -> String? {
        guard let low = row.scaleMinimum, let high = row.scaleMaximum else { return nil }
        return "\(NorwegianFormat.number(low, decimals: 0))–\(NorwegianFormat.number(high, decimals: 0))"
    }

    static func weightedMean(_ rows: [ParticipationRow], suppression: Suppression, year: Int) -> Figure {
        var sum = 0.0, weight = 0.0
        for row in rows {
            guard let score = row.meanScore, let took = row.tookPart else { continue }
            sum += score * took
            weight += took
        }
        return weight > 0 ? suppression.value(sum / weight, .score, year: year) : .missing(.score, year: year, threshold: suppression.threshold)
    }
}

/// Deviations of one year by category, with the total.
public struct DeviationYear: Sendable {
    public let year: Int
    public let categories: [(category: String, count: Figure)]
    public let total: Figure

    static func compute(_ rows: [DeviationRow], plan: PublicationPlan, suppression: Suppression) -> [DeviationYear] {
        Set(rows.map(\.year)).sorted().map { year in
            let ofYear = rows.filter { $0.year == year }
            let categories = ofYear.map { row in
                (row.category, suppression.count(row.count, year: year, publication: plan.publication(PlanKey.deviation(year, row.category))))
            }
            let sum = ParticipationResults.sum(ofYear.map(\.count))
            let total = suppression.count(sum, year: year, publication: plan.publication(PlanKey.deviationTotal(year)))
            return DeviationYear(year: year, categories: categories, total: total)
        }
    }
}
