import Foundation
import Testing

extension Hostile {
/// Paths the project or the command line controls never reach outside the project (templates) or into it (output).
@Suite struct PathTests {
    /// A file outside the project whose content must never show up in a report.
    static let secret = "HEMMELIG-INNHOLD-UTENFOR-PROSJEKTET"

    static func writeSecret(in project: HostileProject) {
        project.folder.write("hemmelig.mustache", secret + "\n")
        project.folder.write("hemmelig.md", "---\ntittel: \(secret)\nansvarlig: x\nstatus: godkjent\n---\n\(secret)\n")
    }

    /// Asserts a refused build: the status, a message naming the problem, no output folder, inputs untouched.
    static func expectRefused(_ run: BuildRun, status: Int32, mentioning words: [String], before: [String: String],
                              project: HostileProject, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == status, "\(run.transcript)", sourceLocation: sourceLocation)
        for word in words {
            #expect(run.error.contains(word), "stderr should mention «\(word)»\n\(run.transcript)", sourceLocation: sourceLocation)
        }
        #expect(run.error.contains("Ingenting ble skrevet."), "\(run.transcript)", sourceLocation: sourceLocation)
        #expect(run.output.isEmpty, "\(run.transcript)", sourceLocation: sourceLocation)
        #expect(!run.error.contains(secret), "the secret reached the console", sourceLocation: sourceLocation)
        #expect(project.snapshot() == before, "an input file changed", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: project.out.path), "an output folder was created", sourceLocation: sourceLocation)
    }

    // MARK: Templates

    static let escapingPartials = [
        "{{> ../hemmelig.mustache}}",
        "{{> ../../hemmelig.mustache}}",
        "{{> ../../../../../../../../etc/passwd}}",
        "{{> /etc/passwd}}",
        "{{>/etc/passwd}}",
        "{{> ~/.bashrc}}",
        "{{> ./../../hemmelig.mustache}}",
        "{{> undermappe/../../../hemmelig.mustache}}",
        "{{> ..\\..\\hemmelig.mustache}}",
        "{{< ../../hemmelig.mustache}}{{/../../hemmelig.mustache}}",
        "{{>*tekst.tittel}}",
    ]

    @Test(arguments: escapingPartials)
    func aProjectTemplateCannotIncludeAFileOutsideMaler(_ tag: String) {
        let project = HostileProject()
        Self.writeSecret(in: project)
        project.write("maler/oppsummering.md.mustache", "## {{tekst.tittel}}\n\n\(tag)\n\n{{{tekst.innhold}}}\n")
        // For the dynamic name: the partial's name comes from the chapter title.
        project.setKey("tittel", to: "../../hemmelig.mustache", in: "tekster/oppsummering.md")
        let before = project.snapshot()
        let run = project.build()
        Self.expectRefused(run, status: 1, mentioning: ["oppsummering.md.mustache"], before: before, project: project)
        #expect(run.error.contains("MUS"), "\(run.transcript)")
    }

