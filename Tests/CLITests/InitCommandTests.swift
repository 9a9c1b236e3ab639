import Foundation
import ReportModel
import Testing
@testable import TilstandsrapportCLI

@Suite struct InitCommandTests {
    static let binary: [UInt8] = (0...255).map(UInt8.init) + [0xEF, 0xBB, 0xBF, 0x0D, 0x0A, 0x00]

    static let sample = SampleProject(files: [
        ProjectFile(path: "tilstandsrapport.txt", bytes: Array("kommune: Fjordvik kommune\r\n".utf8)),
        ProjectFile(path: "data/bemanning.csv", bytes: Array("år;rolle\n".utf8)),
        ProjectFile(path: "data/undersøkelse æøå ÆØÅ.csv", bytes: Array("«svar»\n".utf8)),
        ProjectFile(path: "tekster/vedlegg/bilder/logo.bin", bytes: binary),
        ProjectFile(path: "tekster/tom.md", bytes: []),
    ])

    /// `init DIR` writing `sample` as the empty project (or `init --eksempel DIR` writing it as the example).
    private func initialize(_ directory: String, in folder: TemporaryFolder, sample: SampleProject = sample, example: Bool = false)
        -> (CapturedConsole, Int32) {
        var console = CapturedConsole()
        let tool = CommandLineTool(pipeline: FakePipeline(), sampleProject: example ? sample : SampleProject(files: []),
                                   emptyProject: example ? SampleProject(files: []) : sample, currentDirectory: folder.url)
        let status = tool.run(example ? ["init", "--eksempel", directory] : ["init", directory], console: &console)
        return (console, status)
    }

    @Test func initWritesTheEmptyProjectAndInitEksempelTheSample() {
        let folder = TemporaryFolder()
        let empty = SampleProject(files: [ProjectFile(path: "tom.txt", bytes: [1])])
        let example = SampleProject(files: [ProjectFile(path: "eksempel.txt", bytes: [2])])
        var console = CapturedConsole()
        let tool = CommandLineTool(pipeline: FakePipeline(), sampleProject: example, emptyProject: empty, currentDirectory: folder.url)
        #expect(tool.run(["init", "a"], console: &console) == 0)
        #expect(tool.run(["init", "--eksempel", "b"], console: &console) == 0)
        #expect(folder.listing() == ["a/", "a/tom.txt", "b/", "b/eksempel.txt"])
    }

    @Test(arguments: [("2025-10-09T12:00:00Z", 2025), ("2026-03-01T12:00:00Z", 2025), ("2026-06-30T21:59:00Z", 2025), ("2026-06-30T22:00:00Z", 2026)])
    func theEmptyProjectSuggestsTheYearTheReportIsMostLikelyAbout(_ date: String, _ year: Int) throws {
        let today = try #require(ISO8601DateFormatter().date(from: date))
        #expect(InitCommand.suggestedYear(today: today) == year)
        let folder = TemporaryFolder()
        var tool = CommandLineTool(pipeline: FakePipeline(), emptyProject: .embeddedEmpty, currentDirectory: folder.url)
        tool.today = today
        var console = CapturedConsole()
        #expect(tool.run(["init", "p"], console: &console) == 0)
        #expect(folder.read("p/tilstandsrapport.txt")?.contains("\nrapportår: \(year)\n") == true)
    }

    @Test func copiesEveryFileByteForByte() {
        let folder = TemporaryFolder()
        let (console, status) = initialize("ny", in: folder)
        #expect(status == 0)
        #expect(console.error.isEmpty)
        for file in Self.sample.files {
            #expect(folder.bytes("ny/" + file.path) == file.bytes, "\(file.path)")
        }
        #expect(folder.listing("ny").filter { !$0.hasSuffix("/") }.count == Self.sample.files.count)
    }

