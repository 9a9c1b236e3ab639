import Foundation
import ReportBuilding
import SourceText

/// Writes the report's output files all-or-nothing, atomically, and never over a file the user wrote.
///
/// The output folder is locked (`flock` on `.tilstandsrapport-sperre`) for the whole write, so a second build
/// into the same folder is refused instead of mixing two reports. Every file goes to a temporary file in
/// the output folder, is synced to disk and then renamed into place, so an interrupted build leaves either
/// the previous file or the new one under the final name. An existing file is replaced only when the
/// manifest (`.tilstandsrapport-utdata`) shows it still holds exactly what the tool wrote last time.
/// Problems come back as diagnostics, with exactly which files were written and which were not.
public struct OutputWriter: Sendable {
    /// The project's input folders; the output folder may not be one of them or inside them.
    public static let inputFolders = ["data", "tekster", "maler"]

    /// Failures to simulate, for tests of every step; empty in the program.
    var faults = WriteFaults()

    public init() {}

    /// The outcome of `write`: the paths (as shown to the user) of the files written and of those not written,
    /// and why. With no diagnostics every file was written.
    public struct Result: Sendable, Hashable {
        public var written: [String]
        public var notWritten: [String]
        public var diagnostics: [Diagnostic]

        static func nothing(_ files: [String], _ diagnostics: [Diagnostic]) -> Result {
            Result(written: [], notWritten: files, diagnostics: diagnostics)
        }
    }

    /// Refusals that depend only on where the output folder is: a file, the project folder itself, or in
    /// (or linked into) one of the project's input folders. Empty when the location is fine.
    public func checkLocation(of outputDirectory: URL, project: URL, shownAs: String) -> [Diagnostic] {
        checkLocation(of: RawPath(outputDirectory.path), project: RawPath(project.path), shownAs: shownAs)
    }

    /// `checkLocation` on byte paths (the output folder need not exist).
    func checkLocation(of output: RawPath, project: RawPath, shownAs: String) -> [Diagnostic] {
        switch POSIXFile.resolvedKind(of: output) {
        case .none, .directory: break
        case .file, .other, .symbolicLink:
            return [Diagnostic(code: "CLI010", message: CLIMessages.outputIsNotDirectory(shownAs))]
        }
        let outputPath = POSIXFile.canonicalPath(output)
        let projectPath = POSIXFile.canonicalPath(project)
        if outputPath == projectPath {
            return [Diagnostic(code: "CLI011", message: CLIMessages.outputIsProject(shownAs))]
        }
        for folder in Self.inputFolders {
            let inputPath = projectPath.appending(folder)
            // An input folder may itself be a link (a shared `tekster/`): compare with where it really is, too.
            for candidate in Set([inputPath, POSIXFile.canonicalPath(inputPath)]) {
                if outputPath == candidate || outputPath.bytes.starts(with: candidate.bytes + [UInt8(ascii: "/")]) {
                    return [Diagnostic(code: "CLI012", message: CLIMessages.outputInInputFolder(shownAs, folder: folder))]
                }
            }
        }
        return []
    }

    /// Writes `files` into `outputDirectory` (created if missing), all or none.
    public func write(_ files: [OutputFile], to outputDirectory: URL, project: URL, shownAs: String) -> Result {
        write(files, to: RawPath(outputDirectory.path), project: RawPath(project.path), shownAs: shownAs)
    }

