import CSV
import Foundation
import SourceText
import Spreadsheet

/// Data tables: a CSV file, or the `.xlsx` workbook standing in for it (`data/X.xlsx` for `data/X.csv`), read
/// into one `CSVTable` the readers take alike. A workbook's cells are named by sheet and cell in every message.
extension LoadSession {
    /// A table as its reader gave it, before comment rows are dropped: the reader's diagnostics are not yet the session's.
    struct LoadedTable {
        var table: CSVTable?
        var diagnostics: [Diagnostic]
        /// The file read: the `.csv`, or the `.xlsx` standing in for it.
        var file: String
    }

    /// Reads the table `relative` (a `.csv` path) or, when only the workbook is there, the workbook. Both there is an
    /// error naming both, and neither is read: which one the leader meant is not for the tool to guess.
    mutating func loadTable(_ relative: String, limit: Int, ifMissing: Missing) -> LoadedTable? {
        let workbook = TableFileReader.workbookName(for: relative)
        let csvIsThere = FileAccess.kind(of: root.appendingPathComponent(relative).path) != .missing
        let workbookIsThere = FileAccess.kind(of: root.appendingPathComponent(workbook).path) != .missing
        if csvIsThere, workbookIsThere {
            report(.tableInTwoFiles(csv: relative, workbook: workbook), relative)
            return nil
        }
        if workbookIsThere {
            guard case .bytes(let bytes) = readBytes(workbook, limit: limit, ifMissing: .silent) else { return nil }
            return readWorkbookTable(bytes, file: workbook)
        }
        guard case .text(let text) = readText(relative, limit: limit, ifMissing: .silent) else {
            if !csvIsThere, ifMissing == .error { report(.tableFileMissing(csv: relative, workbook: workbook), relative) }
            return nil
        }
        let read = CSVReader(maximumBytes: Int.max).read(text: text, file: relative)
        return LoadedTable(table: read.table, diagnostics: read.diagnostics, file: relative)
    }

    /// True when neither `relative` nor the workbook standing in for it exists.
    func tableIsAbsent(_ relative: String) -> Bool {
        FileAccess.kind(of: root.appendingPathComponent(relative).path) == .missing
            && FileAccess.kind(of: root.appendingPathComponent(TableFileReader.workbookName(for: relative)).path) == .missing
    }

    /// A workbook's table, with every cell of every sheet checked for identity numbers (as every byte of a CSV file
    /// is) and control characters in the table's cells replaced.
    mutating func readWorkbookTable(_ bytes: [UInt8], file: String) -> LoadedTable {
        let read = TableFileReader().readWorkbook(bytes: bytes, file: file)
        if let book = read.workbook { scanCells(of: book, file: file) }
        var table = read.table
        if var found = table {
            diagnostics += Self.replaceControlCharacters(&found)
            table = found
        }
        return LoadedTable(table: table, diagnostics: read.diagnostics, file: file)
    }

    /// Reports every identity number in any cell of any sheet, also one typed as a number (Excel drops its leading zero).
    mutating func scanCells(of book: Workbook, file: String) {
        for sheet in book.sheets {
            for row in sheet.rows {
                for cell in row.cells {
                    let location = sheet.location(file: file, row: row.number, column: cell.column)
                    if case .number(let value) = cell.value, PersonalDataScanner.isIdentityNumber(value) {
                        diagnostics.append(InputMessage.identityNumber.diagnostic(at: location))
                    } else if cell.text.utf8.count >= 11 {
                        diagnostics += scanner.scan(cell.text, at: location, contactDetails: false)
                    }
                }
            }
        }
    }

    /// Replaces control characters and bidi overrides in every cell of `table` with �, each reported at its cell.
    static func replaceControlCharacters(_ table: inout CSVTable) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func clean(_ cell: CSVCell, at location: SourceLocation) -> CSVCell {
            guard ControlCharacters.containsAny(cell.text) else { return cell }
            let result = ControlCharacters.replace(in: cell.text, file: location.file)
            found += result.diagnostics.map { var diagnostic = $0; diagnostic.location = location; return diagnostic }
            var cleaned = cell
            cleaned.text = result.text
            return cleaned
        }
        let snapshot = table
        table.header = snapshot.header.map { clean($0, at: snapshot.location(of: $0)) }
        for index in table.records.indices {
            table.records[index].cells = snapshot.records[index].cells.map { clean($0, at: snapshot.location(of: $0)) }
        }
        return found
    }

    /// Reads a table (CSV or workbook); cells in `contactColumns` (free text) are also checked for e-mail addresses
    /// and phone numbers.
    mutating func readTable(_ relative: String, limit: Int? = nil, ifMissing: Missing = .silent, contactColumns: Set<String> = []) -> CSVTable? {
        guard let loaded = loadTable(relative, limit: limit ?? limits.maximumFileBytes, ifMissing: ifMissing) else { return nil }
        guard var table = loaded.table else {
            diagnostics += loaded.diagnostics
            return nil
        }
        diagnostics += Self.removeComments(&table, loaded.diagnostics)
        let contact = Set(table.header.indices.filter { contactColumns.contains(ColumnTable.key(table.header[$0].text)) })
        guard !contact.isEmpty else { return table }
        for record in table.records {
            for index in contact where index < record.cells.count {
                diagnostics += scanner.scan(record.cells[index], in: table, identityNumbers: false)
            }
        }
        return table
    }
}