    @Test(arguments: [
        ("oppsummering.md.mustache", "../../hemmelig.mustache"),   // relative, out of the project
        ("oppsummering.md.mustache", "/etc/passwd"),               // absolute
        ("oppsummering.md.mustache", "../tilstandsrapport.txt"),  // out of maler/, into the project
    ])
    func aLinkInMalerPointingOutsideIsRefused(_ name: String, _ target: String) throws {
        let project = HostileProject()
        Self.writeSecret(in: project)
        try FileManager.default.createDirectory(atPath: project.path("maler"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: project.path("maler/" + name), withDestinationPath: target)
        let before = project.snapshot()
        let run = project.build()
        // What matters most: nothing from the link's target reaches the report.
        let leaked = run.html.contains(Self.secret) || run.html.contains("root:x:0:0") || run.html.contains("Innstillinger for tilstandsrapporten")
        #expect(!leaked, "the link's target reached the report")
        Self.expectRefused(run, status: 1, mentioning: [name], before: before, project: project)
    }

    @Test func aFolderLinkInMalerPointingOutsideIsRefused() throws {
        let project = HostileProject()
        Self.writeSecret(in: project)
        try FileManager.default.createDirectory(atPath: project.path("maler"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: project.path("maler/felles"), withDestinationPath: project.folder.url.path)
        project.write("maler/oppsummering.md.mustache", "## {{tekst.tittel}}\n\n{{> felles/hemmelig.mustache}}\n")
        let before = project.snapshot()
        let run = project.build()
        // The loader refuses the link itself (every file in maler/ is read by it), before any template is rendered.
        Self.expectRefused(run, status: 1, mentioning: ["maler/felles", "INN113"], before: before, project: project)
    }

    /// Positive control: a link that stays inside maler/ works, so the refusals above are about where links point.
    @Test func aLinkInsideMalerIsFine() throws {
        let project = HostileProject()
        project.write("maler/felles/tittel.mustache", "## {{tekst.tittel}} (egen mal)\n")
        try FileManager.default.createSymbolicLink(atPath: project.path("maler/tittel.mustache"), withDestinationPath: "felles/tittel.mustache")
        project.write("maler/oppsummering.md.mustache", "{{> tittel.mustache}}\n\n{{{tekst.innhold}}}\n")
        let run = project.build()
        #expect(run.status == 0, "\(run.transcript)")
        let used = run.html.contains("Kort oppsummering (egen mal)")
        #expect(used, "the linked template was not used")
    }

    /// `kapitler:` names chapters, which become file names under tekster/ and maler/: it must not leave them.
    @Test(arguments: ["../../hemmelig", "../tekster/../../hemmelig", "/tmp/../\(UUID().uuidString)"])
    func aChapterIdCannotReadATextOutsideTekster(_ id: String) {
        let project = HostileProject()
        Self.writeSecret(in: project)
        project.editText("tilstandsrapport.txt") { $0 += "kapitler: oppsummering, \(id)\n" }
        let before = project.snapshot()
        let run = project.build()
        if id.hasPrefix("/tmp") {
            // Not a chapter name at all: refused before anything is read.
            Self.expectRefused(run, status: 1, mentioning: ["INN007"], before: before, project: project)
            return
        }
        let leaked = run.html.contains(Self.secret)
        #expect(!leaked, "a text outside the project was built into the report")
        Self.expectRefused(run, status: 1, mentioning: [id], before: before, project: project)
    }

    // MARK: The output folder

    /// `--out` values relative to the temporary folder (which holds `prosjekt/`), and the code each must give.
    static let refusedOutputs: [(String, String)] = [
        ("prosjekt", "CLI011"),
        ("prosjekt/", "CLI011"),
        ("prosjekt/.", "CLI011"),
        ("prosjekt/data/..", "CLI011"),
        ("./prosjekt//tekster/../", "CLI011"),
        ("prosjekt/data", "CLI012"),
        ("prosjekt/data/", "CLI012"),
        ("prosjekt/./data", "CLI012"),
        ("prosjekt/data/ny/dypere", "CLI012"),
        ("prosjekt/tekster", "CLI012"),
        ("prosjekt/maler", "CLI012"),
        ("prosjekt/tilstandsrapport.txt", "CLI010"),
        ("prosjekt/data/bemanning.csv", "CLI010"),
        ("en-fil", "CLI010"),
        ("lenke-til-tekster", "CLI012"),
        ("lenke-til-tekster/ny", "CLI012"),
        ("lenke-til-prosjekt", "CLI011"),
        ("lenke-til-prosjekt/data", "CLI012"),
        ("lenke-til-fil", "CLI010"),
        ("dinglende-lenke", "CLI010|CLI030"), // mkdir on the link fails: refused either way, nothing created
    ]

    @Test(arguments: refusedOutputs)
    func anOutputFolderAmongTheInputsIsRefusedAndNothingChanges(_ out: String, _ code: String) throws {
        let project = HostileProject()
        let temporary = project.folder
        temporary.write("en-fil", "mitt\n")
        try FileManager.default.createSymbolicLink(atPath: temporary.path("lenke-til-tekster"), withDestinationPath: project.path("tekster"))
        try FileManager.default.createSymbolicLink(atPath: temporary.path("lenke-til-prosjekt"), withDestinationPath: "prosjekt")
        try FileManager.default.createSymbolicLink(atPath: temporary.path("lenke-til-fil"), withDestinationPath: project.path("data/avvik.csv"))
        try FileManager.default.createSymbolicLink(atPath: temporary.path("dinglende-lenke"), withDestinationPath: "finnes-ikke")
        let before = project.snapshot()
        let outside = temporary.listing()
        let run = project.build(out: out)
        let codes = code.split(separator: "|").map(String.init)
        #expect(codes.contains { run.error.contains($0) }, "expected \(code)\n\(run.transcript)")
        Self.expectRefused(run, status: 3, mentioning: [out.hasPrefix("./") ? out : out.split(separator: "/").first.map(String.init) ?? out],
                           before: before, project: project)
        #expect(temporary.listing() == outside, "something was written next to the project")
        #expect(temporary.read("en-fil") == "mitt\n")
    }

    /// Also through an absolute path and through a link to the project given as the project argument.
    @Test func theInputFolderIsRecognisedWhateverTheSpelling() throws {
        let project = HostileProject()
        try FileManager.default.createSymbolicLink(atPath: project.folder.path("lenke-til-prosjekt"), withDestinationPath: "prosjekt")
        let before = project.snapshot()
        for arguments in [
            ["build", project.root.path, "--out", project.path("data")],
            ["build", "lenke-til-prosjekt", "--out", "prosjekt/tekster"],
            ["build", "prosjekt", "--out=prosjekt/maler"],
            ["build", "prosjekt", "-o", "lenke-til-prosjekt"],
        ] {
            let run = project.run(arguments)
            #expect(run.status == 3, "\(arguments): \(run.transcript)")
            #expect(run.output.isEmpty)
        }
        #expect(project.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: project.path("rapport")))
    }

    /// tekster/ may itself be a link (a shared folder); writing into its target is writing among the inputs.
    @Test func anOutputFolderThatIsTheTargetOfALinkedInputFolderIsRefused() throws {
        let project = HostileProject()
        let real = project.folder.url.appendingPathComponent("delte-tekster")
        try FileManager.default.moveItem(atPath: project.path("tekster"), toPath: real.path)
        try FileManager.default.createSymbolicLink(atPath: project.path("tekster"), withDestinationPath: real.path)
        let before = project.snapshot()
        let texts = try FileManager.default.contentsOfDirectory(atPath: real.path).sorted()
        let run = project.build(out: "delte-tekster")
        #expect(run.status == 3, "\(run.transcript)")
        let after = (try? FileManager.default.contentsOfDirectory(atPath: real.path).sorted()) ?? []
        #expect(after == texts, "files were added among the texts")
        #expect(project.snapshot() == before, "an existing input file changed")
    }
}
}
