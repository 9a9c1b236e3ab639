import Foundation
import ReportInputs
import SourceText
import Testing

/// The catalogue is the one place for codes: every code once, and the README's table equal to it.
@Suite struct InputCodeTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")
    static let start = "<!-- input-codes:start (generated from InputCode.readmeTable; UPDATE_GOLDENS=1 rewrites it) -->"
    static let end = "<!-- input-codes:end -->"

    @Test func everyCodeIsUniqueAndNoRetiredCodeIsReused() {
        let codes = InputCode.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        #expect(InputCode.retired.allSatisfy { !codes.contains($0.code) })
        #expect(codes.allSatisfy { $0.count == 6 && ($0.hasPrefix("INN") || $0.hasPrefix("PER")) })
    }

    @Test func theReadmeTableIsTheCatalogue() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let startRange = try #require(text.range(of: Self.start), "README has no \(Self.start)")
        let endRange = try #require(text.range(of: Self.end))
        let current = String(text[startRange.upperBound..<endRange.lowerBound]).trimmingCharacters(in: .newlines)
        if current != InputCode.readmeTable, ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            let updated = text.replacingCharacters(in: startRange.upperBound..<endRange.lowerBound, with: "\n" + InputCode.readmeTable + "\n")
            try updated.write(to: Self.readme, atomically: true, encoding: .utf8)
            Issue.record("UPDATE_GOLDENS=1: rewrote the table of codes in README.md")
            return
        }
        #expect(current == InputCode.readmeTable, "README.md's table of codes differs from InputCode; run with UPDATE_GOLDENS=1")
    }

    /// The generic messages name the thing without a definite ending: «Ukjent rolle», not «Ukjent rollen».
    @Test func unknownChoicesReadAsNorwegian() {
        let cases: [(CellSubject, String)] = [(.role, "Ukjent rolle."), (.method, "Ukjent metode."), (.level, "Ukjent nivå."),
                                              (.figureStatus, "Ukjent status."), (.questionType, "Ukjent type."), (.unit, "Ukjent enhet."),
                                              (.part, "Ukjent del."), (.direction, "Ukjent retning.")]
        for (subject, text) in cases {
            #expect(InputMessage.unknownChoice(subject, value: "x", options: ["a"]).diagnostic(at: nil).message == text)
        }
        #expect(InputMessage.valueMissing(.role).diagnostic(at: nil).message == "Rollen mangler.")
    }
}
