import Foundation
import enum SourceText.SHA256
import ReportBuilding
import Testing
@testable import TilstandsrapportCLI

@Suite struct OutputWriterTests {
    let folder = TemporaryFolder()
    var project: URL { folder.url.appendingPathComponent("prosjekt") }
    var output: URL { folder.url.appendingPathComponent("ut") }

    init() {
        folder.write("prosjekt/tilstandsrapport.txt", "rapportår: 2025\n")
        folder.write("prosjekt/data/bemanning.csv", "år\n")
        folder.write("prosjekt/tekster/a.md", "a\n")
    }

    private func write(_ files: [OutputFile], to directory: URL? = nil) -> OutputWriter.Result {
        OutputWriter().write(files, to: directory ?? output, project: project, shownAs: "ut")
    }

    private static func report(_ text: String) -> [OutputFile] {
        [OutputFile(name: "tilstandsrapport-2025.md", text: "# \(text)\n"),
         OutputFile(name: "tilstandsrapport-2025.html", text: "<p>\(text)</p>\n")]
    }

    @Test func writesEveryFileAndAManifestAndNoTemporaryFiles() {
        let result = write(Self.report("første"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.written == ["ut/tilstandsrapport-2025.md", "ut/tilstandsrapport-2025.html"])
        #expect(folder.listing("ut") == [".tilstandsrapport-sperre", ".tilstandsrapport-utdata", "tilstandsrapport-2025.html", "tilstandsrapport-2025.md"])
        #expect(folder.read("ut/tilstandsrapport-2025.md") == "# første\n")
        #expect(folder.bytes("ut/.tilstandsrapport-sperre") == [])
    }

    @Test func manifestListsTheSHA256OfEachFileAsSha256sumDoes() throws {
        _ = write(Self.report("x"))
        let manifest = try #require(folder.read("ut/.tilstandsrapport-utdata"))
        let lines = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines == [
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  .tilstandsrapport-sperre",
            "\(SHA256.hex(Array("<p>x</p>\n".utf8)))  tilstandsrapport-2025.html",
            "\(SHA256.hex(Array("# x\n".utf8)))  tilstandsrapport-2025.md",
        ])
    }

    @Test func replacesItsOwnUnchangedOutput() {
        _ = write(Self.report("første"))
        let result = write(Self.report("andre"))
        #expect(result.diagnostics.isEmpty)
        #expect(folder.read("ut/tilstandsrapport-2025.md") == "# andre\n")
        #expect(folder.read("ut/.tilstandsrapport-utdata")?.contains(SHA256.hex(Array("# første\n".utf8))) == false)
        #expect(write(Self.report("tredje")).diagnostics.isEmpty)
    }

    @Test func keepsOlderYearsInTheManifestSoTheyCanBeReplacedLater() {
        _ = write([OutputFile(name: "tilstandsrapport-2024.md", text: "2024\n")])
        _ = write(Self.report("2025"))
        #expect(write([OutputFile(name: "tilstandsrapport-2024.md", text: "2024 rettet\n")]).diagnostics.isEmpty)
    }

    @Test func refusesAFileTheUserChangedAndWritesNothing() {
        _ = write(Self.report("første"))
        folder.write("ut/tilstandsrapport-2025.html", "<p>mine endringer</p>\n")
        let result = write(Self.report("andre"))
        #expect(result.diagnostics.map(\.code) == ["CLI023"])
        #expect(result.diagnostics.first?.message.contains("«ut/tilstandsrapport-2025.html»") == true)
        #expect(result.written.isEmpty)
        // All or nothing: the unchanged Markdown file was not replaced either.
        #expect(folder.read("ut/tilstandsrapport-2025.md") == "# første\n")
        #expect(folder.read("ut/tilstandsrapport-2025.html") == "<p>mine endringer</p>\n")
    }

