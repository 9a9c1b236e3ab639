import SourceText
import ZIPArchive

/// The limits a workbook is read within; each one ends in a Norwegian diagnostic that names it.
public struct SpreadsheetLimits: Sendable, Hashable {
    /// Total decompressed size of the parts read (the same 64 MB as a CSV file).
    public var maximumTotalBytes: Int
    /// Most entries in the ZIP archive.
    public var maximumEntries: Int
    /// Highest decompressed : compressed ratio of an entry above 1 MB (zip bombs).
    public var maximumRatio: Int
    /// Most cells with a value on one sheet.
    public var maximumCellsPerSheet: Int
    /// Longest text in one cell, in UTF-8 bytes (Excel itself stops at 32 767 characters).
    public var maximumStringBytes: Int
    /// Most sheets read.
    public var maximumSheets: Int

    /// Creates limits; the defaults hold any real report file with room to spare.
    public init(maximumTotalBytes: Int = 64 * 1024 * 1024, maximumEntries: Int = 10_000, maximumRatio: Int = 200,
                maximumCellsPerSheet: Int = 2_000_000, maximumStringBytes: Int = 1024 * 1024, maximumSheets: Int = 1000) {
        self.maximumTotalBytes = maximumTotalBytes
        self.maximumEntries = maximumEntries
        self.maximumRatio = maximumRatio
        self.maximumCellsPerSheet = maximumCellsPerSheet
        self.maximumStringBytes = maximumStringBytes
        self.maximumSheets = maximumSheets
    }
}

/// Reads an Office Open XML workbook (`.xlsx`, as Excel, LibreOffice and Microsoft Forms write it):
/// the package's relationships, the sheet list, shared strings, styles' number formats and every
/// worksheet's cells, each cell with the text Norwegian Excel shows.
///
/// Like the other parsers it never throws on content: problems are diagnostics naming the file, the
/// sheet and the cell, and whatever could be read is returned.
public struct WorkbookReader: Sendable {
    public var limits: SpreadsheetLimits

    /// Creates a reader.
    public init(limits: SpreadsheetLimits = SpreadsheetLimits()) {
        self.limits = limits
    }

    /// Reads the workbook in `bytes`; `file` names it in diagnostics.
    public func read(bytes: [UInt8], file: String) -> (workbook: Workbook?, diagnostics: [Diagnostic]) {
        let archive: ZIPArchive
        do {
            archive = try ZIPArchive(bytes: bytes, limits: ZIPLimits(maximumEntries: limits.maximumEntries,
                                                                     maximumEntryBytes: limits.maximumTotalBytes,
                                                                     maximumRatio: limits.maximumRatio))
        } catch {
            return (nil, [SpreadsheetMessages.diagnostic(error, file: file)])
        }
        var session = ReadSession(archive: archive, file: file, limits: limits)
        let workbook = session.run()
        return (workbook, session.diagnostics)
    }
}

/// One read: the archive, the bytes decompressed so far and the diagnostics.
struct ReadSession {
    let archive: ZIPArchive
    let file: String
    let limits: SpreadsheetLimits
    var decompressed = 0
    var diagnostics: [Diagnostic] = []

    init(archive: ZIPArchive, file: String, limits: SpreadsheetLimits) {
        self.archive = archive
        self.file = file
        self.limits = limits
    }

    /// The bytes of part `name`, nil when absent (`required` reports that) or unreadable (reported).
    mutating func part(_ name: String, required: Bool, sheet: String? = nil) -> [UInt8]? {
        guard let entry = archive.entry(named: name) else {
            if required { diagnostics.append(SpreadsheetMessages.missingPart(file: file, part: name, sheet: sheet)) }
            return nil
        }
        guard entry.uncompressedSize <= limits.maximumTotalBytes - decompressed else {
            diagnostics.append(SpreadsheetMessages.totalTooLarge(file: file, part: entry.name, limit: limits.maximumTotalBytes))
            return nil
        }
        do {
            let bytes = try archive.extract(entry)
            decompressed += bytes.count
            return bytes
        } catch {
            diagnostics.append(SpreadsheetMessages.diagnostic(error, file: file))
            return nil
        }
    }

