import Foundation
import SourceText

/// A folder named on the command line: where it is, and how the user wrote it (for messages).
struct ProjectFolder: Sendable {
    let url: URL
    let shownAs: String

    init(_ argument: String, relativeTo currentDirectory: URL) {
        shownAs = argument
        url = argument.hasPrefix("/")
            ? URL(fileURLWithPath: argument).standardizedFileURL
            : currentDirectory.appendingPathComponent(argument).standardizedFileURL
    }

    /// `shownAs` joined with a relative path, without a doubled `/`.
    func shown(_ relative: String) -> String {
        shownAs.hasSuffix("/") ? shownAs + relative : shownAs + "/" + relative
    }

    /// Nothing when the folder exists, else why it cannot be read as a report project.
    func existenceProblems() -> [Diagnostic] {
        switch POSIXFile.resolvedKind(of: url.path) {
        case .directory: return []
        case .none: return [Diagnostic(code: "CLI001", message: CLIMessages.projectMissing(shownAs))]
        case .file, .other, .symbolicLink: return [Diagnostic(code: "CLI002", message: CLIMessages.projectIsFile(shownAs))]
        }
    }
}
