import Testing
@testable import TilstandsrapportCLI

@Suite struct HelpTests {
    private func run(_ arguments: [String]) -> (String, String, Int32) {
        var console = CapturedConsole()
        let tool = CommandLineTool(pipeline: UnavailablePipeline(), sampleProject: SampleProject(files: []),
                                   currentDirectory: TemporaryFolder().url)
        let status = tool.run(arguments, console: &console)
        return (console.output, console.error, status)
    }

    @Test func theThreeWaysToAskForTheMainHelpAgree() {
        let forms = [["--help"], ["-h"], ["help"]].map(run)
        for form in forms {
            #expect(form.0 == HelpText.main + "\n")
            #expect(form.1.isEmpty)
            #expect(form.2 == 0)
        }
    }

    @Test(arguments: CommandName.allCases)
    func eachCommandHasHelpReachedThreeWays(_ command: CommandName) {
        let expected = HelpText.text(for: command) + "\n"
        #expect(run([command.rawValue, "--help"]).0 == expected)
        #expect(run([command.rawValue, "-h"]).0 == expected)
        #expect(run(["help", command.rawValue]).0 == expected)
        #expect(expected.hasPrefix("Bruk: tilstandsrapport \(command.rawValue) DIR"))
        #expect(expected.contains("\nEksempel:\n") || expected.contains("\nEksempler:\n"))
    }

    @Test func mainHelpListsEveryCommand() {
        for command in CommandName.allCases {
            #expect(HelpText.main.contains("  \(command.rawValue) DIR"))
        }
    }

    @Test func helpLinesFitAnEightyColumnTerminal() {
        for command in [nil] + CommandName.allCases.map(Optional.some) {
            for line in HelpText.text(for: command).split(separator: "\n") {
                #expect(line.count <= 90, "\(line)")
            }
        }
    }

    @Test func versionIsOneLine() {
        let (output, error, status) = run(["--version"])
        #expect(output == "tilstandsrapport 0.1.0\n")
        #expect(error.isEmpty)
        #expect(status == 0)
    }

    @Test func placeholderPipelineFailsHonestly() {
        let folder = TemporaryFolder()
        folder.makeFakeProjects()
        for command in ["check", "build", "status"] {
            var console = CapturedConsole()
            let tool = CommandLineTool(pipeline: UnavailablePipeline(), sampleProject: SampleProject(files: []),
                                       currentDirectory: folder.url)
            #expect(tool.run([command, "eksempel"], console: &console) == 1)
            #expect(console.error.contains("feil[TST900]"))
        }
        #expect(!folder.listing().contains("eksempel/rapport/"))
    }
}
