import Foundation

/// A fresh folder under the system's temporary folder, removed when the test is done with it.
final class TemporaryFolder: Sendable {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tilstandsrapport-cli-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Folders made read-only by a test must be writable again to be removed.
        if let enumerator = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in enumerator {
                chmod(url.appendingPathComponent(path).path, 0o755)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes UTF-8 text to a relative path, creating folders.
    func write(_ relative: String, _ text: String) {
        write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) {
        let file = url.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    func bytes(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path(relative)).map { [UInt8]($0) }
    }

    /// Every file and folder below `relative`, sorted, folders with a trailing `/`.
    func listing(_ relative: String = "") -> [String] {
        let base = relative.isEmpty ? url : url.appendingPathComponent(relative)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var entries: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory)
            entries.append(isDirectory.boolValue ? path + "/" : path)
        }
        return entries.sorted()
    }

    /// Makes the three sample projects the fake pipeline knows: `eksempel`, `advarsler`, `feil`.
    func makeFakeProjects() {
        for project in ["eksempel", "advarsler", "feil"] {
            write("\(project)/tilstandsrapport.txt", "kommune: Fjordvik kommune\nrapportår: 2025\n")
            write("\(project)/data/bemanning.csv", "år;rolle\n2025;leder\n")
            write("\(project)/tekster/bemanning.md", "---\ntittel: Bemanning og kompetanse\n---\nTekst.\n")
            try? FileManager.default.createDirectory(atPath: path("\(project)/maler"), withIntermediateDirectories: true)
        }
    }
}
