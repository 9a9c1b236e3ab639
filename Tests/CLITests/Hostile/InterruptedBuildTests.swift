import Foundation
import enum SourceText.SHA256
import Testing
@testable import TilstandsrapportCLI

extension Hostile {
/// A build that dies half-way (killed, disk full, file too large) leaves the previous report complete under the
/// final names, and the next build cleans up and succeeds.
@Suite struct InterruptedBuildTests {
    static let names = ["tilstandsrapport-2025.md", "tilstandsrapport-2025.html"]

    /// The report as a whole: final file names → bytes.
    typealias Report = [String: [UInt8]]

    static func report(in folder: URL) -> Report {
        var report: Report = [:]
        for name in names { report[name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { [UInt8]($0) } }
        return report
    }

    static func entries(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static func temporaryFiles(in folder: URL) -> [String] {
        entries(in: folder).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }

    /// Digests the manifest accepts, by name.
    static func manifest(in folder: URL) -> [String: Set<String>] {
        let text = FileManager.default.contents(atPath: folder.appendingPathComponent(".tilstandsrapport-utdata").path)
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        return OutputManifest(parsing: text).digests
    }

    /// Every final file is exactly one complete version, and the manifest recognises what is on disk.
    static func expectConsistent(_ folder: URL, versions: [Report], _ note: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let onDisk = report(in: folder)
        for name in names {
            guard let bytes = onDisk[name] else {
                Issue.record("\(note): \(name) is missing", sourceLocation: sourceLocation)
                continue
            }
            let known = versions.contains { $0[name] == bytes }
            #expect(known, "\(note): \(name) is neither the old nor the new complete file (\(bytes.count) bytes)", sourceLocation: sourceLocation)
            let recognised = manifest(in: folder)[name]?.contains(SHA256.hex(bytes)) ?? false
            #expect(recognised, "\(note): the manifest does not list \(name)'s content, so the next build would refuse it", sourceLocation: sourceLocation)
        }
    }

    // MARK: Stray temporary files

    @Test func temporaryFilesAKilledRunLeftAreRemovedAndNeverFollowed() throws {
        let project = HostileProject()
        #expect(project.build().status == 0)
        let out = project.out
        let old = Self.report(in: out)
        let write = { (name: String, text: String) in
            FileManager.default.createFile(atPath: out.appendingPathComponent(name).path, contents: Data(text.utf8))
        }
        write(".tilstandsrapport-2025.html.4711-123456.tmp", "<!DOCTYPE html><html><body>halv")
        write(".tilstandsrapport-2025.md.4711-123456.tmp", "# halv")
        write("..tilstandsrapport-utdata.4711-123456.tmp", "0000  tilstandsrapport-2025.md\n") // the manifest's own: two dots
        write(".tilstandsrapport-2025.html.notater.tmp", "mitt eget")      // not the tool's pattern: kept
        // A "temporary file" that is a link into the project, and one that is a folder.
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(".tilstandsrapport-2025.md.1-2.tmp").path,
                                                   withDestinationPath: project.path("data/avvik.csv"))
        try FileManager.default.createDirectory(atPath: out.appendingPathComponent(".tilstandsrapport-2025.html.3-4.tmp").path,
                                                withIntermediateDirectories: false)
        let inputs = project.snapshot()
        // The stray files alone change nothing under the final names.
        #expect(Self.report(in: out) == old)

        project.setKey("kommune", to: "Nyvik kommune", in: "tilstandsrapport.txt")
        let run = project.build()
        #expect(run.status == 0, "\(run.transcript)")
        let new = Self.report(in: out)
        #expect(new != old)
        Self.expectConsistent(out, versions: [new], "after the second build")
        let html = String(decoding: new["tilstandsrapport-2025.html"] ?? [], as: UTF8.self)
        #expect(html.contains("Nyvik kommune") && html.hasSuffix("</html>\n"))
        #expect(project.snapshot().filter { $0.key != "tilstandsrapport.txt" } == inputs.filter { $0.key != "tilstandsrapport.txt" },
                "an input changed (written through a stray link?)")
        let left = Self.temporaryFiles(in: out)
        #expect(left.contains(".tilstandsrapport-2025.html.notater.tmp"))
        #expect(!left.contains(".tilstandsrapport-2025.html.4711-123456.tmp") && !left.contains(".tilstandsrapport-2025.md.4711-123456.tmp")
                && !left.contains("..tilstandsrapport-utdata.4711-123456.tmp") && !left.contains(".tilstandsrapport-2025.md.1-2.tmp"), "\(left)")
    }

