import Foundation
import Testing
@testable import TilstandsrapportCLI

extension Hostile {
/// Two builds of two projects into one output folder at the same time, many times, with the real binary:
/// the second to reach the write waits for the first (or, if it took too long, is refused with CLI027 and writes
/// nothing); the folder always holds one project's complete report that the manifest and `sha256sum -c` agree with.
@Suite struct ConcurrentBuildTests {
    static let names = ["tilstandsrapport-2025.md", "tilstandsrapport-2025.html"]

    /// Which project (by municipality) a report file comes from, or nil when it is neither.
    static func project(of file: URL, among kommuner: [String]) -> String? {
        guard let text = FileManager.default.contents(atPath: file.path).map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
        let found = kommuner.filter { text.contains("\($0)") }
        return found.count == 1 ? found[0] : nil
    }

    @Test(.enabled(if: Subprocess.binary != nil))
    func twoBuildsIntoOneFolderNeverMixTwoReportsOrBreakTheFolder() async throws {
        let binary = try #require(Subprocess.binary)
        let pairs = Int(ProcessInfo.processInfo.environment["HOSTILE_PAIRS"] ?? "") ?? 50
        let first = HostileProject()
        let second = HostileProject()
        let kommuner = ["Akvik kommune", "Bevik kommune"]
        first.setKey("kommune", to: kommuner[0], in: "tilstandsrapport.txt")
        second.setKey("kommune", to: kommuner[1], in: "tilstandsrapport.txt")
        let out = first.folder.url.appendingPathComponent("felles-utmappe")
        var outcomes: [String: Int] = [:]
        for pair in 0..<pairs {
            async let one = Subprocess.run(binary, ["build", first.root.path, "--out", out.path])
            async let two = Subprocess.run(binary, ["build", second.root.path, "--out", out.path])
            let results = await [one, two]
            for (index, result) in results.enumerated() {
                let errors = result.stderr.split(separator: "\n").filter { $0.contains("feil[") }
                if result.status == 0 { continue }
                // The only acceptable failure: the other build held the folder, said plainly, nothing written.
                #expect(result.status == 3 && errors.count == 1 && errors[0].hasPrefix("feil[CLI027]: En annen «tilstandsrapport build» skriver til utmappen"),
                        "pair \(pair), build \(index): status \(String(describing: result.status)) signal \(String(describing: result.signal))\n\(result.stderr.suffix(600))")
                #expect(result.stdout.isEmpty, "pair \(pair), build \(index) was refused but printed \(result.stdout)")
            }
            let refused = results.filter { $0.status == 3 }.count
            outcomes[refused == 0 ? "begge skrev" : "én ble avvist", default: 0] += 1
            #expect(refused < 2, "pair \(pair): both builds were refused")

            let md = Self.project(of: out.appendingPathComponent(Self.names[0]), among: kommuner)
            let html = Self.project(of: out.appendingPathComponent(Self.names[1]), among: kommuner)
            #expect(md != nil && md == html, "pair \(pair): the .md is from \(String(describing: md)), the .html from \(String(describing: html))")
            let problems = OutputFolderCheck.problems(in: out, reportFiles: Self.names)
            #expect(problems.isEmpty, "pair \(pair): \(problems)")
            #expect(OutputFolderCheck.manifest(in: out).changing.isEmpty, "pair \(pair): a finished build left files being replaced")
            if let check = OutputFolderCheck.sha256sum(in: out) {
                #expect(check.status == 0, "pair \(pair): sha256sum -c:\n\(check.output)")
            }
            #expect(OutputFolderCheck.temporaryFiles(in: out).isEmpty, "pair \(pair): \(OutputFolderCheck.temporaryFiles(in: out))")
            // Each next pair is the «later build»: it must never be refused as if the user had edited the files
            // (CLI023), which the old writer's mixed manifest caused.
            if results.contains(where: { $0.stderr.contains("CLI023") || $0.stderr.contains("CLI024") }) {
                Issue.record("pair \(pair): a build was refused as if the files were the user's")
                break
            }
        }
        let later = await Subprocess.run(binary, ["build", second.root.path, "--out", out.path])
        #expect(later.status == 0, "\(later.stderr.suffix(600))")
        print("[Hostile] \(pairs) pairs of concurrent builds into one folder: \(outcomes.sorted { $0.key < $1.key })")
    }

    /// A build that holds the folder for long (hung on a share) makes the next one say so plainly and write nothing.
    @Test(.enabled(if: Subprocess.binary != nil))
    func aBuildIntoAFolderHeldByAnotherSaysSoAndWritesNothing() async throws {
        let binary = try #require(Subprocess.binary)
        let project = HostileProject()
        #expect(project.build().status == 0)
        let before = InterruptedBuildTests.report(in: project.out)
        let lock = open(project.out.appendingPathComponent(".tilstandsrapport-sperre").path, O_RDWR | O_CLOEXEC)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        project.setKey("kommune", to: "Nyvik kommune", in: "tilstandsrapport.txt")
        let result = await Subprocess.run(binary, ["build", project.root.path, "--out", project.out.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("feil[CLI027]: En annen «tilstandsrapport build» skriver til utmappen «\(project.out.path)» og ble ikke ferdig på 2 sekunder."),
                "\(result.stderr.suffix(500))")
        #expect(result.stderr.hasSuffix(" Ingenting ble skrevet.\n"))
        #expect(result.stdout.isEmpty)
        #expect(InterruptedBuildTests.report(in: project.out) == before)
    }
}
}
