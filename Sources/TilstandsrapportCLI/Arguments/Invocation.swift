import ReportModel

/// The subcommands, as typed (the first four in English, the approval commands in Norwegian, as their users say them).
public enum CommandName: String, Sendable, Hashable, CaseIterable {
    case initialize = "init"
    case build
    case check
    case status
    case approve = "godkjenn"
    case changes = "endringer"

    /// The options each command accepts, as typed (used for suggestions).
    var options: [String] {
        switch self {
        case .build: return ["--out", "-o", "--help", "-h"]
        case .initialize: return ["--eksempel", "--samarbeid", "--fra", "--målform", "--help", "-h"]
        case .approve: return ["--av", "--help", "-h"]
        case .check, .status, .changes: return ["--help", "-h"]
        }
    }

    /// What the command does with its folder, for "missing folder" messages.
    var verbPhrase: String {
        switch self {
        case .initialize: return "lage"
        case .build: return "lage rapporten fra"
        case .check: return "kontrollere"
        case .status: return "vise status for"
        case .approve: return "godkjenne et kapittel i"
        case .changes: return "vise endringer i"
        }
    }
}

/// What the user asked for, once the arguments are parsed.
public enum Invocation: Sendable, Hashable {
    /// `--help`, `help [command]` or `command --help`.
    case help(CommandName?)
    case version
    /// `example` for `--eksempel`: the sample municipality instead of an empty project; `form` from `--målform`.
    case initialize(directory: RawPath, example: Bool, form: LanguageForm = .bokmål, service: Bool = false)
    /// `init --fra LAST DIR`: next year's project in `directory`, made from last year's in `from`.
    case nextYear(directory: RawPath, from: RawPath)
    /// `outputDirectory` is nil when `--out` was not given.
    case build(project: RawPath, outputDirectory: RawPath?)
    case check(project: RawPath)
    case status(project: RawPath)
    /// `godkjenn DIR KAPITTEL --av "navn; rolle"`; `chapter` as typed (`bemanning`, `tekster/bemanning.md`).
    case approve(project: RawPath, chapter: String, approver: Author)
    /// `endringer DIR [KAPITTEL]`
    case changes(project: RawPath, chapter: String?)
}

/// A command line that cannot be run, with what was wrong; always exit status 2.
public enum UsageError: Error, Sendable, Hashable {
    case missingCommand
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: CommandName?, suggestion: String?)
    case missingValue(option: String, command: CommandName)
    case missingDirectory(CommandName)
    case unexpectedArgument(String, command: CommandName?)
    case repeatedOption(String, command: CommandName)
    /// Two options that cannot be given together (`--fra` and `--eksempel`).
    case conflictingOptions(String, String, command: CommandName)
    /// `godkjenn` without the chapter to approve.
    case missingChapter(CommandName)
    /// `godkjenn` without `--av`.
    case missingApprover
    /// `--av` that is not `navn; rolle` (or holds control characters, or is too long).
    case invalidApprover(String)
    /// An option whose value is not one of those it takes (`--målform nb` or `nn`); `value` is empty when none was given.
    case invalidValue(option: String, value: String, expected: String, command: CommandName)

    /// The command whose help the hint points to, if any.
    var command: CommandName? {
        switch self {
        case .missingCommand, .unknownCommand: return nil
        case let .unknownOption(_, command, _), let .unexpectedArgument(_, command): return command
        case let .missingValue(_, command), let .missingDirectory(command), let .repeatedOption(_, command), let .missingChapter(command),
             let .invalidValue(_, _, _, command), let .conflictingOptions(_, _, command): return command
        case .missingApprover, .invalidApprover: return .approve
        }
    }
}
