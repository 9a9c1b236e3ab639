import Foundation
import SourceText

/// A folder named on the command line: where it is (as bytes), and how the user wrote it (for messages).
struct ProjectFolder: Sendable {
    /// Absolute and normalised.
    let path: RawPath
    /// As typed, with bytes that are not UTF-8 written as `\xE6`.
    let shownAs: String

    init(_ argument: RawPath, relativeTo currentDirectory: RawPath) {
        shownAs = argument.shown
        path = argument.resolved(against: currentDirectory)
    }

    init(path: RawPath, shownAs: String) {
        self.path = path
        self.shownAs = shownAs
    }

    /// `shownAs` joined with a relative path, without a doubled `/`.
    func shown(_ relative: String) -> String {
        shownAs.hasSuffix("/") ? shownAs + relative : shownAs + "/" + relative
    }

    /// The folder `relative` below this one.
    func appending(_ relative: String) -> ProjectFolder {
        ProjectFolder(path: path.appending(relative), shownAs: shown(relative))
    }

    /// Nothing when the folder exists, else why it cannot be read as a report project.
    func existenceProblems() -> [Diagnostic] {
        switch POSIXFile.resolvedStatus(of: path) {
        case .success(.directory): return []
        case .success(.none): return [Diagnostic(code: "CLI001", message: CLIMessages.projectMissing(shownAs))]
        case .success: return [Diagnostic(code: "CLI002", message: CLIMessages.projectIsFile(shownAs))]
        case .failure(let failure) where failure.errorNumber == ENOENT:
            return [Diagnostic(code: "CLI001", message: CLIMessages.projectMissing(shownAs))]
        case .failure(let failure):
            // Not «missing» when it is there but out of reach (no permission, a link loop, a share gone stale).
            return [Diagnostic(code: "CLI003", message: CLIMessages.projectUnreachable(shownAs, reason: CLIMessages.reason(failure.errorNumber)))]
        }
    }

    /// Calls `body` with a URL the pipeline can read the folder through.
    ///
    /// A `URL` holds text, so a path whose bytes are not UTF-8 cannot be one. Such a folder is opened here and
    /// reached through `/proc/self/fd/N`, the kernel's name for the open folder, for as long as `body` runs.
    func withURL<Result>(_ body: (URL) -> Result) -> Result {
        if let text = path.text { return body(URL(fileURLWithPath: text, isDirectory: true)) }
        guard let descriptor = try? POSIXFile.openDirectory(path) else { return body(URL(fileURLWithPath: path.shown, isDirectory: true)) }
        defer { close(descriptor) }
        let alias = "/proc/self/fd/\(descriptor)"
        guard POSIXFile.resolvedKind(of: RawPath(alias)) == .directory else { return body(URL(fileURLWithPath: path.shown, isDirectory: true)) }
        return body(URL(fileURLWithPath: alias, isDirectory: true))
    }
}
