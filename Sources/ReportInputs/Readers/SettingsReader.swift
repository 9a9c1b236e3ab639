import CSV
import ReportModel
import SourceText

/// Reads `tilstandsrapport.txt`.
enum SettingsReader {
    static let keys = ["kommune", "kommunenummer", "rapportår", "organ", "møtedato", "saksnummer", "kostragruppe", "målform",
                       "prikkegrense", "kostra-status", "forfatter", "kapitler", "eksempel", "tjeneste", "samarbeidskommune"]
    static let required = ["kommune", "kommunenummer", "rapportår", "organ", "kostragruppe"]

    /// A chapter id in `kapitler:` and where it is written.
    struct ChapterReference: Equatable {
        var id: String
        var line: Int
        var column: Int
    }

    /// What the settings file gave: the settings when they are complete and valid, and the chapter list
    /// whenever it could be read, so that it is checked even when another setting has an error.
    struct Read {
        var settings: ReportSettings?
        var diagnostics: [Diagnostic]
        var chapters: [ChapterReference]?
    }

    static func read(_ text: String, file: String) -> Read {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        let parsed = KeyValueLines(lines, file: file)
        var diagnostics = parsed.diagnostics
        func report(_ message: InputMessage, _ entry: KeyValueLines.Entry, column: Int? = nil) {
            diagnostics.append(message.diagnostic(file: file, line: entry.line, column: column ?? entry.valueColumn, excerpt: entry.source))
        }
        let (values, authors) = collect(parsed.entries, file: file, diagnostics: &diagnostics)
        let memberLines = parsed.entries.filter { ColumnTable.key($0.key) == ColumnTable.key("samarbeidskommune") }
        var missing = false
        for key in required where values[key]?.value.isEmpty ?? true {
            missing = true
            if let entry = values[key] { report(.settingMissing(key: key), entry) } else {
                diagnostics.append(InputMessage.settingMissing(key: key).diagnostic(file: file))
            }
        }
        let number = values["kommunenummer"].flatMap { entry -> String? in
            guard entry.value.isEmpty || (entry.value.count == 4 && entry.value.allSatisfy({ $0.isASCII && $0.isNumber })) else {
                report(.invalidMunicipalityNumber(entry.value), entry)
                return nil
            }
            return entry.value
        }
        let year = values["rapportår"].flatMap { entry -> Int? in
            guard !entry.value.isEmpty else { return nil }
            guard let year = Int(entry.value), (2000...2100).contains(year) else {
                report(.invalidReportYear(entry.value), entry)
                return nil
            }
            return year
        }
        var meetingDate: CalendarDate? = nil
        if let entry = values["møtedato"], !entry.value.isEmpty {
            meetingDate = CellValues.date(entry.value)
            if meetingDate == nil { report(.invalidMeetingDate(entry.value), entry) }
        }
        var language = LanguageForm.bokmål
        if let entry = values["målform"] {
            if let form = LanguageForm(rawValue: entry.value.lowercased()) { language = form } else { report(.unknownLanguageForm(entry.value), entry) }
        }
        var threshold = 5
        if let entry = values["prikkegrense"] {
            if let value = Int(entry.value), value >= 3, value <= 100 { threshold = value } else { report(.invalidThreshold(entry.value), entry) }
        }
        var status = FigureStatus.final
        if let entry = values["kostra-status"] {
            if ["foreløpig", "forelopig"].contains(entry.value.lowercased()) { status = .preliminary }
            else if entry.value.lowercased() != "endelig" { report(.unknownKostraStatus(entry.value), entry) }
        }
        var isSample = false
        if let entry = values["eksempel"] {
            switch entry.value.lowercased() {
            case "ja": isSample = true
            case "nei": isSample = false
            default: report(.invalidSampleFlag(entry.value), entry)
            }
        }
        let chapters = values["kapitler"].map { chapterList($0, report: report) }
        if authors.isEmpty { diagnostics.append(InputMessage.noAuthor.diagnostic(file: file)) }
        guard !missing, let number, let year else { return Read(settings: nil, diagnostics: diagnostics, chapters: chapters) }
        var settings = ReportSettings(
            municipality: values["kommune"]?.value ?? "", municipalityNumber: number, year: year, body: values["organ"]?.value ?? "kommunestyre",
            meetingDate: meetingDate, caseNumber: values["saksnummer"]?.value.isEmpty == false ? values["saksnummer"]?.value : nil,
            kostraGroup: values["kostragruppe"]?.value ?? "", language: language, threshold: threshold, kostraStatus: status,
            authors: authors, chapterOrder: chapters?.map(\.id))
        settings.isSample = isSample
        let host = MemberMunicipality(number: number, name: settings.municipality, kostraGroup: settings.kostraGroup, body: settings.body,
                                      meetingDate: meetingDate, caseNumber: settings.caseNumber, isHost: true)
        settings.service = SharedServiceSettings.read(name: values["tjeneste"], members: memberLines, host: host, file: file, diagnostics: &diagnostics)
        if settings.service == nil, !memberLines.isEmpty { return Read(settings: nil, diagnostics: diagnostics, chapters: chapters) }
        return Read(settings: settings, diagnostics: diagnostics, chapters: chapters)
    }

