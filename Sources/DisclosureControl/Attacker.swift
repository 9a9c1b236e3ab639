/// A reader with a calculator, inside the tool: for one connected part of a problem and one way of
/// publishing it, finds every cell the reader could learn too much about.
///
/// The protection rule (README, «Personvern»), with t the threshold:
/// 1. A small count (1…t − 1, printed as «<t» or not printed at all) keeps every small value the
///    reader would think possible from the small-count marks alone («<t» and the printed zeros): the
///    published numbers, shares and «skjult» marks rule none of them out.
/// 2. From the published numbers alone (no label), a small count could also be 0 or t or more: the
///    numbers never prove that a group is small and not empty.
/// 3. A small count can take more than one value, whatever rules the others out.
/// 4. A count hidden to protect another («skjult»), and an unprinted count that is hidden with a
///    printed one (a group's survey answers, hidden with its number of answers), can take more than
///    one value.
/// The reader knows every relation that holds by definition, every printed number and share with its
/// rounding, and what the marks mean: «<t» is 1…t − 1, «skjult» on an ordinary cell is t or more, and
/// «skjult» on a total says nothing (a withheld total may be small).
struct Attacker {
    /// Why a cell is not protected.
    enum Finding: Hashable {
        /// A small value the labels allow is ruled out by the numbers.
        case narrowed(cell: Int, value: Int)
        /// The numbers alone prove the count is small.
        case provenSmall(cell: Int)
        /// The count can take only one value.
        case pinned(cell: Int)
    }

    private enum Knowledge: Hashable { case full, labelsOnly, numbersOnly }

    private struct QueryKey: Hashable {
        let knowledge: Knowledge
        let cell: Int
        let lower: Int
        let upper: Int
    }

    let part: ConnectedPart
    let threshold: Int
    /// The upper bound of every unknown (see `ConnectedPart.cap(threshold:)`).
    let cap: Int

    init(part: ConnectedPart, threshold: Int) {
        self.part = part
        self.threshold = threshold
        cap = part.cap(threshold: threshold)
    }
    /// Search nodes each question may use; an unanswered question counts against protection.
    var budgetPerQuestion = 20_000

    /// Every finding for `cells` (publication per local cell) and `factsShown` (per local fact); with
    /// `firstOnly`, stops at the first (cells listed in `suspects` are examined first).
    /// `limit` stops the audit once that many findings are in: a search comparing counts needs no more.
    func findings(cells: [Publication], factsShown: [Bool], firstOnly: Bool = false, suspects: [Int] = [], limit: Int? = nil) -> [Finding] {
        var session = Session(attacker: self, cells: cells, factsShown: factsShown)
        var findings: [Finding] = []
        var order = suspects.filter { part.cells.indices.contains($0) }
        order += part.cells.indices.filter { !order.contains($0) }
        for local in order {
            examine(local, &session, &findings)
            if firstOnly, !findings.isEmpty { break }
            if let limit, findings.count >= limit { break }
        }
        return findings
    }

    private func examine(_ local: Int, _ session: inout Session, _ findings: inout [Finding]) {
        let cell = part.cells[local]
        let value = cell.value
        if cell.countsPeople, value > 0, value < threshold {
            var anotherValue = false
            for candidate in 1..<threshold where candidate != value {
                guard session.possible(.full, local, candidate, candidate) != true else {
                    anotherValue = true
                    continue
                }
                // Ruled out by the numbers: a finding unless the labels alone rule it out too (unknown counts as possible).
                if session.possible(.labelsOnly, local, candidate, candidate) != false {
                    findings.append(.narrowed(cell: local, value: candidate))
                }
            }
            // Marks alone can pin a count too (four «<5» parts of a «<5» total are each 1): the exemption above
            // is for a value the marks rule out, never for the only one left.
            if !anotherValue, session.possible(.full, local, 0, value - 1) != true, session.possible(.full, local, threshold, cap) != true {
                findings.append(.pinned(cell: local))
            }
            let zero = session.possible(.numbersOnly, local, 0, 0) == true
            if !zero, session.possible(.numbersOnly, local, threshold, cap) != true {
                findings.append(.provenSmall(cell: local))
            }
        }
        let guardHidden = cell.hiddenWith.flatMap { part.local[$0] }.map { session.cells[$0] != .shown } ?? false
        let mustVary = (cell.isPrinted && session.cells[local] == .protecting) || (!cell.isPrinted && guardHidden && value > 0)
        if mustVary {
            let below = value > 0 && session.possible(.full, local, 0, value - 1) == true
            if !below, session.possible(.full, local, value + 1, cap) != true {
                findings.append(.pinned(cell: local))
            }
        }
    }

