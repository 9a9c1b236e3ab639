import CSV
import Foundation
import SourceText

/// Reading one file or checking one folder; every problem becomes a diagnostic naming it.
extension LoadSession {
    enum FileState { case absent, unreadable, text(String) }

    /// What a missing file means.
    enum Missing { case error, silent }

    /// Reads a file as text: refuses anything that is not a regular file without opening it for long, enforces
    /// `limit`, decodes, replaces control characters, and scans for identity numbers.
    mutating func readText(_ relative: String, limit: Int, ifMissing: Missing) -> FileState {
        let path = root.appendingPathComponent(relative).path
        let bytes: [UInt8]
        switch FileAccess.read(path, limit: limit) {
        case .bytes(let read):
            bytes = read
        case .tooLarge:
            report(.fileTooLarge(limitBytes: limit), relative)
            return .unreadable
        case .kind(let kind):
            if kind == .missing {
                if ifMissing == .error { report(.fileMissing(relative), relative) }
                return .absent
            }
            reportUnreadable(kind, relative, isFolder: false)
            return .unreadable
        }
        switch TextDecoder.decode(bytes) {
        case .failure:
            report(.notText, relative)
            return .unreadable
        case .success(let decoded):
            if decoded.encoding == .utf8WithReplacements { report(.invalidUTF8, relative) }
            let cleaned = ControlCharacters.replace(in: decoded.text, file: relative)
            diagnostics += cleaned.diagnostics
            diagnostics += scanner.scan(cleaned.text, file: relative, contactDetails: false)
            return .text(cleaned.text)
        }
    }

    /// A diagnostic at the start of `file`.
    mutating func report(_ message: InputMessage, _ file: String) {
        diagnostics.append(message.diagnostic(file: file))
    }

    /// Why a path that is not a readable file (or folder) was not read.
    mutating func reportUnreadable(_ kind: FileAccess.Kind, _ relative: String, isFolder: Bool) {
        let message: InputMessage
        switch kind {
        case .missing: message = isFolder ? .folderMissing(relative) : .fileMissing(relative)
        case .regular: message = .fileInsteadOfFolder(relative)
        case .directory: message = .directoryInsteadOfFile
        case .fifo: message = isFolder ? .fileInsteadOfFolder(relative) : .notARegularFile(.fifo)
        case .socket: message = isFolder ? .fileInsteadOfFolder(relative) : .notARegularFile(.socket)
        case .device: message = isFolder ? .fileInsteadOfFolder(relative) : .notARegularFile(.device)
        case .other: message = isFolder ? .fileInsteadOfFolder(relative) : .notARegularFile(.other)
        case .brokenLink(let target): message = .brokenLink(target: target)
        case .failed(let number): message = number == EACCES || number == EPERM ? .noPermission(isFolder: isFolder) : .readFailed(errno: number)
        }
        // A folder has no line to point at; the message names it.
        diagnostics.append(isFolder ? message.diagnostic(at: SourceLocation(file: relative + "/", line: 1, column: 1)) : message.diagnostic(file: relative))
    }

    /// True when `name/` is a folder that can be listed. A missing optional folder is fine and silent;
    /// anything else that keeps it from being read is an error, so a report is never built from a project
    /// whose texts or data are on a share that is not mounted.
    mutating func folderIsUsable(_ name: String, required: Bool) -> Bool {
        let path = root.appendingPathComponent(name).path
        let kind = FileAccess.kind(of: path)
        if kind == .missing, !required { return false }
        guard kind == .directory else {
            reportUnreadable(kind, name, isFolder: true)
            return false
        }
        if case .failure(let error) = FileAccess.contents(of: path) {
            reportUnreadable(.failed(errno: error.errno), name, isFolder: true)
            return false
        }
        return true
    }

    /// Drops rows whose first cell starts with `#`: comments (the example rows `init` writes), not data, so
    /// nothing said about their lines (their number of cells, say) matters either.
    static func removeComments(_ table: inout CSVTable, _ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let isComment = { (record: CSVRecord) in record.cells.first?.trimmed.hasPrefix("#") ?? false }
        let lines = Set(table.records.filter(isComment).map(\.line))
        guard !lines.isEmpty else { return diagnostics }
        table.records.removeAll(where: isComment)
        return diagnostics.filter { diagnostic in !(diagnostic.location.map { $0.file == table.file && lines.contains($0.line) } ?? false) }
    }

    /// Reads a CSV file; cells in `contactColumns` (free text) are also checked for e-mail addresses and phone numbers.
    mutating func readTable(_ relative: String, limit: Int? = nil, ifMissing: Missing = .silent, contactColumns: Set<String> = []) -> CSVTable? {
        guard case .text(let text) = readText(relative, limit: limit ?? limits.maximumFileBytes, ifMissing: ifMissing) else { return nil }
        let result = CSVReader(maximumBytes: Int.max).read(text: text, file: relative)
        guard var table = result.table else {
            diagnostics += result.diagnostics
            return nil
        }
        diagnostics += Self.removeComments(&table, result.diagnostics)
        let contact = Set(table.header.indices.filter { contactColumns.contains(ColumnTable.key(table.header[$0].text)) })
        guard !contact.isEmpty else { return table }
        for record in table.records {
            for index in contact where index < record.cells.count {
                diagnostics += scanner.scan(record.cells[index].text, file: relative, line: record.cells[index].line,
                                            column: record.cells[index].column, identityNumbers: false)
            }
        }
        return table
    }
}
