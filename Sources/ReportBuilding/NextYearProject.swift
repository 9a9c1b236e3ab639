import Foundation
import Mustache
import ReportInputs
import ReportModel
import SourceText

/// Next year's project made from this year's (`init --fra`): the settings with the year moved on and the
/// meeting emptied, the data files as they are (next year's rows are added to them), every chapter text as a
/// draft with a note at its top on what to update (in the project's written form), and every other file of the
/// project as it is. The tool's outputs are left behind.
public struct NextYearProject: Sendable {
    /// The new project's files, by path relative to it.
    public var files: [OutputFile]
    /// The new report year, when last year's settings could be read.
    public var year: Int?
    public var diagnostics: [Diagnostic]

    /// Makes next year's project from the project in `root`.
    static func make(from root: URL, loader: ProjectLoader, templates: BuiltInTemplates) -> NextYearProject {
        let snapshot = ProjectFiles.read(root)
        var diagnostics = snapshot.diagnostics
        let loaded = loader.load(root)
        guard let settings = loaded.settings else {
            // Without last year's settings there is no year to move on from: say why, file and line.
            let settingsProblems = loaded.diagnostics.filter { $0.isError && $0.location?.file == "tilstandsrapport.txt" }
            return NextYearProject(files: [], year: nil, diagnostics: diagnostics + (settingsProblems.isEmpty ? loaded.diagnostics.filter(\.isError) : settingsProblems))
        }
        guard !diagnostics.containsErrors else { return NextYearProject(files: [], year: settings.year + 1, diagnostics: diagnostics) }
        let note = NoteWriter(templates: templates, form: settings.language, year: settings.year + 1,
                              measures: loaded.measures.filter { $0.year == settings.year })
        // Last year's own record is of the report the year before: this year's takes its place.
        var files = snapshot.files.filter { $0.path != PrintedRecord.file }.map { file in
            OutputFile(name: file.path, bytes: transformed(file, note: note, diagnostics: &diagnostics))
        }
        let record = PrintedRecord.make(loaded)
        if let bytes = record.bytes { files.append(OutputFile(name: PrintedRecord.file, bytes: bytes)) }
        if let warning = record.warning { diagnostics.append(warning) }
        return NextYearProject(files: files.sorted { $0.name < $1.name }, year: settings.year + 1, diagnostics: diagnostics)
    }

    /// A file as it goes into next year's project.
    static func transformed(_ file: ProjectFiles.File, note: NoteWriter, diagnostics: inout [Diagnostic]) -> [UInt8] {
        let isText = file.path == "tilstandsrapport.txt" || (file.path.hasPrefix("tekster/") && file.path.hasSuffix(".md") && !file.path.dropFirst(8).contains("/"))
        guard isText, case .success(let decoded) = TextDecoder.decode(file.bytes) else { return file.bytes }
        if file.path == "tilstandsrapport.txt" { return Array(NextYearSettings.moveOn(decoded.text).utf8) }
        let id = String(file.path.dropFirst("tekster/".count).dropLast(3))
        let chapter = id.split(separator: ".").first.map(String.init) ?? id
        switch note.render(chapter: chapter) {
        case .success(let text): return Array(NextYearText.asDraft(decoded.text, note: text).utf8)
        case .failure(let error):
            diagnostics.append(error.diagnostic)
            return file.bytes
        }
    }
}

/// The note at the top of a chapter text carried over (`Templates/<form>/neste-ar/merknad.md.mustache`).
struct NoteWriter {
    let templates: BuiltInTemplates
    let form: LanguageForm
    let year: Int
    /// The measures of last year's report, to be followed up.
    let measures: [MeasureRow]

    static let name = "neste-ar/merknad.md.mustache"

    func render(chapter: String) -> Result<String, MustacheError> {
        let library = TemplateLibrary(templates: templates.templates(for: form).templates)
        var flags: [String: TemplateValue] = ["annet": .bool(ChapterRegistry.chapter(chapter) == nil)]
        for id in ChapterRegistry.standardOrder { flags[id] = .bool(id == chapter) }
        let context = TemplateValue.object([
            "år": .int(year), "forrige_år": .int(year - 1), "neste_år": .int(year + 1),
            "kapittel": .object(flags),
            "har_tiltak": .bool(!measures.isEmpty),
            "tiltak": .array(measures.map { .object(["id": .string($0.id), "tiltak": .string($0.measure), "ansvarlig": .string($0.responsible)]) }),
        ])
        do {
            return .success(try library.render(Self.name, with: context, options: RenderOptions(kind: .markdown, strict: true)))
        } catch {
            return .failure(error)
        }
    }
}

/// The settings moved on a year: `rapportår` + 1, the meeting's date and case number emptied (each
/// municipality's too), KOSTRA figures preliminary again. Comments, order and every other line stay.
enum NextYearSettings {
    static func moveOn(_ text: String) -> String {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        return lines.map { moveOn(line: String($0)) }.joined(separator: "\n")
    }

    static func moveOn(line: String) -> String {
        let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
        guard !trimmed.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { return line }
        let key = line[..<colon].filter { !$0.isWhitespace && $0 != "\u{FEFF}" && $0 != "\u{200B}" }.lowercased()
        let base = key.split(separator: ".").first.map(String.init) ?? key
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let head = String(line[...colon])
        switch base {
        case "rapportår" where !key.contains("."):
            guard let year = Int(value) else { return line }
            return head + " \(year + 1)"
        case "møtedato", "saksnummer": return head
        case "samarbeidskommune":
            // A cooperating council's meeting and case number are this year's: kept are its number, name, group and body.
            let fields = value.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            return fields.count > 4 ? head + " " + fields.prefix(4).joined(separator: "; ") : line
        case "kostra-status" where !key.contains("."): return head + " foreløpig"
        default: return line
        }
    }
}

/// A chapter text carried over: status `utkast` (a text not started stays so), and the note at the top of
/// its body in place of any note left from the year before.
enum NextYearText {
    static func asDraft(_ text: String, note: String) -> String {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        let isFence = { (line: String) in line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) == "---" }
        guard let first = lines.first, isFence(first), let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else { return text }
        var notStarted = false
        for index in 1..<close {
            let parts = lines[index].split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "status" else { continue }
            let status = parts[1].trimmingCharacters(in: .whitespaces).lowercased()
            if status == ApprovalStatus.notStarted.rawValue { notStarted = true } else { lines[index] = "status: utkast" }
        }
        guard !notStarted else { return lines.joined(separator: "\n") }
        var body = Array(lines[(close + 1)...])
        // Last year's note, if it was left in, gives way to this year's.
        if let start = body.firstIndex(where: { NextYearNote.isNote(Substring($0)) }) {
            var end = start
            while end < body.count, body[end].trimmingCharacters(in: .whitespaces).hasPrefix(">") { end += 1 }
            while end < body.count, body[end].trimmingCharacters(in: .whitespaces).isEmpty { end += 1 }
            body.removeSubrange(start..<end)
        }
        while let firstLine = body.first, firstLine.trimmingCharacters(in: .whitespaces).isEmpty { body.removeFirst() }
        let noteLines = note.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (lines[...close] + noteLines + [""] + body).joined(separator: "\n")
    }
}
