import Foundation
import ReportInputs
import SourceText

/// A copy of `SampleData/` in a fresh temporary folder that a test may change freely; removed when released.
final class ProjectCopy: @unchecked Sendable {
    let root: URL

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("inputs-\(UUID().uuidString)")
        try? FileManager.default.copyItem(at: SampleProjectTests.sample, to: root)
    }

    deinit {
        // Folders and files made unreadable by a test must be readable again to be removed.
        for path in (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String]) ?? [] {
            chmod(root.appendingPathComponent(path).path, 0o755)
        }
        chmod(root.path, 0o755)
        try? FileManager.default.removeItem(at: root)
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) {
        let url = root.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) {
        let url = root.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    }

    func remove(_ relative: String) {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    func text(_ relative: String) -> String {
        var text = (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Replaces the first occurrence of `old` in a file.
    func replace(_ old: String, with new: String, in relative: String) {
        let text = self.text(relative)
        guard let range = text.range(of: old) else { preconditionFailure("«\(old)» not in \(relative)") }
        write(relative, text.replacingCharacters(in: range, with: new))
    }

    /// Appends a line to a CSV file (the sample's files end with CRLF).
    func appendRow(_ row: String, to relative: String) {
        write(relative, text(relative) + row + "\r\n")
    }

    func load(_ loader: ProjectLoader = ProjectLoader()) -> LoadedProject { loader.load(root) }

    /// The diagnostics as `check` prints them.
    func printed(_ project: LoadedProject) -> String { DiagnosticFormatter().format(project.diagnostics) }
}

extension LoadedProject {
    /// The diagnostics of `code`.
    func diagnostics(_ code: String) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
}
