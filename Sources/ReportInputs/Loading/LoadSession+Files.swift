import CSV
import Foundation
import SourceText

/// Reading one file or checking one folder; every problem becomes a diagnostic naming it.
extension LoadSession {
    enum FileState { case absent, unreadable, text(String) }

    /// What a missing file means.
    enum Missing { case error, silent }

    /// A file's bytes as read, or why there are none.
    enum BytesState { case absent, unreadable, bytes([UInt8]) }

    /// Reads a file's bytes: refuses anything that is not a regular file without opening it for long and
    /// enforces `limit`; every problem but a missing file (which `ifMissing` decides) is reported.
    mutating func readBytes(_ relative: String, limit: Int, ifMissing: Missing) -> BytesState {
        switch FileAccess.read(root.appendingPathComponent(relative).path, limit: limit) {
        case .bytes(let read):
            return .bytes(read)
        case .tooLarge:
            report(.fileTooLarge(limitBytes: limit), relative)
            return .unreadable
        case .kind(.missing):
            if ifMissing == .error { report(.fileMissing(relative), relative) }
            return .absent
        case .kind(let kind):
            reportUnreadable(kind, relative, isFolder: false)
            return .unreadable
        }
    }

    /// Reads a file as text: decodes, replaces control characters, and scans for identity numbers.
    mutating func readText(_ relative: String, limit: Int, ifMissing: Missing) -> FileState {
        switch readBytes(relative, limit: limit, ifMissing: ifMissing) {
        case .absent: return .absent
        case .unreadable: return .unreadable
        case .bytes(let bytes): return decodedText(bytes, relative).map(FileState.text) ?? .unreadable
        }
    }

    /// `bytes` as text with control characters replaced (each reported) and identity numbers reported; nil when they are not text.
    mutating func decodedText(_ bytes: [UInt8], _ relative: String) -> String? {
        switch TextDecoder.decode(bytes) {
        case .failure:
            report(.notText, relative)
            return nil
        case .success(let decoded):
            if decoded.encoding == .utf8WithReplacements { report(.invalidUTF8, relative) }
            let cleaned = ControlCharacters.replace(in: decoded.text, file: relative)
            diagnostics += cleaned.diagnostics
            diagnostics += scanner.scan(cleaned.text, file: relative, contactDetails: false)
            return cleaned.text
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
}
