import SourceText

/// Reads CSV as RFC 4180 describes it and as Excel writes it in Norway: the separator is detected
/// (`;`, `,` or tab), line endings may be CRLF, LF or CR, quoted fields may hold separators, quotes
/// and line breaks. Problems become diagnostics; reading goes on to find them all.
public struct CSVReader: Sendable {
    /// Refuse files above this size with a message rather than risk memory (Excel's own sheet limit
    /// is about a million rows; a year of report data is kilobytes).
    public var maximumBytes: Int
    /// Longest accepted cell, in bytes.
    public var maximumCellBytes: Int

    /// Creates a reader with limits.
    public init(maximumBytes: Int = 64 * 1024 * 1024, maximumCellBytes: Int = 1024 * 1024) {
        self.maximumBytes = maximumBytes
        self.maximumCellBytes = maximumCellBytes
    }

    /// Reads a file's bytes: decodes the text, then parses it.
    public func read(bytes: [UInt8], file: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        if bytes.count > maximumBytes {
            return (nil, [Diagnostic(code: "CSV006", message: "Filen er for stor til å lese.", location: SourceLocation(file: file, line: 1, column: 1),
                                     found: "\(bytes.count) byte", expected: "høyst \(maximumBytes) byte")])
        }
        switch TextDecoder.decode(bytes) {
        case .failure:
            return (nil, [Diagnostic(code: "CSV007", message: "Filen er ikke tekst (er den lagret som Excel-arbeidsbok i stedet for CSV?).",
                                     location: SourceLocation(file: file, line: 1, column: 1),
                                     expected: "CSV-fil lagret fra Excel med «Lagre som» → «CSV (semikolondelt)»")])
        case .success(let decoded):
            return read(text: decoded.text, file: file, encoding: decoded.encoding)
        }
    }

    /// Parses decoded text. A table with no header line is nil.
    public func read(text: String, file: String, encoding: TextEncoding = .utf8) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let bytes = Array(text.utf8)
        let lines = Self.lines(of: text)
        let separator = Self.detectSeparator(bytes)
        var scanner = RecordScanner(bytes: bytes, separator: separator.byte, file: file, maximumCellBytes: maximumCellBytes)
        var diagnostics: [Diagnostic] = []
        var header: [CSVCell]?
        var records: [CSVRecord] = []
        while let record = scanner.next() {
            if record.cells.allSatisfy({ $0.trimmed.isEmpty }) { continue } // Excel writes ";;;" for blank rows
            if header == nil { header = record.cells } else { records.append(record) }
        }
        for problem in scanner.problems {
            var diagnostic = problem
            diagnostic.excerpt = problem.location.flatMap { location in
                location.line <= lines.count ? String(lines[location.line - 1]) : nil
            }
            diagnostics.append(diagnostic)
        }
        guard let header else {
            diagnostics.append(Diagnostic(code: "CSV001", message: "Filen er tom: den mangler overskriftslinjen.",
                                          location: SourceLocation(file: file, line: 1, column: 1), expected: "en overskriftslinje med kolonnenavn"))
            return (nil, diagnostics)
        }
        var table = CSVTable(file: file, encoding: encoding, separator: separator, header: header, records: [], lines: lines)
        // Excel pads rows with empty cells after the last column; only non-empty extra cells are ragged.
        for var record in records {
            while record.cells.count > header.count, record.cells.last?.trimmed.isEmpty == true { record.cells.removeLast() }
            if record.cells.count != header.count {
                let column = record.cells.count > header.count ? record.cells[header.count].column : (record.cells.last.map { $0.column + $0.text.count } ?? 1)
                let line = record.cells.count > header.count ? record.cells[header.count].line : (record.cells.last?.line ?? record.line)
                diagnostics.append(Diagnostic(
                    code: "CSV004", message: "Raden har feil antall celler.",
                    location: SourceLocation(file: file, line: line, column: column, row: record.row),
                    found: "\(record.cells.count) celler", expected: "\(header.count) celler, som overskriftslinjen",
                    excerpt: table.sourceLine(line)))
            }
            table.records.append(record)
        }
        return (table, diagnostics)
    }

    /// The lines of `text` (CRLF, LF or CR), split on bytes: Character-wise splitting of a large export
    /// costs more than reading it.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Substring(utf8[start..<index]))
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(Substring(utf8[start..<utf8.endIndex]))
        return lines
    }

    /// The separator that splits the first lines into the same number of fields (most fields wins);
    /// ties go to `;`, which Norwegian Excel writes.
    static func detectSeparator(_ bytes: [UInt8]) -> CSVSeparator {
        var best = CSVSeparator.semicolon
        var bestScore = (consistent: false, fields: 0)
        for candidate in [CSVSeparator.semicolon, .tab, .comma] {
            let counts = fieldCounts(bytes, separator: candidate.byte, records: 20)
            guard let first = counts.first, first > 1 else { continue }
            let consistent = counts.allSatisfy { $0 == first }
            let score = (consistent: consistent, fields: first)
            if (score.consistent && !bestScore.consistent) || (score.consistent == bestScore.consistent && score.fields > bestScore.fields) {
                best = candidate
                bestScore = score
            }
        }
        return best
    }

    private static func fieldCounts(_ bytes: [UInt8], separator: UInt8, records: Int) -> [Int] {
        var counts: [Int] = []
        var fields = 1, inQuotes = false, index = 0, lineHasContent = false
        while index < bytes.count, counts.count < records {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") { index += 1 } else { inQuotes = false }
                }
            } else if byte == UInt8(ascii: "\"") {
                inQuotes = true; lineHasContent = true
            } else if byte == separator {
                fields += 1; lineHasContent = true
            } else if byte == 0x0A || byte == 0x0D {
                if lineHasContent { counts.append(fields) }
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                fields = 1; lineHasContent = false
            } else {
                lineHasContent = true
            }
            index += 1
        }
        if lineHasContent, counts.count < records { counts.append(fields) }
        return counts
    }
}

