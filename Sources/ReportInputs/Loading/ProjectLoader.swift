import CSV
import Foundation
import ReportModel
import SourceText

/// A report project read from its folder: the validated data (nil when an error stopped it) and
/// every diagnostic found, errors and warnings together.
public struct LoadedProject: Sendable {
    public var data: ReportData?
    public var diagnostics: [Diagnostic]
    /// The project's own template folder (`maler/`), when it has one.
    public var templateFolder: URL?
    /// Chapter ids in the order to print.
    public var chapterOrder: [String]
    /// The settings and chapter texts as far as they could be read, also when other files have errors (for `status`).
    public var settings: ReportSettings?
    public var texts: [String: ChapterText] = [:]

    /// True when the data may be built into a report.
    public var isValid: Bool { data != nil && !diagnostics.containsErrors }
}

/// Reads a report project folder (see the README for its layout) into `ReportData`.
public struct ProjectLoader: Sendable {
    /// Largest data file accepted.
    public var maximumFileBytes: Int
    /// Largest chapter text or settings file accepted: a hundred pages are about 300 KB, and a text is
    /// rendered whole, so a much larger one is a mistake to report rather than memory to spend.
    public var maximumTextBytes: Int

    /// What `init` hands out (guidance, placeholders, the sample municipality); when set, any of it left in the
    /// project is a warning and keeps the report a draft.
    public var starterText: StarterText?

    /// Creates a loader.
    public init(maximumFileBytes: Int = 64 * 1024 * 1024, maximumTextBytes: Int = 4 * 1024 * 1024, starterText: StarterText? = nil) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumTextBytes = maximumTextBytes
        self.starterText = starterText
    }

    /// Loads the project in `folder`.
    public func load(_ folder: URL) -> LoadedProject {
        var session = LoadSession(root: folder, maximumFileBytes: maximumFileBytes, maximumTextBytes: min(maximumTextBytes, maximumFileBytes))
        session.starterText = starterText
        return session.run()
    }
}

/// One load: collects diagnostics while reading each file.
struct LoadSession {
    let root: URL
    let maximumFileBytes: Int
    let maximumTextBytes: Int
    var diagnostics: [Diagnostic] = []
    let scanner = PersonalDataScanner()
    var starterText: StarterText?
    /// The chapter texts' files as read, by chapter id, for the starter-text rule.
    var rawTexts: [String: String] = [:]

    init(root: URL, maximumFileBytes: Int, maximumTextBytes: Int) {
        self.root = root
        self.maximumFileBytes = maximumFileBytes
        self.maximumTextBytes = maximumTextBytes
    }

    enum FileState { case absent, unreadable, text(String) }

    /// Reads a file as text; problems become diagnostics. `required` makes absence an error.
    mutating func readText(_ relative: String, required: Bool) -> FileState {
        let limit = relative.hasSuffix(".csv") ? maximumFileBytes : maximumTextBytes
        let url = root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            if required {
                diagnostics.append(Diagnostic(code: "INN090", message: "Filen mangler.", location: SourceLocation(file: relative, line: 1, column: 1),
                                              expected: "filen \(relative) i rapportmappen (tilstandsrapport init lager en mal)"))
            }
            return .absent
        }
        if isDirectory.boolValue {
            diagnostics.append(Diagnostic(code: "INN091", message: "Dette er en mappe, ikke en fil.", location: SourceLocation(file: relative, line: 1, column: 1),
                                          found: "mappe", expected: "en fil"))
            return .unreadable
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            diagnostics.append(Diagnostic(code: "INN092", message: "Filen kan ikke leses (mangler leserettighet?).", location: SourceLocation(file: relative, line: 1, column: 1),
                                          expected: "en fil programmet har lov til å lese"))
            return .unreadable
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        if data.count > limit {
            diagnostics.append(Diagnostic(code: "INN093", message: "Filen er for stor.", location: SourceLocation(file: relative, line: 1, column: 1),
                                          found: "over \(limit / 1_048_576) MB", expected: "høyst \(limit / 1_048_576) MB"))
            return .unreadable
        }
        switch TextDecoder.decode([UInt8](data)) {
        case .failure:
            diagnostics.append(Diagnostic(code: "INN094", message: "Filen er ikke tekst (er den lagret i et annet format, for eksempel .xlsx eller .docx?).",
                                          location: SourceLocation(file: relative, line: 1, column: 1), expected: "ren tekst eller CSV"))
            return .unreadable
        case .success(let decoded):
            if decoded.encoding == .utf8WithReplacements {
                diagnostics.append(Diagnostic(severity: .warning, code: "INN097", message: "Filen har noen bytes som ikke er gyldig UTF-8. De er vist som �; sjekk teksten.",
                                              location: SourceLocation(file: relative, line: 1, column: 1), found: "ugyldig UTF-8",
                                              expected: "en fil lagret som UTF-8"))
            }
            return .text(decoded.text)
        }
    }

