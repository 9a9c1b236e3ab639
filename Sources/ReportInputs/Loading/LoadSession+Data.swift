import CSV
import Foundation
import ReportModel
import SourceText
import Spreadsheet

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
    var printed: [PrintedFigure] = []

    /// The report's data: rows up to the report year.
    func reportData(settings: ReportSettings, texts: [String: ChapterText]) -> ReportData {
        let year = settings.year
        var data = ReportData(settings: settings, staffing: staffing.filter { $0.year <= year }, personnel: personnel.filter { $0.year <= year },
                              indicators: indicators.filter { $0.year <= year }, survey: survey,
                              participation: participation.filter { $0.year <= year }, participationThemes: themes.filter { $0.year <= year },
                              inspections: inspections, deviations: deviations.filter { $0.year <= year }, texts: texts)
        data.ownIndicators = own
        data.measures = measures.filter { $0.year <= year }
        data.printedLastYear = printed
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

    /// A data file the report uses; its absence is a warning naming the chapter that goes without.
    mutating func readDataFile(_ relative: String, contactColumns: Set<String> = [], orElse alternative: Bool = false) -> CSVTable? {
        let table = readTable(relative, contactColumns: contactColumns)
        if table == nil, !alternative, let chapters = Self.dataFiles[relative], tableIsAbsent(relative) {
            report(.dataFileMissing(file: relative, workbook: TableFileReader.workbookName(for: relative), chapters: chapters), relative)
        }
        return table
    }

    mutating func readData(settings: ReportSettings?) -> DataParts {
        let year = settings?.year
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
        parts.indicators = readIndicators(settings: settings, own: parts.own)
        parts.survey = readSurvey()
        if let table = readDataFile("data/medvirkning.csv", contactColumns: ["merknad"]) {
            let read = ParticipationReader.rows(table, municipalities: MunicipalityColumn(settings: settings))
            parts.participation = read.rows
            diagnostics += read.diagnostics
            if read.complete { requireYear(year, in: read.rows.map(\.year), file: table.file, hasRows: !table.records.isEmpty) }
        }
        if let table = readDataFile("data/medvirkning-tema.csv", contactColumns: ["tema", "endring"]) {
            let read = ParticipationReader.themes(table)
            parts.themes = read.rows
            diagnostics += read.diagnostics
        }
        if let table = readDataFile("data/tilsyn.csv", contactColumns: ["oppfolging", "tema"]) {
            let read = OversightReader.inspections(table)
            parts.inspections = read.rows
            diagnostics += read.diagnostics
        }
        if let table = readDataFile("data/avvik.csv") {
            let read = OversightReader.deviations(table)
            parts.deviations = read.rows
            diagnostics += read.diagnostics
        }
        parts.measures = readMeasures(year: year)
        parts.printed = readPrintedFigures(year: year, own: parts.own, municipalities: MunicipalityColumn(settings: settings))
        return parts
    }

    /// The measures (`data/tiltak.csv`): last year's need a status, this year's may not have one yet.
    mutating func readMeasures(year: Int?) -> [MeasureRow] {
        guard let table = readDataFile("data/tiltak.csv", contactColumns: ["mal", "tiltak", "ansvarlig", "oppnadd", "begrunnelse"]) else { return [] }
        let read = MeasureReader.read(table)
        diagnostics += read.diagnostics
        if let year {
            diagnostics += MeasureReader.followUp(read.rows, year: year)
            if let later = read.rows.map(\.row.year).filter({ $0 > year }).min() { report(.laterYearsIgnored(year: year, later: later), table.file) }
        }
        return read.rows.map(\.row)
    }

    /// What last year's report printed (`data/fjorarets-tall.csv`, made by `init --fra`); without the file there is nothing to compare.
    mutating func readPrintedFigures(year: Int?, own: [IndicatorCatalogue.Entry], municipalities: MunicipalityColumn) -> [PrintedFigure] {
        guard let table = readTable(PrintedFiguresReader.file) else { return [] }
        let read = PrintedFiguresReader.read(table, own: own, year: year, municipalities: municipalities)
        diagnostics += read.diagnostics
        return read.rows
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
        guard let read = loadTable("data/undersokelse-svar.csv", limit: limits.maximumSurveyBytes, ifMissing: .error) else {
            diagnostics += SurveyReader.questions(questionTable, scales: scales.scales).diagnostics
            return nil
        }
        let file = read.file
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
        // A row of the export holds the respondent's name and e-mail: never quote it (a workbook's reader quotes cells as found).
        diagnostics += readDiagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.excerpt = nil
            if diagnostic.location?.sheet != nil { diagnostic.found = nil }
            return diagnostic
        }
        guard let table = answers else { return nil }
        var found: [Diagnostic] = []
        let scanner = self.scanner
        let result = SurveyReader.responses(table, questions: questions.questions, named: questions.named, scales: scales.scales,
                                            questionFile: questionTable.file) { cell in
            found += scanner.scan(cell, in: table, identityNumbers: false)
        }
        diagnostics += found + result.diagnostics
        return result.survey
    }
}
