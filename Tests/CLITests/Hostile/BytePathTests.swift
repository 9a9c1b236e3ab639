import Foundation
import ReportBuilding
import Testing
@testable import TilstandsrapportCLI

extension Hostile {
/// Paths are bytes on Linux, and a folder made on an old share may be named in Latin-1 (`rapport\xE6`). The tool
/// reaches exactly that folder, from the arguments and from the current folder, and shows the byte as `\xE6`.
@Suite struct BytePathTests {
    static let latin1 = RawPath(bytes: Array("rapport".utf8) + [0xE6])   // «rapportæ» in Latin-1
    static let latin1Out = RawPath(bytes: Array("ut".utf8) + [0xE6])

    /// The project moved to a folder whose name is not UTF-8; `body` runs, then it is moved back (so it can be removed).
    static func withProjectIn(_ name: RawPath, _ project: HostileProject, _ body: (RawPath) async throws -> Void) async rethrows {
        let parent = RawPath(project.folder.url.path)
        let moved = parent.appending(name)
        let original = RawPath(project.root.path)
        #expect(original.withCString { from in moved.withCString { rename(from, $0) } } == 0)
        defer { _ = moved.withCString { from in original.withCString { rename(from, $0) } } }
        try await body(moved)
    }

    static func remove(_ path: RawPath) {
        for name in POSIXFile.names(in: path) ?? [] {
            let child = path.appending(RawPath(bytes: name))
            if POSIXFile.kind(of: child) == .directory { remove(child) } else { POSIXFile.remove(child) }
        }
        POSIXFile.removeDirectory(path)
    }

    @Test func buildDotInAFolderWhoseNameIsNotUTF8() async {
        let project = HostileProject()
        await Self.withProjectIn(Self.latin1, project) { folder in
            var console = CapturedConsole()
            let tool = CommandLineTool(pipeline: ReportBuilder(), currentDirectoryPath: folder)
            let status = tool.run(raw: ["build", "."], console: &console)
            #expect(status == 0, "\(console.error.suffix(800))")
            #expect(console.output == "Skrev ./rapport/tilstandsrapport-2025.md\nSkrev ./rapport/tilstandsrapport-2025.html\n")
            #expect(POSIXFile.kind(of: folder.appending("rapport/tilstandsrapport-2025.html")) == .file)
            Self.remove(folder.appending("rapport"))
        }
    }

    @Test func anOutputFolderWhoseNameIsNotUTF8IsExactlyThatFolder() {
        let project = HostileProject()
        var console = CapturedConsole()
        let tool = CommandLineTool(pipeline: ReportBuilder(),
                                   currentDirectoryPath: RawPath(project.folder.url.path))
        #expect(tool.run(raw: ["build", "prosjekt", "--out", Self.latin1Out], console: &console) == 0, "\(console.error.suffix(800))")
        #expect(console.output == "Skrev ut\\xE6/tilstandsrapport-2025.md\nSkrev ut\\xE6/tilstandsrapport-2025.html\n")
        let parent = RawPath(project.folder.url.path)
        #expect(POSIXFile.kind(of: parent.appending(Self.latin1Out).appending("tilstandsrapport-2025.md")) == .file)
        #expect(POSIXFile.kind(of: parent.appending("ut\u{FFFD}")) == .none, "wrote to a differently named folder")
        Self.remove(parent.appending(Self.latin1Out))
    }

    @Test func aMissingFolderIsNamedWithItsByteShown() {
        let folder = TemporaryFolder()
        var console = CapturedConsole()
        let tool = CommandLineTool(pipeline: FakePipeline(), currentDirectoryPath: RawPath(folder.url.path))
        #expect(tool.run(raw: ["check", Self.latin1], console: &console) == 1)
        #expect(console.error == "feil[CLI001]: Finner ikke rapportmappen «rapport\\xE6».\n1 feil.\n")
    }

    @Test func rawPathsShowInvalidBytesAndNormaliseLikeURLs() {
        #expect(RawPath(bytes: [0x61, 0xFF, 0xC3, 0xA6, 0xE2, 0x82]).shown == "a\\xFFæ\\xE2\\x82")
        #expect(RawPath("/a/./b//c/../d/").normalized == "/a/b/d")
        #expect(RawPath("/../x").normalized == "/x")
        #expect(RawPath("a/../..").normalized == "..")
        #expect(RawPath("x").resolved(against: "/tmp/p") == "/tmp/p/x")
        #expect(RawPath("/tmp/p").parent == "/tmp")
        #expect(RawPath("/").parent == nil)
        #expect(RawPath(bytes: [0xE6]).text == nil)
        #expect(RawPath("æ").text == "æ")
    }

    // MARK: With the binary, as a user runs it

    @Test(.enabled(if: Subprocess.binary != nil && access("/bin/sh", X_OK) == 0))
    func theBinaryReadsArgumentsAndTheCurrentFolderAsBytes() async throws {
        let binary = try #require(Subprocess.binary)
        let project = HostileProject()
        try await Self.withProjectIn(Self.latin1, project) { folder in
            // `build .` inside the folder (the current folder's name is not UTF-8).
            let inside = await Subprocess.run("/bin/sh", ["-c", #"cd "$1/$(printf 'rapport\346')" && exec "$0" build ."#, binary, project.folder.url.path])
            #expect(inside.status == 0, "\(inside.stderr.suffix(600))")
            #expect(POSIXFile.kind(of: folder.appending("rapport/tilstandsrapport-2025.md")) == .file)
            // The project and --out as arguments with the byte.
            let outside = await Subprocess.run("/bin/sh", ["-c", #"cd "$1" && exec "$0" build "$(printf 'rapport\346')" --out "$(printf 'ut\346')""#,
                                                           binary, project.folder.url.path])
            #expect(outside.status == 0, "\(outside.stderr.suffix(600))")
            #expect(outside.stdout == "Skrev ut\\xE6/tilstandsrapport-2025.md\nSkrev ut\\xE6/tilstandsrapport-2025.html\n")
            let parent = RawPath(project.folder.url.path)
            #expect(POSIXFile.kind(of: parent.appending(Self.latin1Out).appending("tilstandsrapport-2025.html")) == .file)
            #expect(POSIXFile.kind(of: parent.appending("ut\u{FFFD}")) == .none)
            Self.remove(folder.appending("rapport"))
            Self.remove(parent.appending(Self.latin1Out))
            try #require(try FileManager.default.contentsOfDirectory(atPath: project.folder.url.path).count >= 0)
        }
    }
}
}
