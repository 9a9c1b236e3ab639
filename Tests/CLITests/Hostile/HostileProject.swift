import EmbeddedResources
import Foundation
import enum SourceText.SHA256
import ReportBuilding
import ReportInputs
@testable import TilstandsrapportCLI

/// Namespace of the hostile-input suites (so `swift test --filter Hostile` selects them all).
enum Hostile {}

extension Hostile {
/// A copy of the sample project in a fresh temporary folder that a hostile-input test may change freely,
/// then build through the real command line (`CommandLineTool` + `ReportBuilder`) in-process.
///
/// Layout inside the temporary folder: `prosjekt/` (the project) and `ut/` (the default `--out`).
final class HostileProject: @unchecked Sendable {
    let folder = TemporaryFolder()
    var root: URL { folder.url.appendingPathComponent("prosjekt", isDirectory: true) }
    var out: URL { folder.url.appendingPathComponent("ut", isDirectory: true) }

    /// The sample project's files, relative to the project folder (the bokmål one: the nynorsk sample in `nn/` is another project).
    static let sampleFiles: [(path: String, bytes: [UInt8])] = EmbeddedResources.files(under: "SampleData/")
        .map { (String($0.path.dropFirst("SampleData/".count)), $0.bytes) }
        .filter { !$0.path.hasPrefix(".") && !$0.path.hasPrefix("nn/") && !$0.path.hasPrefix("samarbeid/") }

    init() {
        for file in Self.sampleFiles { write(file.path, bytes: file.bytes) }
        // Not the sample any more: a value written into the settings (a hostile municipality name) must not change
        // which chapters the front page lists as drafts, so every build here lists them all, as a renamed sample does.
        editText("tilstandsrapport.txt") { $0 = $0.replacingOccurrences(of: "\neksempel: ja\n", with: "\n") }
    }

    // MARK: Files

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
    func path(_ relative: String) -> String { url(relative).path }

    func write(_ relative: String, bytes: [UInt8]) {
        let file = url(relative)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: file)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
    }

    func write(_ relative: String, _ text: String) { write(relative, bytes: Array(text.utf8)) }

    func bytes(_ relative: String) -> [UInt8] {
        FileManager.default.contents(atPath: path(relative)).map { [UInt8]($0) } ?? []
    }

    /// A UTF-8 text file without its BOM.
    func text(_ relative: String) -> String {
        var text = String(decoding: bytes(relative), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Changes a UTF-8 text file in place, keeping a BOM if it had one.
    func editText(_ relative: String, _ change: (inout String) -> Void) {
        let hadBOM = bytes(relative).starts(with: [0xEF, 0xBB, 0xBF])
        var text = self.text(relative)
        change(&text)
        write(relative, (hadBOM ? "\u{FEFF}" : "") + text)
    }

    /// Sets `key: value` on the `occurrence`-th line (0-based) that starts with `key:` (front matter or settings).
    func setKey(_ key: String, to value: String, in relative: String, occurrence: Int = 0) {
        editText(relative) { text in
            var lines = text.components(separatedBy: "\n")
            var seen = 0
            for index in lines.indices where lines[index].hasPrefix(key + ":") {
                if seen == occurrence {
                    let ending = lines[index].hasSuffix("\r") ? "\r" : ""
                    lines[index] = "\(key): \(value)\(ending)"
                    text = lines.joined(separator: "\n")
                    return
                }
                seen += 1
            }
            preconditionFailure("no line \(key): number \(occurrence) in \(relative)")
        }
    }

    /// Inserts Markdown at the start of a chapter text's body (just after the front matter).
    func prependToBody(_ markdown: String, in relative: String) {
        editText(relative) { text in
            var lines = text.components(separatedBy: "\n")
            let end = lines.dropFirst().firstIndex { $0.trimmingCharacters(in: .whitespaces) == "---" }!
            lines.insert(markdown, at: end + 1)
            text = lines.joined(separator: "\n")
        }
    }

    /// Reads, changes and writes back a `;`-separated CSV file (UTF-8 with BOM, CRLF, as the sample has it).
    func editCSV(_ relative: String, _ change: (inout CSVFile) -> Void) {
        var table = CSVFile(parsing: text(relative))
        change(&table)
        write(relative, "\u{FEFF}" + table.text)
    }

    func csv(_ relative: String) -> CSVFile { CSVFile(parsing: text(relative)) }

    /// SHA-256 of every file below the project folder (symbolic links by their target path), by relative path.
    func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        for case let relative as String in enumerator {
            let full = path(relative)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                result[relative] = "link→" + target
                continue
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            result[relative] = isDirectory.boolValue ? "folder" : SHA256.hex(bytes(relative))
        }
        return result
    }

    // MARK: Building

    /// Runs `tilstandsrapport build prosjekt --out OUT` (OUT relative to the temporary folder unless absolute).
    func build(out: String = "ut", loader: ProjectLoader = ProjectLoader()) -> BuildRun {
        run(["build", "prosjekt", "--out", out], loader: loader)
    }

    /// Runs any command line with the current folder set to the temporary folder.
    func run(_ arguments: [String], loader: ProjectLoader = ProjectLoader()) -> BuildRun {
        var console = CapturedConsole()
        let tool = CommandLineTool(pipeline: ReportBuilder(loader: loader),
                                   currentDirectory: folder.url)
        let status = tool.run(arguments, console: &console)
        let outFolder = arguments.firstIndex(of: "--out").map { index -> URL in
            let value = arguments[index + 1]
            return value.hasPrefix("/") ? URL(fileURLWithPath: value) : folder.url.appendingPathComponent(value)
        } ?? root.appendingPathComponent("rapport")
        return BuildRun(status: status, output: console.output, error: console.error, outputFolder: outFolder, project: self)
    }
}

/// What one command line run did.
struct BuildRun {
    var status: Int32
    var output: String
    var error: String
    var outputFolder: URL
    /// Keeps the temporary folder alive as long as the run is looked at.
    var project: HostileProject?