    /// Tokenizes a part, reporting the first XML error (positioned by `location` when the caller knows the cell).
    mutating func events(of bytes: [UInt8], part: String, handle: (XMLEvent) -> Void, location: () -> SourceLocation? = { nil }) {
        var tokenizer = XMLTokenizer(bytes: bytes)
        do {
            while let event = try tokenizer.next() { handle(event) }
        } catch {
            diagnostics.append(SpreadsheetMessages.xml(file: file, part: part, error: error, source: tokenizer.source, location: location()))
        }
    }

    mutating func run() -> Workbook? {
        let main = mainPart()
        guard let main else { return nil }
        guard let workbookBytes = part(main, required: true) else { return nil }
        let info = WorkbookParts.workbook(workbookBytes, part: main, session: &self)
        let relationshipsPart = PartPath.relationships(of: main)
        let relationships = WorkbookParts.relationships(part(relationshipsPart, required: false), part: relationshipsPart, base: main, session: &self)
        let stylesPart = relationships.values.first { $0.type.hasSuffix("/styles") }?.target ?? PartPath.resolve("styles.xml", base: main)
        let stringsPart = relationships.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? PartPath.resolve("sharedStrings.xml", base: main)
        let formats = part(stylesPart, required: false).map { WorkbookParts.styles($0, part: stylesPart, session: &self) } ?? []
        let strings = part(stringsPart, required: false).map { WorkbookParts.sharedStrings($0, part: stringsPart, session: &self) } ?? []
        var sheets: [Worksheet] = []
        var entries = info.sheets
        if entries.count > limits.maximumSheets {
            diagnostics.append(SpreadsheetMessages.tooManySheets(file: file, count: entries.count, limit: limits.maximumSheets))
            entries = Array(entries.prefix(limits.maximumSheets))
        }
        for entry in entries {
            // Chart sheets and dialog sheets hold no cells.
            let relationship = relationships[entry.relationshipID]
            if let type = relationship?.type, !type.hasSuffix("/worksheet") { continue }
            let target = relationship?.target ?? PartPath.resolve("worksheets/sheet\(entry.sheetID).xml", base: main)
            guard let bytes = part(target, required: true, sheet: entry.name) else { continue }
            var parser = SheetParser(file: file, sheet: entry.name, sharedStrings: strings, formats: formats,
                                     uses1904: info.uses1904, limits: limits)
            events(of: bytes, part: target, handle: { parser.handle($0) }, location: { parser.currentLocation })
            let rows = parser.finish()
            diagnostics += parser.diagnostics
            sheets.append(Worksheet(name: entry.name, isHidden: entry.isHidden, rows: rows))
        }
        if sheets.isEmpty, !diagnostics.containsErrors { diagnostics.append(SpreadsheetMessages.noSheets(file: file)) }
        return Workbook(file: file, sheets: sheets, uses1904Dates: info.uses1904)
    }

    /// The workbook part: the package's officeDocument relationship, else `xl/workbook.xml`; a Word
    /// or PowerPoint file is named as such.
    mutating func mainPart() -> String? {
        let packageRelationships = WorkbookParts.relationships(part("_rels/.rels", required: false), part: "_rels/.rels", base: "", session: &self)
        let main = packageRelationships.values.first { $0.type.hasSuffix("/officeDocument") }?.target
        if let main, archive.entry(named: main) != nil {
            if main.lowercased().hasPrefix("word/") { diagnostics.append(SpreadsheetMessages.notAWorkbook(file: file, found: "et Word-dokument")); return nil }
            if main.lowercased().hasPrefix("ppt/") { diagnostics.append(SpreadsheetMessages.notAWorkbook(file: file, found: "en PowerPoint-presentasjon")); return nil }
            return main
        }
        if archive.entry(named: "xl/workbook.xml") != nil { return "xl/workbook.xml" }
        let found = archive.entry(named: "word/document.xml") != nil ? "et Word-dokument" : "et ZIP-arkiv uten arbeidsbok (xl/workbook.xml mangler)"
        diagnostics.append(SpreadsheetMessages.notAWorkbook(file: file, found: found))
        return nil
    }
}
