import Foundation
import SourceText

/// Writes a sample project into a new or empty folder for `init`, all or nothing, never over anything.
struct ProjectCreator: Sendable {
    var sample: SampleProject

    /// Creates the project at `directory`; on failure removes what it made and returns why.
    func create(at directory: URL, shownAs: String) -> [Diagnostic] {
        let root = directory.standardizedFileURL.path
        switch POSIXFile.resolvedKind(of: root) {
        case .none:
            break
        case .directory:
            let visible = (POSIXFile.contents(ofDirectory: root) ?? [""]).filter { !$0.hasPrefix(".") }
            if !visible.isEmpty {
                return [Diagnostic(code: "CLI041", message: CLIMessages.initTargetNotEmpty(shownAs))]
            }
        case .file, .other, .symbolicLink:
            return [Diagnostic(code: "CLI040", message: CLIMessages.initTargetIsFile(shownAs))]
        }
        if sample.files.isEmpty {
            return [Diagnostic(code: "CLI042", message: CLIMessages.initNoSampleData)]
        }
        if let bad = sample.files.first(where: { !Self.isSafeRelativePath($0.path) }) {
            return [Diagnostic(code: "CLI043", message: CLIMessages.initInvalidSamplePath(bad.path))]
        }

        var createdDirectories: [String] = []
        var createdFiles: [String] = []
        do throws(IOFailure) {
            try makeDirectories(root, created: &createdDirectories)
            for file in sample.files {
                let path = root + "/" + file.path
                try makeDirectories((path as NSString).deletingLastPathComponent, created: &createdDirectories)
                try POSIXFile.createFile(at: path, bytes: file.bytes)
                createdFiles.append(path)
            }
            POSIXFile.syncDirectory(root)
        } catch {
            for path in createdFiles.reversed() { POSIXFile.remove(path) }
            for path in createdDirectories.reversed() { POSIXFile.removeDirectory(path) }
            let shownPath = error.path.hasPrefix(root + "/")
                ? join(shownAs, String(error.path.dropFirst(root.count + 1))) : error.path
            return [Diagnostic(code: "CLI030", message: CLIMessages.writeFailed(shownPath, reason: error.reason))]
        }
        return []
    }

    /// Creates `path` and missing parents, recording each folder it made.
    private func makeDirectories(_ path: String, created: inout [String]) throws(IOFailure) {
        var missing: [String] = []
        var current = path
        while POSIXFile.resolvedKind(of: current) == .none {
            missing.append(current)
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        for folder in missing.reversed() {
            try POSIXFile.makeDirectory(folder)
            created.append(folder)
        }
    }

    /// A relative path of plain components: no `..`, `.`, empty parts or leading `/`.
    static func isSafeRelativePath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
            && !path.unicodeScalars.contains { $0.value == 0 }
    }

    private func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