    // MARK: Failures half-way, with the real binary

    /// Runs the binary under `ulimit -f 100` (100 KiB): the Markdown file (≈ 60 KB) fits, the HTML (≈ 140 KB) does not.
    static func runWithFileSizeLimit(_ project: HostileProject, ignoringSignal: Bool) async -> Subprocess.Result? {
        guard let binary = Subprocess.binary else { return nil }
        let script = (ignoringSignal ? "trap '' XFSZ; " : "") + "ulimit -f 100; exec \"$0\" \"$@\""
        return await Subprocess.run("/bin/bash", ["-c", script, binary, "build", project.root.path, "--out", project.out.path])
    }

    @Test(.enabled(if: Subprocess.binary != nil && access("/bin/bash", X_OK) == 0))
    func aWriteThatFailsHalfWayKeepsThePreviousReport() async throws {
        let project = HostileProject()
        #expect(project.build().status == 0)
        let old = Self.report(in: project.out)
        let oldManifest = Self.manifest(in: project.out)
        try #require((old["tilstandsrapport-2025.md"]?.count ?? 0) < 100 * 1024 && (old["tilstandsrapport-2025.html"]?.count ?? 0) > 100 * 1024)
        project.setKey("kommune", to: "Nyvik kommune", in: "tilstandsrapport.txt")

        let result = try #require(await Self.runWithFileSizeLimit(project, ignoringSignal: true))
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("CLI030") && result.stderr.contains("tilstandsrapport-2025.html»: filen blir større enn det som er tillatt"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(Self.report(in: project.out) == old, "the previous report changed")
        #expect(Self.manifest(in: project.out) == oldManifest)
        #expect(Self.temporaryFiles(in: project.out).isEmpty, "\(Self.entries(in: project.out))")
    }

    /// The issue's case: under `ulimit -f` the tool used to die of SIGXFSZ with no message. It ignores the signal,
    /// so the write fails with EFBIG and is reported, naming the report file and the reason in Norwegian.
    @Test(.enabled(if: Subprocess.binary != nil && access("/bin/bash", X_OK) == 0))
    func aFileSizeLimitEndsInAMessageNamingTheReportNotInASignal() async throws {
        let project = HostileProject()
        #expect(project.build().status == 0)
        let old = Self.report(in: project.out)
        project.setKey("kommune", to: "Nyvik kommune", in: "tilstandsrapport.txt")

        let result = try #require(await Self.runWithFileSizeLimit(project, ignoringSignal: false))
        #expect(result.signal == nil, "killed by signal \(String(describing: result.signal))")
        #expect(result.status == 3, "\(result.stderr)")
        let html = project.out.appendingPathComponent("tilstandsrapport-2025.html").path
        #expect(result.stderr.contains("feil[CLI030]: Kunne ikke skrive «\(html)»: filen blir større enn det som er tillatt (grensen for filstørrelse, ulimit -f)."),
                "\(result.stderr)")
        #expect(result.stderr.hasSuffix(" Ingenting ble skrevet.\n") && result.stderr.contains("\n1 feil, "), "\(result.stderr)")
        #expect(!result.stderr.contains(".tmp") && !result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(Self.report(in: project.out) == old, "the previous report changed")
        Self.expectConsistent(project.out, versions: [old], "after the failed build")
        #expect(Self.temporaryFiles(in: project.out).isEmpty, "\(Self.entries(in: project.out))")

        let run = project.build()
        #expect(run.status == 0, "\(run.transcript)")
        Self.expectConsistent(project.out, versions: [Self.report(in: project.out)], "after the next build")
    }

