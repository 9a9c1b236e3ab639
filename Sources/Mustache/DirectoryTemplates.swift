import Foundation

/// Templates read from a folder on disk, confined to it: a name with `..`, an absolute path or a
/// symbolic link that resolves outside the folder is refused.
public struct DirectoryTemplates: TemplateSource {
    /// The folder, as given.
    public let root: URL

    /// Creates a source reading below `root`.
    public init(root: URL) {
        self.root = root
    }

    public func text(forName name: String) throws(TemplateLookupFailure) -> String? {
        guard Self.isConfined(name) else { throw .outsideRoot }
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        let candidate = root.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) else { return nil }
        let resolved = candidate.standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else { throw .outsideRoot }
        guard !isDirectory.boolValue else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: resolved))
        } catch {
            throw .unreadable(reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notText }
        return text
    }

    /// True for a relative name without `..` components, NUL or backslashes.
    static func isConfined(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.hasPrefix("~") { return false }
        if name.contains("\0") || name.contains("\\") { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }
}