    /// What each optional data file feeds, for the warning when it is absent.
    static let dataFiles: [String: String] = [
        "data/bemanning.csv": "Bemanning og kompetanse", "data/personale.csv": "Bemanning og kompetanse",
        "data/indikatorer.csv": "Tilstand og kvalitet, Økonomi og Kort oppsummering", "data/undersokelse-skala.csv": "Samarbeid med andre sektorer",
        "data/medvirkning.csv": "Barns medvirkning", "data/medvirkning-tema.csv": "Barns medvirkning",
        "data/tilsyn.csv": "Internkontroll, tilsyn og avvik", "data/avvik.csv": "Internkontroll, tilsyn og avvik",
    ]

    /// Reads a CSV file, scanning every cell for identity numbers.
    mutating func readTable(_ relative: String, required: Bool = false, contactDetailsIn: Set<String> = []) -> CSVTable? {
        let state = readText(relative, required: required)
        if case .absent = state, !required, let chapters = Self.dataFiles[relative] {
            diagnostics.append(Diagnostic(severity: .warning, code: "INN096", message: "Datafilen mangler, så tallene den skulle gi, vises som manglende.",
                                          location: SourceLocation(file: relative, line: 1, column: 1), found: "ingen fil",
                                          expected: "\(relative) for kapitlet \(chapters) (tilstandsrapport init lager en mal)"))
        }
        guard case .text(let text) = state else { return nil }
        let result = CSVReader(maximumBytes: maximumFileBytes).read(text: text, file: relative)
        guard var table = result.table else {
            diagnostics += result.diagnostics
            return nil
        }
        diagnostics += Self.removeComments(&table, result.diagnostics)
        let contactColumns = Set(table.header.indices.filter { contactDetailsIn.contains(ColumnTable.key(table.header[$0].text)) })
        for record in table.records {
            for (index, cell) in record.cells.enumerated() where cell.text.contains(where: \.isNumber) || contactColumns.contains(index) {
                diagnostics += scanner.scan(cell.text, file: relative, line: cell.line, column: cell.column, contactDetails: contactColumns.contains(index))
            }
        }
        return table
    }

    /// Drops rows whose first cell starts with `#`: comments (the example rows `init` writes), not data, so
    /// their number of cells does not matter either. Returns `diagnostics` without those about comment rows.
    static func removeComments(_ table: inout CSVTable, _ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let isComment = { (record: CSVRecord) in record.cells.first?.trimmed.hasPrefix("#") ?? false }
        let lines = Set(table.records.filter(isComment).map(\.line))
        guard !lines.isEmpty else { return diagnostics }
        table.records.removeAll(where: isComment)
        return diagnostics.filter { !($0.code == "CSV004" && lines.contains($0.location?.line ?? 0)) }
    }

