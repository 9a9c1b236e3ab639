import CSV
import ReportModel
import SourceText

/// What the files in `data/` gave, before it is cut to the report year.
struct DataParts {
    var staffing: [StaffingRow] = []
    var personnel: [PersonnelRow] = []
    var indicators: [IndicatorRow] = []
    var own: [IndicatorCatalogue.Entry] = []
    var survey: SurveyData?
    var participation: [ParticipationRow] = []
    var themes: [ParticipationTheme] = []
    var inspections: [Inspection] = []
    var deviations: [DeviationRow] = []
    var measures: [MeasureRow] = []
    var lastYearsFigures: [PrintedFigure] = []

    /// The report's data: rows up to the report year.
    func reportData(settings: ReportSettings, texts: [String: ChapterText], localTexts: [String: [String: ChapterText]] = [:]) -> ReportData {
        let year = settings.year
        var data = ReportData(settings: settings, staffing: staffing.filter { $0.year <= year }, personnel: personnel.filter { $0.year <= year },
                              indicators: indicators.filter { $0.year <= year }, survey: survey,
                              participation: participation.filter { $0.year <= year }, participationThemes: themes.filter { $0.year <= year },
                              inspections: inspections, deviations: deviations.filter { $0.year <= year }, texts: texts)
        data.ownIndicators = own
        data.measures = measures.filter { $0.year <= year }
        data.lastYearsFigures = lastYearsFigures.filter { $0.year == year - 1 }
        data.localTexts = localTexts
        return data
    }
}

extension LoadSession {
    /// What each optional data file feeds, for the warning when it is absent.
    static let dataFiles: [String: String] = [
        "data/bemanning.csv": "Bemanning og kompetanse", "data/personale.csv": "Bemanning og kompetanse",
        "data/indikatorer.csv": "Tilstand og kvalitet, Økonomi og Kort oppsummering", "data/undersokelse-skala.csv": "Samarbeid med andre sektorer",
        "data/medvirkning.csv": "Barns medvirkning", "data/medvirkning-tema.csv": "Barns medvirkning",
        "data/tilsyn.csv": "Internkontroll, tilsyn og avvik", "data/avvik.csv": "Internkontroll, tilsyn og avvik",
        "data/tiltak.csv": "Innsatsområder og tiltak",
    ]

    /// What the `kommunenummer` column of a data file may hold, from the settings.
    static func municipalityRule(_ settings: ReportSettings?) -> MunicipalityColumn {
        guard let settings else { return .unchecked }
        guard let service = settings.service else { return MunicipalityColumn(known: [settings.municipalityNumber], isService: false) }
        return MunicipalityColumn(known: service.municipalities.map(\.number), isService: true)
    }

    /// A data file the report uses; its absence is a warning naming the chapter that goes without.
    mutating func readDataFile(_ relative: String, contactColumns: Set<String> = []) -> CSVTable? {
        let table = readTable(relative, contactColumns: contactColumns)
        if table == nil, let chapters = Self.dataFiles[relative], FileAccess.kind(of: root.appendingPathComponent(relative).path) == .missing {
            report(.dataFileMissing(file: relative, chapters: chapters), relative)
        }
        return table
    }

    mutating func readData(settings: ReportSettings?) -> DataParts {
        let year = settings?.year
        let municipalities = Self.municipalityRule(settings)
        var parts = DataParts()
        if let table = readDataFile("data/bemanning.csv") {
            let read = StaffingReader.staffing(table)
            parts.staffing = read.rows
            diagnostics += read.diagnostics
            if read.complete { requireYear(year, in: read.rows.map(\.year), file: table.file, hasRows: !table.records.isEmpty) }
        }
        if let table = readDataFile("data/personale.csv") {
            let read = StaffingReader.personnel(table)
            parts.personnel = read.rows
            diagnostics += read.diagnostics
            if read.complete { requireYear(year, in: read.rows.map(\.year), file: table.file, hasRows: !table.records.isEmpty) }
        }
        if let table = readTable("data/indikator-katalog.csv") { // optional: no warning when absent
            let read = IndicatorReader.catalogue(table)
            parts.own = read.rows
            diagnostics += read.diagnostics
        }
        if let table = readDataFile("data/indikatorer.csv", contactColumns: ["merknad"]) {
            let read = IndicatorReader.read(table, own: parts.own, municipalities: municipalities)
            parts.indicators = read.rows
            diagnostics += read.diagnostics
            if read.complete { requireYear(year, in: read.rows.filter { $0.level == .municipality }.map(\.year), file: table.file, hasRows: !table.records.isEmpty) }
        }
        parts.survey = readSurvey()
        if let table = readDataFile("data/medvirkning.csv", contactColumns: ["merknad"]) {
            let read = ParticipationReader.rows(table, municipalities: municipalities)
            parts.participation = read.rows
            diagnostics += read.diagnostics
            if read.complete { requireYear(year, in: read.rows.map(\.year), file: table.file, hasRows: !table.records.isEmpty) }
        }
        if let table = readDataFile("data/medvirkning-tema.csv", contactColumns: ["tema", "endring"]) {
            let read = ParticipationReader.themes(table, municipalities: municipalities)
            parts.themes = read.rows
            diagnostics += read.diagnostics
        }
        if let table = readDataFile("data/tilsyn.csv", contactColumns: ["oppfolging", "tema"]) {
            let read = OversightReader.inspections(table)
            parts.inspections = read.rows
            diagnostics += read.diagnostics
        }
        if let table = readDataFile("data/avvik.csv") {
            let read = OversightReader.deviations(table, municipalities: municipalities)
            parts.deviations = read.rows
            diagnostics += read.diagnostics
        }
        readYearToYear(into: &parts, year: year, municipalities: municipalities)
        return parts
    }

