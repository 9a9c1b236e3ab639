import DisclosureControl
import Foundation
import Testing

/// Random small tables (rows × years with row, column and grand totals, sometimes a row printed only as
/// shares of its column total) go through protection, and then through an attacker written here
/// independently of the engine: it enumerates every integer assignment consistent with what was
/// printed, by plain backtracking, and checks that no hidden count can be told.
///
/// The seed is fixed under CI (`CI=true`) and random otherwise; a failure prints the seed and the table.
@Suite struct RandomTableAttackTests {
    static let threshold = 5

    /// What the reader sees of one table.
    struct Printed {
        enum Label: Equatable { case value(Int), small, protecting, notPrinted }
        var labels: [Label]
        /// Cells that form each sum: (parts, total).
        var sums: [([Int], Int)]
        /// Printed shares: (numerator, denominator, printed tenths of a per cent).
        var shares: [(Int, Int, Int)]
    }

    struct Table {
        var rows: Int
        var years: Int
        var counts: [[Int]]
        var shareRow: Bool
    }

    @Test func noHiddenCountInTenThousandRandomTablesCanBeWorkedOut() {
        let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
        let seed: UInt64 = isCI ? 20_261_203 : UInt64.random(in: 1...UInt64.max / 2)
        print("[RandomTableAttack] seed \(seed)\(isCI ? " (CI)" : "")")
        var generator = SplitMix(seed: ProcessInfo.processInfo.environment["ATTACK_SEED"].flatMap(UInt64.init) ?? seed)
        var hiddenSeen = 0
        var tooLarge = 0
        var engineTime = Duration.zero
        for round in 0..<10_000 {
            let table = Self.makeTable(&generator)
            let (problem, layout) = Self.problem(for: table)
            let clock = ContinuousClock.now
            let decision = problem.protect()
            engineTime += ContinuousClock.now - clock
            #expect(decision.unresolved.isEmpty, "round \(round): unresolved \(decision.unresolved) in \(table)")
            let printed = Self.printed(problem, layout, decision)
            hiddenSeen += printed.labels.filter { $0 == .small || $0 == .protecting }.count
            switch Self.attack(problem, printed) {
            case .safe: break
            case .tooLarge: tooLarge += 1
            case .leak(let leak):
                Issue.record("seed \(seed), round \(round): \(leak) in \(table), printed \(printed.labels)")
                return
            }
        }
        print("[RandomTableAttack] protection took \(engineTime) for 10 000 tables")
        // The generator makes small counts often enough for the test to mean something.
        #expect(hiddenSeen > 5_000)
        // Nearly every table is small enough to enumerate completely.
        #expect(tooLarge < 100, "\(tooLarge) tables too large to enumerate")
    }

    // MARK: The tables

    static func makeTable(_ generator: inout SplitMix) -> Table {
        let rows = Int(generator.next() % 3) + 2
        let years = Int(generator.next() % 2) + 1
        let counts = (0..<rows).map { _ in
            (0..<years).map { _ -> Int in
                // Half the cells small or zero, the rest up to 30.
                generator.next() % 2 == 0 ? Int(generator.next() % 6) : Int(generator.next() % 31)
            }
        }
        return Table(rows: rows, years: years, counts: counts, shareRow: generator.next() % 3 == 0)
    }

    /// Cell layout: counts row-major, then row totals, column totals, the grand total.
    struct Layout {
        var cells: [Int]
        var rowTotals: [Int]
        var columnTotals: [Int]
        var grand: Int
        var shares: [(fact: Int, numerator: Int, denominator: Int, printed: Int)]
    }

