import ReportModel
import Testing
@testable import TilstandsrapportCLI

@Suite struct ArgumentParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let expected: Result<Invocation, UsageError>
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let accepted: [Case] = [
        Case(arguments: ["--help"], expected: .success(.help(nil))),
        Case(arguments: ["-h"], expected: .success(.help(nil))),
        Case(arguments: ["help"], expected: .success(.help(nil))),
        Case(arguments: ["help", "build"], expected: .success(.help(.build))),
        Case(arguments: ["help", "--help"], expected: .success(.help(nil))),
        Case(arguments: ["build", "--help"], expected: .success(.help(.build))),
        Case(arguments: ["init", "-h"], expected: .success(.help(.initialize))),
        Case(arguments: ["check", "DIR", "--ukjent", "--help"], expected: .success(.help(.check))),
        Case(arguments: ["status", "--", "--help"], expected: .success(.status(project: "--help"))),
        Case(arguments: ["--version"], expected: .success(.version)),
        Case(arguments: ["init", "ny"], expected: .success(.initialize(directory: "ny", example: false))),
        Case(arguments: ["init", "--eksempel", "ny"], expected: .success(.initialize(directory: "ny", example: true))),
        Case(arguments: ["init", "ny", "--eksempel"], expected: .success(.initialize(directory: "ny", example: true))),
        Case(arguments: ["init", "--målform", "nn", "ny"], expected: .success(.initialize(directory: "ny", example: false, form: .nynorsk))),
        Case(arguments: ["init", "ny", "--målform=NN", "--eksempel"], expected: .success(.initialize(directory: "ny", example: true, form: .nynorsk))),
        Case(arguments: ["init", "--målform", "nb", "ny"], expected: .success(.initialize(directory: "ny", example: false, form: .bokmål))),
        Case(arguments: ["build", "p"], expected: .success(.build(project: "p", outputDirectory: nil))),
        Case(arguments: ["build", "p", "--out", "ut"], expected: .success(.build(project: "p", outputDirectory: "ut"))),
        Case(arguments: ["build", "--out=ut", "p"], expected: .success(.build(project: "p", outputDirectory: "ut"))),
        Case(arguments: ["build", "-o", "ut", "p"], expected: .success(.build(project: "p", outputDirectory: "ut"))),
        Case(arguments: ["build", "--out", "-x", "p"], expected: .success(.build(project: "p", outputDirectory: "-x"))),
        Case(arguments: ["build", "--", "-p"], expected: .success(.build(project: "-p", outputDirectory: nil))),
        Case(arguments: ["check", "-"], expected: .success(.check(project: "-"))),
        Case(arguments: ["status", "mappe med mellomrom"], expected: .success(.status(project: "mappe med mellomrom"))),
    ]

    static let refused: [Case] = [
        Case(arguments: [], expected: .failure(.missingCommand)),
        Case(arguments: ["biuld", "p"], expected: .failure(.unknownCommand("biuld", suggestion: "build"))),
        Case(arguments: ["chek", "p"], expected: .failure(.unknownCommand("chek", suggestion: "check"))),
        Case(arguments: ["ini", "p"], expected: .failure(.unknownCommand("ini", suggestion: "init"))),
        Case(arguments: ["lag", "p"], expected: .failure(.unknownCommand("lag", suggestion: nil))),
        Case(arguments: ["help", "sttaus"], expected: .failure(.unknownCommand("sttaus", suggestion: "status"))),
        Case(arguments: ["help", "build", "x"], expected: .failure(.unexpectedArgument("x", command: nil))),
        Case(arguments: ["--versjon"], expected: .failure(.unknownOption("--versjon", command: nil, suggestion: "--version"))),
        Case(arguments: ["--out", "x"], expected: .failure(.unknownOption("--out", command: nil, suggestion: nil))),
        Case(arguments: ["build"], expected: .failure(.missingDirectory(.build))),
        Case(arguments: ["build", "--out", "ut"], expected: .failure(.missingDirectory(.build))),
        Case(arguments: ["build", "p", "--out"], expected: .failure(.missingValue(option: "--out", command: .build))),
        Case(arguments: ["build", "p", "-o"], expected: .failure(.missingValue(option: "-o", command: .build))),
        Case(arguments: ["build", "p", "--out="], expected: .failure(.missingValue(option: "--out", command: .build))),
        Case(arguments: ["build", "p", "--out", "--", "x"], expected: .failure(.missingValue(option: "--out", command: .build))),
        Case(arguments: ["build", "p", "--out", "a", "--out=b"], expected: .failure(.repeatedOption("--out", command: .build))),
        Case(arguments: ["build", "p", "--ut", "a"], expected: .failure(.unknownOption("--ut", command: .build, suggestion: "--out"))),
        Case(arguments: ["build", "p", "--outdir=a"], expected: .failure(.unknownOption("--outdir=a", command: .build, suggestion: "--out"))),
        Case(arguments: ["check", "p", "--out", "a"], expected: .failure(.unknownOption("--out", command: .check, suggestion: nil))),
        Case(arguments: ["check", "p", "-v"], expected: .failure(.unknownOption("-v", command: .check, suggestion: nil))),
        Case(arguments: ["check", "p", "q"], expected: .failure(.unexpectedArgument("q", command: .check))),
        Case(arguments: ["init", ""], expected: .failure(.missingDirectory(.initialize))),
        Case(arguments: ["init", "--eksempel"], expected: .failure(.missingDirectory(.initialize))),
        Case(arguments: ["init", "--eksempel", "--eksempel", "ny"], expected: .failure(.repeatedOption("--eksempel", command: .initialize))),
        Case(arguments: ["init", "--eksemple", "ny"], expected: .failure(.unknownOption("--eksemple", command: .initialize, suggestion: "--eksempel"))),
        Case(arguments: ["init", "--målform", "ny"], expected: .failure(.invalidValue(option: "--målform", value: "ny", expected: "nb eller nn", command: .initialize))),
        Case(arguments: ["init", "ny", "--målform"], expected: .failure(.invalidValue(option: "--målform", value: "", expected: "nb eller nn", command: .initialize))),
        Case(arguments: ["init", "--målform=nynorsk", "ny"], expected: .failure(.invalidValue(option: "--målform", value: "nynorsk", expected: "nb eller nn", command: .initialize))),
        Case(arguments: ["init", "--målform", "nn", "--målform=nb", "ny"], expected: .failure(.repeatedOption("--målform", command: .initialize))),
        Case(arguments: ["init", "--malform", "nn", "ny"], expected: .failure(.unknownOption("--malform", command: .initialize, suggestion: "--målform"))),
        Case(arguments: ["build", "p", "--målform", "nn"], expected: .failure(.unknownOption("--målform", command: .build, suggestion: nil))),
        Case(arguments: ["build", "p", "--eksempel"], expected: .failure(.unknownOption("--eksempel", command: .build, suggestion: nil))),
    ]

    @Test(arguments: accepted)
    func accepts(_ example: Case) {
        #expect(ArgumentParser().parse(example.arguments) == example.expected)
    }

    @Test(arguments: refused)
    func refuses(_ example: Case) {
        #expect(ArgumentParser().parse(example.arguments) == example.expected)
    }

    @Test func suggestsOnlyCloseWords() {
        #expect(Suggestion.closest(to: "stauts", in: ["init", "build", "check", "status"]) == "status")
        #expect(Suggestion.closest(to: "xyz", in: ["init", "build", "check", "status"]) == nil)
        #expect(Suggestion.closest(to: "--output", in: ["--out", "--help"]) == "--out")
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
    }

    @Test func everyUsageErrorIsWordedAndPointsToHelp() throws {
        for example in Self.refused {
            guard case .failure(let error) = example.expected else { continue }
            var console = CapturedConsole()
            let tool = CommandLineTool(pipeline: UnavailablePipeline(), sampleProject: SampleProject(files: []),
                                       currentDirectory: TemporaryFolder().url)
            #expect(tool.run(example.arguments, console: &console) == 2)
            #expect(console.output.isEmpty)
            #expect(console.error.hasPrefix("tilstandsrapport: "))
            let hint = error.command.map { "Se «tilstandsrapport \($0.rawValue) --help».\n" } ?? "Se «tilstandsrapport --help».\n"
            #expect(console.error.hasSuffix(hint))
        }
    }
}