/// Splits bytes into records, tracking line and column (in characters) of every cell.
struct RecordScanner {
    let bytes: [UInt8]
    let separator: UInt8
    let file: String
    let maximumCellBytes: Int
    var index = 0
    var line = 1
    var lineStart = 0
    /// Records returned so far: the spreadsheet row of the next one is this plus one.
    var recordCount = 0
    var problems: [Diagnostic] = []

    init(bytes: [UInt8], separator: UInt8, file: String, maximumCellBytes: Int) {
        self.bytes = bytes
        self.separator = separator
        self.file = file
        self.maximumCellBytes = maximumCellBytes
    }

    /// The last column asked for; cells are visited left to right, so counting resumes from there
    /// and a 10 MB line costs one pass, not one pass per cell.
    private var countedTo = 0
    private var countedColumn = 1

    /// Columns count characters, not bytes: UTF-8 continuation bytes do not start a character.
    private mutating func column(at offset: Int) -> Int {
        if offset < countedTo { countedTo = lineStart; countedColumn = 1 }
        while countedTo < offset {
            if bytes[countedTo] & 0xC0 != 0x80 { countedColumn += 1 }
            countedTo += 1
        }
        return countedColumn
    }

    private mutating func newLine(after offset: Int) {
        line += 1
        lineStart = offset
        countedTo = offset
        countedColumn = 1
    }

    mutating func next() -> CSVRecord? {
        guard index < bytes.count else { return nil }
        let recordLine = line
        recordCount += 1
        let row = recordCount
        var cells: [CSVCell] = []
        while true {
            let cellLine = line
            let cellColumn = column(at: index)
            var value: [UInt8] = []
            var endOfRecord = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                            value.append(byte); index += 2; continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == 0x0D || byte == 0x0A {
                        // Line breaks inside quotes belong to the cell; keep them as \n.
                        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                        index += 1
                        newLine(after: index)
                        value.append(0x0A)
                        continue
                    }
                    value.append(byte)
                    index += 1
                }
                if !closed {
                    problems.append(Diagnostic(code: "CSV002", message: "Et anførselstegn åpner en celle som aldri lukkes.",
                                               location: SourceLocation(file: file, line: cellLine, column: cellColumn, row: row),
                                               found: "\" uten avsluttende \"", expected: "et avsluttende \" før filen slutter"))
                }
                // Text between the closing quote and the separator is kept, but it is a mistake.
                var reported = false
                while index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    if !reported, bytes[index] != 0x20 {
                        problems.append(Diagnostic(code: "CSV003", message: "Tekst etter et avsluttende anførselstegn.",
                                                   location: SourceLocation(file: file, line: line, column: column(at: index), row: row),
                                                   found: String(decoding: bytes[index...].prefix(while: { $0 != separator && $0 != 0x0A && $0 != 0x0D }).prefix(40), as: UTF8.self),
                                                   expected: "skilletegnet «\(Character(Unicode.Scalar(separator)))» eller linjeslutt rett etter \""))
                        reported = true
                    }
                    value.append(bytes[index])
                    index += 1
                }
            } else {
                let start = index
                while index < bytes.count, bytes[index] != separator, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                value = Array(bytes[start..<index])
            }
            if value.count > maximumCellBytes {
                problems.append(Diagnostic(code: "CSV005", message: "Cellen er for lang.",
                                           location: SourceLocation(file: file, line: cellLine, column: cellColumn, row: row),
                                           found: "\(value.count) byte", expected: "høyst \(maximumCellBytes) byte"))
                value = Array(value.prefix(maximumCellBytes))
            }
            cells.append(CSVCell(text: String(decoding: value, as: UTF8.self), line: cellLine, column: cellColumn, row: row))
            if index >= bytes.count {
                endOfRecord = true
            } else if bytes[index] == separator {
                index += 1
                if index >= bytes.count {
                    cells.append(CSVCell(text: "", line: line, column: column(at: index), row: row))
                    endOfRecord = true
                }
            } else {
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                newLine(after: index)
                endOfRecord = true
            }
            if endOfRecord { return CSVRecord(cells: cells, line: recordLine, row: row) }
        }
    }
}
