import Foundation
import ReportBuilding
import SourceText

/// The write phase of one build, in a locked output folder, in an order where every moment leaves a
/// complete report and a manifest that `sha256sum -c` accepts:
///
/// 1. every output to a temporary file, synced;
/// 2. the manifest, with the outputs moved from checked lines to `# byttes ut:` lines holding old and new digests;
/// 3. for each output, its old version kept as a hard link, then the temporary file renamed over it;
/// 4. the manifest listing the new digests; the old versions removed.
///
/// A failure before step 4 undoes step 3 (the old versions are renamed back), so nothing was written; a
/// failure in step 4 leaves the complete new report, which the manifest of step 2 still recognises.
struct OutputCommit {
    let folder: OutputFolder
    let files: [OutputFile]
    var manifest: OutputManifest
    let faults: WriteFaults
    let shown: (String) -> String
    let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    private var temporaries: [String: String] = [:]
    private var backups: [String: String] = [:]
    /// Outputs renamed into place, in order.
    private var replaced: [String] = []
    /// Outputs that had a previous version on disk (undoing a new file removes it; an old one must come back).
    private var hadPrevious: Set<String> = []

    init(folder: OutputFolder, files: [OutputFile], manifest: OutputManifest, faults: WriteFaults, shown: @escaping (String) -> String) {
        self.folder = folder
        self.files = files
        self.manifest = manifest
        self.faults = faults
        self.shown = shown
    }

    var directory: Int32 { folder.descriptor }
    var allShown: [String] { files.map { shown($0.name) } }

    mutating func run() -> OutputWriter.Result {
        removeStaleTemporaryFiles()
        settleManifest()
        manifest.listsLock = folder.lockIsEmpty
        do throws(SystemCallFailure) {
            for (index, file) in files.enumerated() {
                let name = temporaryName(file.name, index)
                try faults.check(.temporaryFile(file.name))
                try POSIXFile.createFile(name, in: directory, bytes: file.bytes)
                temporaries[file.name] = name
            }
        } catch {
            let failed = files.first { temporaries[$0.name] == nil }?.name ?? ""
            removeTemporaries()
            return .nothing(allShown, [Diagnostic(code: "CLI030", message: CLIMessages.writeFailed(shown(failed), reason: CLIMessages.reason(error.errorNumber)))])
        }
        let digests = Dictionary(uniqueKeysWithValues: files.map { ($0.name, SHA256.hex($0.bytes)) })
        var changing = manifest
        for file in files {
            let old = changing.listed[file.name]
            changing.listed[file.name] = nil
            changing.changing[file.name] = Set([old, digests[file.name]].compactMap { $0 })
        }
        do throws(SystemCallFailure) {
            try writeManifest(changing, final: false)
        } catch {
            removeTemporaries()
            return .nothing(allShown, [manifestFailure(error)])
        }
        if let failure = replaceAll() { return failure }
        var final = changing
        for file in files {
            final.changing[file.name] = nil
            final.listed[file.name] = digests[file.name]
        }
        do throws(SystemCallFailure) {
            try writeManifest(final, final: true)
        } catch {
            removeBackups()
            POSIXFile.syncDirectory(directory)
            return OutputWriter.Result(written: allShown, notWritten: [shown(OutputManifest.fileName)], diagnostics: [
                Diagnostic(code: "CLI032", message: CLIMessages.manifestNotUpdated(shown(OutputManifest.fileName), reason: CLIMessages.reason(error.errorNumber))),
            ])
        }
        removeBackups()
        POSIXFile.syncDirectory(directory)
        return OutputWriter.Result(written: allShown, notWritten: [], diagnostics: [])
    }

    /// Step 3 for every output; on a failure, undoes what was renamed and says what is where.
    private mutating func replaceAll() -> OutputWriter.Result? {
        for (index, file) in files.enumerated() {
            guard let temporary = temporaries[file.name] else { continue }
            if POSIXFile.kind(of: file.name, in: directory) == .file {
                hadPrevious.insert(file.name)
                let backup = temporaryName(file.name, files.count + index)
                do throws(SystemCallFailure) {
                    try faults.check(.backup(file.name))
                    try POSIXFile.link(file.name, to: backup, in: directory)
                    backups[file.name] = backup
                } catch {
                    // No hard links here (some network shares): this output cannot be undone, which only matters if a later step fails.
                }
            }
            do throws(SystemCallFailure) {
                try faults.check(.rename(file.name))
                try POSIXFile.rename(temporary, to: file.name, in: directory)
                temporaries[file.name] = nil
                replaced.append(file.name)
            } catch {
                let cause = Diagnostic(code: "CLI030", message: CLIMessages.writeFailed(shown(file.name), reason: CLIMessages.reason(error.errorNumber)))
                return undo(after: cause)
            }
        }
        return nil
    }

