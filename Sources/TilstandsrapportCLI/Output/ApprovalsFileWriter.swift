import Foundation
import ReportInputs
import SourceText

/// Replaces a project's `godkjenninger.txt` with its new text (every earlier line and one record more): written
/// whole to a temporary file beside it, synced, then renamed over it, so the file on disk is always either the
/// old one or the new one. The caller holds the project folder's lock from reading the file to this write, so two
/// `godkjenn` runs never both append to the same old version and lose a record.
struct ApprovalsFileWriter: Sendable {
    static let name = ApprovalsFile.name
    static let temporaryPrefix = ".\(name)."
    static let temporarySuffix = ".tmp"

    /// Writes `text` in the locked `folder`; nil when done, else why not (nothing changed then).
    func write(_ text: String, in folder: OutputFolder, shownAs: String) -> Diagnostic? {
        let directory = folder.descriptor
        switch POSIXFile.kind(of: Self.name, in: directory) {
        case .none, .file: break
        case .symbolicLink, .directory, .other:
            return Diagnostic(code: "CLI062", message: CLIMessages.approvalsNotAFile(shownAs))
        }
        // Under a working lock only this process writes temporaries here: any left are from a run that was killed.
        if folder.isLocked { removeStaleTemporaries(in: directory) }
        let temporary = "\(Self.temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))\(Self.temporarySuffix)"
        do throws(SystemCallFailure) {
            try POSIXFile.createFile(temporary, in: directory, bytes: Array(text.utf8))
            var info = stat()
            // A project shared with a group keeps the permissions it gave the file.
            if fstatat(directory, Self.name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
                fchmodat(directory, temporary, info.st_mode & 0o7777, 0)
            }
            do throws(SystemCallFailure) {
                try POSIXFile.rename(temporary, to: Self.name, in: directory)
            } catch {
                POSIXFile.remove(temporary, in: directory)
                throw error
            }
        } catch {
            return Diagnostic(code: "CLI060", message: CLIMessages.approvalsWriteFailed(shownAs, reason: CLIMessages.reason(error.errorNumber)))
        }
        POSIXFile.syncDirectory(directory)
        return nil
    }

    private func removeStaleTemporaries(in directory: Int32) {
        for bytes in POSIXFile.names(in: directory) ?? [] {
            let name = String(decoding: bytes, as: UTF8.self)
            guard Array(name.utf8) == bytes, name.hasPrefix(Self.temporaryPrefix), name.hasSuffix(Self.temporarySuffix) else { continue }
            if POSIXFile.kind(of: name, in: directory) == .file { POSIXFile.remove(name, in: directory) }
        }
    }
}
