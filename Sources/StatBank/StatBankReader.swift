import SourceText

/// Reads a file downloaded from SSB's statistics bank in whichever format it came: JSON-stat (a file
/// that starts with `{`), an Excel workbook (a ZIP archive), or CSV.
public struct StatBankReader: Sendable {
    public var jsonStat: JSONStatReader
    public var table: StatBankTableReader

    /// Creates a reader.
    public init(jsonStat: JSONStatReader = JSONStatReader(), table: StatBankTableReader = StatBankTableReader()) {
        self.jsonStat = jsonStat
        self.table = table
    }

    /// Reads `bytes`; `file` names it in diagnostics.
    public func read(bytes: [UInt8], file: String) -> (dataset: StatBankDataset?, diagnostics: [Diagnostic]) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let first = body.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }), first == UInt8(ascii: "{") {
            return jsonStat.read(bytes: bytes, file: file)
        }
        let lower = file.lowercased()
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || lower.hasSuffix(".xlsx") {
            return table.readWorkbook(bytes: bytes, file: file)
        }
        if lower.hasSuffix(".json") { return jsonStat.read(bytes: bytes, file: file) }
        return table.readCSV(bytes: bytes, file: file)
    }
}
