import Dispatch

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
        let parts = ConnectedPart.split(self)
        // The parts share no cell or relation, so they are searched side by side; the results are applied in part order.
        let results = ResultSlots(count: parts.count)
        let start = publication
        let threshold = threshold
        // Largest first, so that the longest search does not start last.
        let order = parts.indices.sorted { (parts[$0].cellIndices.count, $1) > (parts[$1].cellIndices.count, $0) }
        DispatchQueue.concurrentPerform(iterations: parts.count) { step in
            let index = order[step]
            let part = parts[index]
            let attacker = Attacker(part: part, threshold: threshold)
            guard !attacker.hasNothingToProtect else { return }
            let search = PartSearch(part: part, attacker: attacker, threshold: threshold)
            results.set(index, search.run(initial: part.cellIndices.map { start[$0] }))
        }
        for (index, part) in parts.enumerated() {
            guard let result = results.get(index) else { continue }
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

/// Each part's search result, written from the worker that searched it.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [PartSearch.Result?]
    // Guards `slots`: a serial queue, since Dispatch is all this module may use.
    private let queue = DispatchQueue(label: "DisclosureControl.ResultSlots")

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: PartSearch.Result) { queue.sync { slots[index] = result } }

    func get(_ index: Int) -> PartSearch.Result? { queue.sync { slots[index] } }
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
    /// Audits allowed for the exhaustive pair search before it gives way to the greedy one; a large part's audits cost
    /// many times a small one's, so it tries fewer pairs.
    var pairLimit: Int { part.cells.count > Self.largePart ? 60 : 400 }
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
        let chosen = searchSingles(initial, candidates) ?? searchPairs(initial, candidates)
            ?? (part.cells.count > Self.largePart ? lazyGreedy(initial, candidates) : greedy(initial, candidates))
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

    private func findings(_ initial: [Publication], _ items: Set<Item>, firstOnly: Bool = false, limit: Int? = nil) -> [Attacker.Finding] {
        let cells = apply(initial, items)
        let shown = part.facts.enumerated().map { local, fact in
            !items.contains(.fact(local)) && fact.dependsOn.allSatisfy { cells[$0] == .shown }
        }
        return attacker.findings(cells: cells, factsShown: shown, firstOnly: firstOnly, suspects: suspects, limit: limit)
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

    /// Parts larger than this take the lazy greedy search: a shared service ties every member's counts and the whole
    /// service's by sums, and auditing every candidate in every round of the greedy search costs seconds there.
    static let largePart = 40

    /// The greedy search, auditing again only the candidates that could still be the best: an item's gain (the findings
    /// it removes) mostly shrinks as others are chosen, so a gain audited in an earlier round is an upper bound, and the
    /// front of the queue, audited again, is the best once it still leads. Safety does not rest on that: the part is
    /// audited again at the end, and what is still found is withheld.
    private func lazyGreedy(_ initial: [Publication], _ candidates: [Item]) -> Set<Item> {
        var chosen = Set<Item>()
        var remaining = findings(initial, chosen).count
        var queue = candidates.map { (item: $0, gain: remaining - findings(initial, [$0]).count) }
        while remaining > 0, !queue.isEmpty {
            // Highest gain first, the cheaper (earlier) candidate on a tie.
            queue = queue.enumerated().sorted { ($0.element.gain, -$0.offset) > ($1.element.gain, -$1.offset) }.map(\.element)
            let left = findings(initial, chosen.union([queue[0].item])).count
            queue[0].gain = remaining - left
            if queue.count > 1, queue[0].gain < queue[1].gain { continue }
            chosen.insert(queue[0].item)
            remaining = left
            queue.removeFirst()
        }
        return chosen
    }

    /// Adds, one at a time, the item that leaves the fewest findings (the cheaper on a tie), until none remain.
    private func greedy(_ initial: [Publication], _ candidates: [Item]) -> Set<Item> {
        var chosen = Set<Item>()
        var remaining = findings(initial, chosen).count
        while remaining > 0 {
            var best: (item: Item, left: Int)?
            for item in candidates where !chosen.contains(item) {
                // Only a count below the best so far matters, so the audit may stop once it reaches that.
                let left = findings(initial, chosen.union([item]), limit: best?.left).count
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
