import Foundation
import enum SourceText.SHA256
@testable import TilstandsrapportCLI

/// Checks an output folder the way a user (or the next build) would: every file the manifest lists matches,
/// every report file is one the manifest recognises, and `sha256sum -c` accepts the manifest.
enum OutputFolderCheck {
    static let manifestName = ".tilstandsrapport-utdata"

    static func manifest(in folder: URL) -> OutputManifest {
        let text = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path)
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        return OutputManifest(parsing: text)
    }

    /// What is wrong, in words; empty when the folder is consistent.
    static func problems(in folder: URL, reportFiles: [String]) -> [String] {
        var problems: [String] = []
        let manifest = manifest(in: folder)
        for (name, digest) in manifest.listed {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                problems.append("\(name) is listed but missing")
                continue
            }
            if SHA256.hex([UInt8](bytes)) != digest { problems.append("\(name) is listed with another digest") }
        }
        for name in reportFiles {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            if !manifest.recognises(SHA256.hex([UInt8](bytes)), for: name) { problems.append("\(name) is not recognised by the manifest") }
        }
        return problems
    }

    static let sha256sumPath = ["/usr/bin/sha256sum", "/bin/sha256sum"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// `sha256sum -c .tilstandsrapport-utdata` in `folder`: its exit status and output, or nil without sha256sum.
    static func sha256sum(in folder: URL) -> (status: Int32, output: String)? {
        guard let tool = sha256sumPath else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--strict", "-c", manifestName]
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The folder's entries that are temporary files (`.<name>.<pid>-<n>.tmp`).
    static func temporaryFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }.sorted()
    }
}
