/// The files of `Templates/` and `SampleData/`, compiled into the program by the `EmbedResources` plugin.
///
/// Paths are relative to the package root with `/` separators, e.g. `SampleData/data/bemanning.csv`.
/// The data is immutable; every call decodes a fresh copy of the bytes.
public enum EmbeddedResources {
    /// How one file's bytes are stored in the generated source.
    enum Storage: Sendable {
        /// UTF-8 text stored as a raw string literal (exact bytes; only used for text without `\r` or controls).
        case text(String)
        /// Any bytes, as base64.
        case base64(String)
    }

    /// One embedded file.
    struct Entry: Sendable {
        let path: String
        let storage: Storage

        var bytes: [UInt8] {
            switch storage {
            case .text(let text): return Array(text.utf8)
            case .base64(let encoded): return Base64.decode(encoded)
            }
        }
    }

    /// The entries by path, built once from the generated `entries` list.
    private static let index: [String: Entry] = {
        var index: [String: Entry] = [:]
        for entry in entries { index[entry.path] = entry }
        return index
    }()

    /// Every embedded path, sorted.
    public static var paths: [String] { entries.map(\.path) }

    /// The bytes of the file at `path`, or nil when nothing is embedded under that path.
    public static func file(_ path: String) -> [UInt8]? {
        index[path]?.bytes
    }

    /// Every file whose path starts with `prefix` (e.g. `"SampleData/"`), sorted by path; paths keep the prefix.
    public static func files(under prefix: String) -> [(path: String, bytes: [UInt8])] {
        entries.filter { $0.path.hasPrefix(prefix) }.map { (path: $0.path, bytes: $0.bytes) }
    }
}
