/// Decides exactly whether a small system of linear relations has a solution in non-negative integers
/// within given bounds: bounds propagation to a fixed point, then a depth-first search that splits
/// the smallest domain. This is a complete search, not a relaxation: an answer of `true` comes with a
/// solution, an answer of `false` means none exists in the bounds.
///
/// Why not linear programming, as τ-ARGUS audits do: a continuous relaxation can report a value as
/// possible when no whole number of children gives it, which would let a reader with a calculator
/// know more than the audit assumes. The tables of a report are small (a handful of hidden cells per
/// connected table), so an exact integer search is affordable.
struct IntegerFeasibility {
    /// An upper bound that stands for "unbounded". Capping an unknown at 2^40 can only make the
    /// reader look better informed than they are, so an audit under the cap errs on the safe side.
    static let unbounded = 1 << 40

    /// Relations in the form `Σ a·x ≤ b`; an equality is two of them.
    private struct Row {
        var terms: [LinearTerm]
        var bound: Int
    }

    private let rows: [Row]
    private let watchers: [[Int]]
    private let variableCount: Int
    /// Values to try first, one per unknown (the true table).
    var hint: [Int] = []

    /// Prepares the relations over `variableCount` unknowns.
    init(variableCount: Int, constraints: [LinearConstraint]) {
        var rows: [Row] = []
        for constraint in constraints {
            rows.append(Row(terms: constraint.terms, bound: constraint.constant))
            if constraint.relation == .equal {
                rows.append(Row(terms: constraint.terms.map { LinearTerm($0.cell, -$0.coefficient) }, bound: -constraint.constant))
            }
        }
        var watchers = Array(repeating: [Int](), count: variableCount)
        for (index, row) in rows.enumerated() {
            for term in row.terms where term.coefficient != 0 { watchers[term.cell].append(index) }
        }
        self.rows = rows
        self.watchers = watchers
        self.variableCount = variableCount
    }

    /// True when some integer assignment within `lower...upper` satisfies every relation; nil when the
    /// search ran out of `budget` nodes first.
    func isFeasible(lower: [Int], upper: [Int], budget: inout Int) -> Bool? {
        var low = lower, high = upper
        return search(&low, &high, changed: nil, budget: &budget)
    }

    /// `changed`: the one unknown narrowed since the bounds were last at a fixed point (nil at the root).
    private func search(_ low: inout [Int], _ high: inout [Int], changed: Int?, budget: inout Int) -> Bool? {
        guard budget > 0 else { return nil }
        budget -= 1
        guard propagate(&low, &high, from: changed.map { watchers[$0] } ?? Array(rows.indices)) else { return false }
        // Branch on the constrained unknown with the smallest domain left.
        var chosen = -1
        var smallest = Int.max
        for variable in 0..<variableCount where !watchers[variable].isEmpty {
            let width = high[variable] - low[variable]
            if width > 0, width < smallest {
                smallest = width
                chosen = variable
            }
        }
        guard chosen >= 0 else { return verify(low) }
        // Try the hinted value first (the true table satisfies nearly every question but one cell),
        // then the ranges below and above it, each split again when chosen.
        var branches: [(Int, Int)]
        if hint.indices.contains(chosen), hint[chosen] >= low[chosen], hint[chosen] <= high[chosen] {
            let hinted = hint[chosen]
            branches = [(hinted, hinted)]
            if hinted > low[chosen] { branches.append((low[chosen], hinted - 1)) }
            if hinted < high[chosen] { branches.append((hinted + 1, high[chosen])) }
        } else if smallest < 6 {
            branches = (low[chosen]...high[chosen]).map { ($0, $0) }
        } else {
            // Far from the hint: halve the range, so that proving there is no solution stays logarithmic.
            let middle = low[chosen] + (high[chosen] - low[chosen]) / 2
            branches = [(low[chosen], middle), (middle + 1, high[chosen])]
        }
        var sawUnknown = false
        for (branchLower, branchUpper) in branches {
            var branchLow = low, branchHigh = high
            branchLow[chosen] = branchLower
            branchHigh[chosen] = branchUpper
            switch search(&branchLow, &branchHigh, changed: chosen, budget: &budget) {
            case true?: return true
            case nil: sawUnknown = true
            case false?: continue
            }
        }
        return sawUnknown ? nil : false
    }

    /// Every relation holds for fixed values.
    private func verify(_ values: [Int]) -> Bool {
        for row in rows {
            var sum = 0
            for term in row.terms { sum = Self.saturatingAdd(sum, Self.saturatingMultiply(term.coefficient, values[term.cell])) }
            if sum > row.bound { return false }
        }
        return true
    }

    /// Narrows the bounds until no relation can narrow them further; false when a relation cannot hold.
    private func propagate(_ low: inout [Int], _ high: inout [Int], from start: [Int]) -> Bool {
        var queue = start
        var queued = Array(repeating: false, count: rows.count)
        for index in start { queued[index] = true }
        var head = 0
        // A chain of relations can creep a bound down one unit at a time; past this many steps the search splits instead.
        var steps = 64 * rows.count + 256
        while head < queue.count, steps > 0 {
            steps -= 1
            let index = queue[head]
            head += 1
            queued[index] = false
            let row = rows[index]
            var minimum = 0
            for term in row.terms { minimum = Self.saturatingAdd(minimum, termMinimum(term, low, high)) }
            if minimum > row.bound { return false }
            for term in row.terms where term.coefficient != 0 {
                let others = Self.saturatingAdd(minimum, -termMinimum(term, low, high))
                let slack = Self.saturatingAdd(row.bound, -others)
                let variable = term.cell
                if term.coefficient > 0 {
                    let limit = Self.floorDivide(slack, term.coefficient)
                    guard limit < high[variable] else { continue }
                    high[variable] = limit
                } else {
                    let limit = Self.ceilDivide(slack, term.coefficient)
                    guard limit > low[variable] else { continue }
                    low[variable] = limit
                }
                if low[variable] > high[variable] { return false }
                for watcher in watchers[variable] where !queued[watcher] {
                    queued[watcher] = true
                    queue.append(watcher)
                }
            }
            if head > 4096 {
                queue.removeFirst(head)
                head = 0
            }
        }
        return true
    }

    private func termMinimum(_ term: LinearTerm, _ low: [Int], _ high: [Int]) -> Int {
        Self.saturatingMultiply(term.coefficient, term.coefficient > 0 ? low[term.cell] : high[term.cell])
    }

    private static let limit = 1 << 62

    static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { return b > 0 ? limit : -limit }
        return min(max(sum, -limit), limit)
    }

    static func saturatingMultiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { return (a > 0) == (b > 0) ? limit : -limit }
        return min(max(product, -limit), limit)
    }

    /// ⌊a ÷ b⌋ for any signs (b ≠ 0).
    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    /// ⌈a ÷ b⌉ for any signs (b ≠ 0).
    static func ceilDivide(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) == (b < 0)) ? quotient + 1 : quotient
    }
}
