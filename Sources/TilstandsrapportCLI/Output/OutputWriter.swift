import Foundation
import ReportBuilding
import SourceText

/// Writes the report's output files all-or-nothing, atomically, and never over a file the user wrote.
///
/// Every file goes to a temporary file in the output folder, is synced to disk and then renamed into place,
/// so an interrupted build leaves either the previous file or the new one under the final name. An existing
/// file is replaced only when the manifest (`.tilstandsrapport-utdata`) shows it still holds exactly what
/// the tool wrote last time. Problems come back as diagnostics; when there are any, nothing was written.
public struct OutputWriter: Sendable {
    /// The project's input folders; the output folder may not be one of them or inside them.
    public static let inputFolders = ["data", "tekster", "maler"]

    public init() {}

    /// The outcome of `write`: the written files' paths as shown to the user, or why nothing was written.
    public struct Result: Sendable, Hashable {
        public var written: [String]
        public var diagnostics: [Diagnostic]
    }

    /// Refusals that depend only on where the output folder is: a file, the project folder itself, or in
    /// (or linked into) one of the project's input folders. Empty when the location is fine.
    ///
    /// - Parameters:
    ///   - outputDirectory: the output folder (need not exist).
    ///   - project: the report project folder.
    ///   - shownAs: the output folder as the user wrote it, for messages.
    public func checkLocation(of outputDirectory: URL, project: URL, shownAs: String) -> [Diagnostic] {
        let output = outputDirectory.path
        switch POSIXFile.resolvedKind(of: output) {
        case .none, .directory: break
        case .file, .other, .symbolicLink:
            return [Diagnostic(code: "CLI010", message: CLIMessages.outputIsNotDirectory(shownAs))]
        }
        let outputPath = POSIXFile.canonicalPath(output)
        let projectPath = POSIXFile.canonicalPath(project.path)
        if outputPath == projectPath {
            return [Diagnostic(code: "CLI011", message: CLIMessages.outputIsProject(shownAs))]
        }
        for folder in Self.inputFolders {
            let inputPath = projectPath == "/" ? "/" + folder : projectPath + "/" + folder
            // An input folder may itself be a link (a shared `tekster/`): compare with where it really is, too.
            for candidate in Set([inputPath, POSIXFile.canonicalPath(inputPath)]) {
                if outputPath == candidate || outputPath.hasPrefix(candidate + "/") {
                    return [Diagnostic(code: "CLI012", message: CLIMessages.outputInInputFolder(shownAs, folder: folder))]
                }
            }
        }
        return []
    }

    /// Writes `files` into `outputDirectory` (created if missing), all or none.
    ///
    /// - Parameters:
    ///   - files: plain file names (no folders, not hidden) and their bytes.
    ///   - outputDirectory: where to write.
    ///   - project: the report project folder, for `checkLocation`.
    ///   - shownAs: the output folder as the user wrote it; written paths and messages use it.
    public func write(_ files: [OutputFile], to outputDirectory: URL, project: URL, shownAs: String) -> Result {
        let refusals = checkLocation(of: outputDirectory, project: project, shownAs: shownAs)
        if !refusals.isEmpty { return Result(written: [], diagnostics: refusals) }
        let folder = outputDirectory.path
        let shown = { (name: String) in shownAs.hasSuffix("/") ? shownAs + name : shownAs + "/" + name }

        var diagnostics: [Diagnostic] = []
        var seen = Set<String>()
        for file in files where !Self.isPlainName(file.name) || !seen.insert(file.name).inserted {
            diagnostics.append(Diagnostic(code: "CLI029", message: CLIMessages.invalidOutputName(file.name)))
        }
        if !diagnostics.isEmpty { return Result(written: [], diagnostics: diagnostics) }

        let manifestPath = folder + "/" + OutputManifest.fileName
        var manifest = OutputManifest()
        switch POSIXFile.kind(of: manifestPath) {
        case .none: break
        case .file: manifest = OutputManifest(parsing: String(decoding: POSIXFile.read(manifestPath) ?? [], as: UTF8.self))
        case .directory, .symbolicLink, .other:
            diagnostics.append(Diagnostic(code: "CLI025", message: CLIMessages.manifestNotAFile(shown(OutputManifest.fileName))))
        }
        for file in files {
            if let refusal = refusal(toReplace: folder + "/" + file.name, shownAs: shown(file.name), name: file.name, manifest: manifest) {
                diagnostics.append(refusal)
            }
        }
        if !diagnostics.isEmpty { return Result(written: [], diagnostics: diagnostics) }

        do throws(IOFailure) {
            try makeDirectories(outputDirectory)
            try commit(files, in: folder, manifest: manifest)
        } catch {
            let path = error.path.hasPrefix(folder + "/") ? shown(String(error.path.dropFirst(folder.count + 1))) : error.path
            return Result(written: [], diagnostics: [
                Diagnostic(code: "CLI030", message: CLIMessages.writeFailed(path, reason: error.reason)),
            ])
        }
        return Result(written: files.map { shown($0.name) }, diagnostics: [])
    }