    static func problem(for table: Table) -> (DisclosureProblem, Layout) {
        var problem = DisclosureProblem(threshold: threshold)
        var cells: [Int] = []
        for row in 0..<table.rows {
            for year in 0..<table.years {
                // With a share row, row 0 is printed as shares of the column total, not as counts.
                let printed = !(table.shareRow && row == 0)
                cells.append(problem.cell("c\(row).\(year)", .init(value: table.counts[row][year], isPrinted: printed, name: "c\(row).\(year)")))
            }
        }
        let rowTotals = (0..<table.rows).map { row -> Int in
            let total = problem.cell("r\(row)", .init(value: table.counts[row].reduce(0, +), isPrinted: !(table.shareRow && row == 0), isTotal: true, name: "r\(row)"))
            problem.relate(.sum(of: (0..<table.years).map { cells[row * table.years + $0] }, equals: total))
            return total
        }
        let columnTotals = (0..<table.years).map { year -> Int in
            let total = problem.cell("k\(year)", .init(value: table.counts.reduce(0) { $0 + $1[year] }, isPrinted: true, isMainFigure: year == table.years - 1, isTotal: true, name: "k\(year)"))
            problem.relate(.sum(of: (0..<table.rows).map { cells[$0 * table.years + year] }, equals: total))
            return total
        }
        let grand = problem.cell("sum", .init(value: table.counts.joined().reduce(0, +), isPrinted: true, isTotal: true, name: "sum"))
        problem.relate(.sum(of: rowTotals, equals: grand))
        var shares: [(Int, Int, Int, Int)] = []
        if table.shareRow {
            for year in 0..<table.years {
                let numerator = cells[year]
                let denominator = columnTotals[year]
                guard let printed = roundedShare(table.counts[0][year], of: problem.cells[denominator].value, decimals: 1) else { continue }
                let fact = problem.fact(.init(constraints: LinearConstraint.share(numerator: numerator, denominator: denominator, printed: printed, decimals: 1),
                                              dependsOn: [denominator], weight: table.counts[0][year], name: "andel \(year)"))
                shares.append((fact, numerator, denominator, printed))
            }
        }
        return (problem, Layout(cells: cells, rowTotals: rowTotals, columnTotals: columnTotals, grand: grand, shares: shares))
    }

    static func printed(_ problem: DisclosureProblem, _ layout: Layout, _ decision: DisclosureDecision) -> Printed {
        let labels = problem.cells.indices.map { index -> Printed.Label in
            guard problem.cells[index].isPrinted else { return .notPrinted }
            switch decision.cells[index] {
            case .shown: return .value(problem.cells[index].value)
            case .small: return .small
            case .protecting: return .protecting
            case .withheld: return .notPrinted
            }
        }
        var sums: [([Int], Int)] = []
        let years = layout.columnTotals.count
        for (row, total) in layout.rowTotals.enumerated() { sums.append(((0..<years).map { layout.cells[row * years + $0] }, total)) }
        let rows = layout.rowTotals.count
        for (year, total) in layout.columnTotals.enumerated() { sums.append(((0..<rows).map { layout.cells[$0 * years + year] }, total)) }
        sums.append((layout.rowTotals, layout.grand))
        let shares = layout.shares.filter { decision.factsShown[$0.fact] }.map { ($0.numerator, $0.denominator, $0.printed) }
        return Printed(labels: labels, sums: sums, shares: shares)
    }

    // MARK: The independent attacker

    /// Enumerates every assignment consistent with what is printed and returns a description of the
    /// first leak: a hidden count that takes one value only, a small count printed, or a small count
    /// (printed «<5» or not printed) whose possible values miss one of 1…4 that its label allows.
    enum Verdict { case safe, leak(String), tooLarge }