    @Test func acceptsAnEmptyFolderAndOneWithOnlyHiddenEntries() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("tom"), withIntermediateDirectories: true)
        #expect(initialize("tom", in: folder).1 == 0)
        folder.write("skjult/.git/HEAD", "ref\n")
        #expect(initialize("skjult", in: folder).1 == 0)
        #expect(folder.read("skjult/.git/HEAD") == "ref\n")
    }

    @Test func refusesAFolderThatIsNotEmptyAndChangesNothing() {
        let folder = TemporaryFolder()
        folder.write("gammel/notat.txt", "mitt\n")
        let (console, status) = initialize("gammel", in: folder)
        #expect(status == 3)
        #expect(console.error.contains("feil[CLI041]: Mappen «gammel» er ikke tom."))
        #expect(console.error.hasSuffix("1 feil. Ingenting ble skrevet.\n"))
        #expect(folder.listing("gammel") == ["notat.txt"])
    }

    @Test func refusesAFile() {
        let folder = TemporaryFolder()
        folder.write("fil", "x\n")
        #expect(initialize("fil", in: folder).1 == 3)
        #expect(folder.read("fil") == "x\n")
    }

    @Test func refusesAnEmptySampleWithAClearMessage() {
        let folder = TemporaryFolder()
        let (console, status) = initialize("ny", in: folder, sample: SampleProject(files: []))
        #expect(status == 3)
        #expect(console.error.contains("CLI042"))
        #expect(folder.listing().isEmpty)
    }

    @Test(arguments: ["../utenfor.txt", "/abs.txt", "a//b.txt", "a/./b.txt", ""])
    func refusesSamplePathsThatLeaveTheFolder(_ path: String) {
        let folder = TemporaryFolder()
        let sample = SampleProject(files: [ProjectFile(path: "ok.txt", bytes: [1]), ProjectFile(path: path, bytes: [2])])
        #expect(initialize("ny", in: folder, sample: sample).1 == 3)
        #expect(folder.listing().isEmpty)
    }

    @Test func removesWhatItMadeWhenAWriteFails() {
        let folder = TemporaryFolder()
        let tooLong = "data/" + String(repeating: "x", count: 300) + ".csv"
        let sample = SampleProject(files: [
            ProjectFile(path: "tilstandsrapport.txt", bytes: [1]),
            ProjectFile(path: "tekster/a.md", bytes: [2]),
            ProjectFile(path: tooLong, bytes: [3]),
        ])
        let (console, status) = initialize("ny/mappe", in: folder, sample: sample)
        #expect(status == 3)
        #expect(console.error.contains("CLI030"))
        #expect(console.error.contains(": navnet eller stien er for lang."), "\(console.error)")
        #expect(folder.listing().isEmpty)
    }

    @Test func initIntoAFolderWhoseNameIsNotUTF8CreatesExactlyThatFolder() {
        let folder = TemporaryFolder()
        var console = CapturedConsole()
        let tool = CommandLineTool(pipeline: FakePipeline(), emptyProject: Self.sample, currentDirectoryPath: RawPath(folder.url.path))
        let name = RawPath(bytes: Array("rapport".utf8) + [0xE6])
        #expect(tool.run(raw: ["init", name], console: &console) == 0)
        #expect(console.output.hasPrefix("Laget rapportmappen «rapport\\xE6» med 5 filer"), "\(console.output)")
        #expect(POSIXFile.resolvedKind(of: RawPath(folder.url.path).appending(name).appending("tilstandsrapport.txt")) == .file)
        #expect(POSIXFile.kind(of: RawPath(folder.url.path).appending("rapport\u{FFFD}")) == .none)
    }

    /// `init --målform nn` writes the nynorsk empty project, `init --eksempel --målform nn` the nynorsk sample.
    @Test func initMålformNnWritesTheNynorskProjects() {
        let folder = TemporaryFolder()
        var tool = CommandLineTool(pipeline: FakePipeline(), sampleProject: SampleProject(files: [ProjectFile(path: "nb-eksempel.txt", bytes: [1])]),
                                   emptyProject: SampleProject(files: [ProjectFile(path: "nb-tom.txt", bytes: [2])]), currentDirectory: folder.url)
        tool.nynorskSampleProject = SampleProject(files: [ProjectFile(path: "nn-eksempel.txt", bytes: [3])])
        tool.nynorskEmptyProject = SampleProject(files: [ProjectFile(path: "nn-tom.txt", bytes: [4])])
        var console = CapturedConsole()
        #expect(tool.run(["init", "--målform", "nn", "a"], console: &console) == 0)
        #expect(tool.run(["init", "--eksempel", "--målform=nn", "b"], console: &console) == 0)
        #expect(tool.run(["init", "--målform", "nb", "c"], console: &console) == 0)
        #expect(folder.listing() == ["a/", "a/nn-tom.txt", "b/", "b/nn-eksempel.txt", "c/", "c/nb-tom.txt"])
        #expect(tool.run(["init", "--målform", "se", "d"], console: &console) == 2)
        #expect(console.error.contains("valget «--målform» må være nb eller nn, ikke «se»."), "\(console.error)")
    }

    /// The built-in projects: the nynorsk ones say `målform: nn`, and the bokmål sample does not carry the nynorsk one.
    @Test func theEmbeddedNynorskProjectsAreNynorsk() {
        let settings = { (project: SampleProject) in
            project.files.first { $0.path == "tilstandsrapport.txt" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
        }
        #expect(settings(SampleProject.embedded(.nynorsk)).contains("\nmålform: nn\n"))
        #expect(settings(SampleProject.embeddedEmpty(.nynorsk)).contains("\nmålform: nn\n"))
        #expect(settings(SampleProject.embedded).contains("\nmålform: nb\n"))
        #expect(!SampleProject.embedded.files.contains { $0.path.hasPrefix("nn/") || $0.path.hasPrefix("samarbeid/") })
        #expect(Set(SampleProject.embedded(.nynorsk).files.map(\.path)) == Set(SampleProject.embedded.files.map(\.path)))
        #expect(Set(SampleProject.embeddedEmpty(.nynorsk).files.map(\.path)) == Set(SampleProject.embeddedEmpty.files.map(\.path)))
    }

    @Test func embeddedSampleStripsTheSampleDataPrefix() {
        for file in SampleProject.embedded.files {
            #expect(!file.path.hasPrefix("SampleData/"))
            #expect(ProjectCreator.isSafeRelativePath(file.path))
        }
    }
}
