import Foundation
import Testing
import TilstandsrapportCLI

/// Runs every `Commands/*.txt` script against the fake pipeline. `UPDATE_GOLDENS=1` re-records the expected
/// output in place and fails, so a re-recorded script is always read before it is committed.
@Suite struct ScriptedCommandTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Commands")

    static let scripts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    /// What `init --eksempel` writes in the scripts.
    static let sample = SampleProject(files: [
        ProjectFile(path: "tilstandsrapport.txt", bytes: Array("kommune: Fjordvik kommune\nrapportår: 2025\n".utf8)),
        ProjectFile(path: "data/bemanning.csv", bytes: Array("år;rolle;hjemlede_årsverk\n2025;leder;1\n".utf8)),
        ProjectFile(path: "tekster/oppsummering.md", bytes: Array("---\ntittel: Oppsummering\n---\n".utf8)),
    ])

    /// What `init` writes in the scripts.
    static let empty = SampleProject(files: [
        ProjectFile(path: "tilstandsrapport.txt", bytes: Array("kommune: [kommunens navn]\nrapportår: {{rapportår}}\n".utf8)),
        ProjectFile(path: "data/bemanning.csv", bytes: Array("år;rolle;hjemlede_årsverk\n# eksempel: 2025;leder;1\n".utf8)),
        ProjectFile(path: "tekster/oppsummering.md", bytes: Array("---\ntittel: Oppsummering\nansvarlig:\nstatus: ikke påbegynt\n---\nVeiledning.\n".utf8)),
    ])

    @Test func thereAreScripts() {
        #expect(Self.scripts.count >= 10)
    }

    /// The scripts run over a fake pipeline: the only codes in them are the command line's own (`CLI…`, printed
    /// by the real code under test) and the fake's `TST…`, so no transcript documents a message the program never prints.
    @Test func scriptsShowOnlyCodesTheirCodeReallyPrints() throws {
        for name in Self.scripts {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            var rest = Substring(text)
            while let open = rest.range(of: "[") {
                rest = rest[open.upperBound...]
                let code = rest.prefix { $0 != "]" }
                if code.count == 6, code.prefix(3).allSatisfy(\.isUppercase), code.suffix(3).allSatisfy(\.isNumber) {
                    #expect(code.hasPrefix("CLI") || code.hasPrefix("TST"), "\(name) shows \(code), which the fake pipeline does not own")
                }
            }
        }
    }

    @Test(arguments: scripts)
    func script(_ name: String) throws {
        let file = Self.folder.appendingPathComponent(name)
        let script = CommandScript(parsing: try String(contentsOf: file, encoding: .utf8))
        let workspace = TemporaryFolder()
        workspace.makeFakeProjects()
        var actual = script
        for index in script.steps.indices {
            let (lines, status) = run(script.steps[index].command, in: workspace)
            actual.steps[index].expected = lines
            actual.steps[index].status = status
        }
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            if actual != script { try actual.text.write(to: file, atomically: true, encoding: .utf8) }
            Issue.record("UPDATE_GOLDENS=1: re-recorded \(name)")
            return
        }
        for (expected, got) in zip(script.steps, actual.steps) {
            #expect(got.expected == expected.expected, "\(name): % \(expected.command)")
            #expect(got.status == expected.status, "\(name): % \(expected.command)")
        }
    }

    /// Runs one script line; returns its transcript lines (`2> ` for standard error) and status.
    private func run(_ command: String, in workspace: TemporaryFolder) -> ([String], Int32) {
        var words = CommandScript.words(command)
        // `COLUMNS=40 tilstandsrapport …` runs with a terminal that wide (80 otherwise).
        var width = 80
        if let first = words.first, first.hasPrefix("COLUMNS="), let columns = Int(first.dropFirst("COLUMNS=".count)) {
            width = columns
            words.removeFirst()
        }
        guard let program = words.first else { return ([], 0) }
        let arguments = Array(words.dropFirst())
        switch program {
        case "tilstandsrapport":
            var console = CapturedConsole(width: width)
            var tool = CommandLineTool(pipeline: FakePipeline(), sampleProject: Self.sample, emptyProject: Self.empty, currentDirectory: workspace.url)
            tool.today = Date(timeIntervalSince1970: 1_760_000_000) // 9 October 2025: the report for 2025
            tool.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current // approvals are recorded at 10.53 Oslo time
            let status = tool.run(arguments, console: &console)
            return (transcript(console), status)
        case "write" where arguments.count >= 2:
            workspace.write(arguments[0], arguments.dropFirst().joined(separator: " ") + "\n")
            return ([], 0)
        case "cat" where arguments.count == 1:
            guard let text = workspace.read(arguments[0]) else { return (["2> cat: finnes ikke"], 1) }
            return (text.components(separatedBy: "\n").dropLast(text.hasSuffix("\n") ? 1 : 0).map { $0 }, 0)
        case "ls":
            return (workspace.listing(arguments.first ?? ""), 0)
        case "mkdir" where arguments.count == 1:
            try? FileManager.default.createDirectory(atPath: workspace.path(arguments[0]), withIntermediateDirectories: true)
            return ([], 0)
        case "symlink" where arguments.count == 2:
            try? FileManager.default.createSymbolicLink(atPath: workspace.path(arguments[1]), withDestinationPath: arguments[0])
            return ([], 0)
        default:
            return (["2> ukjent skriptkommando: \(command)"], 127)
        }
    }

    private func transcript(_ console: CapturedConsole) -> [String] {
        var lines: [String] = []
        for piece in console.pieces {
            var text = piece.text
            if text.hasSuffix("\n") { text.removeLast() }
            for line in text.components(separatedBy: "\n") {
                lines.append(piece.stream == .error ? "2> " + line : line)
            }
        }
        return lines
    }
}
