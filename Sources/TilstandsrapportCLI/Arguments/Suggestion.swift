/// Finds the candidate a mistyped word most likely meant, for "Mente du «build»?".
enum Suggestion {
    /// The candidate (longer than two characters) within edit distance 2 (or of which `word` is a lengthening, as `--output` of `--out`),
    /// nearest first; nil when none is close.
    static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (candidate: String, distance: Int)?
        // One-letter options (`-h`) are one edit from every other one-letter option: never suggest them.
        for candidate in candidates where candidate.count > 2 {
            let distance = word.hasPrefix(candidate) && candidate.count >= 3 ? 1 : editDistance(word, candidate)
            let limit = min(2, max(1, candidate.count / 2))
            if distance <= limit, distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance over characters, allowing swapped neighbours to count as one edit.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left.lowercased())
        let b = Array(right.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](0...b.count)
        var rowBefore = previousRow
        for i in 1...a.count {
            var row = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], rowBefore[j - 2] + 1)
                }
            }
            rowBefore = previousRow
            previousRow = row
        }
        return previousRow[b.count]
    }
}