    @Test func refusesAFileItDidNotWrite() {
        folder.write("ut/tilstandsrapport-2025.md", "egen fil\n")
        let result = write(Self.report("x"))
        #expect(result.diagnostics.map(\.code) == ["CLI024"])
        #expect(folder.listing("ut") == ["tilstandsrapport-2025.md"])
    }

    @Test func refusesASymbolicLinkOrFolderUnderAnOutputName() throws {
        try FileManager.default.createDirectory(atPath: folder.path("ut"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("ut/tilstandsrapport-2025.md"), withDestinationPath: folder.path("prosjekt/data/bemanning.csv"))
        try FileManager.default.createDirectory(atPath: folder.path("ut/tilstandsrapport-2025.html"), withIntermediateDirectories: true)
        let result = write(Self.report("x"))
        #expect(result.diagnostics.map(\.code) == ["CLI021", "CLI022"])
        #expect(folder.read("prosjekt/data/bemanning.csv") == "år\n")
    }

    @Test func aForgedManifestLineDoesNotMatchOtherContent() {
        folder.write("ut/.tilstandsrapport-utdata", "\(String(repeating: "0", count: 64))  tilstandsrapport-2025.md\n")
        folder.write("ut/tilstandsrapport-2025.md", "egen fil\n")
        #expect(write(Self.report("x")).diagnostics.map(\.code) == ["CLI023"])
    }

    @Test func anInterruptedReplacementIsRecognisedEitherWay() {
        // Between renaming the new manifest and the files, the manifest lists both old and new content.
        let old = "# gammel\n"
        let new = "# ny\n"
        folder.write("ut/.tilstandsrapport-utdata",
                     "\(SHA256.hex(Array(old.utf8)))  a.md\n\(SHA256.hex(Array(new.utf8)))  a.md\n")
        folder.write("ut/a.md", old)
        #expect(write([OutputFile(name: "a.md", text: "x\n")]).diagnostics.isEmpty)
        folder.write("ut/.tilstandsrapport-utdata",
                     "\(SHA256.hex(Array(old.utf8)))  b.md\n\(SHA256.hex(Array(new.utf8)))  b.md\n")
        folder.write("ut/b.md", new)
        #expect(write([OutputFile(name: "b.md", text: "x\n")]).diagnostics.isEmpty)
    }

    @Test func aFailedWriteLeavesThePreviousOutputAndNoTemporaryFiles() throws {
        _ = write(Self.report("første"))
        // A name too long for the file system makes creating its temporary file fail after the first one was written.
        let tooLong = String(repeating: "x", count: 250) + ".html"
        let result = write([OutputFile(name: "tilstandsrapport-2025.md", text: "# andre\n"), OutputFile(name: tooLong, text: "x")])
        #expect(result.diagnostics.map(\.code) == ["CLI030"])
        // The user's file and a Norwegian reason, never the temporary file or the system's English.
        #expect(result.diagnostics.first?.message == "Kunne ikke skrive «ut/\(tooLong)»: navnet eller stien er for lang.")
        #expect(result.written.isEmpty)
        #expect(folder.read("ut/tilstandsrapport-2025.md") == "# første\n")
        #expect(folder.listing("ut") == [".tilstandsrapport-sperre", ".tilstandsrapport-utdata", "tilstandsrapport-2025.html", "tilstandsrapport-2025.md"])
        #expect(write(Self.report("tredje")).diagnostics.isEmpty)
    }

    @Test func removesTemporaryFilesAKilledRunLeftButNothingElse() {
        folder.write("ut/.tilstandsrapport-2025.md.4711-123456.tmp", "halvskrevet")
        folder.write("ut/.tilstandsrapport-2025.md.notater.tmp", "mitt")
        folder.write("ut/.annet.4711-1.tmp", "mitt")
        #expect(write(Self.report("x")).diagnostics.isEmpty)
        #expect(folder.listing("ut") == [
            ".annet.4711-1.tmp", ".tilstandsrapport-2025.md.notater.tmp", ".tilstandsrapport-sperre", ".tilstandsrapport-utdata",
            "tilstandsrapport-2025.html", "tilstandsrapport-2025.md",
        ])
    }

    @Test(arguments: ["", ".skjult", "a/b.md", "../x.md", "linje\nskift.md"])
    func refusesNamesThatAreNotPlainFileNames(_ name: String) {
        let result = write([OutputFile(name: "ok.md", text: "x"), OutputFile(name: name, text: "x")])
        #expect(result.diagnostics.map(\.code) == ["CLI029"])
        #expect(folder.listing().contains("ut/") == false)
    }

    @Test func refusesTheSameNameTwice() {
        let result = write([OutputFile(name: "a.md", text: "1"), OutputFile(name: "a.md", text: "2")])
        #expect(result.diagnostics.map(\.code) == ["CLI029"])
    }

    @Test(arguments: [
        ("prosjekt", "CLI011"), ("prosjekt/", "CLI011"), ("prosjekt/data/../.", "CLI011"),
        ("prosjekt/data", "CLI012"), ("prosjekt/tekster", "CLI012"), ("prosjekt/maler", "CLI012"),
        ("prosjekt/data/ut/dypere", "CLI012"), ("prosjekt/tilstandsrapport.txt", "CLI010"),
        ("prosjekt/data/bemanning.csv", "CLI010"),
    ])
    func refusesOutputFoldersAmongTheInputs(_ relative: String, _ code: String) {
        let directory = folder.url.appendingPathComponent(relative)
        let result = OutputWriter().write(Self.report("x"), to: directory, project: project, shownAs: relative)
        #expect(result.diagnostics.map(\.code) == [code])
        #expect(folder.listing("prosjekt") == ["data/", "data/bemanning.csv", "tekster/", "tekster/a.md", "tilstandsrapport.txt"])
    }

    @Test func acceptsAFolderInsideTheProjectThatIsNotAnInputFolder() {
        let directory = project.appendingPathComponent("rapport")
        #expect(OutputWriter().write(Self.report("x"), to: directory, project: project, shownAs: "r").diagnostics.isEmpty)
        #expect(OutputWriter().checkLocation(of: project.appendingPathComponent("dataene"), project: project, shownAs: "d").isEmpty)
    }

    @Test func refusesAnOutputFolderReachedThroughALinkIntoTheInputs() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.path("lenke"), withDestinationPath: folder.path("prosjekt/tekster"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("prosjektlenke"), withDestinationPath: folder.path("prosjekt"))
        for relative in ["lenke", "lenke/ny", "prosjektlenke", "prosjektlenke/maler"] {
            let directory = folder.url.appendingPathComponent(relative)
            let result = OutputWriter().write(Self.report("x"), to: directory, project: project, shownAs: relative)
            #expect(!result.diagnostics.isEmpty, "\(relative)")
        }
        #expect(folder.listing("prosjekt/tekster") == ["a.md"])
    }

    @Test func refusesAProjectReachedThroughALinkWhenOutputIsItsInputFolder() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.path("prosjektlenke"), withDestinationPath: folder.path("prosjekt"))
        let linkedProject = folder.url.appendingPathComponent("prosjektlenke")
        let result = OutputWriter().write(Self.report("x"), to: project.appendingPathComponent("data"), project: linkedProject, shownAs: "d")
        #expect(result.diagnostics.map(\.code) == ["CLI012"])
    }

    @Test func createsMissingParentFolders() {
        let directory = folder.url.appendingPathComponent("a/b/c")
        #expect(OutputWriter().write(Self.report("x"), to: directory, project: project, shownAs: "a/b/c").diagnostics.isEmpty)
        #expect(folder.read("a/b/c/tilstandsrapport-2025.md") == "# x\n")
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheStandardVectors(_ input: String, _ digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func hashesAMillionBytes() {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