    static func attack(_ problem: DisclosureProblem, _ printed: Printed) -> Verdict {
        let count = printed.labels.count
        let cap = 200
        var domains: [ClosedRange<Int>] = printed.labels.map { label in
            switch label {
            case .value(let value): return value...value
            case .small: return 1...(threshold - 1)
            case .protecting: return threshold...cap
            case .notPrinted: return 0...cap
            }
        }
        // A printed total bounds its parts.
        for (parts, total) in printed.sums {
            if case .value(let value) = printed.labels[total] {
                for part in parts { domains[part] = domains[part].lowerBound...max(domains[part].lowerBound, min(domains[part].upperBound, value)) }
            }
        }
        for (index, label) in printed.labels.enumerated() {
            if case .value(let value) = label, value > 0, value < threshold { return .leak("small count \(value) printed at cell \(index)") }
        }
        var seen = Array(repeating: Set<Int>(), count: count)
        var values = Array(repeating: 0, count: count)
        var assigned = Array(repeating: false, count: count)
        var steps = 0
        let sumsOf: [[Int]] = (0..<count).map { cell in printed.sums.indices.filter { printed.sums[$0].0.contains(cell) || printed.sums[$0].1 == cell } }
        /// No sum can fail any more, given what is assigned and the domains of the rest.
        func feasible() -> Bool {
            for (parts, total) in printed.sums {
                var low = 0, high = 0
                for part in parts {
                    low += assigned[part] ? values[part] : domains[part].lowerBound
                    high += assigned[part] ? values[part] : domains[part].upperBound
                }
                let totalLow = assigned[total] ? values[total] : domains[total].lowerBound
                let totalHigh = assigned[total] ? values[total] : domains[total].upperBound
                if high < totalLow || low > totalHigh { return false }
            }
            for (numerator, denominator, share) in printed.shares where assigned[numerator] && assigned[denominator] {
                if roundedShare(values[numerator], of: values[denominator], decimals: 1) != share { return false }
            }
            return true
        }
        /// The values `cell` may take now: its domain, or the one value a sum forces when it is the sum's last unknown.
        func candidates(_ cell: Int) -> [Int] {
            for index in sumsOf[cell] {
                let (parts, total) = printed.sums[index]
                let others = (parts + [total]).filter { $0 != cell }
                guard others.allSatisfy({ assigned[$0] }) else { continue }
                let forced = total == cell ? parts.reduce(0) { $0 + values[$1] }
                                           : values[total] - parts.filter { $0 != cell }.reduce(0) { $0 + values[$1] }
                return domains[cell].contains(forced) ? [forced] : []
            }
            return Array(domains[cell])
        }
        func walk(_ cell: Int) {
            steps += 1
            guard steps < 3_000_000 else { return }
            guard cell < count else {
                for index in 0..<count { seen[index].insert(values[index]) }
                return
            }
            assigned[cell] = true
            for value in candidates(cell) {
                values[cell] = value
                if feasible() { walk(cell + 1) }
            }
            assigned[cell] = false
        }
        walk(0)
        guard steps < 3_000_000 else { return .tooLarge }
        for (index, label) in printed.labels.enumerated() {
            let value = problem.cells[index].value
            let isSmall = value > 0 && value < threshold
            switch label {
            case .small, .protecting:
                if seen[index].count < 2 { return .leak("hidden cell \(index) pinned to \(seen[index].sorted())") }
            case .notPrinted where isSmall:
                if seen[index].count < 2 { return .leak("unprinted small count \(index) pinned to \(seen[index].sorted())") }
            default: break
            }
            if isSmall, label == .small || label == .notPrinted {
                let missing = (1..<threshold).filter { !seen[index].contains($0) }
                // A value the labels already rule out (two «<5» parts of a «<5» total) is no leak; any other is.
                if !missing.isEmpty, !labelsAlone(rule: missing, cell: index, printed) {
                    return .leak("small count \(index) (\(value)) cannot be \(missing)")
                }
            }
        }
        return .safe
    }

    /// True when the small-count marks alone («<5» and the printed zeros, every other number and mark
    /// forgotten) already rule out all of `values` for `cell`: then the table tells no more than its marks.
    static func labelsAlone(rule values: [Int], cell: Int, _ printed: Printed) -> Bool {
        let cap = 60
        let domains: [ClosedRange<Int>] = printed.labels.map { label in
            switch label {
            case .small: return 1...(threshold - 1)
            case .value(0): return 0...0
            default: return 0...cap
            }
        }
        return values.allSatisfy { value in
            var fixed = domains
            fixed[cell] = value...value
            return !satisfiable(fixed, printed.sums)
        }
    }

    /// Some assignment within `domains` satisfies every sum (plain backtracking, cells in index order).
    static func satisfiable(_ domains: [ClosedRange<Int>], _ sums: [([Int], Int)]) -> Bool {
        var values = Array(repeating: 0, count: domains.count)
        var assigned = Array(repeating: false, count: domains.count)
        func bounded() -> Bool {
            for (parts, total) in sums {
                var low = 0, high = 0
                for part in parts {
                    low += assigned[part] ? values[part] : domains[part].lowerBound
                    high += assigned[part] ? values[part] : domains[part].upperBound
                }
                let totalLow = assigned[total] ? values[total] : domains[total].lowerBound
                let totalHigh = assigned[total] ? values[total] : domains[total].upperBound
                if high < totalLow || low > totalHigh { return false }
            }
            return true
        }
        func walk(_ cell: Int) -> Bool {
            guard cell < domains.count else { return true }
            assigned[cell] = true
            defer { assigned[cell] = false }
            for value in domains[cell] {
                values[cell] = value
                if bounded(), walk(cell + 1) { return true }
            }
            return false
        }
        return walk(0)
    }
}

/// A small, fast, seedable generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
