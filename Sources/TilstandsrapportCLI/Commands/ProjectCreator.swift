import Foundation
import SourceText

/// Writes a project's files into a new or empty folder for `init`, all or nothing, never over anything.
struct ProjectCreator: Sendable {
    var project: SampleProject

    /// Creates the project at `root`; on failure removes what it made and returns why.
    func create(at root: RawPath, shownAs: String) -> [Diagnostic] {
        switch POSIXFile.resolvedKind(of: root) {
        case .none:
            break
        case .directory:
            let visible = (POSIXFile.names(in: root) ?? [[0]]).filter { $0.first != UInt8(ascii: ".") }
            if !visible.isEmpty {
                return [Diagnostic(code: "CLI041", message: CLIMessages.initTargetNotEmpty(shownAs))]
            }
        case .file, .other, .symbolicLink:
            return [Diagnostic(code: "CLI040", message: CLIMessages.initTargetIsFile(shownAs))]
        }
        if project.files.isEmpty {
            return [Diagnostic(code: "CLI042", message: CLIMessages.initNoSampleData)]
        }
        if let bad = project.files.first(where: { !Self.isSafeRelativePath($0.path) }) {
            return [Diagnostic(code: "CLI043", message: CLIMessages.initInvalidSamplePath(bad.path))]
        }

        var createdDirectories: [RawPath] = []
        var createdFiles: [RawPath] = []
        var current = ""
        do throws(SystemCallFailure) {
            try makeDirectories(root, created: &createdDirectories)
            for file in project.files {
                current = file.path
                let path = root.appending(file.path)
                if let parent = path.parent { try makeDirectories(parent, created: &createdDirectories) }
                try POSIXFile.createFile(at: path, bytes: file.bytes)
                createdFiles.append(path)
            }
            POSIXFile.syncDirectory(root)
        } catch {
            for path in createdFiles.reversed() { POSIXFile.remove(path) }
            for path in createdDirectories.reversed() { POSIXFile.removeDirectory(path) }
            let shownPath = current.isEmpty ? shownAs : join(shownAs, current)
            return [Diagnostic(code: "CLI030", message: CLIMessages.writeFailed(shownPath, reason: CLIMessages.reason(error.errorNumber)))]
        }
        return []
    }

    /// Creates `path` and missing parents, recording each folder it made.
    private func makeDirectories(_ path: RawPath, created: inout [RawPath]) throws(SystemCallFailure) {
        var missing: [RawPath] = []
        var current = path.normalized
        while POSIXFile.resolvedKind(of: current) == .none {
            missing.append(current)
            guard let parent = current.parent, parent != current else { break }
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
