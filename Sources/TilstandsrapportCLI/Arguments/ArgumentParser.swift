import ReportModel

/// Turns the arguments after the program name into an `Invocation`, or the first `UsageError`.
///
/// Options may come before or after the folder; `--` ends the options, so a folder named `-x` can be
/// given as `-- -x`. `--help` anywhere before `--` shows the command's help, whatever else is there.
/// Folders keep the argument's bytes (`RawPath`); words are compared as text.
public struct ArgumentParser: Sendable {
    public init() {}

    /// Parses arguments given as text.
    public func parse(_ arguments: [String]) -> Result<Invocation, UsageError> {
        parse(raw: arguments.map { RawPath($0) })
    }

    /// Parses arguments as the system passed them (bytes, not always UTF-8).
    public func parse(raw: [RawPath]) -> Result<Invocation, UsageError> {
        // Bytes that are not UTF-8 are shown as `\xE6`; no option or command name contains a backslash.
        let arguments = raw.map(\.shown)
        guard let first = arguments.first else { return .failure(.missingCommand) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help":
            return .success(.help(nil))
        case "--version":
            if let extra = rest.first { return .failure(.unexpectedArgument(extra, command: nil)) }
            return .success(.version)
        case "help":
            return parseHelpTopic(rest)
        default:
            if first.hasPrefix("-") && first != "-" {
                return .failure(.unknownOption(first, command: nil, suggestion: Suggestion.closest(to: first, in: ["--help", "--version"])))
            }
            guard let command = CommandName(rawValue: first) else {
                let names = CommandName.allCases.map(\.rawValue) + ["help"]
                return .failure(.unknownCommand(first, suggestion: Suggestion.closest(to: first, in: names)))
            }
            return parse(rest, raw: Array(raw.dropFirst()), for: command)
        }
    }

    private func parseHelpTopic(_ arguments: [String]) -> Result<Invocation, UsageError> {
        guard let topic = arguments.first, topic != "-h", topic != "--help" else { return .success(.help(nil)) }
        guard let command = CommandName(rawValue: topic) else {
            let names = CommandName.allCases.map(\.rawValue)
            return .failure(.unknownCommand(topic, suggestion: Suggestion.closest(to: topic, in: names)))
        }
        if arguments.count > 1 { return .failure(.unexpectedArgument(arguments[1], command: nil)) }
        return .success(.help(command))
    }

    /// The options and folder of one command; `raw` holds the same arguments as bytes.
    private func parse(_ arguments: [String], raw: [RawPath], for command: CommandName) -> Result<Invocation, UsageError> {
        let options = arguments.prefix { $0 != "--" }
        if options.contains(where: { $0 == "-h" || $0 == "--help" }) { return .success(.help(command)) }

        var positionals: [Int] = []
        var outputDirectory: RawPath?
        var example = false
        var form: LanguageForm?
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(index - 1)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if command == .initialize, argument == "--eksempel" {
                if example { return .failure(.repeatedOption(argument, command: command)) }
                example = true
                continue
            }
            if command == .initialize, argument == "--målform" || argument.hasPrefix("--målform=") {
                let value: String
                if argument == "--målform" {
                    value = index < arguments.count && arguments[index] != "--" ? arguments[index] : ""
                    if !value.isEmpty { index += 1 }
                } else {
                    value = String(argument.dropFirst("--målform=".count))
                }
                if form != nil { return .failure(.repeatedOption("--målform", command: command)) }
                guard let chosen = LanguageForm(rawValue: value.lowercased()) else {
                    return .failure(.invalidValue(option: "--målform", value: value, expected: "nb eller nn", command: command))
                }
                form = chosen
                continue
            }
            var value: RawPath?
            var option = argument
            if command == .build, argument.hasPrefix("--out=") {
                option = "--out"
                value = RawPath(bytes: Array(raw[index - 1].bytes.dropFirst("--out=".utf8.count)))
            } else if command == .build, argument == "--out" || argument == "-o" {
                if index < arguments.count, arguments[index] != "--" {
                    value = raw[index]
                    index += 1
                }
            } else {
                let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
                return .failure(.unknownOption(argument, command: command, suggestion: Suggestion.closest(to: name, in: command.options)))
            }
            guard let directory = value, !directory.isEmpty else {
                return .failure(.missingValue(option: option, command: command))
            }
            if outputDirectory != nil { return .failure(.repeatedOption(option, command: command)) }
            outputDirectory = directory
        }

        guard let first = positionals.first, !raw[first].isEmpty else {
            return .failure(.missingDirectory(command))
        }
        if positionals.count > 1 { return .failure(.unexpectedArgument(arguments[positionals[1]], command: command)) }
        let directory = raw[first]
        switch command {
        case .initialize: return .success(.initialize(directory: directory, example: example, form: form ?? .bokmål))
        case .build: return .success(.build(project: directory, outputDirectory: outputDirectory))
        case .check: return .success(.check(project: directory))
        case .status: return .success(.status(project: directory))
        }
    }
}
