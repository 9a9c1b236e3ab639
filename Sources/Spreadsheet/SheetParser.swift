import SourceText

/// Reads one worksheet part (`<sheetData><row r=><c r= s= t=><v>…</v></c>…`) into rows of cells.
///
/// A cell without `r` follows the previous one in its row, a row without `r` the previous row; cells
/// that come out of order are sorted, and a cell written twice keeps its first value.
struct SheetParser {
    let file: String
    let sheet: String
    let sharedStrings: [String]
    let formats: [NumberFormat]
    let uses1904: Bool
    let limits: SpreadsheetLimits
    private(set) var diagnostics: [Diagnostic] = []

    private struct Pending {
        var row: Int
        var column: Int
        var type: String?
        var style: Int
    }

    private var inSheetData = false
    private var row = 0
    private var column = 0
    private var pending: Pending?
    private var inValue = false
    private var value = ""
    private var inInline = false
    private var hasInline = false
    private var collector: TextCollector
    private var cells: [(row: Int, cell: WorksheetCell)] = []
    private var ordered = true
    private var full = false

    init(file: String, sheet: String, sharedStrings: [String], formats: [NumberFormat], uses1904: Bool, limits: SpreadsheetLimits) {
        self.file = file
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.uses1904 = uses1904
        self.limits = limits
        collector = TextCollector(limit: limits.maximumStringBytes)
    }

    /// Where the parser is, for an XML error in the middle of the sheet.
    var currentLocation: SourceLocation? {
        row > 0 ? .cell(file: file, sheet: sheet, row: row, column: max(1, column)) : nil
    }

    private func location(_ row: Int, _ column: Int) -> SourceLocation {
        .cell(file: file, sheet: sheet, row: max(1, row), column: max(1, column))
    }

    mutating func handle(_ event: XMLEvent) {
        switch event {
        case .start(let element, let selfClosing): start(element, selfClosing: selfClosing)
        case .text(let text):
            if inValue { value += text } else if inInline { collector.text(text) }
        case .end(let name): end(XMLElement.local(name), qualified: name)
        }
    }

    private mutating func start(_ element: XMLElement, selfClosing: Bool) {
        let name = element.localName
        if inInline { collector.start(element, selfClosing: selfClosing); return }
        switch name {
        case "sheetData": inSheetData = !selfClosing
        case "row" where inSheetData:
            let number = element.attribute("r").flatMap { Int($0) }
            if let number, (1...CellReference.maximumRow).contains(number) {
                row = number
            } else {
                if let text = element.attribute("r") { diagnostics.append(SpreadsheetMessages.badReference(location(row + 1, 1), reference: text)) }
                row += 1
            }
            column = 0
        case "c" where inSheetData:
            var target = (row: max(row, 1), column: column + 1)
            if let reference = element.attribute("r") {
                if let parsed = CellReference.parse(reference) { target = parsed } else {
                    diagnostics.append(SpreadsheetMessages.badReference(location(target.row, target.column), reference: reference))
                }
            }
            row = target.row
            column = min(target.column, CellReference.maximumColumn)
            guard !selfClosing else { return }
            pending = Pending(row: row, column: column, type: element.attribute("t"), style: element.attribute("s").flatMap { Int($0) } ?? 0)
            value = ""
            hasInline = false
        case "v" where pending != nil && !selfClosing: inValue = true
        case "is" where pending != nil && !selfClosing:
            inInline = true
            hasInline = true
            collector.reset()
        default: break
        }
    }

    private mutating func end(_ name: Substring, qualified: String) {
        if inInline {
            if name == "is" { inInline = false } else { collector.end(qualified) }
            return
        }
        switch name {
        case "v": inValue = false
        case "c":
            if let cell = pending { finishCell(cell) }
            pending = nil
        case "sheetData": inSheetData = false
        default: break
        }
    }

