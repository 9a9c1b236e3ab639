import Foundation
import SourceText

/// Every file of a report project folder as it is on disk, for `init --fra`: next year's project is made from
/// it. The tool's own outputs (any folder with an output manifest) and hidden entries are left out; links and
/// anything that is not a regular file are not followed but named.
public struct ProjectFiles: Sendable {
    /// One file, by its path relative to the project folder (`data/bemanning.csv`).
    public struct File: Sendable, Hashable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// The files, sorted by path.
    public var files: [File]
    /// Folders holding the tool's outputs (relative, `rapport`), in the order found.
    public var outputFolders: [String]
    public var diagnostics: [Diagnostic]

    /// The file at `path`, if read.
    public func file(_ path: String) -> File? { files.first { $0.path == path } }

    /// The output manifest's name: a folder holding it is an output folder.
    public static let manifestName = ".tilstandsrapport-utdata"
    /// Limits: a project is tens of files and a few MB; these are far above that.
    public static let maximumFiles = 2000
    public static let maximumDepth = 8
    public static let maximumFileBytes = 16 * 1024 * 1024
    public static let maximumTotalBytes = 256 * 1024 * 1024

    /// Reads the project folder `root`.
    public static func read(_ root: URL) -> ProjectFiles {
        var reader = Reader(root: root.path)
        reader.run()
        return ProjectFiles(files: reader.files.sorted { $0.path < $1.path }, outputFolders: reader.outputFolders, diagnostics: reader.diagnostics)
    }

    /// The walk, folder by folder without recursion.
    private struct Reader {
        let root: String
        var files: [File] = []
        var outputFolders: [String] = []
        var diagnostics: [Diagnostic] = []
        var total = 0

        mutating func run() {
            var pending: [(relative: String, depth: Int)] = [("", 0)]
            while let (folder, depth) = pending.popLast() {
                let path = folder.isEmpty ? root : root + "/" + folder
                guard case .success(let names) = FileAccess.contents(of: path) else {
                    diagnostics.append(InputMessage.noPermission(isFolder: true).diagnostic(at: SourceLocation(file: folder + "/", line: 1, column: 1)))
                    continue
                }
                if names.contains(ProjectFiles.manifestName), !folder.isEmpty {
                    outputFolders.append(folder)
                    continue
                }
                for name in names.reversed() where !name.hasPrefix(".") {
                    let relative = folder.isEmpty ? name : folder + "/" + name
                    guard visit(relative, depth: depth, pending: &pending) else { return }
                }
            }
        }

        /// Reads or queues one entry; false once a limit is reached (the walk stops).
        mutating func visit(_ relative: String, depth: Int, pending: inout [(relative: String, depth: Int)]) -> Bool {
            let shown = LoadSession.shown(relative)
            let path = root + "/" + relative
            if FileAccess.isLink(path) {
                diagnostics.append(InputMessage.notCopied(.link).diagnostic(file: shown))
                return true
            }
            switch FileAccess.kind(of: path) {
            case .directory:
                guard depth + 1 <= ProjectFiles.maximumDepth else {
                    diagnostics.append(InputMessage.projectTooLarge(files: ProjectFiles.maximumFiles, depth: ProjectFiles.maximumDepth,
                                                                    megabytes: ProjectFiles.maximumTotalBytes >> 20).diagnostic(file: shown + "/"))
                    return false
                }
                pending.append((relative, depth + 1))
            case .regular:
                switch FileAccess.read(path, limit: ProjectFiles.maximumFileBytes) {
                case .bytes(let bytes):
                    total += bytes.count
                    guard files.count < ProjectFiles.maximumFiles, total <= ProjectFiles.maximumTotalBytes else {
                        diagnostics.append(InputMessage.projectTooLarge(files: ProjectFiles.maximumFiles, depth: ProjectFiles.maximumDepth,
                                                                        megabytes: ProjectFiles.maximumTotalBytes >> 20).diagnostic(file: shown))
                        return false
                    }
                    files.append(File(path: relative, bytes: bytes))
                case .tooLarge:
                    diagnostics.append(InputMessage.fileTooLarge(limitBytes: ProjectFiles.maximumFileBytes).diagnostic(file: shown))
                case .kind(let kind):
                    diagnostics.append(unreadable(kind, shown))
                }
            case .missing:
                break // gone while we looked
            case let kind:
                diagnostics.append(unreadable(kind, shown))
            }
            return true
        }

        func unreadable(_ kind: FileAccess.Kind, _ shown: String) -> Diagnostic {
            switch kind {
            case .failed(let number) where number == EACCES || number == EPERM: return InputMessage.noPermission(isFolder: false).diagnostic(file: shown)
            case .failed(let number): return InputMessage.readFailed(errno: number).diagnostic(file: shown)
            default: return InputMessage.notCopied(.notARegularFile).diagnostic(file: shown)
            }
        }
    }
}
