import Foundation
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
        var lastYear: RawPath?
        var approver: RawPath?
        var example = false
        var service = false
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
            if command == .initialize, argument == "--samarbeid" {
                if service { return .failure(.repeatedOption(argument, command: command)) }
                service = true
                continue
            }
            if command == .initialize, argument == "--eksempel" {
                if example { return .failure(.repeatedOption(argument, command: command)) }
                example = true
                continue
            }
            if command == .approve, argument == "--av" || argument.hasPrefix("--av=") {
                if approver != nil { return .failure(.repeatedOption("--av", command: command)) }
                if argument == "--av", index < arguments.count, arguments[index] != "--" {
                    approver = raw[index]
                    index += 1
                } else if argument.hasPrefix("--av=") {
                    approver = RawPath(bytes: Array(raw[index - 1].bytes.dropFirst("--av=".utf8.count)))
                }
                guard let value = approver, !value.isEmpty else { return .failure(.missingValue(option: "--av", command: command)) }
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
            if command == .initialize, argument == "--fra" || argument.hasPrefix("--fra=") {
                if argument == "--fra" {
                    guard index < arguments.count, arguments[index] != "--", !raw[index].isEmpty else { return .failure(.missingValue(option: "--fra", command: command)) }
                    value = raw[index]
                    index += 1
                } else {
                    value = RawPath(bytes: Array(raw[index - 1].bytes.dropFirst("--fra=".utf8.count)))
                }
                guard let folder = value, !folder.isEmpty else { return .failure(.missingValue(option: "--fra", command: command)) }
                if lastYear != nil { return .failure(.repeatedOption("--fra", command: command)) }
                lastYear = folder
                continue
            }
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
        let allowed = command == .approve || command == .changes ? 2 : 1
        if positionals.count > allowed { return .failure(.unexpectedArgument(arguments[positionals[allowed]], command: command)) }
        let directory = raw[first]
        let chapter = positionals.count > 1 ? arguments[positionals[1]] : nil
        switch command {
        case .initialize:
            if let lastYear {
                // Next year's project keeps last year's written form and starts from its texts, not the sample's.
                if example { return .failure(.conflictingOptions("--fra", "--eksempel", command: command)) }
                if form != nil { return .failure(.conflictingOptions("--fra", "--målform", command: command)) }
                if service { return .failure(.conflictingOptions("--fra", "--samarbeid", command: command)) }
                return .success(.nextYear(directory: directory, from: lastYear))
            }
            // The three-council sample is in bokmål only; `--samarbeid` alone means the sample too.
            if service, form == .nynorsk { return .failure(.conflictingOptions("--samarbeid", "--målform nn", command: command)) }
            return .success(.initialize(directory: directory, example: example || service, form: form ?? .bokmål, service: service))
        case .build: return .success(.build(project: directory, outputDirectory: outputDirectory))
        case .check: return .success(.check(project: directory))
        case .status: return .success(.status(project: directory))
        case .changes: return .success(.changes(project: directory, chapter: chapter.flatMap { $0.isEmpty ? nil : $0 }))
        case .approve:
            guard let chapter, !chapter.isEmpty else { return .failure(.missingChapter(command)) }
            guard let approver else { return .failure(.missingApprover) }
            return Self.author(approver).map { .success(.approve(project: directory, chapter: chapter, approver: $0)) }
                ?? .failure(.invalidApprover(approver.shown))
        }
    }

    /// The longest `--av` accepted: a name and a role, not a paragraph.
    static let maximumApproverLength = 200

    /// `navn; rolle` from `--av`: both parts there, valid UTF-8, no control characters or text direction
    /// overrides (the value is written as one line of the approvals file and printed in the report).
    static func author(_ value: RawPath) -> Author? {
        guard let text = value.text, text.count <= maximumApproverLength,
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x2028...0x2029).contains($0.value)
                  || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) else { return nil }
        let parts = text.split(separator: ";", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return Author(name: parts[0], role: parts[1])
    }
}
