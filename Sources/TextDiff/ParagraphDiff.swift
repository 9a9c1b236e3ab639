/// What happened to one paragraph between two versions of a text.
public struct ParagraphChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A paragraph only the new version has.
        case added(String)
        /// A paragraph only the old version had.
        case removed(String)
        /// A paragraph rewritten in place: before, after, and the words that differ.
        case changed(before: String, after: String, words: [WordChange])
    }

    public var kind: Kind
    /// The paragraph's number (from 1) in the old version, for removed and changed paragraphs.
    public var oldNumber: Int?
    /// The paragraph's number (from 1) in the new version, for added and changed paragraphs.
    public var newNumber: Int?

    /// Creates a change.
    public init(kind: Kind, oldNumber: Int?, newNumber: Int?) {
        self.kind = kind
        self.oldNumber = oldNumber
        self.newNumber = newNumber
    }
}

/// The difference between two texts paragraph by paragraph, as a reader compares two printed versions: paragraphs
/// added, removed, and rewritten (an old and a new paragraph in the same place that share most of their words).
public enum ParagraphDiff {
    /// Two paragraphs are one paragraph rewritten when at least this share of their words is common (Dice).
    public static let rewriteSimilarity = 0.5
    /// The largest block of removed × added paragraphs in which rewritten ones are looked for.
    static let maximumPairing = 10_000

    /// The paragraphs of `text`: runs of lines that are not blank, each with its lines joined by `\n`.
    public static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }

    /// Every paragraph added, removed or rewritten from `old` to `new`, in the order of the new text.
    public static func changes(from old: String, to new: String) -> [ParagraphChange] {
        let before = paragraphs(old)
        let after = paragraphs(new)
        var changes: [ParagraphChange] = []
        var removed: [Int] = []
        var added: [Int] = []
        for step in SequenceDiff.steps(from: before, to: after) + [.same(old: -1, new: -1)] {
            switch step {
            case .removed(let index): removed.append(index)
            case .added(let index): added.append(index)
            case .same:
                changes += pair(removed, added, before, after)
                removed = []
                added = []
            }
        }
        return changes
    }

    /// The removed and added paragraphs between two unchanged ones, with those that are one paragraph rewritten
    /// paired up (in order, the pairing that keeps the most similarity).
    static func pair(_ removed: [Int], _ added: [Int], _ before: [String], _ after: [String]) -> [ParagraphChange] {
        guard !removed.isEmpty || !added.isEmpty else { return [] }
        let lone = { () -> [ParagraphChange] in
            removed.map { ParagraphChange(kind: .removed(before[$0]), oldNumber: $0 + 1, newNumber: nil) }
                + added.map { ParagraphChange(kind: .added(after[$0]), oldNumber: nil, newNumber: $0 + 1) }
        }
        guard !removed.isEmpty, !added.isEmpty, removed.count * added.count <= maximumPairing else { return lone() }
        let words = { (text: String) in WordDiff.words(text) }
        let oldWords = removed.map { words(before[$0]) }
        let newWords = added.map { words(after[$0]) }
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: added.count), count: removed.count)
        for i in removed.indices {
            for j in added.indices { similarity[i][j] = WordDiff.similarity(oldWords[i], newWords[j]) }
        }
        // best[i][j]: the most similarity pairable among removed[i...] and added[j...].
        var best = [[Double]](repeating: [Double](repeating: 0, count: added.count + 1), count: removed.count + 1)
        for i in stride(from: removed.count - 1, through: 0, by: -1) {
            for j in stride(from: added.count - 1, through: 0, by: -1) {
                let paired = similarity[i][j] >= rewriteSimilarity ? similarity[i][j] + best[i + 1][j + 1] : -1
                best[i][j] = max(paired, best[i + 1][j], best[i][j + 1])
            }
        }
        var changes: [ParagraphChange] = []
        var i = 0
        var j = 0
        while i < removed.count || j < added.count {
            if i < removed.count, j < added.count, similarity[i][j] >= rewriteSimilarity, similarity[i][j] + best[i + 1][j + 1] >= best[i][j] {
                let words = WordDiff.changes(from: before[removed[i]], to: after[added[j]])
                changes.append(ParagraphChange(kind: .changed(before: before[removed[i]], after: after[added[j]], words: words),
                                               oldNumber: removed[i] + 1, newNumber: added[j] + 1))
                i += 1
                j += 1
            } else if i < removed.count, j == added.count || best[i + 1][j] >= best[i][j + 1] {
                changes.append(ParagraphChange(kind: .removed(before[removed[i]]), oldNumber: removed[i] + 1, newNumber: nil))
                i += 1
            } else {
                changes.append(ParagraphChange(kind: .added(after[added[j]]), oldNumber: nil, newNumber: added[j] + 1))
                j += 1
            }
        }
        return changes
    }
}