    @Test func aReadOnlyOutputFolderKeepsThePreviousReport() {
        let project = HostileProject()
        #expect(project.build().status == 0)
        let old = Self.report(in: project.out)
        chmod(project.out.path, 0o555)
        defer { chmod(project.out.path, 0o755) }
        guard access(project.out.path, W_OK) != 0 else {
            print("[Hostile] aReadOnlyOutputFolderKeepsThePreviousReport: running as root, a read-only folder is still writable; see aWriteThatFailsHalfWayKeepsThePreviousReport")
            return
        }
        project.setKey("kommune", to: "Nyvik kommune", in: "tilstandsrapport.txt")
        let run = project.build()
        #expect(run.status == 3, "\(run.transcript)")
        #expect(run.error.contains("CLI030"))
        #expect(Self.report(in: project.out) == old)
        #expect(Self.temporaryFiles(in: project.out).isEmpty)
    }

    // MARK: SIGKILL at random moments

    @Test(.enabled(if: Subprocess.binary != nil))
    func sigkillAtRandomMomentsNeverLeavesAHalfWrittenReport() async throws {
        let binary = try #require(Subprocess.binary)
        let iterations = Int(ProcessInfo.processInfo.environment["HOSTILE_KILLS"] ?? "") ?? 20
        let project = HostileProject()
        let arguments = ["build", project.root.path, "--out", project.out.path]
        let kommuner = ["Fjordvik kommune", "Nyvik kommune"]

        // The two complete versions, from complete runs of the binary.
        var versions: [Report] = []
        var duration = 0.0
        for kommune in kommuner {
            project.setKey("kommune", to: kommune, in: "tilstandsrapport.txt")
            let complete = await Subprocess.run(binary, arguments)
            try #require(complete.status == 0, "\(complete.stderr)")
            versions.append(Self.report(in: project.out))
            duration = max(duration, complete.seconds)
        }
        #expect(versions[0] != versions[1])
        // The binary and the in-process pipeline write the same bytes.
        let inProcess = HostileProject()
        inProcess.setKey("kommune", to: kommuner[1], in: "tilstandsrapport.txt")
        _ = inProcess.build()
        #expect(Self.report(in: inProcess.out) == versions[1], "the binary and CommandLineTool wrote different bytes")

        var outcomes: [String: Int] = [:]
        for iteration in 0..<iterations {
            project.setKey("kommune", to: kommuner[iteration % 2], in: "tilstandsrapport.txt")
            // Kill late in the run, where the files are written, most of the time. The run time depends on how busy
            // the machine is (other tests run in parallel), so it is re-measured by every run that completes.
            let delay = Double.random(in: duration * 0.6...duration * 1.05)
            let result = await Subprocess.run(binary, arguments, killAfter: delay)
            let leftovers = Self.temporaryFiles(in: project.out)
            let transitional = !OutputFolderCheck.manifest(in: project.out).changing.isEmpty
            let outcome = result.signal == nil ? "fullført" : leftovers.isEmpty && !transitional ? "drept før/etter skriving" : "drept under skriving"
            outcomes[outcome, default: 0] += 1
            // Each file is replaced atomically, but the two renames are separate: a kill between them leaves the
            // new Markdown beside the old HTML. Counted, not failed: the manifest still accepts both.
            let onDisk = Self.report(in: project.out)
            let versionOf = { (name: String) in versions.firstIndex { $0[name] == onDisk[name] } }
            if versionOf(Self.names[0]) != versionOf(Self.names[1]) { outcomes["blandet md/html", default: 0] += 1 }
            Self.expectConsistent(project.out, versions: versions, "iteration \(iteration), \(outcome) after \(Int(delay * 1000)) ms")
            // Whatever moment the kill hit, every line of the manifest matches its file (issue 19).
            if let check = OutputFolderCheck.sha256sum(in: project.out) {
                #expect(check.status == 0, "iteration \(iteration), \(outcome): sha256sum -c failed:\n\(check.output)")
            }
            if result.signal == nil {
                duration = result.seconds
                #expect(result.status == 0, "\(result.stderr)")
                #expect(Self.report(in: project.out) == versions[iteration % 2])
            }
            if !leftovers.isEmpty || transitional {
                // The next build must accept whatever the killed one left.
                let next = await Subprocess.run(binary, arguments)
                duration = next.seconds
                #expect(next.status == 0, "iteration \(iteration): the build after a kill failed: \(next.stderr)")
                #expect(Self.report(in: project.out) == versions[iteration % 2])
                #expect(Self.temporaryFiles(in: project.out).isEmpty)
            }
        }
        let final = await Subprocess.run(binary, arguments)
        #expect(final.status == 0, "\(final.stderr)")
        #expect(Self.report(in: project.out) == versions[(iterations - 1) % 2])
        #expect(Self.temporaryFiles(in: project.out).isEmpty)
        #expect(Self.manifest(in: project.out).values.allSatisfy { $0.count == 1 })
        print("[Hostile] \(iterations) SIGKILLs (build ≈ \(Int(duration * 1000)) ms): \(outcomes.sorted { $0.key < $1.key })")
    }

