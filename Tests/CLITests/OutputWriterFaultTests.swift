import Foundation
import enum SourceText.SHA256
import ReportBuilding
import Testing
@testable import TilstandsrapportCLI

/// A write that fails at each step (simulated with the `errno` a real disk gives) leaves a complete report,
/// a manifest that agrees with it and that `sha256sum -c` accepts, and says exactly what was and was not written.
@Suite struct OutputWriterFaultTests {
    let folder = TemporaryFolder()
    var project: URL { folder.url.appendingPathComponent("prosjekt") }
    var output: URL { folder.url.appendingPathComponent("ut") }
    static let names = ["tilstandsrapport-2025.md", "tilstandsrapport-2025.html"]

    init() {
        folder.write("prosjekt/tilstandsrapport.txt", "rapportår: 2025\n")
    }

    static func report(_ text: String) -> [OutputFile] {
        [OutputFile(name: names[0], text: "# \(text)\n"), OutputFile(name: names[1], text: "<p>\(text)</p>\n")]
    }

    private func write(_ text: String, failing faults: [WriteFaults.Step: Int32] = [:]) -> OutputWriter.Result {
        var writer = OutputWriter()
        writer.faults = WriteFaults(failures: faults)
        return writer.write(Self.report(text), to: output, project: project, shownAs: "ut")
    }

    private var onDisk: [String?] { Self.names.map { folder.read("ut/" + $0) } }