    mutating func run() -> LoadedProject {
        var project = load()
        // A diagnostic quotes input; it must not carry an identity number into the terminal or a log.
        project.diagnostics = project.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.found = diagnostic.found.map(scanner.redacting)
            diagnostic.excerpt = diagnostic.excerpt.map(scanner.redacting)
            return diagnostic
        }
        return project
    }

    mutating func load() -> LoadedProject {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return LoadedProject(data: nil, diagnostics: [Diagnostic(code: "INN095", message: "Rapportmappen finnes ikke.",
                                                                     location: SourceLocation(file: root.path, line: 1, column: 1),
                                                                     expected: "en mappe med tilstandsrapport.txt (lag en med tilstandsrapport init MAPPE)")],
                                 templateFolder: nil, chapterOrder: [], settings: nil)
        }
        var settings: ReportSettings? = nil
        var settingsText: String? = nil
        if case .text(let text) = readText("tilstandsrapport.txt", required: true) {
            settingsText = text
            let result = SettingsReader.read(text, file: "tilstandsrapport.txt")
            diagnostics += result.1
            diagnostics += scanner.scan(text, file: "tilstandsrapport.txt", contactDetails: false)
            settings = result.0
        }
        let year = settings?.year

        var staffing: [StaffingRow] = [], personnel: [PersonnelRow] = [], indicators: [IndicatorRow] = []
        if let table = readTable("data/bemanning.csv") {
            let result = StaffingReader.staffing(table); staffing = result.0; diagnostics += result.1
            requireYear(year, in: staffing.map(\.year), file: table.file, hasRows: !table.records.isEmpty)
        }
        if let table = readTable("data/personale.csv") {
            let result = StaffingReader.personnel(table); personnel = result.0; diagnostics += result.1
            requireYear(year, in: personnel.map(\.year), file: table.file, hasRows: !table.records.isEmpty)
        }
        var own: [IndicatorCatalogue.Entry] = []
        if let table = readTable("data/indikator-katalog.csv") { // optional: no warning when absent
            let result = IndicatorReader.catalogue(table); own = result.0; diagnostics += result.1
        }
        if let table = readTable("data/indikatorer.csv", contactDetailsIn: ["merknad"]) {
            let result = IndicatorReader.read(table, own: own); indicators = result.0; diagnostics += result.1
            requireYear(year, in: indicators.filter { $0.level == .municipality }.map(\.year), file: table.file, hasRows: !table.records.isEmpty)
        }
        let survey = readSurvey()
        var participation: [ParticipationRow] = [], themes: [ParticipationTheme] = []
        if let table = readTable("data/medvirkning.csv", contactDetailsIn: ["merknad"]) {
            let result = ParticipationReader.rows(table); participation = result.0; diagnostics += result.1
            requireYear(year, in: participation.map(\.year), file: table.file, hasRows: !table.records.isEmpty)
        }
        if let table = readTable("data/medvirkning-tema.csv", contactDetailsIn: ["tema", "endring"]) {
            let result = ParticipationReader.themes(table); themes = result.0; diagnostics += result.1
        }
        var inspections: [Inspection] = [], deviations: [DeviationRow] = []
        if let table = readTable("data/tilsyn.csv", contactDetailsIn: ["oppfolging", "tema"]) {
            let result = OversightReader.inspections(table); inspections = result.0; diagnostics += result.1
        }
        if let table = readTable("data/avvik.csv") {
            let result = OversightReader.deviations(table); deviations = result.0; diagnostics += result.1
        }

        let order = settings?.chapterOrder ?? ChapterCatalogue.standard.map(\.id)
        var texts = readTexts(order: order)
        if let starterText {
            diagnostics += StarterTextRule.check(&texts, raw: rawTexts, settings: settings, settingsText: settingsText, starter: starterText)
        }
        // A chapter not started holds guidance for its writer, not text for the report.
        for (id, text) in texts where text.status == .notStarted { texts[id]?.markdown = "" }
        let templates = root.appendingPathComponent("maler")
        var templatesIsDirectory: ObjCBool = false
        let templateFolder = FileManager.default.fileExists(atPath: templates.path, isDirectory: &templatesIsDirectory) && templatesIsDirectory.boolValue ? templates : nil
        for id in order where ChapterCatalogue.entry(id) == nil && texts[id] == nil
            && !FileManager.default.fileExists(atPath: templates.appendingPathComponent("\(id).md.mustache").path) {
            diagnostics.append(Diagnostic(code: "INN076", message: "Ukjent kapittel i «kapitler».", location: SourceLocation(file: "tilstandsrapport.txt", line: 1, column: 1),
                                          found: id, expected: "et kapittel fra listen i README, eller et eget kapittel med tekster/\(id).md"))
        }

        guard let settings else { return LoadedProject(data: nil, diagnostics: diagnostics, templateFolder: templateFolder, chapterOrder: order, texts: texts) }
        var data = ReportData(settings: settings, staffing: staffing.filter { $0.year <= settings.year }, personnel: personnel.filter { $0.year <= settings.year },
                              indicators: indicators.filter { $0.year <= settings.year }, survey: survey,
                              participation: participation.filter { $0.year <= settings.year }, participationThemes: themes.filter { $0.year <= settings.year },
                              inspections: inspections, deviations: deviations.filter { $0.year <= settings.year }, texts: texts)
        data.ownIndicators = own
        return LoadedProject(data: diagnostics.containsErrors ? nil : data, diagnostics: diagnostics, templateFolder: templateFolder,
                             chapterOrder: order, settings: settings, texts: texts)
    }

    /// A data file must hold the report year; later years are left out with a warning.
    mutating func requireYear(_ year: Int?, in years: [Int], file: String, hasRows: Bool) {
        // A file whose columns could not be found has already said so; "no years" would only confuse.
        guard let year, !diagnostics.contains(where: { $0.code == "INN010" && $0.location?.file == file }) else { return }
        if !hasRows {
            // A file with only its header (as `init` makes it) is a file not filled in yet: like a missing file, a warning.
            diagnostics.append(Diagnostic(severity: .warning, code: "INN080", message: "Filen har ingen rader ennå, så tallene den skulle gi, vises som manglende.",
                                          location: SourceLocation(file: file, line: 1, column: 1), found: "bare overskriftsraden",
                                          expected: "rader for \(year)"))
        } else if !years.contains(year) {
            diagnostics.append(Diagnostic(code: "INN080", message: "Filen har ingen tall for rapportåret \(year).",
                                          location: SourceLocation(file: file, line: 1, column: 1),
                                          found: years.isEmpty ? "ingen år" : "årene " + Set(years).sorted().map(String.init).joined(separator: ", "),
                                          expected: "rader for \(year)"))
        }
        if let later = years.filter({ $0 > year }).min() {
            diagnostics.append(Diagnostic(severity: .warning, code: "INN081", message: "Tall for år etter rapportåret blir ikke brukt.",
                                          location: SourceLocation(file: file, line: 1, column: 1), found: "\(later)", expected: "år til og med \(year)"))
        }
    }

    mutating func readSurvey() -> SurveyData? {
        guard let scaleTable = readTable("data/undersokelse-skala.csv") else { return nil }
        let scales = SurveyReader.scales(scaleTable)
        diagnostics += scales.1
        guard let questionTable = readTable("data/undersokelse-sporsmal.csv", required: true) else { return nil }
        guard case .text(let text) = readText("data/undersokelse-svar.csv", required: true) else {
            diagnostics += SurveyReader.questions(questionTable, scales: scales.0).1
            return nil
        }
        let file = "data/undersokelse-svar.csv"
        let read = CSVReader(maximumBytes: maximumFileBytes).read(text: text, file: file)
        // A row of the export holds the respondent's name and e-mail: never quote it.
        func withoutRow(_ found: [Diagnostic]) -> [Diagnostic] { found.map { var diagnostic = $0; diagnostic.excerpt = nil; return diagnostic } }
        var answers = read.table
        var readDiagnostics = read.diagnostics
        if var table = answers {
            readDiagnostics = Self.removeComments(&table, readDiagnostics)
            answers = table
        }
        if questionTable.records.isEmpty, answers?.records.isEmpty ?? true, !readDiagnostics.containsErrors {
            // The survey files as `init` makes them: not filled in yet, like a missing survey.
            diagnostics.append(Diagnostic(severity: .warning, code: "INN080", message: "Spørreundersøkelsen er ikke fylt inn ennå, så resultatene vises som manglende.",
                                          location: SourceLocation(file: file, line: 1, column: 1), found: "ingen svar og ingen spørsmål",
                                          expected: "eksporten fra Microsoft Forms her, og spørsmålene i data/undersokelse-sporsmal.csv"))
            return nil
        }
        let questions = SurveyReader.questions(questionTable, scales: scales.0)
        diagnostics += questions.1
        diagnostics += withoutRow(readDiagnostics)
        guard let table = answers else { return nil }
        var found: [Diagnostic] = []
        let scanner = self.scanner
        let result = SurveyReader.responses(table, questions: questions.0, scales: scales.0, questionFile: questionTable.file) { cell, _ in
            found += scanner.scan(cell.text, file: file, line: cell.line, column: cell.column)
        }
        diagnostics += found + result.1
        return result.0
    }

    mutating func readTexts(order: [String]) -> [String: ChapterText] {
        var texts: [String: ChapterText] = [:]
        let folder = root.appendingPathComponent("tekster")
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
        var ids = order
        for name in present.sorted() {
            let id = String(name.dropLast(3))
            if !ids.contains(id) {
                diagnostics.append(Diagnostic(severity: .warning, code: "INN077", message: "Teksten hører ikke til noe kapittel i rapporten og blir ikke brukt.",
                                              location: SourceLocation(file: "tekster/\(name)", line: 1, column: 1), found: id,
                                              expected: "et kapittel i «kapitler» i tilstandsrapport.txt"))
                ids.append(id) // still checked for identity numbers
            }
        }
        for id in ids {
            let file = "tekster/\(id).md"
            guard case .text(let text) = readText(file, required: false) else {
                if order.contains(id), id != "vedlegg" {
                    diagnostics.append(Diagnostic(severity: .warning, code: "INN075", message: "Kapittelet har ingen egen tekst.",
                                                  location: SourceLocation(file: file, line: 1, column: 1),
                                                  expected: "filen \(file) med tittel, ansvarlig og status"))
                }
                continue
            }
            diagnostics += scanner.scan(text, file: file)
            rawTexts[id] = text
            let result = ChapterTextReader.read(text, id: id, file: file)
            diagnostics += result.1
            if let chapter = result.0, order.contains(id) { texts[id] = chapter }
        }
        return texts
    }
}
