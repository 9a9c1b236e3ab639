/// How far a measure from last year's report came, as the service reports it a year later.
public enum MeasureStatus: String, Sendable, Hashable, CaseIterable {
    case done = "gjennomført"
    case partly = "delvis"
    case notDone = "ikke gjennomført"
    case continued = "videreført"
}

/// One measure (tiltak) of `data/tiltak.csv`: set in the report for `year`, followed up in the report for `year + 1`.
public struct MeasureRow: Sendable, Hashable {
    /// The service's own short id (`T1`, `2025-3`), unique within a year.
    public var id: String
    /// The report year whose report set the measure.
    public var year: Int
    public var goal: String
    public var measure: String
    public var responsible: String
    /// The deadline as the service writes it («1. mai 2026», «løpende»).
    public var deadline: String
    /// Filled in the year after: how it went, what was achieved and why.
    public var status: MeasureStatus?
    public var achieved: String?
    public var reason: String?

    /// Creates a measure.
    public init(id: String, year: Int, goal: String, measure: String, responsible: String, deadline: String,
                status: MeasureStatus? = nil, achieved: String? = nil, reason: String? = nil) {
        self.id = id; self.year = year; self.goal = goal; self.measure = measure; self.responsible = responsible
        self.deadline = deadline; self.status = status; self.achieved = achieved; self.reason = reason
    }
}

/// The measures of one report: last year's with how they went, and the report year's new ones.
public struct MeasureFollowUp: Sendable, Hashable {
    /// Measures set in last year's report, in file order.
    public let lastYear: [MeasureRow]
    /// Measures set in this year's report (for the year ahead).
    public let thisYear: [MeasureRow]
    public let year: Int

    /// Splits `rows` by the report year.
    public init(rows: [MeasureRow], year: Int) {
        self.year = year
        lastYear = rows.filter { $0.year == year - 1 }
        thisYear = rows.filter { $0.year == year }
    }

    /// How many of last year's measures have `status`.
    public func count(_ status: MeasureStatus) -> Int { lastYear.filter { $0.status == status }.count }

    /// Last year's measures whose status is not filled in yet.
    public var withoutStatus: [MeasureRow] { lastYear.filter { $0.status == nil } }

    /// True when there is anything to show.
    public var isEmpty: Bool { lastYear.isEmpty && thisYear.isEmpty }
}
