/// Cells linked by relations or printed figures, with their relations renumbered to local indices.
/// Parts share nothing a reader could combine, so each is protected on its own.
struct ConnectedPart {
    /// Problem indices of the cells, in local order.
    let cellIndices: [Int]
    /// Problem indices of the facts, in local order.
    let factIndices: [Int]
    let cells: [DisclosureProblem.Cell]
    /// Local index of each problem index in the part.
    let local: [Int: Int]
    let relations: [LinearConstraint]
    let facts: [DisclosureProblem.Fact]


    /// The largest value any unknown is allowed in an audit. The reader's real world is unbounded; a
    /// cap can only make them look better informed, so an audit under it errs on the safe side. Twice
    /// the sum of every count in the part, plus room above the threshold, leaves every alternative a
    /// table of these numbers can have, while keeping the search small.
    func cap(threshold: Int) -> Int {
        let sum = cells.reduce(0) { IntegerFeasibility.saturatingAdd($0, $1.value) }
        let room = IntegerFeasibility.saturatingAdd(IntegerFeasibility.saturatingMultiply(4, threshold), 16)
        return min(IntegerFeasibility.unbounded, IntegerFeasibility.saturatingAdd(IntegerFeasibility.saturatingMultiply(2, sum), room))
    }

    /// Splits `problem` into its connected parts.
    static func split(_ problem: DisclosureProblem) -> [ConnectedPart] {
        var parent = Array(problem.cells.indices)
        func root(_ cell: Int) -> Int {
            var cell = cell
            while parent[cell] != cell {
                parent[cell] = parent[parent[cell]]
                cell = parent[cell]
            }
            return cell
        }
        func join(_ cells: [Int]) {
            guard let first = cells.first else { return }
            for other in cells.dropFirst() { parent[root(other)] = root(first) }
        }
        for relation in problem.relations { join(relation.terms.map(\.cell)) }
        for fact in problem.facts { join(fact.constraints.flatMap { $0.terms.map(\.cell) } + fact.dependsOn) }
        for (index, cell) in problem.cells.enumerated() { if let guardCell = cell.hiddenWith { join([index, guardCell]) } }

        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for cell in problem.cells.indices {
            let key = root(cell)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(cell)
        }
        var relationsOf: [Int: [LinearConstraint]] = [:]
        for relation in problem.relations {
            guard let first = relation.terms.first else { continue }
            relationsOf[root(first.cell), default: []].append(relation)
        }
        var factsOf: [Int: [Int]] = [:]
        for (index, fact) in problem.facts.enumerated() {
            guard let first = fact.dependsOn.first ?? fact.constraints.first?.terms.first?.cell else { continue }
            factsOf[root(first), default: []].append(index)
        }
        return order.map { key in
            let cellIndices = members[key] ?? []
            var local: [Int: Int] = [:]
            for (position, cell) in cellIndices.enumerated() { local[cell] = position }
            func renumber(_ constraint: LinearConstraint) -> LinearConstraint {
                LinearConstraint(constraint.terms.map { LinearTerm(local[$0.cell] ?? 0, $0.coefficient) }, constraint.relation, constraint.constant)
            }
            let factIndices = factsOf[key] ?? []
            return ConnectedPart(
                cellIndices: cellIndices, factIndices: factIndices,
                cells: cellIndices.map { problem.cells[$0] }, local: local,
                relations: (relationsOf[key] ?? []).map(renumber),
                facts: factIndices.map { index in
                    var fact = problem.facts[index]
                    fact.constraints = fact.constraints.map(renumber)
                    fact.dependsOn = fact.dependsOn.compactMap { local[$0] }
                    return fact
                })
        }
    }
}
