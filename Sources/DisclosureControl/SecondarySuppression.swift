extension DisclosureProblem {
    /// Decides what may be printed: every small printed count is hidden as «<t», every figure computed
    /// from a hidden count is hidden, and then, in each connected part the attacker can still read,
    /// the cheapest further cells or figures are hidden («skjult») until the attacker learns nothing.
    ///
    /// Cheapest means: fewest hidden items; among those, no main figure of the latest year if another
    /// choice works; then the smallest values. One and two extra items are searched exhaustively; beyond
    /// that a greedy step adds the item that leaves the fewest findings, and a last pass gives back
    /// every item that turns out not to be needed. The result is audited again before it is returned.
    public func protect() -> DisclosureDecision {
        var publication = cells.map { cell -> Publication in cell.isPrinted && isSmall(cell.value) && cell.countsPeople ? .small : .shown }
        var chosenFacts = Set<Int>()
        var unresolved: [Int] = []
        for part in ConnectedPart.split(self) {
            let attacker = Attacker(part: part, threshold: threshold)
            guard !attacker.hasNothingToProtect else { continue }
            let search = PartSearch(part: part, attacker: attacker, threshold: threshold)
            let result = search.run(initial: part.cellIndices.map { publication[$0] })
            for (local, state) in result.cells.enumerated() { publication[part.cellIndices[local]] = state }
            for local in result.chosenFacts { chosenFacts.insert(part.factIndices[local]) }
            unresolved += result.unresolved.map { part.cellIndices[$0] }
        }
        let factsShown = facts.enumerated().map { index, fact in
            !chosenFacts.contains(index) && fact.dependsOn.allSatisfy { publication[$0] == .shown }
        }
        return DisclosureDecision(cells: publication, factsShown: factsShown, protectingFacts: chosenFacts, unresolved: unresolved.sorted())
    }
}

/// The search for the cheapest set of extra items to hide in one connected part.
private struct PartSearch {
    struct Result {
        var cells: [Publication]
        var chosenFacts: Set<Int>
        var unresolved: [Int]
    }

    /// A printed cell or a printed figure that may be hidden to protect another.
    enum Item: Hashable {
        case cell(Int)
        case fact(Int)
    }

    let part: ConnectedPart
    let attacker: Attacker
    let threshold: Int
    /// Audits allowed for the exhaustive pair search before it gives way to the greedy one.
    let pairLimit = 400
    /// Cells the first audit caught: examined first, since most choices fail on them.
    var suspects: [Int] = []

    func run(initial: [Publication]) -> Result {
        let first = findings(initial, [])
        if first.isEmpty { return Result(cells: initial, chosenFacts: [], unresolved: []) }
        var search = self
        search.suspects = Array(Set(first.map(Self.cell))).sorted()
        return search.choose(initial)
    }

    private func choose(_ initial: [Publication]) -> Result {
        let candidates = candidates(initial)
        let chosen = searchSingles(initial, candidates) ?? searchPairs(initial, candidates) ?? greedy(initial, candidates)
        let minimal = prune(initial, chosen)
        let cells = apply(initial, minimal)
        let remaining = findings(initial, minimal)
        let unresolved = Array(Set(remaining.map(Self.cell))).sorted()
        return Result(cells: cells, chosenFacts: Set(minimal.compactMap { if case .fact(let index) = $0 { return index } else { return nil } }),
                      unresolved: unresolved)
    }

    private static func cell(_ finding: Attacker.Finding) -> Int {
        switch finding {
        case .narrowed(let cell, _), .provenSmall(let cell), .pinned(let cell): return cell
        }
    }

    /// Shown ordinary cells of the threshold or more, printed totals that are not zero, and printed
    /// figures, cheapest first.
    private func candidates(_ initial: [Publication]) -> [Item] {
        var items: [Item] = []
        for (local, cell) in part.cells.enumerated() where cell.isPrinted {
            let hideable = cell.isTotal ? cell.value > 0 : (initial[local] == .shown && cell.value >= threshold)
            if hideable { items.append(.cell(local)) }
        }
        for local in part.facts.indices where part.facts[local].dependsOn.allSatisfy({ initial[$0] == .shown }) {
            items.append(.fact(local))
        }
        return items.sorted { cost([$0]).lexicographicallyPrecedes(cost([$1])) }
    }

    /// (items, main figures among them, total weight): compared in that order.
    private func cost(_ items: [Item]) -> [Int] {
        var main = 0, weight = 0
        for item in items {
            switch item {
            case .cell(let local):
                main += part.cells[local].isMainFigure ? 1 : 0
                weight += part.cells[local].value
            case .fact(let local):
                main += part.facts[local].isMainFigure ? 1 : 0
                weight += part.facts[local].weight
            }
        }
        return [items.count, main, weight]
    }

    private func apply(_ initial: [Publication], _ items: Set<Item>) -> [Publication] {
        var cells = initial
        for case .cell(let local) in items { cells[local] = part.cells[local].isTotal ? .withheld : .protecting }
        return cells
    }

    private func findings(_ initial: [Publication], _ items: Set<Item>, firstOnly: Bool = false) -> [Attacker.Finding] {
        let cells = apply(initial, items)
        let shown = part.facts.enumerated().map { local, fact in
            !items.contains(.fact(local)) && fact.dependsOn.allSatisfy { cells[$0] == .shown }
        }
        return attacker.findings(cells: cells, factsShown: shown, firstOnly: firstOnly, suspects: suspects)
    }

    /// True when the attacker finds nothing (stops at the first finding).
    private func passes(_ initial: [Publication], _ items: Set<Item>) -> Bool {
        findings(initial, items, firstOnly: true).isEmpty
    }

    private func searchSingles(_ initial: [Publication], _ candidates: [Item]) -> Set<Item>? {
        for item in candidates where passes(initial, [item]) { return [item] }
        return nil
    }

    private func searchPairs(_ initial: [Publication], _ candidates: [Item]) -> Set<Item>? {
        var pairs: [[Item]] = []
        for first in candidates.indices {
            for second in candidates.indices where second > first { pairs.append([candidates[first], candidates[second]]) }
        }
        pairs.sort { cost($0).lexicographicallyPrecedes(cost($1)) }
        for pair in pairs.prefix(pairLimit) where passes(initial, Set(pair)) { return Set(pair) }
        return nil
    }

    /// Adds, one at a time, the item that leaves the fewest findings (the cheaper on a tie), until none remain.
    private func greedy(_ initial: [Publication], _ candidates: [Item]) -> Set<Item> {
        var chosen = Set<Item>()
        var remaining = findings(initial, chosen).count
        while remaining > 0 {
            var best: (item: Item, left: Int)?
            for item in candidates where !chosen.contains(item) {
                let left = findings(initial, chosen.union([item])).count
                if left < (best?.left ?? Int.max) { best = (item, left) }
                if left == 0 { break }
            }
            guard let pick = best else { break }
            chosen.insert(pick.item)
            remaining = pick.left
        }
        return chosen
    }

    /// Gives back every chosen item, dearest first, whose absence the attacker does not notice.
    private func prune(_ initial: [Publication], _ chosen: Set<Item>) -> Set<Item> {
        guard chosen.count > 1 else { return chosen }
        var kept = chosen
        for item in chosen.sorted(by: { cost([$1]).lexicographicallyPrecedes(cost([$0])) }) {
            let without = kept.subtracting([item])
            if passes(initial, without) { kept = without }
        }
        return kept
    }
}