    /// The measures (`tiltak.csv`) and the figures last year's report printed (`fjorarets-nokkeltall.csv`, optional).
    mutating func readYearToYear(into parts: inout DataParts, year: Int?, municipalities: MunicipalityColumn) {
        if let table = readDataFile("data/tiltak.csv", contactColumns: ["mal", "tiltak", "oppnadd", "begrunnelse"]) {
            let read = MeasureReader.read(table, municipalities: municipalities)
            parts.measures = read.rows.map(\.row)
            diagnostics += read.diagnostics
            if let year {
                diagnostics += MeasureReader.followUp(read.rows, year: year)
                if let later = read.rows.map(\.row.year).filter({ $0 > year }).min() { report(.laterYearsIgnored(year: year, later: later), table.file) }
            }
        }
        if let table = readTable("data/fjorarets-nokkeltall.csv") {
            let read = PrintedFigureReader.read(table)
            diagnostics += read.diagnostics
            let years = Set(read.rows.map(\.year)).sorted()
            if let year, !read.rows.isEmpty, !years.contains(year - 1) {
                report(.lastYearsFiguresFromAnotherYear(found: years, expected: year - 1), table.file)
            }
            parts.lastYearsFigures = read.rows
        }
    }

    /// A data file must hold the report year; later years are left out with a warning.
    mutating func requireYear(_ year: Int?, in years: [Int], file: String, hasRows: Bool) {
        guard let year else { return }
        if !hasRows {
            report(.fileNotFilledIn(year: year), file)
        } else if !years.contains(year) {
            filesWithoutReportYear.insert(file)
            report(.noFiguresForReportYear(year: year, years: Set(years).sorted()), file)
        }
        if let later = years.filter({ $0 > year }).min() {
            report(.laterYearsIgnored(year: year, later: later), file)
        }
    }

    mutating func readSurvey() -> SurveyData? {
        guard let scaleTable = readDataFile("data/undersokelse-skala.csv") else { return nil }
        let scales = SurveyReader.scales(scaleTable)
        diagnostics += scales.diagnostics
        guard let questionTable = readTable("data/undersokelse-sporsmal.csv", ifMissing: .error) else { return nil }
        let file = "data/undersokelse-svar.csv"
        guard case .text(let text) = readText(file, limit: limits.maximumSurveyBytes, ifMissing: .error) else {
            diagnostics += SurveyReader.questions(questionTable, scales: scales.scales).diagnostics
            return nil
        }
        let read = CSVReader(maximumBytes: Int.max).read(text: text, file: file)
        var answers = read.table
        var readDiagnostics = read.diagnostics
        if var table = answers {
            readDiagnostics = Self.removeComments(&table, readDiagnostics)
            answers = table
        }
        if questionTable.records.isEmpty, answers?.records.isEmpty ?? true, !readDiagnostics.containsErrors {
            // The survey files as `init` makes them: not filled in yet, like a missing survey.
            report(.surveyNotFilledIn, file)
            return nil
        }
        let questions = SurveyReader.questions(questionTable, scales: scales.scales)
        diagnostics += questions.diagnostics
        // A row of the export holds the respondent's name and e-mail: never quote it.
        diagnostics += readDiagnostics.map { var diagnostic = $0; diagnostic.excerpt = nil; return diagnostic }
        guard let table = answers else { return nil }
        var found: [Diagnostic] = []
        let scanner = self.scanner
        let result = SurveyReader.responses(table, questions: questions.questions, named: questions.named, scales: scales.scales,
                                            questionFile: questionTable.file) { cell in
            found += scanner.scan(cell.text, file: file, line: cell.line, column: cell.column, identityNumbers: false)
        }
        diagnostics += found + result.diagnostics
        return result.survey
    }
}
