/// One term `coefficient × cell` of a linear relation between counts.
public struct LinearTerm: Sendable, Hashable {
    /// The index of the cell in its problem.
    public var cell: Int
    public var coefficient: Int

    /// Creates a term.
    public init(_ cell: Int, _ coefficient: Int = 1) {
        self.cell = cell
        self.coefficient = coefficient
    }
}

/// A linear relation between integer counts: `Σ coefficient × cell` is equal to, or at most, `constant`.
public struct LinearConstraint: Sendable, Hashable {
    /// How the sum relates to the constant.
    public enum Relation: Sendable, Hashable {
        case equal
        case atMost
    }

    public var terms: [LinearTerm]
    public var relation: Relation
    public var constant: Int

    /// Creates a relation `Σ terms (relation) constant`.
    public init(_ terms: [LinearTerm], _ relation: Relation, _ constant: Int) {
        self.terms = terms
        self.relation = relation
        self.constant = constant
    }

    /// `whole = Σ parts`: a total and the cells it adds up.
    public static func sum(of parts: [Int], equals whole: Int) -> LinearConstraint {
        LinearConstraint(parts.map { LinearTerm($0, 1) } + [LinearTerm(whole, -1)], .equal, 0)
    }

    /// `Σ parts ≤ whole`: parts of a whole that also has a part nobody prints.
    public static func sum(of parts: [Int], atMost whole: Int) -> LinearConstraint {
        LinearConstraint(parts.map { LinearTerm($0, 1) } + [LinearTerm(whole, -1)], .atMost, 0)
    }

    /// What a printed share tells: `numerator ÷ denominator × 100`, rounded half up to `decimals`
    /// places, printed as `printed ÷ 10^decimals` per cent. With M = 100 × 10^decimals, a share printed as
    /// q means `2M·n ≥ (2q − 1)·d` and `2M·n ≤ (2q + 1)·d − 1`.
    public static func share(numerator: Int, denominator: Int, printed: Int, decimals: Int) -> [LinearConstraint] {
        var scale = 100
        for _ in 0..<max(0, min(decimals, 3)) { scale *= 10 }
        let twiceScale = 2 * scale
        return [
            // (2q − 1)·d − 2M·n ≤ 0
            LinearConstraint([LinearTerm(denominator, 2 * printed - 1), LinearTerm(numerator, -twiceScale)], .atMost, 0),
            // 2M·n − (2q + 1)·d ≤ −1
            LinearConstraint([LinearTerm(numerator, twiceScale), LinearTerm(denominator, -(2 * printed + 1))], .atMost, -1),
        ]
    }

    /// True when the values satisfy the relation.
    public func holds(_ values: [Int]) -> Bool {
        var sum = 0
        for term in terms {
            let (product, overflow) = term.coefficient.multipliedReportingOverflow(by: values[term.cell])
            if overflow { return false }
            let (next, overflowSum) = sum.addingReportingOverflow(product)
            if overflowSum { return false }
            sum = next
        }
        switch relation {
        case .equal: return sum == constant
        case .atMost: return sum <= constant
        }
    }
}

/// Rounds `numerator ÷ denominator × 100` half up to `decimals` places, as an integer count of
/// `10^−decimals` per cent: the number a reader sees, and the one `LinearConstraint.share` inverts.
public func roundedShare(_ numerator: Int, of denominator: Int, decimals: Int) -> Int? {
    guard denominator > 0, numerator >= 0 else { return nil }
    var scale = 100
    for _ in 0..<max(0, min(decimals, 3)) { scale *= 10 }
    let (twice, overflow) = (2 * scale).multipliedReportingOverflow(by: numerator)
    guard !overflow else { return nil }
    return (twice + denominator) / (2 * denominator)
}
