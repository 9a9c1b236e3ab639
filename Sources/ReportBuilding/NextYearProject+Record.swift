import ReportInputs
import ReportModel
import SourceText

/// The record of what last year's report printed (`data/fjorarets-tall.csv`), written into next year's
/// project by `init --fra`: once the service updates last year's preliminary rows to their final values,
/// what the report printed is gone from `indikatorer.csv`, and next year's report compares with this instead.
///
/// One row per key figure and indicator value the report printed for its report year, and for the years
/// before where it printed them as preliminary. A hidden figure is recorded as printed (`<5`, `skjult`),
/// never as its number: the file is part of the project and may be shared.
enum PrintedRecord {
    static let file = "data/fjorarets-tall.csv"

    /// The record's bytes for last year's loaded project, or the warning when it has errors and cannot be built.
    static func make(_ loaded: LoadedProject) -> (bytes: [UInt8]?, warning: Diagnostic?) {
        guard loaded.isValid, let data = loaded.data else {
            let errors = loaded.diagnostics.filter(\.isError)
            let first = errors.first
            return (nil, InputMessage.printedRecordNotMade(errors: max(errors.count, 1), file: file)
                .diagnostic(at: first?.location ?? SourceLocation(file: "tilstandsrapport.txt", line: 1, column: 1), excerpt: first?.excerpt))
        }
        // A shared service records each council's report and the whole service's, each row saying whose it was.
        if let service = ComputedReport.service(data) {
            let reports = service.councils + [service.wholeService]
            let printed = reports.flatMap { report in
                Self.figures(report, order: loaded.chapterOrder).map { figure in
                    var figure = figure
                    if case .council(_, let member) = report.settings.audience { figure.municipality = member.number }
                    return figure
                }
            }
            return (csv(printed, reports: reports, service: true), nil)
        }
        let report = ComputedReport(data: data)
        return (csv(figures(report, order: loaded.chapterOrder), reports: [report], service: false), nil)
    }

    /// The figures the report printed, in the order of its indicators, then the summary's key figures that are no indicator.
    static func figures(_ report: ComputedReport, order: [String]) -> [PrintedFigure] {
        let year = report.settings.year
        let printedYears = report.years.filter { $0 > year - 5 }
        let summary = order.contains(ChapterID.summary.rawValue)
        var figures: [PrintedFigure] = []
        for series in report.indicators where isPrinted(series.entry, order: order) {
            let charted = IndicatorRegistry.groups.contains { $0.chart?.rawValue == series.entry.id }
            for printedYear in printedYears {
                // Earlier years are printed for the municipality, and in a group's chart for every level.
                // The whole service beside a council's own figures is recorded as the service's report printed it.
                let levels = printedYear == year || charted ? IndicatorLevel.given : [.municipality]
                for level in levels {
                    let figure = series.series(level).figure(printedYear)
                    guard printedYear == year || figure.isPreliminary,
                          let printed = PrintedFigure.printed(figure, id: series.entry.id, level: level, reportYear: year) else { continue }
                    figures.append(printed)
                }
            }
        }
        if summary, !report.staffing.years.isEmpty,
           let filled = PrintedFigure.printed(report.staffing.filled.figure(year), id: PrintedFigure.filledFTE, level: .municipality, reportYear: year) {
            figures.append(filled)
        }
        return figures
    }

    /// True when a chapter of the report shows the indicator: its group's chapter, the state chapter for an
    /// own indicator, or the summary for its key figures.
    static func isPrinted(_ entry: IndicatorCatalogue.Entry, order: [String]) -> Bool {
        guard let id = entry.builtIn else { return order.contains(ChapterID.state.rawValue) }
        if IndicatorID.summaryKeyFigures.contains(id), order.contains(ChapterID.summary.rawValue) { return true }
        return IndicatorRegistry.groups.contains { $0.members.contains(id) && order.contains($0.chapter.rawValue) }
    }

    /// The file as the other data files are written: UTF-8 with a BOM, `;` between cells, CRLF line ends.
    static func csv(_ figures: [PrintedFigure], reports: [ComputedReport], service: Bool) -> [UInt8] {
        var units: [String: FigureUnit] = [:]
        for series in reports.flatMap(\.indicators) { units[series.entry.id] = series.entry.unit }
        for (id, unit) in PrintedFigure.keyFigureIDs { units[id] = unit }
        var lines = [PrintedFiguresColumns.header + (service ? ";kommune" : "")]
        for figure in figures {
            let unit = units[figure.id] ?? .count
            let cells = [figure.id, String(figure.year), figure.level.rawValue, figure.recordText(unit), figure.status.rawValue,
                         String(figure.reportYear)] + (service ? [figure.municipality ?? ""] : [])
            lines.append(cells.joined(separator: ";"))
        }
        return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }
}

/// The columns of `data/fjorarets-tall.csv`, as the reader expects them.
enum PrintedFiguresColumns {
    static let header = "indikator;år;nivå;verdi;status;rapportår"
}