    /// `write` on byte paths.
    ///
    /// - Parameters:
    ///   - files: plain file names (no folders, not hidden) and their bytes.
    ///   - output: where to write.
    ///   - project: the report project folder, for `checkLocation`.
    ///   - shownAs: the output folder as the user wrote it; written paths and messages use it.
    func write(_ files: [OutputFile], to output: RawPath, project: RawPath, shownAs: String) -> Result {
        let shown = { (name: String) in Self.join(shownAs, name) }
        let all = files.map { shown($0.name) }
        let refusals = checkLocation(of: output, project: project, shownAs: shownAs)
        if !refusals.isEmpty { return .nothing(all, refusals) }
        var seen = Set<String>()
        let invalid = files.filter { !Self.isPlainName($0.name) || !seen.insert($0.name).inserted }
        if !invalid.isEmpty {
            return .nothing(all, invalid.map { Diagnostic(code: "CLI029", message: CLIMessages.invalidOutputName($0.name)) })
        }
        do throws(SystemCallFailure) {
            try makeDirectories(output)
        } catch {
            return .nothing(all, [Diagnostic(code: "CLI030", message: CLIMessages.folderFailed(shownAs, reason: CLIMessages.reason(error.errorNumber)))])
        }
        let folder: OutputFolder
        switch OutputFolder.open(output, shownAs: shownAs) {
        case .failure(let diagnostic): return .nothing(all, [diagnostic])
        case .success(let opened): folder = opened
        }
        defer { folder.close() }
        // Only under the lock: a build writing meanwhile changes the manifest and the files between two reads.
        let inspection = inspect(files, in: folder.descriptor, shown: shown)
        if !inspection.diagnostics.isEmpty {
            folder.removeLockFileIfUnused()
            return .nothing(all, inspection.diagnostics)
        }
        var commit = OutputCommit(folder: folder, files: files, manifest: inspection.manifest, faults: faults, shown: shown)
        return commit.run()
    }

    /// The manifest and why any existing output may not be replaced (empty when every file may be).
    private func inspect(_ files: [OutputFile], in folder: Int32, shown: (String) -> String)
        -> (manifest: OutputManifest, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var manifest = OutputManifest()
        let manifestShown = shown(OutputManifest.fileName)
        switch POSIXFile.kind(of: OutputManifest.fileName, in: folder) {
        case .none: break
        case .file:
            do throws(SystemCallFailure) {
                try faults.check(.read(OutputManifest.fileName))
                manifest = OutputManifest(parsing: String(decoding: try POSIXFile.read(OutputManifest.fileName, in: folder), as: UTF8.self))
            } catch {
                diagnostics.append(Diagnostic(code: "CLI026", message: CLIMessages.manifestUnreadable(manifestShown, reason: CLIMessages.reason(error.errorNumber))))
            }
        case .directory, .symbolicLink, .other:
            diagnostics.append(Diagnostic(code: "CLI025", message: CLIMessages.manifestNotAFile(manifestShown)))
        }
        if !diagnostics.isEmpty { return (manifest, diagnostics) }
        for file in files {
            if let refusal = refusal(toReplace: file.name, in: folder, shownAs: shown(file.name), manifest: manifest) {
                diagnostics.append(refusal)
            }
        }
        return (manifest, diagnostics)
    }

    /// Why the existing entry `name` may not be replaced, or nil when it may (or does not exist).
    private func refusal(toReplace name: String, in folder: Int32, shownAs: String, manifest: OutputManifest) -> Diagnostic? {
        switch POSIXFile.kind(of: name, in: folder) {
        case .none:
            return nil
        case .symbolicLink:
            return Diagnostic(code: "CLI021", message: CLIMessages.outputIsSymbolicLink(shownAs))
        case .directory, .other:
            return Diagnostic(code: "CLI022", message: CLIMessages.outputIsFolder(shownAs))
        case .file:
            let bytes: [UInt8]
            do throws(SystemCallFailure) {
                try faults.check(.read(name))
                bytes = try POSIXFile.read(name, in: folder)
            } catch {
                return Diagnostic(code: "CLI033", message: CLIMessages.outputUnreadable(shownAs, reason: CLIMessages.reason(error.errorNumber)))
            }
            if manifest.recognises(SHA256.hex(bytes), for: name) { return nil }
            if !manifest.accepted(name).isEmpty {
                return Diagnostic(code: "CLI023", message: CLIMessages.outputChangedByUser(shownAs))
            }
            return Diagnostic(code: "CLI024", message: CLIMessages.outputNotOurs(shownAs))
        }
    }

    /// Creates `directory` and any missing parents.
    private func makeDirectories(_ directory: RawPath) throws(SystemCallFailure) {
        var missing: [RawPath] = []
        var path = directory.normalized
        while POSIXFile.resolvedKind(of: path) == .none {
            missing.append(path)
            guard let parent = path.parent, parent != path else { break }
            path = parent
        }
        for path in missing.reversed() {
            do throws(SystemCallFailure) {
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

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