    /// Kills aimed at the write phase itself: the kill waits for the first temporary file, then a random moment
    /// of the tenth of a second or so the writing takes (mostly fsync), so it lands between the renames far more often than a kill
    /// timed on the whole run. Every time: each file complete (old or new), and `sha256sum -c` passes.
    @Test(.enabled(if: Subprocess.binary != nil))
    func sigkillDuringTheWritePhaseLeavesACheckableFolder() async throws {
        let binary = try #require(Subprocess.binary)
        let iterations = Int(ProcessInfo.processInfo.environment["HOSTILE_WRITE_KILLS"] ?? "") ?? 20
        let project = HostileProject()
        let arguments = ["build", project.root.path, "--out", project.out.path]
        let kommuner = ["Fjordvik kommune", "Nyvik kommune"]
        var versions: [Report] = []
        for kommune in kommuner {
            project.setKey("kommune", to: kommune, in: "tilstandsrapport.txt")
            let complete = await Subprocess.run(binary, arguments)
            try #require(complete.status == 0, "\(complete.stderr)")
            versions.append(Self.report(in: project.out))
        }
        let out = project.out
        var outcomes: [String: Int] = [:]
        for iteration in 0..<iterations {
            project.setKey("kommune", to: kommuner[iteration % 2], in: "tilstandsrapport.txt")
            let delay = UInt32.random(in: 0...250_000) // the write phase takes 70–230 ms here (fsync)
            let result = await Subprocess.onOwnThread { () -> Subprocess.Result in
                let child = Subprocess(binary, arguments)
                let started = ContinuousClock.now
                while ContinuousClock.now - started < .seconds(20), OutputFolderCheck.temporaryFiles(in: out).isEmpty { usleep(100) }
                usleep(delay)
                return child.wait(killAfter: 0)
            }
            let onDisk = Self.report(in: out)
            let versionOf = { (name: String) in versions.firstIndex { $0[name] == onDisk[name] } }
            let mixed = versionOf(Self.names[0]) != versionOf(Self.names[1])
            outcomes[result.signal == nil ? "fullført" : mixed ? "drept mellom to omdøpinger" : "drept under skriving", default: 0] += 1
            Self.expectConsistent(out, versions: versions, "iteration \(iteration), killed \(delay / 1000) ms into the write")
            if let check = OutputFolderCheck.sha256sum(in: out) {
                #expect(check.status == 0, "iteration \(iteration): sha256sum -c failed:\n\(check.output)")
            }
            let next = await Subprocess.run(binary, arguments)
            #expect(next.status == 0, "iteration \(iteration): the build after a kill failed: \(next.stderr.suffix(400))")
            #expect(Self.report(in: out) == versions[iteration % 2])
            #expect(Self.temporaryFiles(in: out).isEmpty)
        }
        print("[Hostile] \(iterations) SIGKILLs in the write phase: \(outcomes.sorted { $0.key < $1.key })")
    }
}
}
