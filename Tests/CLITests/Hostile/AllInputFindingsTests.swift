import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Hostile {
/// Issue 16, «done when»: `check` on a project with every input-side finding at once lists every problem in
/// one run, in line order per file. The real binary runs (a FIFO among the inputs must not block it), and
/// its whole standard error is compared with the text below, read and checked by eye when it was recorded.
@Suite struct AllInputFindingsTests {
    static func makeProject() -> HostileProject {
        let project = HostileProject()
        let number = IdentityNumber.valid
        // Settings: a bad year, and unknown chapter ids that must still be checked.
        project.editText("tilstandsrapport.txt") { text in
            text = text.replacingOccurrences(of: "rapportår: 2025", with: "rapportår: 2O25")
            text = text.replacingOccurrences(of: "# kapitler: leseveiledning, oppsummering",
                                             with: "kapitler: leseveiledning, økonomi, tillitsvalgte, forebygging, okonomi, vedlegg\n# kapitler: leseveiledning, oppsummering")
        }
        // Counts of 10^20, a value that disagrees with its counts, SSB symbols, contact details on one line.
        project.editCSV("data/indikatorer.csv") { table in
            table.rows[0][table.column("teller")] = "100000000000000000000"
            table.rows[0][table.column("nevner")] = "6712"
            table.rows.append(["tiltaksplan_andel", "2019", "kommune", "59,0", "prosent", "19", "20", "Fagsystemet", "endelig", ""])
            table.rows.append(["meldinger", "2019", "land", "..", "antall", "", "", "SSB", "endelig", ""])
            table.rows.append(["meldinger", "2019", "fylke", ":", "antall", "", "", "SSB", "endelig", "Spør kari@fjordvik.no, tlf.91234567."])
        }
        project.editCSV("data/personale.csv") { $0.rows[0][$0.column("ansatte_snitt")] = "100000000000000000000" }
        // More filled than budgeted, and a control character in a cell.
        project.editCSV("data/bemanning.csv") { table in
            table.rows[0][table.column("besatte_årsverk")] = "5,5"
            table.rows[1][table.column("rolle")] = "saksbehandler\u{1B}[2J"
        }
        // A question row with an error: its column must not also be called unknown.
        project.editCSV("data/undersokelse-sporsmal.csv") { $0.rows[2][$0.column("skala")] = "enighet7" }
        // A flood: 30 bad years.
        project.editCSV("data/avvik.csv") { table in
            for index in 0..<30 { table.rows.append(["1926", "kategori \(index)", "1"]) }
        }
        // A FIFO and a dangling link among the data files.
        unlink(project.path("data/tilsyn.csv"))
        mkfifo(project.path("data/tilsyn.csv"), 0o644)
        unlink(project.path("data/medvirkning-tema.csv"))
        symlink("/mnt/fellesdisk/medvirkning-tema.csv", project.path("data/medvirkning-tema.csv"))
        // An identity number in a template, written ddmmåå-nnnnn with narrow no-break spaces.
        project.write("maler/okonomi.md.mustache", "## {{tekst.tittel}}\n\nSpør om \(number.prefix(6))\u{202F}-\u{202F}\(number.suffix(5)).\n")
        // Word-pasted text, an escape sequence and a bidi override in a title, a zero-width space before a key,
        // and a fence left open at the end.
        project.editText("tekster/okonomi.md") { text in
            text = text.replacingOccurrences(of: "tittel: Økonomi", with: "tittel: Økonomi\u{1B}]0;x\u{07} \u{202E}imonokØ")
            text = text.replacingOccurrences(of: "status: godkjent", with: "\u{200B}status: godkjent")
            text += "\nTre mål:\n•\tfærre fristbrudd\n•\tflere besøk\n\n\tEt avsnitt med innrykk.\n\n```\nkode som aldri lukkes\n"
        }
        project.write("tekster/vedlegg.md", "")
        return project
    }

    @Test func checkListsEveryProblemInOneRunInLineOrderPerFile() async throws {
        guard let binary = Subprocess.binary else {
            Issue.record("no tilstandsrapport binary beside the tests; build it first")
            return
        }
        let project = Self.makeProject()
        let result = await Subprocess.run(binary, ["check", project.root.path], killAfter: 30)
        #expect(result.signal == nil, "killed after \(result.seconds) s")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let expected = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("all-input-findings.txt"), encoding: .utf8)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try result.stderr.write(to: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("all-input-findings.txt"),
                                    atomically: true, encoding: .utf8)
            Issue.record("UPDATE_GOLDENS=1: re-recorded all-input-findings.txt")
            return
        }
        let got = result.stderr.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
        for (index, (line, wanted)) in zip(got, want).enumerated() where line != wanted {
            Issue.record("line \(index + 1):\n  expected: \(wanted)\n  actual:   \(line)")
            break
        }
        #expect(got.count == want.count)
        // Nothing the input holds to harm a terminal or a reader reaches the output, nor the identity number.
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(!result.stderr.contains(String(IdentityNumber.valid.suffix(5))))
    }
}

/// A valid identity number made from a fictional birth date with the mod-11 rule.
enum IdentityNumber {
    static let valid: String = {
        for individual in 100...999 {
            var digits = ("010190" + String(individual)).compactMap(\.wholeNumberValue)
            var ok = true
            for weights in [[3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]] {
                var check = 11 - zip(weights, digits).reduce(0) { $0 + $1.0 * $1.1 } % 11
                if check == 11 { check = 0 }
                if check == 10 { ok = false; break }
                digits.append(check)
            }
            if ok { return digits.map(String.init).joined() }
        }
        return ""
    }()
}
}
