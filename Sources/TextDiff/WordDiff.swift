/// One place where the words of a paragraph differ: the words taken out and the words put in (either may be empty).
public struct WordChange: Sendable, Hashable {
    public var removed: String
    public var added: String

    /// Creates a change.
    public init(removed: String, added: String) {
        self.removed = removed
        self.added = added
    }
}

/// The difference between two versions of one paragraph, word by word.
public enum WordDiff {
    /// The largest table of old × new words worked out exactly; a larger paragraph pair is one change.
    static let maximumCells = 1_000_000

    /// The words of `text`: what stands between spaces and line breaks, punctuation included.
    public static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace })
    }

    /// Each place where the words differ, in order; empty when only spacing or line breaks differ.
    public static func changes(from old: String, to new: String) -> [WordChange] {
        let before = words(old)
        let after = words(new)
        var changes: [WordChange] = []
        var removed: [Substring] = []
        var added: [Substring] = []
        for step in SequenceDiff.steps(from: before, to: after, maximumCells: maximumCells) + [.same(old: -1, new: -1)] {
            switch step {
            case .removed(let index): removed.append(before[index])
            case .added(let index): added.append(after[index])
            case .same:
                if !removed.isEmpty || !added.isEmpty {
                    changes.append(WordChange(removed: removed.joined(separator: " "), added: added.joined(separator: " ")))
                }
                removed = []
                added = []
            }
        }
        return changes
    }

    /// How much two lists of words have in common, from 0 (nothing) to 1 (the same words): twice the number of
    /// shared words over the number of words in both (Dice), counting a repeated word as often as both have it.
    public static func similarity(_ left: [Substring], _ right: [Substring]) -> Double {
        guard !left.isEmpty || !right.isEmpty else { return 1 }
        var counts: [Substring: Int] = [:]
        for word in left { counts[word, default: 0] += 1 }
        var shared = 0
        for word in right where counts[word, default: 0] > 0 {
            counts[word, default: 0] -= 1
            shared += 1
        }
        return Double(2 * shared) / Double(left.count + right.count)
    }
}