    /// Each known key's entry (the first when repeated) and the authors, in order; unknown and repeated keys are reported.
    static func collect(_ entries: [KeyValueLines.Entry], file: String, diagnostics: inout [Diagnostic]) -> ([String: KeyValueLines.Entry], [Author]) {
        var values: [String: KeyValueLines.Entry] = [:]
        var authors: [Author] = []
        for entry in entries {
            guard let key = keys.first(where: { ColumnTable.key($0) == ColumnTable.key(entry.key) }) else {
                let suggestion = keys.min { IndicatorReader.distance($0, entry.key) < IndicatorReader.distance($1, entry.key) }
                    .flatMap { IndicatorReader.distance($0, entry.key) <= 3 ? $0 : nil }
                diagnostics.append(InputMessage.unknownSetting(key: entry.key, suggestion: suggestion, keys: keys)
                    .diagnostic(file: file, line: entry.line, excerpt: entry.source))
                continue
            }
            if key == "samarbeidskommune" { continue } // repeated by design: read by `SharedServiceSettings`
            if key == "forfatter" {
                let parts = entry.value.split(separator: ";", maxSplits: 1).map { String($0).trimmingSpaces() }
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                    authors.append(Author(name: parts[0], role: parts[1]))
                } else {
                    diagnostics.append(InputMessage.authorWithoutRole(value: entry.value, inChapter: false)
                        .diagnostic(file: file, line: entry.line, column: entry.valueColumn, excerpt: entry.source))
                }
                continue
            }
            if let first = values[key] {
                diagnostics.append(InputMessage.duplicateSetting(key: key, value: entry.value, firstLine: first.line)
                    .diagnostic(file: file, line: entry.line, column: entry.valueColumn, excerpt: entry.source))
                continue
            }
            values[key] = entry
        }
        return (values, authors)
    }

    /// The ids of `kapitler:`, each with its column; an id must be a name (it becomes a file name), listed once.
    static func chapterList(_ entry: KeyValueLines.Entry, report: (InputMessage, KeyValueLines.Entry, Int?) -> Void) -> [ChapterReference] {
        // An id names a file in tekster/ and maler/: letters, digits and hyphens only, never a path.
        let allowed = Set("abcdefghijklmnopqrstuvwxyzæøå0123456789-")
        var chapters: [ChapterReference] = []
        for part in entry.commaSeparated {
            guard part.text.first != "-", part.text.allSatisfy({ allowed.contains($0) }) else {
                report(.invalidChapterID(part.text), entry, part.column)
                continue
            }
            if chapters.contains(where: { $0.id == part.text }) {
                report(.chapterListedTwice(part.text), entry, part.column)
                continue
            }
            chapters.append(ChapterReference(id: part.text, line: entry.line, column: part.column))
        }
        return chapters
    }
}
