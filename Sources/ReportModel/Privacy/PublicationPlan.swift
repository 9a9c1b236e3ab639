import DisclosureControl

/// Every count the report publishes, every relation a reader knows between them and every share they
/// can turn back into a count, as one disclosure problem; and the decision of what may be printed.
///
/// Built from the validated data before anything is computed for the chapters, so that every table,
/// key figure, sentence and chart prints the same decision: a count is shown, «<5» or «skjult»
/// everywhere it appears.
struct PublicationPlan: Sendable {
    /// Cells by table, for the account of what was hidden (`check`).
    private struct Table: Sendable {
        let reference: PublishedTable
        let scope: String
        var cells: [Int] = []
    }

    private(set) var problem: DisclosureProblem
    private(set) var decision: DisclosureDecision
    private var tables: [String: Table] = [:]
    private var tableOrder: [String] = []
    private var facts: [String: Int] = [:]
    private var hiddenFacts: Set<String> = []
    let year: Int
    /// The report whose keys are meant (`4602|` for a member of a shared service, `tjenesten|` for the whole
    /// service); a key not held in the scope is looked up among the counts every report shares (staffing, survey …).
    var scope = ""

    /// Builds and decides the plan for `data`.
    init(data: ReportData, own: [IndicatorCatalogue.Entry], survey: SurveyGrouping?, threshold: Int) {
        self.init(year: data.settings.year, threshold: threshold)
        addShared(data, survey: survey)
        addIndicators(data.indicators, catalogue: IndicatorCatalogue.all + own)
        addParticipation(data.participation)
        decide()
    }

    /// An empty plan, to be built and then decided.
    init(year: Int, threshold: Int) {
        self.year = year
        problem = DisclosureProblem(threshold: threshold)
        decision = DisclosureDecision(cells: [], factsShown: [])
    }

    /// Decides what may be printed, once every count and relation is in.
    mutating func decide() {
        decision = problem.protect()
    }

    /// Counts every report of a project prints alike: staffing, themes, deviations, the survey, and participation
    /// counted for the whole service (rows without a municipality).
    mutating func addShared(_ data: ReportData, survey: SurveyGrouping?) {
        addStaffing(data.personnel)
        addThemes(data.participationThemes)
        addDeviations(data.deviations)
        if let survey { addSurvey(survey) }
    }

    /// The plan as one report of a shared service reads it.
    func scoped(_ scope: String) -> PublicationPlan {
        var plan = self
        plan.scope = scope
        return plan
    }

    /// The cell with `key` in this report's scope, else among the shared counts.
    func cellIndex(_ key: String) -> Int? {
        problem.cellIndex(scope + key) ?? (scope.isEmpty ? nil : problem.cellIndex(key))
    }

    /// How the count with `key` is published, or nil when the plan does not hold it.
    func publication(_ key: String) -> Publication? {
        cellIndex(key).map(publication(at:))
    }

    func publication(at index: Int) -> Publication {
        // Counts the search could not clear are never printed.
        if decision.unresolved.contains(index) { return problem.cells[index].isTotal ? .withheld : .protecting }
        return decision.cells[index]
    }

    /// False when the printed figure with `key` (a share turned back into a count) must be hidden.
    func isShown(fact key: String) -> Bool {
        if hiddenFacts.contains(scope + key) || hiddenFacts.contains(key) { return false }
        guard let index = facts[scope + key] ?? facts[key] else { return true }
        return decision.factsShown[index]
    }

    // MARK: Building

    /// Adds a printed count; `table` groups it for the account in `check`.
    @discardableResult
    mutating func printed(_ key: String, _ value: Double, in table: PublishedTable, main: Bool = false,
                          total: Bool = false, countsPeople: Bool = true) -> Int {
        let index = problem.cell(scope + key, .init(value: Self.whole(value), isPrinted: true, countsPeople: countsPeople, isMainFigure: main,
                                                    isTotal: total, name: scope + key))
        let tableKey = scope + "\u{1F}" + table.description
        if tables[tableKey] == nil {
            tables[tableKey] = Table(reference: table, scope: scope)
            tableOrder.append(tableKey)
        }
        if tables[tableKey]?.cells.contains(index) == false { tables[tableKey]?.cells.append(index) }
        return index
    }

    /// Adds a count a reader can reason about but that is not printed.
    @discardableResult
    mutating func implicit(_ key: String, _ value: Double, countsPeople: Bool = true, hiddenWith: Int? = nil) -> Int {
        problem.cell(scope + key, .init(value: Self.whole(value), isPrinted: false, countsPeople: countsPeople, hiddenWith: hiddenWith, name: scope + key))
    }

    mutating func relate(_ constraint: LinearConstraint) {
        problem.relate(constraint)
    }

    mutating func fact(_ key: String, _ fact: DisclosureProblem.Fact) {
        facts[scope + key] = problem.fact(fact)
    }

    /// Hides a printed figure whatever the search decides.
    mutating func hideShare(_ key: String) {
        hiddenFacts.insert(scope + key)
    }

    /// Counts are whole numbers; a fractional count (an average) is rounded, which the reader can do too.
    static func whole(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int(min(max(value.rounded(), 0), 1e12))
    }

    // MARK: The account for `check`

    /// Tables with hidden cells in this report (its own scope and the shared counts), in the order they were added.
    var hiddenCells: [HiddenCells] {
        tableOrder.compactMap { key in
            guard let table = tables[key], table.scope.isEmpty || table.scope == scope else { return nil }
            var small = 0, protecting = 0
            for index in table.cells {
                switch publication(at: index) {
                case .small: small += 1
                case .protecting, .withheld: protecting += 1
                default: break
                }
            }
            return small + protecting == 0 ? nil : HiddenCells(table: table.reference, small: small, protecting: protecting)
        }
    }
}

/// A table of counts the report prints, as `check` names it.
public struct PublishedTable: Sendable, Hashable, CustomStringConvertible {
    /// What the table shows.
    public enum Kind: String, Sendable, Hashable {
        /// Leavers and new hires (Bemanning og kompetanse).
        case staff
        /// Counts and shares of one indicator group (Tilstand og kvalitet).
        case indicators
        /// Child participation of one method (Barns medvirkning).
        case participation
        /// Themes children raised (Barns medvirkning).
        case themes
        /// Deviations by category (Internkontroll, tilsyn og avvik).
        case deviations
        /// Answers to one survey statement by sector (Samarbeid med andre sektorer).
        case survey
    }

    public let kind: Kind
    public let year: Int?
    /// The method, indicator or statement the table is about, as the data names it.
    public let detail: String?

    /// The table's identity as one string (kind, year, detail).
    public var description: String { "\(kind.rawValue)|\(year.map(String.init) ?? "")|\(detail ?? "")" }

    /// Creates a reference.
    public init(_ kind: Kind, year: Int?, detail: String? = nil) {
        self.kind = kind
        self.year = year
        self.detail = detail
    }
}

/// One table's hidden cells: how many are small («<5») and how many are hidden to protect them («skjult»).
public struct HiddenCells: Sendable, Hashable {
    public let table: PublishedTable
    public let small: Int
    public let protecting: Int

    /// Creates an account.
    public init(table: PublishedTable, small: Int, protecting: Int) {
        self.table = table
        self.small = small
        self.protecting = protecting
    }
}