    /// Puts back the old version of every output already replaced (or removes a new one that had none).
    private mutating func undo(after cause: Diagnostic) -> OutputWriter.Result {
        var stillNew: [String] = []
        for name in replaced.reversed() {
            do throws(SystemCallFailure) {
                try faults.check(.undo(name))
                if let backup = backups[name] {
                    try POSIXFile.rename(backup, to: name, in: directory)
                    backups[name] = nil
                } else if hadPrevious.contains(name) {
                    // No copy of the old version (the hard link failed): the new one stays.
                    throw SystemCallFailure(EPERM)
                } else if unlinkat(directory, name, 0) != 0 {
                    throw SystemCallFailure()
                }
            } catch {
                stillNew.append(name)
            }
        }
        removeTemporaries()
        removeBackups()
        POSIXFile.syncDirectory(directory)
        if stillNew.isEmpty { return .nothing(allShown, [cause]) }
        let written = files.map(\.name).filter(stillNew.contains).map(shown)
        let notWritten = files.map(\.name).filter { !stillNew.contains($0) }.map(shown)
        return OutputWriter.Result(written: written, notWritten: notWritten, diagnostics: [
            cause, Diagnostic(code: "CLI031", message: CLIMessages.partlyWritten(written: written, notWritten: notWritten)),
        ])
    }

    /// Replaces the manifest atomically (temporary file, sync, rename).
    private func writeManifest(_ manifest: OutputManifest, final: Bool) throws(SystemCallFailure) {
        let temporary = temporaryName(OutputManifest.fileName, final ? 2 * files.count + 1 : 2 * files.count)
        try faults.check(.manifest(final: final))
        try POSIXFile.createFile(temporary, in: directory, bytes: Array(manifest.text.utf8))
        do throws(SystemCallFailure) {
            try POSIXFile.rename(temporary, to: OutputManifest.fileName, in: directory)
        } catch {
            POSIXFile.remove(temporary, in: directory)
            throw error
        }
    }

    private func manifestFailure(_ error: SystemCallFailure) -> Diagnostic {
        Diagnostic(code: "CLI030", message: CLIMessages.manifestFailed(shown(OutputManifest.fileName), reason: CLIMessages.reason(error.errorNumber)))
    }

    /// `.<name>.<pid>-<random>.tmp`, the one pattern stale files are recognised by; `serial` keeps a build's names apart.
    private func temporaryName(_ name: String, _ serial: Int) -> String {
        ".\(name).\(tag)\(serial == 0 ? "" : String(serial)).tmp"
    }

    private mutating func removeTemporaries() {
        for name in temporaries.values { POSIXFile.remove(name, in: directory) }
        temporaries = [:]
    }

    private mutating func removeBackups() {
        for name in backups.values { POSIXFile.remove(name, in: directory) }
        backups = [:]
    }

    /// Drops entries for files that are gone, and settles entries an interrupted build left as being replaced:
    /// listed again with the digest of what is on disk when that is one of them.
    private mutating func settleManifest() {
        for name in Set(manifest.listed.keys).union(manifest.changing.keys) {
            guard POSIXFile.kind(of: name, in: directory) == .file else {
                manifest.listed[name] = nil
                manifest.changing[name] = nil
                continue
            }
            guard let accepted = manifest.changing[name] else { continue }
            guard let bytes = try? POSIXFile.read(name, in: directory) else { continue }
            let digest = SHA256.hex(bytes)
            if accepted.contains(digest) {
                manifest.listed[name] = digest
                manifest.changing[name] = nil
            }
        }
    }

    /// Removes temporary files a killed earlier run left behind: `.<name>.<pid>-<number>.tmp` for our names only.
    /// Without a lock, a file whose process still runs belongs to a build writing right now, and stays.
    private func removeStaleTemporaryFiles() {
        let names = files.map(\.name) + [OutputManifest.fileName]
        for entry in POSIXFile.names(in: directory) ?? [] {
            guard let text = RawPath(bytes: entry).text, text.hasSuffix(".tmp") else { continue }
            for name in names where text.hasPrefix("." + name + ".") {
                let tag = text.dropFirst(name.count + 2).dropLast(4).split(separator: "-", omittingEmptySubsequences: false)
                guard tag.count == 2, tag.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { continue }
                if !folder.isLocked, let pid = Int32(tag[0]), kill(pid, 0) == 0 || errno == EPERM { continue }
                POSIXFile.remove(text, in: directory)
            }
        }
    }
}