    private mutating func finishCell(_ cell: Pending) {
        guard let (content, text) = content(of: cell) else { return }
        guard !full else { return }
        if cells.count >= limits.maximumCellsPerSheet {
            full = true
            diagnostics.append(SpreadsheetMessages.tooManyCells(location(cell.row, cell.column), limit: limits.maximumCellsPerSheet))
            return
        }
        if let last = cells.last, (last.row, last.cell.column) >= (cell.row, cell.column) { ordered = false }
        cells.append((cell.row, WorksheetCell(column: cell.column, value: content, text: text)))
    }

    /// The value and shown text of a finished cell; nil for a cell without a value.
    private mutating func content(of cell: Pending) -> (CellValue, String)? {
        let here = location(cell.row, cell.column)
        let raw = value.trimmingCharacters()
        switch cell.type {
        case "s":
            guard !raw.isEmpty else { return nil }
            guard let index = Int(raw), sharedStrings.indices.contains(index) else {
                diagnostics.append(SpreadsheetMessages.badSharedString(here, index: raw, count: sharedStrings.count))
                return nil
            }
            return (.text(sharedStrings[index]), sharedStrings[index])
        case "inlineStr":
            let text = hasInline ? collector.value : TextCollector.decodeEscapes(value)
            if collector.overflow > 0 {
                diagnostics.append(SpreadsheetMessages.stringTooLong(here, bytes: collector.overflow, limit: limits.maximumStringBytes))
            }
            return (.text(text), text)
        case "str":
            let text = TextCollector.decodeEscapes(String(value.utf8.prefix(limits.maximumStringBytes)) ?? "")
            return (.text(text), text)
        case "b":
            guard !raw.isEmpty else { return nil }
            switch raw {
            case "1", "true": return (.boolean(true), "SANN")
            case "0", "false": return (.boolean(false), "USANN")
            default:
                diagnostics.append(SpreadsheetMessages.badValue(here, value: raw, type: "en sannhetsverdi (0 eller 1)"))
                return nil
            }
        case "e":
            guard !raw.isEmpty else { return nil }
            return (.error(raw), CellReference.norwegianError(raw))
        case "d":
            guard !raw.isEmpty else { return nil }
            guard let date = DateSerial.parseISO(raw) else {
                diagnostics.append(SpreadsheetMessages.badValue(here, value: raw, type: "en dato som 2025-11-03 eller 2025-11-03T11:17:30"))
                return nil
            }
            var format = formats.indices.contains(cell.style) ? formats[cell.style] : .general
            if case .time = format {} else if format != .date, format != .dateTime {
                format = date.hour + date.minute + date.second > 0 ? .dateTime : .date
            }
            return (.date(date), NumberFormat.text(date, format: format))
        case nil, "n":
            guard !raw.isEmpty else { return nil }
            guard let number = CellReference.number(raw) else {
                diagnostics.append(SpreadsheetMessages.badValue(here, value: raw, type: "et tall"))
                return nil
            }
            let format = formats.indices.contains(cell.style) ? formats[cell.style] : .general
            return format.display(number, uses1904: uses1904)
        case let other?:
            diagnostics.append(SpreadsheetMessages.badValue(here, value: "t=\"\(other)\"", type: "en celletype Excel skriver (s, n, b, e, str, inlineStr, d)"))
            return nil
        }
    }

    /// The rows in order, each cell once.
    mutating func finish() -> [WorksheetRow] {
        if !ordered {
            cells = cells.enumerated().sorted { ($0.element.row, $0.element.cell.column, $0.offset) < ($1.element.row, $1.element.cell.column, $1.offset) }
                .map(\.element)
        }
        var rows: [WorksheetRow] = []
        for (number, cell) in cells {
            if let last = rows.last, last.number == number {
                if last.cells.last?.column == cell.column {
                    diagnostics.append(SpreadsheetMessages.duplicateCell(location(number, cell.column)))
                    continue
                }
                rows[rows.count - 1].cells.append(cell)
            } else {
                rows.append(WorksheetRow(number: number, cells: [cell]))
            }
        }
        return rows
    }
}

extension String {
    /// Without leading and trailing XML whitespace.
    func trimmingCharacters() -> String { TextCollector.trimmingXMLSpace(self) }
}
