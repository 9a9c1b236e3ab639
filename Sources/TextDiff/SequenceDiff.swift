/// One step of the way from one sequence to another: an element both have, one only the old has, one only the new has.
public enum DiffStep: Sendable, Hashable {
    /// `old[old]` is `new[new]`.
    case same(old: Int, new: Int)
    /// `old[old]` is not in the new sequence.
    case removed(old: Int)
    /// `new[new]` is not in the old sequence.
    case added(new: Int)
}

/// The difference between two sequences as a longest common subsequence: every element the two share in order
/// stays, the rest is removed or added. Removals come before additions where both happen at one place.
public enum SequenceDiff {
    /// The largest table (old × new, after the common start and end are set aside) worked out exactly; a larger
    /// middle is reported as all removed and all added. 4 million cells are 16 MB and well under a second, and far
    /// beyond two versions of one chapter, whose paragraphs mostly stay.
    public static let maximumCells = 4_000_000

    /// The steps from `old` to `new`, in order.
    public static func steps<Element: Equatable>(from old: [Element], to new: [Element], maximumCells: Int = maximumCells) -> [DiffStep] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        var steps = (0..<prefix).map { DiffStep.same(old: $0, new: $0) }
        let oldMiddle = prefix..<(old.count - suffix)
        let newMiddle = prefix..<(new.count - suffix)
        steps += middle(old, oldMiddle, new, newMiddle, maximumCells: maximumCells)
        steps += (0..<suffix).map { DiffStep.same(old: old.count - suffix + $0, new: new.count - suffix + $0) }
        return steps
    }

    /// The steps over the parts that differ, by the classic table of common-subsequence lengths of every pair of
    /// suffixes, walked from the start.
    private static func middle<Element: Equatable>(_ old: [Element], _ oldRange: Range<Int>, _ new: [Element], _ newRange: Range<Int>,
                                                   maximumCells: Int) -> [DiffStep] {
        let rows = oldRange.count
        let columns = newRange.count
        guard rows > 0, columns > 0, rows.multipliedReportingOverflow(by: columns).partialValue <= maximumCells,
              !rows.multipliedReportingOverflow(by: columns).overflow else {
            return oldRange.map { DiffStep.removed(old: $0) } + newRange.map { DiffStep.added(new: $0) }
        }
        let width = columns + 1
        var lengths = [Int32](repeating: 0, count: (rows + 1) * width)
        for row in stride(from: rows - 1, through: 0, by: -1) {
            for column in stride(from: columns - 1, through: 0, by: -1) {
                lengths[row * width + column] = old[oldRange.lowerBound + row] == new[newRange.lowerBound + column]
                    ? lengths[(row + 1) * width + column + 1] + 1
                    : max(lengths[(row + 1) * width + column], lengths[row * width + column + 1])
            }
        }
        var steps: [DiffStep] = []
        var removed: [DiffStep] = []
        var added: [DiffStep] = []
        var row = 0
        var column = 0
        while row < rows || column < columns {
            if row < rows, column < columns, old[oldRange.lowerBound + row] == new[newRange.lowerBound + column] {
                steps += removed + added
                removed = []
                added = []
                steps.append(.same(old: oldRange.lowerBound + row, new: newRange.lowerBound + column))
                row += 1
                column += 1
            } else if column < columns, row == rows || lengths[row * width + column + 1] >= lengths[(row + 1) * width + column] {
                added.append(.added(new: newRange.lowerBound + column))
                column += 1
            } else {
                removed.append(.removed(old: oldRange.lowerBound + row))
                row += 1
            }
        }
        return steps + removed + added
    }
}