    /// True when nothing needs protecting here, whatever is printed: no small count, nothing that must vary.
    var hasNothingToProtect: Bool {
        !part.cells.contains { cell in
            (cell.countsPeople && cell.value > 0 && cell.value < threshold) || (cell.hiddenWith != nil && cell.value > 0 && !cell.isPrinted)
        }
    }

    /// The questions of one audit, answered once each.
    private struct Session {
        let attacker: Attacker
        let cells: [Publication]
        let factsShown: [Bool]
        var answers: [QueryKey: Bool?] = [:]
        var solvers: [Knowledge: IntegerFeasibility] = [:]
        var bounds: [Knowledge: ([Int], [Int])] = [:]

        init(attacker: Attacker, cells: [Publication], factsShown: [Bool]) {
            self.attacker = attacker
            self.cells = cells
            self.factsShown = factsShown
        }

        mutating func possible(_ knowledge: Knowledge, _ cell: Int, _ lower: Int, _ upper: Int) -> Bool? {
            let key = QueryKey(knowledge: knowledge, cell: cell, lower: lower, upper: upper)
            if let answer = answers[key] { return answer }
            let solver = solver(knowledge)
            var (low, high) = bounds(knowledge)
            low[cell] = max(low[cell], lower)
            high[cell] = min(high[cell], upper)
            var answer: Bool?
            if low[cell] > high[cell] {
                answer = false
            } else {
                var budget = attacker.budgetPerQuestion
                answer = solver.isFeasible(lower: low, upper: high, budget: &budget)
            }
            answers[key] = answer
            return answer
        }

        private mutating func solver(_ knowledge: Knowledge) -> IntegerFeasibility {
            if let solver = solvers[knowledge] { return solver }
            var constraints = attacker.part.relations
            if knowledge != .labelsOnly {
                for (index, fact) in attacker.part.facts.enumerated() where factsShown[index] { constraints += fact.constraints }
            }
            var solver = IntegerFeasibility(variableCount: attacker.part.cells.count, constraints: constraints)
            solver.hint = attacker.part.cells.map(\.value)
            solvers[knowledge] = solver
            return solver
        }

        private mutating func bounds(_ knowledge: Knowledge) -> ([Int], [Int]) {
            if let known = bounds[knowledge] { return known }
            let cap = attacker.cap
            let threshold = attacker.threshold
            var low = Array(repeating: 0, count: attacker.part.cells.count)
            var high = Array(repeating: cap, count: attacker.part.cells.count)
            for (local, cell) in attacker.part.cells.enumerated() where cell.isPrinted {
                switch (cells[local], knowledge) {
                case (.shown, .full), (.shown, .numbersOnly):
                    low[local] = cell.value
                    high[local] = cell.value
                case (.shown, .labelsOnly) where cell.value == 0:
                    // Zeros are always printed and tell nothing about anyone: they belong to the pattern a reader
                    // sees even with every number forgotten.
                    high[local] = 0
                case (.small, .full), (.small, .labelsOnly):
                    low[local] = 1
                    high[local] = threshold - 1
                case (.protecting, .full):
                    // Under the labels alone a «skjult» is forgotten too: it is our choice, and the «t or more» it
                    // tells must not be what narrows a small count.
                    low[local] = threshold
                default:
                    break
                }
            }
            bounds[knowledge] = (low, high)
            return (low, high)
        }
    }
}
