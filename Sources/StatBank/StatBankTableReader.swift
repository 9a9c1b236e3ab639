import CSV
import SourceText
import Spreadsheet

/// Reads a statistics bank table downloaded as CSV or as an Excel workbook (see `TableLayout`).
public struct StatBankTableReader: Sendable {
    public var maximumObservations: Int
    public var workbook: WorkbookReader

    /// Creates a reader.
    public init(maximumObservations: Int = 1_000_000, workbook: WorkbookReader = WorkbookReader()) {
        self.maximumObservations = maximumObservations
        self.workbook = workbook
    }

    /// Reads CSV bytes (UTF-8, UTF-8 with BOM or Windows-1252; `;`, `,` or tab).
    public func readCSV(bytes: [UInt8], file: String) -> (dataset: StatBankDataset?, diagnostics: [Diagnostic]) {
        let (table, found) = CSVReader().read(bytes: bytes, file: file)
        // A title line has one field and the data rows more: that is the layout, not a ragged file.
        var diagnostics = found.filter { $0.code != "CSV004" && $0.code != "CSV001" }
        guard let table else {
            if diagnostics.isEmpty { diagnostics.append(StatBankMessages.noHeader(file)) }
            return (nil, diagnostics)
        }
        let rows = ([table.header] + table.records.map(\.cells)).map { $0.map { TableCell(text: $0.text, location: table.location(of: $0)) } }
        let result = interpret(rows, file: file)
        return (result.dataset, diagnostics + result.diagnostics)
    }

    /// Reads the first sheet with cells of an `.xlsx` download.
    public func readWorkbook(bytes: [UInt8], file: String) -> (dataset: StatBankDataset?, diagnostics: [Diagnostic]) {
        let (book, diagnostics) = workbook.read(bytes: bytes, file: file)
        guard let sheet = book?.sheets.first(where: { !$0.isHidden && !$0.rows.isEmpty }) else {
            return (nil, diagnostics.isEmpty ? [StatBankMessages.noHeader(file)] : diagnostics)
        }
        var rows: [[TableCell]] = []
        var cells = 0
        for row in sheet.rows {
            guard let last = row.cells.last?.column else { continue }
            cells += last
            if cells > maximumObservations * 4 {
                return (nil, diagnostics + [StatBankMessages.tooLarge(file, count: cells, limit: maximumObservations)])
            }
            var padded = (1...last).map { TableCell(text: "", location: sheet.location(file: file, row: row.number, column: $0)) }
            for cell in row.cells { padded[cell.column - 1].text = cell.text }
            rows.append(padded)
        }
        let result = interpret(rows, file: file)
        return (result.dataset, diagnostics + result.diagnostics)
    }

    /// The dataset a table of cells describes.
    func interpret(_ rows: [[TableCell]], file: String) -> (dataset: StatBankDataset?, diagnostics: [Diagnostic]) {
        let filled = rows.map { $0.filter { !$0.trimmed.isEmpty } }
        guard let headerIndex = filled.firstIndex(where: { $0.count >= 2 }) else { return (nil, [StatBankMessages.noHeader(file)]) }
        let header = rows[headerIndex]
        let titles = filled[..<headerIndex].compactMap { $0.first?.trimmed }
        let data = rows[(headerIndex + 1)...].filter { row in row.filter { !$0.trimmed.isEmpty }.count >= 2 }
        let notes = rows[(headerIndex + 1)...].filter { row in row.filter { !$0.trimmed.isEmpty }.count == 1 }.compactMap { $0.first { !$0.trimmed.isEmpty }?.trimmed }
        let columns = ColumnPlan(header: header, data: Array(data))
        var diagnostics: [Diagnostic] = []
        let title = titles.first ?? columns.valueHeadings.first ?? ""
        guard columns.validate(at: header.first?.location ?? StatBankMessages.start(file), title: title, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        var builder = DatasetBuilder()
        for row in data {
            for observation in columns.observations(in: row, title: title, diagnostics: &diagnostics) {
                guard builder.count < maximumObservations else {
                    diagnostics.append(StatBankMessages.tooLarge(file, count: builder.count + 1, limit: maximumObservations))
                    return (builder.dataset(title: title, notes: Array(titles.dropFirst()) + notes, plan: columns), diagnostics)
                }
                builder.add(observation)
            }
        }
        return (builder.dataset(title: title, notes: Array(titles.dropFirst()) + notes, plan: columns), diagnostics)
    }
}

/// Collects observations and the categories of each dimension in the order they appear.
struct DatasetBuilder {
    private(set) var observations: [StatBankObservation] = []
    private var regions: [StatBankCategory] = []
    private var variables: [StatBankCategory] = []
    private var times: [StatBankCategory] = []
    private var seen = Set<String>()

    var count: Int { observations.count }

    mutating func add(_ observation: StatBankObservation) {
        observations.append(observation)
        if seen.insert("r|" + observation.region.code).inserted { regions.append(observation.region) }
        if seen.insert("v|" + observation.variable.code).inserted { variables.append(observation.variable) }
        if seen.insert("t|" + observation.time).inserted { times.append(StatBankCategory(code: observation.time, label: observation.time)) }
    }

    func dataset(title: String, notes: [String], plan: ColumnPlan) -> StatBankDataset {
        var dimensions = [StatBankDimension(id: plan.heading(.region) ?? "region", label: plan.heading(.region) ?? "region", role: .region, categories: regions),
                          StatBankDimension(id: plan.heading(.variable) ?? "statistikkvariabel", label: plan.heading(.variable) ?? "statistikkvariabel",
                                            role: .variable, categories: variables),
                          StatBankDimension(id: plan.heading(.time) ?? "år", label: plan.heading(.time) ?? "år", role: .time, categories: times)]
        for other in plan.otherHeadings {
            dimensions.append(StatBankDimension(id: other, label: other, role: .other, categories: []))
        }
        return StatBankDataset(tableID: StatBankDataset.tableID(inTitle: title), title: title, updated: nil, dimensions: dimensions,
                               observations: observations, notes: notes)
    }
}
