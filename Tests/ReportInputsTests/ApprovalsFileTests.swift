import Foundation
@testable import ReportInputs
import ReportModel
import SourceText
import Testing

/// What an approval covers (`ApprovalContent`) and how `godkjenninger.txt` is written and read (`ApprovalsFile`).
@Suite struct ApprovalContentTests {
    static let union = [Author(name: "Marte Vik Sunde", role: "hovedtillitsvalgt")]

    func content(_ file: String, id: String = "bemanning-tillitsvalgte") throws -> String {
        let (text, diagnostics) = ChapterTextReader.read(file, id: id, file: "tekster/\(id).md")
        #expect(!diagnostics.containsErrors)
        return try #require(text).approvalContent
    }

    @Test func theContentIsTitleAuthorsAndBodyInOneForm() throws {
        let file = "---\ntittel: Vår vurdering\nansvarlig: Marte\nstatus: utkast\nforfatter: Marte Vik Sunde; hovedtillitsvalgt\n---\n\nFørste avsnitt.  \n\nAndre avsnitt.\n\n\n"
        #expect(try content(file) == "tittel: Vår vurdering\nforfatter: Marte Vik Sunde; hovedtillitsvalgt\n---\nFørste avsnitt.\n\nAndre avsnitt.")
        #expect(ApprovalContent.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func lineEndingsTrailingSpacesComposedLettersOwnerAndStatusAreNotChanges() throws {
        let base = try content("---\ntittel: Vår vurdering\nansvarlig: Marte\nstatus: utkast\n---\nÅ være tillitsvalgt.\nNeste linje.\n")
        #expect(try content("---\r\ntittel: Vår vurdering\r\nansvarlig: Marte\r\nstatus: utkast\r\n---\r\nÅ være tillitsvalgt. \r\nNeste linje.\t\r\n\r\n") == base)
        #expect(try content("---\ntittel: Vår vurdering\nansvarlig: Rune\nstatus: godkjent\n---\nÅ være tillitsvalgt.\nNeste linje.") == base)
        // «Å» typed as «A» and a combining ring (macOS file names, some editors): the same text.
        #expect(try content("---\ntittel: Vår vurdering\nansvarlig: Marte\nstatus: utkast\n---\nA\u{030A} være tillitsvalgt.\nNeste linje.\n") == base)
        #expect(try content("\u{FEFF}---\ntittel: Vår vurdering\nansvarlig: Marte\nstatus: utkast\n---\nÅ være tillitsvalgt.\nNeste linje.\n") == base)
    }

    @Test func titleAuthorsAndWordsAreChanges() throws {
        let base = try content("---\ntittel: Vår vurdering\nansvarlig: M\nstatus: utkast\n---\nTekst.\n")
        #expect(try content("---\ntittel: Vår egen vurdering\nansvarlig: M\nstatus: utkast\n---\nTekst.\n") != base)
        #expect(try content("---\ntittel: Vår vurdering\nansvarlig: M\nstatus: utkast\nforfatter: A; b\n---\nTekst.\n") != base)
        #expect(try content("---\ntittel: Vår vurdering\nansvarlig: M\nstatus: utkast\n---\nTekst!\n") != base)
        // A line break inside a paragraph is kept: it may be a list or a heading in Markdown.
        #expect(try content("---\ntittel: Vår vurdering\nansvarlig: M\nstatus: utkast\n---\nTekst.\n\nMer.\n") != base)
    }

    @Test func onlyTheAuthorsMayApproveASignedText() {
        #expect(ApprovalContent.mayApprove("marte  vik sunde", chapter: "bemanning-tillitsvalgte", authors: Self.union))
        #expect(!ApprovalContent.mayApprove("Hanne Solberg", chapter: "bemanning-tillitsvalgte", authors: Self.union))
        #expect(!ApprovalContent.mayApprove("Hanne Solberg", chapter: "bemanning-tillitsvalgte", authors: []))
        #expect(ApprovalContent.mayApprove("Hanne Solberg", chapter: "okonomi", authors: []))
        #expect(!ApprovalContent.mayApprove("Hanne Solberg", chapter: "eget-kapittel", authors: Self.union))
    }
}

