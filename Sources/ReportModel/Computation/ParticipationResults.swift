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

    init(rows: [ParticipationRow], themes: [ParticipationTheme], suppression: Suppression) {
        var methods: [MethodYear] = []
        let keys = Set(rows.map { "\($0.year)|\($0.method.rawValue)" })
        for year in Set(rows.map(\.year)).sorted() {
            for method in ParticipationMethod.allCases where keys.contains("\(year)|\(method.rawValue)") {
                let group = rows.filter { $0.year == year && $0.method == method }
                let invited = suppression.group(group.map(\.invited), year: year)
                let tookPart = suppression.group(group.map(\.tookPart), year: year)
                let spoken = suppression.group(group.map(\.spokenAlone), year: year)
                let meetings = suppression.group(group.map(\.invitedToMeetings), year: year)
                func share(_ part: Figure, _ whole: Figure, _ raw: Double?, _ rawWhole: Double?) -> Figure {
                    let figure = suppression.share(raw, of: rawWhole, year: year)
                    return part.state == .suppressed || whole.state == .suppressed ? suppression.hiding(figure) : figure
                }
                var built: [Row] = []
                for (index, row) in group.enumerated() {
                    let scoreFigure = suppression.value(row.meanScore, .score, year: year)
                    let hiddenScore = tookPart.cells[index].state == .suppressed
                    built.append(Row(
                        ageGroup: row.ageGroup, invited: invited.cells[index], tookPart: tookPart.cells[index],
                        participationShare: share(tookPart.cells[index], invited.cells[index], row.tookPart, row.invited),
                        spokenAloneShare: share(spoken.cells[index], invited.cells[index], row.spokenAlone, row.invited),
                        invitedToMeetingsShare: share(meetings.cells[index], invited.cells[index], row.invitedToMeetings, row.invited),
                        meanScore: hiddenScore ? suppression.hiding(scoreFigure) : scoreFigure,
                        scale: Self.scaleText(row), note: row.note))
                }
                var total: Row? = nil
                if group.count > 1 {
                    let rawInvited = Self.sum(group.map(\.invited))
                    total = Row(
                        ageGroup: "Til sammen", invited: invited.total, tookPart: tookPart.total,
                        participationShare: share(tookPart.total, invited.total, Self.sum(group.map(\.tookPart)), rawInvited),
                        spokenAloneShare: share(spoken.total, invited.total, Self.sum(group.map(\.spokenAlone)), rawInvited),
                        invitedToMeetingsShare: share(meetings.total, invited.total, Self.sum(group.map(\.invitedToMeetings)), rawInvited),
                        meanScore: Self.weightedMean(group, suppression: suppression, year: year, hidden: tookPart.total.state == .suppressed),
                        scale: group.compactMap(Self.scaleText).first, note: nil)
                }
                methods.append(MethodYear(year: year, method: method, rows: built, total: total))
            }
        }
        self.methods = methods
        self.themes = themes.map {
            Theme(year: $0.year, method: $0.method, part: $0.part, theme: $0.theme,
                  count: suppression.count($0.count, year: $0.year), change: $0.change)
        }
    }

    static func sum(_ values: [Double?]) -> Double? {
        values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + ($1 ?? 0) }
    }

    static func scaleText(_ row: ParticipationRow) -> String? {
        guard let low = row.scaleMinimum, let high = row.scaleMaximum else { return nil }
        return "\(NorwegianFormat.number(low, decimals: 0))–\(NorwegianFormat.number(high, decimals: 0))"
    }

    static func weightedMean(_ rows: [ParticipationRow], suppression: Suppression, year: Int, hidden: Bool) -> Figure {
        var sum = 0.0, weight = 0.0
        for row in rows {
            guard let score = row.meanScore, let took = row.tookPart else { continue }
            sum += score * took
            weight += took
        }
        let figure = weight > 0 ? suppression.value(sum / weight, .score, year: year) : .missing(.score, year: year, threshold: suppression.threshold)
        return hidden ? suppression.hiding(figure) : figure
    }
}

/// Deviations of one year by category, with the total.
public struct DeviationYear: Sendable {
    public let year: Int
    public let categories: [(category: String, count: Figure)]
    public let total: Figure

    static func compute(_ rows: [DeviationRow], suppression: Suppression) -> [DeviationYear] {
        Set(rows.map(\.year)).sorted().map { year in
            let ofYear = rows.filter { $0.year == year }
            let group = suppression.group(ofYear.map(\.count), year: year)
            return DeviationYear(year: year, categories: zip(ofYear.map(\.category), group.cells).map { ($0, $1) }, total: group.total)
        }
    }
}