    /// Every entry of the output folder (hidden ones too) with its bytes; folders and links map to nil.
    var files: [String: [UInt8]?] {
        var result: [String: [UInt8]?] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path)) ?? [] {
            let path = outputFolder.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            result[name] = isDirectory.boolValue || isLink ? .some(nil) : FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        }
        return result
    }

    func file(_ name: String) -> String? {
        FileManager.default.contents(atPath: outputFolder.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }

    var html: String { file("tilstandsrapport-2025.html") ?? "" }
    var markdown: String { file("tilstandsrapport-2025.md") ?? "" }

    /// The console as one transcript, for failure messages.
    var transcript: String { "status \(status)\nstdout:\n\(output)\nstderr:\n\(error.prefix(4000))" }
}

/// A `;`-separated CSV file as the sample project writes it (quoted fields may hold `;`, `"` and line breaks).
struct CSVFile {
    var header: [String]
    var rows: [[String]]

    init(parsing text: String) {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars)[...]
        var atFieldStart = true
        while let scalar = iterator.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if iterator.first == "\"" { field.unicodeScalars.append("\""); iterator.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart: quoted = true; atFieldStart = false
            case ";": record.append(field); field = ""; atFieldStart = true
            case "\r": continue
            case "\n":
                record.append(field); field = ""; atFieldStart = true
                records.append(record); record = []
            default: field.unicodeScalars.append(scalar); atFieldStart = false
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    func column(_ name: String) -> Int {
        guard let index = header.firstIndex(of: name) else { preconditionFailure("no column \(name) in \(header)") }
        return index
    }

    /// Sets the cell in `column` of every row `where` picks.
    mutating func set(_ columnName: String, to value: String, where pick: ([String]) -> Bool = { _ in true }) {
        let index = column(columnName)
        for row in rows.indices where pick(rows[row]) { rows[row][index] = value }
    }

    /// Replaces every cell (header included) equal to `old`.
    mutating func replaceCells(equalTo old: String, with new: String) {
        for index in header.indices where header[index] == old { header[index] = new }
        for row in rows.indices {
            for index in rows[row].indices where rows[row][index] == old { rows[row][index] = new }
        }
    }

    var text: String {
        ([header] + rows).map { $0.map(Self.quote).joined(separator: ";") + "\r\n" }.joined()
    }

    static func quote(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { ";\"\r\n".unicodeScalars.contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
}
