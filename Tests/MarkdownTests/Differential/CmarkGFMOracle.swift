import Foundation

/// cmark-gfm as a test-time oracle: the `cmark-gfm` program (Debian package `cmark-gfm`, 0.29.0.gfm.6),
/// run with all six extensions and `--unsafe`. The product links nothing of it.
struct CmarkGFMOracle {
    static let arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter",
                            "-e", "tasklist", "-e", "footnotes", "--unsafe"]

    let executable: URL
    let version: String

    /// The program from `$CMARK_GFM` or the `PATH`, or nil.
    static func find() -> CmarkGFMOracle? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let path = environment["CMARK_GFM"], !path.isEmpty { candidates.append(path) }
        for folder in (environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":") {
            candidates.append(String(folder) + "/cmark-gfm")
        }
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let url = URL(fileURLWithPath: path)
        let version = (try? run(url, ["--version"], input: Data()))?.split(separator: "\n").first.map(String.init) ?? "?"
        return CmarkGFMOracle(executable: url, version: version)
    }

    /// The HTML of one document.
    func render(_ markdown: String) throws -> String {
        try Self.run(executable, Self.arguments, input: Data(markdown.utf8))
    }

    /// The HTML of many documents, with one shell process looping over files (a process per document
    /// from Swift would cost more than the comparison itself).
    func render(_ documents: [String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmark-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, document) in documents.enumerated() {
            try Data(document.utf8).write(to: folder.appendingPathComponent("\(index).md"))
        }
        let script = "cd \"$1\" && shift && i=0; while [ $i -lt \(documents.count) ]; do \"$@\" \"$i.md\" > \"$i.html\" || exit 1; i=$((i+1)); done"
        _ = try Self.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script, "sh", folder.path, executable.path] + Self.arguments, input: Data())
        return try documents.indices.map { index in
            String(decoding: try Data(contentsOf: folder.appendingPathComponent("\(index).html")), as: UTF8.self)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static func run(_ executable: URL, _ arguments: [String], input: Data) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Write and read on separate threads: a large document must not fill both pipes.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable.path) exited with \(process.terminationStatus)")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
