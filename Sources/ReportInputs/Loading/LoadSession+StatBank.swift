import Foundation
import ReportModel
import SourceText
import Spreadsheet
import StatBank

/// Key figures from two places: the leader's own `data/indikatorer.csv` (or `.xlsx`) and the tables downloaded
/// from SSB's statistics bank into `data/ssb/`, read as they come (JSON-stat2, CSV, Excel).
extension LoadSession {
    /// The folder of statistics bank downloads.
    static let statBankFolder = "data/ssb"
    /// Most downloads read from it: a report needs a handful of tables.
    static let maximumDownloads = 100
    /// Most figures one download may hold: every municipality, twenty variables and ten years are about 72 000.
    static let maximumObservations = 200_000

    /// Every indicator row: typed and imported, compared and merged (see `IndicatorMerge`).
    mutating func readIndicators(settings: ReportSettings?, own: [IndicatorCatalogue.Entry]) -> [IndicatorRow] {
        let imported = readStatBank(settings: settings)
        var places: [String: IndicatorMerge.Place] = [:]
        var typed: [IndicatorRow] = []
        var typedFile: String?
        var complete = true
        var typedRows = false
        if let table = readDataFile("data/indikatorer.csv", contactColumns: ["merknad"], orElse: imported != nil) {
            let read = IndicatorReader.read(table, own: own, municipalities: MunicipalityColumn(settings: settings), places: &places)
            diagnostics += read.diagnostics
            typed = read.rows
            typedFile = table.file
            complete = read.complete
            typedRows = !table.records.isEmpty
        }
        guard let imported else {
            if let typedFile, complete {
                requireYear(settings?.year, in: typed.filter { $0.level == .municipality }.map(\.year), file: typedFile, hasRows: typedRows)
            }
            return typed
        }
        let merged = IndicatorMerge.merge(typed: typed, typedFile: typedFile ?? "data/indikatorer.csv", places: places, imported: imported)
        diagnostics += merged.diagnostics
        if complete {
            requireYear(settings?.year, in: merged.rows.filter { $0.level == .municipality }.map(\.year), file: typedFile ?? Self.statBankFolder + "/",
                        hasRows: !merged.rows.isEmpty)
        }
        return merged.rows
    }

    /// The rows of every download in `data/ssb/`, or nil when the folder is absent or holds no download.
    mutating func readStatBank(settings: ReportSettings?) -> [ImportedIndicator]? {
        guard folderIsUsable(Self.statBankFolder, required: false),
              case .success(let names) = FileAccess.contents(of: root.appendingPathComponent(Self.statBankFolder).path) else { return nil }
        var rows: [ImportedIndicator] = []
        var downloads = 0
        // Hidden files, and the owner file (`~$…`) Excel keeps beside a workbook it has open, are not downloads.
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let relative = Self.statBankFolder + "/" + Self.shown(name)
            let lower = name.lowercased()
            // Anything named like a download is read, so a folder, pipe or dangling link in its place is refused as everywhere.
            guard Self.shown(name) == name, [".json", ".csv", ".xlsx"].contains(where: { lower.hasSuffix($0) }) else {
                report(.statBankFileIgnored(name: Self.shown(name)), relative)
                continue
            }
            downloads += 1
            guard downloads <= Self.maximumDownloads else {
                report(.statBankTooManyFiles(limit: Self.maximumDownloads), relative)
                break
            }
            guard let dataset = readDownload(relative) else { continue }
            guard let settings else { continue }
            // A shared service reads each member's figures and KOSTRA group from the same download.
            let members: [(number: String?, settings: ReportSettings)] = settings.service.map { service in
                service.members.map { ($0.number, settings.forCouncil($0)) }
            } ?? [(nil, settings)]
            for (index, member) in members.enumerated() {
                let context = StatBankIndicatorReader.Context(municipality: member.settings.municipalityNumber, kostraGroup: member.settings.kostraGroup,
                                                              defaultStatus: settings.kostraStatus, language: settings.language)
                let read = StatBankIndicatorReader.read(dataset, file: relative, context: context)
                // The download's own problems are said once; a member missing from it is said for each.
                diagnostics += index == 0 ? read.diagnostics : read.diagnostics.filter { $0.code == InputCode.statBankNoMunicipality.rawValue }
                rows += read.rows.map { imported in
                    var imported = imported
                    imported.row.municipality = member.number
                    return imported
                }
                if index == 0 { checkStatus(read.rows, dataset: dataset, file: relative, settings: settings) }
            }
        }
        return downloads > 0 ? rows : nil
    }

    /// One download as a dataset. Text is decoded and checked like every text input; a workbook's cells are checked
    /// for identity numbers like every workbook's.
    mutating func readDownload(_ relative: String) -> StatBankDataset? {
        guard case .bytes(let bytes) = readBytes(relative, limit: limits.maximumFileBytes, ifMissing: .error) else { return nil }
        var input = bytes
        if TableFileReader.isWorkbook(bytes: bytes, file: relative) {
            if let book = WorkbookReader().read(bytes: bytes, file: relative).workbook { scanCells(of: book, file: relative) }
        } else {
            guard let text = decodedText(bytes, relative) else { return nil }
            input = Array(text.utf8)
        }
        let reader = StatBankReader(jsonStat: JSONStatReader(maximumObservations: Self.maximumObservations),
                                    table: StatBankTableReader(maximumObservations: Self.maximumObservations))
        let read = reader.read(bytes: input, file: relative)
        diagnostics += read.diagnostics
        return read.dataset
    }

    /// A download that dates the report year's figures (JSON-stat's update time) and a `kostra-status` that says
    /// otherwise: the report's text and its figures would disagree.
    mutating func checkStatus(_ rows: [ImportedIndicator], dataset: StatBankDataset, file: String, settings: ReportSettings) {
        guard dataset.updated != nil,
              let own = rows.first(where: { $0.row.level == .municipality && $0.row.year == settings.year }),
              own.row.provenance.status != settings.kostraStatus else { return }
        report(.kostraStatusDisagrees(year: settings.year, setting: settings.kostraStatus, file: file), file)
    }
}
