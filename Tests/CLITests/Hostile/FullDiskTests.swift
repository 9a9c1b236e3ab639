import Foundation
import Testing
@testable import TilstandsrapportCLI

extension Hostile {
/// Real file-system failures, not simulated ones: a full disk (a small tmpfs, when the tests may mount one) and a
/// folder or manifest the user may not read or write (the binary run as `nobody`, when the tests run as root).
@Suite(.serialized) struct FullDiskTests {
    static let names = ["tilstandsrapport-2025.md", "tilstandsrapport-2025.html"]
    static let isRoot = getuid() == 0

    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A 1 MiB tmpfs at `mountPoint` for `body`, or false when this machine does not let the tests mount one.
    static func withSmallDisk(at mountPoint: URL, _ body: () async throws -> Void) async rethrows -> Bool {
        try? FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        guard isRoot, run("/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.path]) == 0 else { return false }
        defer { _ = run("/bin/umount", [mountPoint.path]) }
        try await body()
        return true
    }

    /// Free bytes on the file system holding `url`.
    static func free(_ url: URL) -> Int {
        var info = statvfs()
        guard statvfs(url.path, &info) == 0 else { return 0 }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// Fills the disk holding `folder` until `left` bytes are free.
    static func fill(_ folder: URL, leaving left: Int) {
        let size = max(0, free(folder) - left)
        FileManager.default.createFile(atPath: folder.appendingPathComponent("fyll").path, contents: Data(count: size))
    }

    static func pages(_ bytes: Int) -> Int { (bytes + 4095) / 4096 * 4096 }

    @Test(.enabled(if: isRoot && FileManager.default.isExecutableFile(atPath: "/bin/mount")))
    func aFullDiskNeverReplacesThePreviousReportAndSaysSo() async throws {
        let project = HostileProject()
        let disk = project.folder.url.appendingPathComponent("disk")
        let out = disk.appendingPathComponent("ut")
        let mounted = try await Self.withSmallDisk(at: disk) {
            #expect(project.build(out: out.path).status == 0)
            let old = Self.names.map { FileManager.default.contents(atPath: out.appendingPathComponent($0).path) }
            project.setKey("kommune", to: "Nyvik kommune", in: "tilstandsrapport.txt")
            // The new report's sizes, from a build elsewhere.
            let elsewhere = project.build(out: "andre")
            let sizes = Self.names.map { elsewhere.file($0)?.utf8.count ?? 0 }

            // 1. Room for the Markdown file, not the HTML file.
            Self.fill(disk, leaving: Self.pages(sizes[0]) + 4096)
            var run = project.build(out: out.path)
            #expect(run.status == 3, "\(run.transcript)")
            #expect(run.error.contains("feil[CLI030]: Kunne ikke skrive «\(out.path)/tilstandsrapport-2025.html»: disken er full."), "\(run.transcript)")
            #expect(run.error.hasSuffix(" Ingenting ble skrevet.\n") && run.error.contains("\n1 feil, "))
            #expect(Self.names.map { FileManager.default.contents(atPath: out.appendingPathComponent($0).path) } == old)
            #expect(OutputFolderCheck.sha256sum(in: out)?.status ?? 0 == 0)
            #expect(OutputFolderCheck.temporaryFiles(in: out).isEmpty)
            try FileManager.default.removeItem(at: disk.appendingPathComponent("fyll"))

            // 2. Room for both new files exactly, none for the manifest that must list them.
            Self.fill(disk, leaving: Self.pages(sizes[0]) + Self.pages(sizes[1]))
            run = project.build(out: out.path)
            #expect(run.status == 3, "\(run.transcript)")
            #expect(run.error.contains("disken er full"), "\(run.transcript)")
            #expect(!run.error.contains(".tmp"), "\(run.transcript)")
            let now = Self.names.map { FileManager.default.contents(atPath: out.appendingPathComponent($0).path) }
            // Either nothing was written, or (if the disk had room until the last write) the message says what was.
            if run.error.contains("Ingenting ble skrevet.") { #expect(now == old) } else { #expect(run.error.contains("Skrevet: ")) }
            #expect(OutputFolderCheck.problems(in: out, reportFiles: Self.names).isEmpty)
            #expect(OutputFolderCheck.sha256sum(in: out)?.status ?? 0 == 0)
            #expect(OutputFolderCheck.temporaryFiles(in: out).isEmpty)
            try FileManager.default.removeItem(at: disk.appendingPathComponent("fyll"))

            // 3. With room again, the next build succeeds.
            run = project.build(out: out.path)
            #expect(run.status == 0, "\(run.transcript)")
            #expect(OutputFolderCheck.sha256sum(in: out)?.status ?? 0 == 0)
        }
        if !mounted { print("[Hostile] aFullDiskNeverReplacesThePreviousReportAndSaysSo: cannot mount a tmpfs here (not root?); OutputWriterFaultTests simulates ENOSPC at every step instead") }
    }

    static let canDropPrivileges = isRoot && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// Runs the binary as `nobody`, so permissions apply (root reads and writes anything).
    static func runAsNobody(_ arguments: [String]) async -> Subprocess.Result? {
        guard let binary = Subprocess.binary else { return nil }
        return await Subprocess.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments)
    }

    @Test(.enabled(if: canDropPrivileges && Subprocess.binary != nil))
    func anUnreadableManifestIsReportedAsUnreadableWithTheReason() async throws {
        let project = HostileProject()
        #expect(project.build().status == 0)
        chmod(project.folder.url.path, 0o755)
        chmod(project.out.path, 0o777)
        chmod(project.out.appendingPathComponent(".tilstandsrapport-utdata").path, 0o000)
        let result = try #require(await Self.runAsNobody(["build", project.root.path, "--out", project.out.path]))
        #expect(result.status == 3, "\(result.stderr.suffix(600))")
        #expect(result.stderr.contains("feil[CLI026]: Kunne ikke lese «\(project.out.path)/.tilstandsrapport-utdata» (listen over filene tilstandsrapport har skrevet): du har ikke tilgang"),
                "\(result.stderr.suffix(600))")
        #expect(!result.stderr.contains("ikke laget av tilstandsrapport"))
    }

    @Test(.enabled(if: canDropPrivileges && Subprocess.binary != nil))
    func aProjectOutOfReachIsNotReportedAsMissing() async throws {
        let project = HostileProject()
        chmod(project.folder.url.path, 0o700)
        let result = try #require(await Self.runAsNobody(["check", project.root.path]))
        #expect(result.status == 1)
        #expect(result.stderr == "feil[CLI003]: Kan ikke åpne rapportmappen «\(project.root.path)»: du har ikke tilgang (mangler skrive- eller leserettighet).\n1 feil.\n",
                "\(result.stderr)")
        chmod(project.folder.url.path, 0o755)
    }

    @Test(.enabled(if: canDropPrivileges && Subprocess.binary != nil))
    func aFolderTheUserMayNotWriteToNamesTheReportFileAndTheReason() async throws {
        let project = HostileProject()
        #expect(project.build().status == 0)
        chmod(project.folder.url.path, 0o755)
        chmod(project.out.path, 0o555)
        project.setKey("kommune", to: "Nyvik kommune", in: "tilstandsrapport.txt")
        let result = try #require(await Self.runAsNobody(["build", project.root.path, "--out", project.out.path]))
        #expect(result.status == 3, "\(result.stderr.suffix(600))")
        #expect(result.stderr.contains("feil[CLI030]: Kunne ikke skrive «\(project.out.path)/tilstandsrapport-2025.md»: du har ikke tilgang (mangler skrive- eller leserettighet)."),
                "\(result.stderr.suffix(600))")
        #expect(!result.stderr.contains(".tmp") && !result.stderr.contains("Permission denied"))
        #expect(OutputFolderCheck.problems(in: project.out, reportFiles: Self.names).isEmpty)
        chmod(project.out.path, 0o755)
    }
}
}