    /// Why the existing entry at `path` may not be replaced, or nil when it may (or does not exist).
    private func refusal(toReplace path: String, shownAs: String, name: String, manifest: OutputManifest) -> Diagnostic? {
        switch POSIXFile.kind(of: path) {
        case .none:
            return nil
        case .symbolicLink:
            return Diagnostic(code: "CLI021", message: CLIMessages.outputIsSymbolicLink(shownAs))
        case .directory, .other:
            return Diagnostic(code: "CLI022", message: CLIMessages.outputIsFolder(shownAs))
        case .file:
            guard let bytes = POSIXFile.read(path) else {
                return Diagnostic(code: "CLI030", message: CLIMessages.writeFailed(shownAs, reason: CLIMessages.unreadable))
            }
            if manifest.recognises(SHA256.hex(bytes), for: name) { return nil }
            if manifest.digests[name] != nil {
                return Diagnostic(code: "CLI023", message: CLIMessages.outputChangedByUser(shownAs))
            }
            return Diagnostic(code: "CLI024", message: CLIMessages.outputNotOurs(shownAs))
        }
    }

    /// Writes every temporary file, then the manifest listing old and new digests, then renames the files
    /// into place, then the final manifest. A failure before the renames removes the temporary files.
    private func commit(_ files: [OutputFile], in folder: String, manifest: OutputManifest) throws(IOFailure) {
        removeStaleTemporaryFiles(in: folder, names: files.map(\.name) + [OutputManifest.fileName])
        let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = { (name: String) in "\(folder)/.\(name).\(tag).tmp" }
        var written: [String] = []
        var transitional = manifest
        var final = manifest
        do throws(IOFailure) {
            for file in files {
                let path = temporary(file.name)
                try POSIXFile.createFile(at: path, bytes: file.bytes)
                written.append(path)
                let digest = SHA256.hex(file.bytes)
                transitional.digests[file.name, default: []].insert(digest)
                final.digests[file.name] = [digest]
            }
            try replace(folder + "/" + OutputManifest.fileName, with: Array(transitional.text.utf8), temporary: temporary(OutputManifest.fileName))
            for (file, path) in zip(files, written) {
                try POSIXFile.rename(path, to: folder + "/" + file.name)
                written.removeFirst()
            }
        } catch {
            for path in written { POSIXFile.remove(path) }
            throw error
        }
        try replace(folder + "/" + OutputManifest.fileName, with: Array(final.text.utf8), temporary: temporary(OutputManifest.fileName))
        POSIXFile.syncDirectory(folder)
    }

    /// Removes temporary files a killed earlier run left behind: `.<name>.<pid>-<number>.tmp` for our names only.
    private func removeStaleTemporaryFiles(in folder: String, names: [String]) {
        for entry in POSIXFile.contents(ofDirectory: folder) ?? [] where entry.hasSuffix(".tmp") {
            for name in names where entry.hasPrefix("." + name + ".") {
                let tag = entry.dropFirst(name.count + 2).dropLast(4).split(separator: "-", omittingEmptySubsequences: false)
                if tag.count == 2, tag.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
                    POSIXFile.remove(folder + "/" + entry)
                }
            }
        }
    }

    private func replace(_ path: String, with bytes: [UInt8], temporary: String) throws(IOFailure) {
        try POSIXFile.createFile(at: temporary, bytes: bytes)
        do throws(IOFailure) {
            try POSIXFile.rename(temporary, to: path)
        } catch {
            POSIXFile.remove(temporary)
            throw error
        }
    }

    /// Creates `directory` and any missing parents.
    private func makeDirectories(_ directory: URL) throws(IOFailure) {
        var missing: [String] = []
        var url = directory.standardizedFileURL
        while POSIXFile.resolvedKind(of: url.path) == .none {
            missing.append(url.path)
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        for path in missing.reversed() {
            do throws(IOFailure) {
                try POSIXFile.makeDirectory(path)
            } catch {
                if POSIXFile.resolvedKind(of: path) != .directory { throw error }
            }
        }
    }

    /// A name without folders that is not hidden and has no control characters.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/")
            && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}
