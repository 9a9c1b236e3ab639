import Testing
@testable import TextDiff

@Suite struct SequenceDiffTests {
    func script(_ old: String, _ new: String) -> String {
        let a = Array(old)
        let b = Array(new)
        return SequenceDiff.steps(from: a, to: b).map { step -> String in
            switch step {
            case .same(let i, _): return String(a[i])
            case .removed(let i): return "-" + String(a[i])
            case .added(let j): return "+" + String(b[j])
            }
        }.joined(separator: " ")
    }

    @Test func keepsTheLongestCommonSubsequenceWithRemovalsBeforeAdditions() {
        #expect(script("abcabba", "cbabac") == "-a +c b -c a b -b a +c")
        #expect(script("", "ab") == "+a +b")
        #expect(script("ab", "") == "-a -b")
        #expect(script("abc", "abc") == "a b c")
        #expect(script("axc", "ayc") == "a -x +y c")
    }

    @Test func aMiddleBeyondTheLimitIsAllRemovedThenAllAdded() {
        let steps = SequenceDiff.steps(from: Array("kabcz"), to: Array("kcbaz"), maximumCells: 8)
        #expect(steps == [.same(old: 0, new: 0), .removed(old: 1), .removed(old: 2), .removed(old: 3),
                          .added(new: 1), .added(new: 2), .added(new: 3), .same(old: 4, new: 4)])
    }

    @Test func twoLargeTextsThatShareNothingFinishAtOnce() {
        let old = (0..<100_000).map { "gammel \($0)" }
        let new = (0..<100_000).map { "ny \($0)" }
        let steps = SequenceDiff.steps(from: old, to: new)
        #expect(steps.count == 200_000)
    }
}

@Suite struct ParagraphDiffTests {
    static let approved = """
        Første avsnitt.

        Mange hadde i perioder langt flere saker enn det som er faglig forsvarlig.

        ### Arbeidsmiljøet
        Samarbeidet med ledelsen er godt.

        Siste avsnitt.
        """

    @Test func paragraphsAreRunsOfLinesBetweenBlankLines() {
        #expect(ParagraphDiff.paragraphs("\n\na\nb\n \t\nc\n\n\n") == ["a\nb", "c"])
        #expect(ParagraphDiff.paragraphs("") == [])
    }

    @Test func findsAnInsertedADeletedAndAChangedParagraph() {
        let now = """
            Første avsnitt.

            Et nytt avsnitt.

            Mange hadde i perioder flere saker enn det som er forsvarlig.

            Siste avsnitt.
            """
        #expect(ParagraphDiff.changes(from: Self.approved, to: now) == [
            ParagraphChange(kind: .added("Et nytt avsnitt."), oldNumber: nil, newNumber: 2),
            ParagraphChange(kind: .changed(before: "Mange hadde i perioder langt flere saker enn det som er faglig forsvarlig.",
                                           after: "Mange hadde i perioder flere saker enn det som er forsvarlig.",
                                           words: [WordChange(removed: "langt", added: ""), WordChange(removed: "faglig", added: "")]),
                            oldNumber: 2, newNumber: 3),
            ParagraphChange(kind: .removed("### Arbeidsmiljøet\nSamarbeidet med ledelsen er godt."), oldNumber: 3, newNumber: nil),
        ])
    }

    @Test func aRewrittenParagraphIsPairedOnlyWhenMostWordsStay() {
        let changes = ParagraphDiff.changes(from: "Felles.\n\nEn helt annen tanke om noe.\n\nSlutt.", to: "Felles.\n\nHelt nye ord her nå.\n\nSlutt.")
        #expect(changes.map(\.kind) == [.removed("En helt annen tanke om noe."), .added("Helt nye ord her nå.")])
        let moved = ParagraphDiff.changes(from: "A b c d.\n\nE f g h.", to: "E f g h.\n\nA b c d.")
        #expect(moved.count == 2)
    }

    @Test func wordChangesSayWhatWasReplaced() {
        #expect(WordDiff.changes(from: "et år vi helst vil glemme", to: "et vanskelig år") == [
            WordChange(removed: "", added: "vanskelig"), WordChange(removed: "vi helst vil glemme", added: ""),
        ])
        #expect(WordDiff.changes(from: "a  b\nc", to: "a b c") == [])
        #expect(WordDiff.similarity(["a", "a", "b"], ["a", "b", "b"]) == 4.0 / 6.0)
    }
}