@Suite struct ApprovalsFileTests {
    static let time = ApprovalTime(parsing: "2026-02-14T10:32:05+01:00")

    static func approval(_ chapter: String = "okonomi", year: Int = 2025, content: String = "tittel: Økonomi\n---\nTekst.\n\nMer tekst.") throws -> Approval {
        Approval(chapter: chapter, year: year, approver: Author(name: "Hanne Solberg", role: "barnevernleder"), time: try #require(time),
                 digest: ApprovalContent.digest(content), content: content)
    }

    @Test func aRecordIsWrittenAsPlainLinesAndReadBackTheSame() throws {
        let approval = try Self.approval()
        let text = ApprovalsFile.appending(approval, to: nil)
        #expect(text.hasPrefix("# Godkjenninger av kapitteltekstene, registrert med «tilstandsrapport godkjenn».\n"))
        #expect(text.hasSuffix("""

            godkjenning: okonomi
            rapportår: 2025
            godkjent av: Hanne Solberg; barnevernleder
            tidspunkt: 2026-02-14T10:32:05+01:00
            sha256: \(approval.digest)
            | tittel: Økonomi
            | ---
            | Tekst.
            |
            | Mer tekst.

            """))
        let read = ApprovalsFile.read(text)
        #expect(read.diagnostics.isEmpty)
        var expected = approval
        expected.line = 11
        #expect(read.records == [expected])
    }

    @Test func appendingKeepsEveryEarlierByteAndRecord() throws {
        let first = ApprovalsFile.appending(try Self.approval(), to: nil)
        let edited = first.replacingOccurrences(of: "# Ikke rediger", with: "# En merknad fra oss\n# Ikke rediger") + "# uten linjeskift"
        let second = ApprovalsFile.appending(try Self.approval("innsats", content: "tittel: Innsats\n---\n"), to: edited)
        #expect(second.hasPrefix(edited + "\n\ngodkjenning: innsats\n"))
        #expect(ApprovalsFile.read(second).records.map(\.chapter) == ["okonomi", "innsats"])
    }

    @Test func theTimeIsReadOnlyAsWritten() throws {
        #expect(ApprovalTime(parsing: "2026-02-14T10:32:05+01:00")?.dateText == "14.02.2026")
        #expect(ApprovalTime(parsing: "2026-02-14T10:32:05Z")?.text == "2026-02-14T10:32:05+00:00")
        #expect(ApprovalTime(parsing: "2026-02-14T10:32:05-03:30")?.offsetMinutes == -210)
        for bad in ["2026-02-30T10:32:05Z", "2026-02-14 10:32:05Z", "2026-02-14T24:00:00Z", "2026-02-14T10:32:05+01", "14.02.2026", ""] {
            #expect(ApprovalTime(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func everyProblemIsReportedAtItsLineAndColumnAndTheRestStillCount() throws {
        let good = ApprovalsFile.format(try Self.approval())
        let text = """
            # kommentar
            | tekst før noen godkjenning
            \(good)
            godkjenning: innsats
            rapportår: 2025
            rapportår: 2026
            godkjent: Ola; leder
            tidspunkt: 2026-02-14T10:32:05Z
            godkjent av: Ola leder
            sha256: \(String(repeating: "0", count: 64))
            | tittel: Innsats
            rapportår: 2025

            godkjenning: Økonomi!
            rapportår: 2025
            godkjent av: Ola; leder
            tidspunkt: 2026-02-14T10:32:05Z
            sha256: \(String(repeating: "a", count: 64))
            | x

            """
        let read = ApprovalsFile.read(text)
        #expect(read.records.map(\.chapter) == ["okonomi"])
        let shown = read.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code) \($0.message)" }
        #expect(shown == [
            "2:1 INN140 Linjen hører ikke til noen godkjenning.",
            "16:1 INN140 Feltet «rapportår» står to ganger i samme godkjenning.",
            "17:1 INN140 Ukjent felt i en godkjenning.",
            "22:1 INN140 Linjen hører ikke til noen godkjenning.",
            "19:14 INN142 Ugyldig «godkjent av» i godkjenningen, som ikke gjelder.",
            "24:14 INN142 Ugyldig «godkjenning» i godkjenningen, som ikke gjelder.",
        ], "\(shown)")
    }

    @Test func aRecordWhoseTextWasEditedIsReportedAndLeftOut() throws {
        let text = ApprovalsFile.appending(try Self.approval(), to: nil).replacingOccurrences(of: "| Mer tekst.", with: "| Mer og annen tekst.")
        let read = ApprovalsFile.read(text)
        #expect(read.records.isEmpty)
        #expect(read.diagnostics.map(\.code) == ["INN143"])
        #expect(read.diagnostics.first?.location == SourceLocation(file: "godkjenninger.txt", line: 15, column: 9))
    }

    @Test func theLatestRecordOfTheYearDecides() throws {
        let before = "tittel: Økonomi\n---\nGammel tekst."
        let now = "tittel: Økonomi\n---\nNy tekst."
        var second = try Self.approval(content: now)
        second.approver = Author(name: "Ola", role: "rådgiver")
        let ledger = ApprovalLedger(records: [try Self.approval(content: now), try Self.approval(content: before), try Self.approval(content: now), second,
                                              try Self.approval(year: 2024, content: before)])
        // Approved by two people, one after the other; the approval of the old text before them no longer counts.
        #expect(ledger.registration(of: "okonomi", content: now, year: 2025).approvals.map(\.approver.name) == ["Hanne Solberg", "Ola"])
        guard case .changed(let since) = ledger.registration(of: "okonomi", content: before, year: 2025) else {
            Issue.record("the text approved before the last approval is changed")
            return
        }
        #expect(since.count == 2)
        #expect(ledger.registration(of: "okonomi", content: before, year: 2024) == .current([try Self.approval(year: 2024, content: before)]))
        #expect(ledger.registration(of: "okonomi", content: now, year: 2026) == .unregistered)
        #expect(ledger.registration(of: "innsats", content: now, year: 2025) == .unregistered)
    }

    /// Thousands of damaged copies of a real file (characters inserted, removed and replaced, lines swapped): the
    /// reader never traps, and every record it keeps is one whose text matches its digest and that reads back the same.
    @Test func damagedFilesNeverYieldARecordThatDoesNotHoldItsOwnText() throws {
        var text = ApprovalsFile.appending(try Self.approval(), to: nil)
        text = ApprovalsFile.appending(try Self.approval("bemanning-tillitsvalgte", content: "tittel: T\nforfatter: Hanne Solberg; x\n---\nA\n\nB"), to: text)
        let alphabet = Array("|:#\n\r \t-0a9fæ\u{0}\u{FEFF}\u{301}godkjenning: rapportår sha256")
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<3_000 {
            var characters = Array(text)
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let index = Int(random.next() % UInt64(characters.count))
                switch random.next() % 4 {
                case 0: characters.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: index)
                case 1: characters.remove(at: index)
                case 2: characters[index] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                default:
                    var lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false)
                    let a = Int(random.next() % UInt64(lines.count))
                    let b = Int(random.next() % UInt64(lines.count))
                    lines.swapAt(a, b)
                    characters = Array(lines.joined(separator: "\n"))
                }
                if characters.isEmpty { characters = ["x"] }
            }
            let read = ApprovalsFile.read(String(characters))
            for record in read.records {
                #expect(ApprovalContent.digest(record.content) == record.digest)
                var again = ApprovalsFile.read(ApprovalsFile.format(record)).records
                if !again.isEmpty { again[0].line = record.line }
                #expect(again == [record])
            }
        }
    }
}

/// A small fixed-seed generator (SplitMix64), so a failure can be run again.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
