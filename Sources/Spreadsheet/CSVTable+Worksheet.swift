import CSV
import SourceText

extension CSVTable {
    /// The sheet as the table its CSV export would give: the first row with text is the header, every
    /// later row with text a record, each padded to the header's width. Cells keep their sheet
    /// location, so the readers' diagnostics say «ark Svar, celle D22».
    ///
    /// A non-empty cell to the right of the last header is an error (the same file saved as CSV would
    /// have a ragged row); nil when the sheet has no text at all.
    public init?(worksheet: Worksheet, file: String, limits: SpreadsheetLimits = SpreadsheetLimits(),
                 diagnostics: inout [Diagnostic]) {
        let rows = worksheet.rows.filter { $0.cells.contains { !$0.text.trimmingSpaces().isEmpty } }
        guard let headerRow = rows.first else { return nil }
        let width = headerRow.cells.last { !$0.text.trimmingSpaces().isEmpty }?.column ?? 1
        func padded(_ row: WorksheetRow) -> [CSVCell] {
            var cells = (1...width).map { CSVCell(text: "", line: row.number, column: $0) }
            for cell in row.cells where cell.column <= width { cells[cell.column - 1].text = cell.text }
            return cells
        }
        self.init(file: file, encoding: .utf8, separator: .semicolon, header: padded(headerRow), records: [], lines: [], sheet: worksheet.name)
        for row in rows.dropFirst() {
            if records.count * width >= limits.maximumCellsPerSheet {
                diagnostics.append(SpreadsheetMessages.tooManyCells(worksheet.location(file: file, row: row.number, column: 1),
                                                                    limit: limits.maximumCellsPerSheet))
                break
            }
            if let outside = row.cells.first(where: { $0.column > width && !$0.text.trimmingSpaces().isEmpty }) {
                diagnostics.append(SpreadsheetMessages.rightOfTable(worksheet.location(file: file, row: row.number, column: outside.column),
                                                                    text: outside.text, headerRow: headerRow.number, width: width))
            }
            records.append(CSVRecord(cells: padded(row), line: row.number, row: row.number))
        }
    }
}
