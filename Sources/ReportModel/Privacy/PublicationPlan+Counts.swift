import DisclosureControl

/// Keys of the plan's cells, one function per kind of count, so that the builder and the figures agree.
enum PlanKey {
    static func leavers(_ year: Int) -> String { "personale|avganger|\(year)" }
    static func newHires(_ year: Int) -> String { "personale|nytilsatte|\(year)" }
    static func deviation(_ year: Int, _ category: String) -> String { "avvik|\(year)|kategori|\(category)" }
    static func deviationTotal(_ year: Int) -> String { "avvik|\(year)|til sammen" }
    static func theme(_ index: Int) -> String { "tema|\(index)" }
    /// A participation count: `group` is the age group (unique in its year and method), or nil for the total. Keyed
    /// by name, not position, so that a member's age group and the whole service's are the same key in their scopes.
    static func participation(_ year: Int, _ method: ParticipationMethod, group: String?, _ column: ParticipationColumn) -> String {
        "medvirkning|\(year)|\(method.rawValue)|\(group.map { "gruppe " + $0 } ?? "til sammen")|\(column.rawValue)"
    }
}

/// The counted columns of `medvirkning.csv`; each but `invited` is a part of `invited`.
enum ParticipationColumn: String, CaseIterable {
    case invited, tookPart, spokenAlone, invitedToMeetings

    func value(_ row: ParticipationRow) -> Double? {
        switch self {
        case .invited: return row.invited
        case .tookPart: return row.tookPart
        case .spokenAlone: return row.spokenAlone
        case .invitedToMeetings: return row.invitedToMeetings
        }
    }
}

extension PublicationPlan {
    /// Leavers and new hires: counts of people with no sum printed beside them.
    mutating func addStaffing(_ rows: [PersonnelRow]) {
        for row in rows {
            let table = PublishedTable(.staff, year: row.year)
            if let leavers = row.leavers { printed(PlanKey.leavers(row.year), leavers, in: table) }
            if let hires = row.newHires { printed(PlanKey.newHires(row.year), hires, in: table) }
        }
    }

    /// Deviations per year: the categories and their total, which is the chapter's main figure.
    mutating func addDeviations(_ rows: [DeviationRow]) {
        for year in Set(rows.map(\.year)).sorted() {
            let ofYear = rows.filter { $0.year == year }
            let table = PublishedTable(.deviations, year: year)
            var parts: [Int] = []
            for row in ofYear {
                guard let count = row.count else { continue }
                parts.append(printed(PlanKey.deviation(year, row.category), count, in: table))
            }
            // A total is printed only when every category has a count.
            guard parts.count == ofYear.count, !parts.isEmpty else { continue }
            let total = printed(PlanKey.deviationTotal(year), ofYear.reduce(0) { $0 + ($1.count ?? 0) }, in: table,
                                main: year == self.year, total: true)
            relate(.sum(of: parts, equals: total))
        }
    }

    /// Themes children raised: each count stands alone.
    mutating func addThemes(_ themes: [ParticipationTheme]) {
        for (index, theme) in themes.enumerated() {
            guard let count = theme.count else { continue }
            printed(PlanKey.theme(index), count, in: PublishedTable(.themes, year: theme.year, detail: theme.method.rawValue))
        }
    }

    /// Participation per year and method: age groups, their total, and for each share the children it
    /// leaves out (invited but did not take part, not spoken with alone, not invited to meetings), which a
    /// reader gets by subtraction and which are groups of children too.
    mutating func addParticipation(_ rows: [ParticipationRow]) {
        let groups = Dictionary(grouping: rows) { "\($0.year)|\($0.method.rawValue)" }
        for key in groups.keys.sorted() {
            guard let group = groups[key], let first = group.first else { continue }
            let year = first.year, method = first.method
            let table = PublishedTable(.participation, year: year, detail: method.rawValue)
            var cells: [ParticipationColumn: [Int]] = [:]
            for row in group {
                for column in ParticipationColumn.allCases {
                    guard let value = column.value(row) else { continue }
                    let main = year == self.year && column == .tookPart && group.count == 1
                    cells[column, default: []].append(printed(PlanKey.participation(year, method, group: row.ageGroup, column), value, in: table, main: main))
                }
                addLeftOut(row.invited, of: PlanKey.participation(year, method, group: row.ageGroup, .invited), row, year, method, row.ageGroup)
            }
            guard group.count > 1 else { continue }
            var totals: [ParticipationColumn: Double] = [:]
            for column in ParticipationColumn.allCases {
                guard let parts = cells[column], parts.count == group.count else { continue }
                let sum = group.reduce(0) { $0 + (column.value($1) ?? 0) }
                totals[column] = sum
                let total = printed(PlanKey.participation(year, method, group: nil, column), sum, in: table,
                                    main: year == self.year && column == .tookPart, total: true)
                relate(.sum(of: parts, equals: total))
            }
            let totalRow = ParticipationRow(year: year, method: method, ageGroup: "", invited: totals[.invited], tookPart: totals[.tookPart],
                                            spokenAlone: totals[.spokenAlone], invitedToMeetings: totals[.invitedToMeetings],
                                            meanScore: nil, scaleMinimum: nil, scaleMaximum: nil, note: nil)
            addLeftOut(totals[.invited], of: PlanKey.participation(year, method, group: nil, .invited), totalRow, year, method, nil)
        }
    }

    /// For each counted part of `invited` in `row`, the children left out: `invited − part`.
    private mutating func addLeftOut(_ invited: Double?, of invitedKey: String, _ row: ParticipationRow, _ year: Int,
                                     _ method: ParticipationMethod, _ group: String?) {
        guard let invited, let whole = cellIndex(invitedKey) else { return }
        for column in [ParticipationColumn.tookPart, .spokenAlone, .invitedToMeetings] {
            guard let part = column.value(row), part <= invited,
                  let partIndex = cellIndex(PlanKey.participation(year, method, group: group, column)) else { continue }
            let rest = implicit(PlanKey.participation(year, method, group: group, column) + "|utenfor", invited - part)
            relate(.sum(of: [partIndex, rest], equals: whole))
        }
    }
}
