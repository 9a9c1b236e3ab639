/// Counts that a report publishes, the relations a reader knows between them, and the derived
/// figures (shares) it prints: everything an attacker with a calculator can combine.
///
/// A cell is an unknown whole number ≥ 0 with its true value. A *printed* cell is a table cell, a
/// total or a key figure; an *implicit* cell is a count nobody prints but a reader can reason
/// about (children without a plan = children − children with a plan). Relations that hold by
/// definition (a total is the sum of its parts) are always known to the reader; a *fact* (a printed
/// share) is known only while it is printed.
public struct DisclosureProblem: Sendable {
    /// One count.
    public struct Cell: Sendable, Hashable {
        /// The true value (never printed by this module).
        public var value: Int
        /// Printed in the report (as its value, «<5» or «skjult»), as opposed to implicit.
        public var isPrinted: Bool
        /// Counts people: a value from 1 to threshold − 1 must never be told, printed or worked out.
        public var countsPeople: Bool
        /// For an implicit count that is not itself small-count protected (one group's answers in a
        /// survey, published through its shares): the printed cell whose hiding hides it too (the group's
        /// number of answers). While that cell is hidden and this count is positive, it must not be
        /// pinned to one value.
        public var hiddenWith: Int?
        /// A main figure of the latest year: hidden to protect another cell only when nothing else works.
        public var isMainFigure: Bool
        /// A total of other cells: when it must go, it is withheld whatever its value, so that its «skjult»
        /// tells nothing (a hidden ordinary cell tells that it is the threshold or more).
        public var isTotal: Bool
        /// A name for messages and tests, e.g. «Avvik 2025 / taushetsplikt».
        public var name: String

        /// Creates a cell.
        public init(value: Int, isPrinted: Bool, countsPeople: Bool = true, hiddenWith: Int? = nil,
                    isMainFigure: Bool = false, isTotal: Bool = false, name: String) {
            self.value = max(0, value)
            self.isPrinted = isPrinted
            self.countsPeople = countsPeople
            self.hiddenWith = hiddenWith
            self.isMainFigure = isMainFigure
            self.isTotal = isTotal
            self.name = name
        }
    }

    /// A printed figure derived from cells (a share with its rounding), known while printed.
    public struct Fact: Sendable, Hashable {
        /// What printing the figure tells the reader.
        public var constraints: [LinearConstraint]
        /// Printed cells it is computed from: when any is hidden, the figure is hidden too.
        public var dependsOn: [Int]
        /// What hiding it costs the reader (the count behind it).
        public var weight: Int
        public var isMainFigure: Bool
        public var name: String

        /// Creates a fact.
        public init(constraints: [LinearConstraint], dependsOn: [Int], weight: Int, isMainFigure: Bool = false, name: String) {
            self.constraints = constraints
            self.dependsOn = dependsOn
            self.weight = max(0, weight)
            self.isMainFigure = isMainFigure
            self.name = name
        }
    }

    /// Counts from 1 to `threshold − 1` are small.
    public let threshold: Int
    public private(set) var cells: [Cell] = []
    public private(set) var relations: [LinearConstraint] = []
    public private(set) var facts: [Fact] = []
    private var index: [String: Int] = [:]

    /// Creates an empty problem.
    public init(threshold: Int) {
        self.threshold = max(2, threshold)
    }

    /// The cell with `key`, added on first use; a later call with the same key returns the same cell
    /// and marks it printed, people-counting or main when asked (each flag only ever turns on).
    @discardableResult
    public mutating func cell(_ key: String, _ cell: Cell) -> Int {
        if let existing = index[key] {
            cells[existing].isPrinted = cells[existing].isPrinted || cell.isPrinted
            cells[existing].isMainFigure = cells[existing].isMainFigure || cell.isMainFigure
            cells[existing].hiddenWith = cells[existing].hiddenWith ?? cell.hiddenWith
            cells[existing].isTotal = cells[existing].isTotal || cell.isTotal
            return existing
        }
        cells.append(cell)
        index[key] = cells.count - 1
        return cells.count - 1
    }

    /// The index of the cell with `key`, if added.
    public func cellIndex(_ key: String) -> Int? { index[key] }

    /// Adds a relation that holds by definition and is known to every reader. A relation the true
    /// values break is not added (the data says it does not hold here) and false is returned.
    @discardableResult
    public mutating func relate(_ constraint: LinearConstraint) -> Bool {
        guard constraint.holds(cells.map(\.value)) else { return false }
        relations.append(constraint)
        return true
    }

    /// Adds a printed derived figure; returns its index. Constraints the true values break are dropped.
    @discardableResult
    public mutating func fact(_ fact: Fact) -> Int {
        var kept = fact
        kept.constraints = fact.constraints.filter { $0.holds(cells.map(\.value)) }
        facts.append(kept)
        return facts.count - 1
    }

    /// True for a value that must not be told.
    public func isSmall(_ value: Int) -> Bool { value > 0 && value < threshold }
}

/// How a printed cell is published.
public enum Publication: Sendable, Hashable {
    /// Its value is printed.
    case shown
    /// A small count: printed as «<threshold», which tells the reader it lies in 1…threshold − 1.
    case small
    /// Hidden to protect another cell, printed «skjult». Only ordinary cells of threshold or more are
    /// chosen, so the reader may know it is at least the threshold.
    case protecting
    /// A total left out to protect its parts, printed «skjult» too; chosen whatever its value (a small
    /// total too, instead of «<t»), so its mark tells nothing about it.
    case withheld
}

/// What the report may print: the publication of every printed cell and whether each fact is printed.
public struct DisclosureDecision: Sendable, Hashable {
    /// Per cell (implicit cells stay `.shown` and mean nothing here).
    public var cells: [Publication]
    /// Per fact.
    public var factsShown: [Bool]
    /// Facts hidden to protect a cell, not because a cell they are computed from is hidden.
    public var protectingFacts: Set<Int>
    /// Cells the audit could not clear even with everything hidden that may be hidden (empty in practice;
    /// kept so that a caller can refuse to print rather than trust a failed search).
    public var unresolved: [Int]

    /// Creates a decision.
    public init(cells: [Publication], factsShown: [Bool], protectingFacts: Set<Int> = [], unresolved: [Int] = []) {
        self.cells = cells
        self.factsShown = factsShown
        self.protectingFacts = protectingFacts
        self.unresolved = unresolved
    }
}