    /// Consistent, checkable, no temporary files left, and the next build succeeds.
    private func expectSound(_ note: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(OutputFolderCheck.problems(in: output, reportFiles: Self.names).isEmpty,
                "\(note): \(OutputFolderCheck.problems(in: output, reportFiles: Self.names))", sourceLocation: sourceLocation)
        if let check = OutputFolderCheck.sha256sum(in: output) {
            #expect(check.status == 0, "\(note): sha256sum -c: \(check.output)", sourceLocation: sourceLocation)
        }
        #expect(OutputFolderCheck.temporaryFiles(in: output).isEmpty, "\(note): \(OutputFolderCheck.temporaryFiles(in: output))",
                sourceLocation: sourceLocation)
    }

    private func expectNextBuildSucceeds(sourceLocation: SourceLocation = #_sourceLocation) {
        let next = write("neste")
        #expect(next.diagnostics.isEmpty, "\(next.diagnostics)", sourceLocation: sourceLocation)
        #expect(onDisk == ["# neste\n", "<p>neste</p>\n"], sourceLocation: sourceLocation)
        #expect(OutputFolderCheck.manifest(in: output).changing.isEmpty, sourceLocation: sourceLocation)
        expectSound("after the next build", sourceLocation: sourceLocation)
    }

    @Test func aFullDiskWhileWritingATemporaryFileWritesNothing() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = write("ny", failing: [.temporaryFile(Self.names[1]): ENOSPC])
        #expect(result.diagnostics.map(\.message) == ["Kunne ikke skrive «ut/tilstandsrapport-2025.html»: disken er full."])
        #expect(result.written.isEmpty)
        #expect(result.notWritten == ["ut/tilstandsrapport-2025.md", "ut/tilstandsrapport-2025.html"])
        #expect(onDisk == ["# gammel\n", "<p>gammel</p>\n"])
        expectSound("after the failure")
        expectNextBuildSucceeds()
    }

    @Test func aManifestThatCannotBeReplacedWritesNothing() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = write("ny", failing: [.manifest(final: false): EDQUOT])
        #expect(result.diagnostics.map(\.code) == ["CLI030"])
        #expect(result.diagnostics.first?.message.hasPrefix("Kunne ikke oppdatere «ut/.tilstandsrapport-utdata» (listen over filene tilstandsrapport har skrevet): kvoten din på disken er brukt opp.") == true)
        #expect(result.written.isEmpty)
        #expect(onDisk == ["# gammel\n", "<p>gammel</p>\n"])
        expectSound("after the failure")
        expectNextBuildSucceeds()
    }

    @Test func aRenameThatFailsPutsBackTheFilesAlreadyReplaced() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = write("ny", failing: [.rename(Self.names[1]): EIO])
        #expect(result.diagnostics.map(\.message) == [
            "Kunne ikke skrive «ut/tilstandsrapport-2025.html»: lese- eller skrivefeil på disken (skadet disk eller frakoblet nettverksdisk?).",
        ])
        #expect(result.written.isEmpty)
        // The Markdown file was already renamed into place: it is the old one again, so the report is never mixed.
        #expect(onDisk == ["# gammel\n", "<p>gammel</p>\n"])
        expectSound("after the failure")
        expectNextBuildSucceeds()
    }

    @Test func aFirstBuildThatFailsHalfWayLeavesNoReportFile() {
        let result = write("ny", failing: [.rename(Self.names[1]): ENOSPC])
        #expect(result.written.isEmpty)
        #expect(onDisk == [nil, nil])
        expectSound("after the failure")
        expectNextBuildSucceeds()
    }

    @Test func whenTheOldFileCannotBePutBackItSaysWhichFilesAreNew() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = write("ny", failing: [.rename(Self.names[1]): EIO, .undo(Self.names[0]): EROFS])
        #expect(result.diagnostics.map(\.code) == ["CLI030", "CLI031"])
        #expect(result.written == ["ut/tilstandsrapport-2025.md"])
        #expect(result.notWritten == ["ut/tilstandsrapport-2025.html"])
        #expect(result.diagnostics.last?.message == "Bare noen av filene ble byttet ut, og de gamle kunne ikke settes tilbake: "
                + "«ut/tilstandsrapport-2025.md» er nye, «ut/tilstandsrapport-2025.html» er de gamle. "
                + "Kjør «tilstandsrapport build» igjen når feilen over er rettet.")
        #expect(onDisk == ["# ny\n", "<p>gammel</p>\n"])
        expectSound("after the failure")
        expectNextBuildSucceeds()
    }

    @Test func withoutHardLinksAReplacedFileCannotBeUndoneAndSaysSo() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = write("ny", failing: [.backup(Self.names[0]): EPERM, .rename(Self.names[1]): EIO])
        #expect(result.written == ["ut/tilstandsrapport-2025.md"])
        #expect(onDisk == ["# ny\n", "<p>gammel</p>\n"])
        expectSound("after the failure")
        expectNextBuildSucceeds()
    }

    /// The issue's case: the disk fills on the last write. The report is complete and new, and the message says so.
    @Test func aFullDiskOnTheLastWriteSaysTheReportIsWrittenButTheListIsNot() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = write("ny", failing: [.manifest(final: true): ENOSPC])
        #expect(result.diagnostics.map(\.code) == ["CLI032"])
        #expect(result.diagnostics.first?.message.hasPrefix("Rapporten er skrevet og er hel, men listen «ut/.tilstandsrapport-utdata» kunne ikke oppdateres: disken er full.") == true)
        #expect(result.written == ["ut/tilstandsrapport-2025.md", "ut/tilstandsrapport-2025.html"])
        #expect(result.notWritten == ["ut/.tilstandsrapport-utdata"])
        #expect(onDisk == ["# ny\n", "<p>ny</p>\n"])
        expectSound("after the failure")
        expectNextBuildSucceeds()
    }

    @Test func anUnreadableManifestIsReportedAsUnreadableNotAsFilesOfSomeoneElse() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = write("ny", failing: [.read(".tilstandsrapport-utdata"): EACCES])
        #expect(result.diagnostics.map(\.code) == ["CLI026"])
        #expect(result.diagnostics.first?.message == "Kunne ikke lese «ut/.tilstandsrapport-utdata» (listen over filene tilstandsrapport har skrevet): "
                + "du har ikke tilgang (mangler skrive- eller leserettighet). Uten den vet ikke tilstandsrapport om filene i mappen er dine, så ingenting blir overskrevet.")
        #expect(onDisk == ["# gammel\n", "<p>gammel</p>\n"])
    }

    @Test func anUnreadableReportFileIsReportedWithItsReason() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = write("ny", failing: [.read(Self.names[1]): EIO])
        #expect(result.diagnostics.map(\.code) == ["CLI033"])
        #expect(result.diagnostics.first?.message.hasPrefix("Kunne ikke lese «ut/tilstandsrapport-2025.html», som finnes fra før: lese- eller skrivefeil") == true)
    }

    @Test(arguments: [ENOSPC, EDQUOT, EACCES, EPERM, EROFS, EFBIG, EIO, ENAMETOOLONG, ELOOP, ENOENT, ENOTDIR, EEXIST, EISDIR, EMFILE, ESTALE, EXDEV])
    func everySystemErrorHasANorwegianReason(_ number: Int32) {
        let reason = CLIMessages.reason(number)
        #expect(!reason.contains("systemfeil"), "\(number): \(reason)")
        #expect(!reason.contains(String(cString: strerror(number))), "\(number): \(reason)")
    }

    @Test func anUnknownSystemErrorStillNamesItsNumber() {
        #expect(CLIMessages.reason(9999).hasPrefix("systemfeil nr. 9999"))
    }

    @Test func theCommandLineSaysFileByFileWhatWasWrittenAndWhatWasNot() {
        let workspace = TemporaryFolder()
        workspace.makeFakeProjects()
        var tool = CommandLineTool(pipeline: FakePipeline(), currentDirectory: workspace.url)
        tool.writeFaults = WriteFaults(failures: [.manifest(final: true): ENOSPC])
        var console = CapturedConsole()
        #expect(tool.run(["build", "eksempel"], console: &console) == 3)
        #expect(console.output == "Skrev eksempel/rapport/tilstandsrapport-2025.md\nSkrev eksempel/rapport/tilstandsrapport-2025.html\n")
        #expect(console.error.hasSuffix("\n1 feil. Skrevet: «eksempel/rapport/tilstandsrapport-2025.md» og «eksempel/rapport/tilstandsrapport-2025.html». "
                                        + "Ikke skrevet: «eksempel/rapport/.tilstandsrapport-utdata».\n"), "\(console.error)")

        tool.writeFaults = WriteFaults(failures: [.rename("tilstandsrapport-2025.html"): ENOSPC])
        console = CapturedConsole()
        #expect(tool.run(["build", "advarsler"], console: &console) == 3)
        #expect(console.output.isEmpty)
        #expect(console.error.hasSuffix("feil[CLI030]: Kunne ikke skrive «advarsler/rapport/tilstandsrapport-2025.html»: disken er full.\n1 feil, 1 advarsel. Ingenting ble skrevet.\n"),
                "\(console.error)")
    }

    // MARK: The lock

    /// Holds the output folder's lock as another build would.
    private func holdingTheLock<T>(_ body: () -> T) -> T {
        try? FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let lock = open(output.appendingPathComponent(".tilstandsrapport-sperre").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        return body()
    }

    @Test func aBuildWaitsForAShortWriteToFinish() {
        #expect(write("gammel").diagnostics.isEmpty)
        try? FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let lock = open(output.appendingPathComponent(".tilstandsrapport-sperre").path, O_RDWR | O_CLOEXEC)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        // The other build finishes its write after half a second (on a thread of its own: the test's threads are busy).
        Thread { usleep(500_000); close(lock) }.start()
        #expect(write("ny").diagnostics.isEmpty)
        #expect(onDisk == ["# ny\n", "<p>ny</p>\n"])
    }

    @Test func aSecondBuildIntoAFolderBeingWrittenIsRefusedAndWritesNothing() {
        #expect(write("gammel").diagnostics.isEmpty)
        let result = holdingTheLock { write("ny") }
        #expect(result.diagnostics.map(\.code) == ["CLI027"])
        #expect(result.diagnostics.first?.message == "En annen «tilstandsrapport build» skriver til utmappen «ut» og ble ikke ferdig på 2 sekunder. "
                + "Vent til den er ferdig og prøv igjen, eller velg en annen mappe med --out.")
        #expect(result.written.isEmpty)
        #expect(onDisk == ["# gammel\n", "<p>gammel</p>\n"])
        expectSound("while locked")
        #expect(write("ny").diagnostics.isEmpty, "the lock is released when its holder closes it")
    }

    @Test func aBuildStillHoldsTheFolderWhenItsLockFileIsRemoved() {
        #expect(write("gammel").diagnostics.isEmpty)
        // Another build holds the folder; someone tidying hidden files removes the lock file meanwhile.
        let directory = open(output.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(directory) }
        // Another test of the process may fork a child at this moment, which holds our descriptors (and so the
        // folder's lock) until it execs: wait for that, as a build would.
        var locked = flock(directory, LOCK_EX | LOCK_NB) == 0
        for _ in 0..<100 where !locked {
            usleep(20_000)
            locked = flock(directory, LOCK_EX | LOCK_NB) == 0
        }
        #expect(locked, "errno \(errno)")
        try? FileManager.default.removeItem(at: output.appendingPathComponent(".tilstandsrapport-sperre"))
        #expect(write("ny").diagnostics.map(\.code) == ["CLI027"])
        #expect(onDisk == ["# gammel\n", "<p>gammel</p>\n"])
    }

    @Test func theLockFileIsNeverFollowedOrReplaced() throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        folder.write("hemmelig.txt", "mitt\n")
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent(".tilstandsrapport-sperre").path,
                                                   withDestinationPath: folder.path("hemmelig.txt"))
        let result = write("ny")
        #expect(result.diagnostics.map(\.code) == ["CLI028"])
        #expect(folder.read("hemmelig.txt") == "mitt\n")
        #expect(onDisk == [nil, nil])
    }

    @Test func aLockFileWithContentIsLeftAloneAndNotListed() throws {
        folder.write("ut/.tilstandsrapport-sperre", "noen skrev her\n")
        #expect(write("ny").diagnostics.isEmpty)
        #expect(folder.read("ut/.tilstandsrapport-sperre") == "noen skrev her\n")
        #expect(folder.read("ut/.tilstandsrapport-utdata")?.contains(".tilstandsrapport-sperre\n") == false)
        expectSound("with a lock file someone wrote in")
        // A hard link to a file of the user's is never emptied or listed either.
        try FileManager.default.removeItem(atPath: folder.path("ut/.tilstandsrapport-sperre"))
        folder.write("tom.txt", "")
        try FileManager.default.linkItem(atPath: folder.path("tom.txt"), toPath: folder.path("ut/.tilstandsrapport-sperre"))
        #expect(write("igjen").diagnostics.isEmpty)
        #expect(folder.read("ut/.tilstandsrapport-utdata")?.contains(".tilstandsrapport-sperre\n") == false)
    }

    @Test func aRefusedBuildLeavesNotEvenTheLockFileBehind() {
        folder.write("ut/tilstandsrapport-2025.md", "egen fil\n")
        #expect(write("ny").diagnostics.map(\.code) == ["CLI024"])
        #expect(folder.listing("ut") == ["tilstandsrapport-2025.md"])
    }

    // MARK: The manifest

    @Test func theManifestNeverListsAFileTwiceAndDropsFilesThatAreGone() throws {
        _ = OutputWriter().write([OutputFile(name: "tilstandsrapport-2024.md", text: "2024\n")], to: output, project: project, shownAs: "ut")
        #expect(write("x").diagnostics.isEmpty)
        try FileManager.default.removeItem(at: output.appendingPathComponent("tilstandsrapport-2024.md"))
        #expect(write("y").diagnostics.isEmpty)
        let text = folder.read("ut/.tilstandsrapport-utdata") ?? ""
        let names = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.dropFirst(66) }
        #expect(names == [".tilstandsrapport-sperre", "tilstandsrapport-2025.html", "tilstandsrapport-2025.md"])
        expectSound("after dropping a removed file")
    }

    @Test func aManifestFromAnEarlierVersionListingOldAndNewIsStillRecognised() {
        let old = SHA256.hex(Array("# gammel\n".utf8))
        let new = SHA256.hex(Array("# ny\n".utf8))
        let manifest = OutputManifest(parsing: "\(old)  a.md\n\(new)  a.md\n")
        #expect(manifest.listed["a.md"] == nil)
        #expect(manifest.accepted("a.md") == [old, new])
        #expect(!manifest.text.contains("\(old)  a.md\n\(new)  a.md"))
    }
}
