/// The list, kept in the output folder, of the files the tool wrote there and the SHA-256 of each.
///
/// One line per file, as `sha256sum` prints it, so `sha256sum -c .tilstandsrapport-utdata` checks it:
/// ```
/// # Filer skrevet av tilstandsrapport …
/// e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  .tilstandsrapport-sperre
/// 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b  tilstandsrapport-2025.md
/// # byttes ut: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  tilstandsrapport-2025.html
/// ```
/// A file being replaced is not listed: its old and new digests are on `# byttes ut:` lines, which
/// `sha256sum` skips as comments and the tool reads, so an interrupted build still recognises whichever
/// version is on disk while every listed line matches its file. The always-empty lock file is listed so the
/// list is never without a line to check.
struct OutputManifest: Sendable, Equatable {
    /// The manifest's file name in the output folder.
    static let fileName = ".tilstandsrapport-utdata"
    /// The lock file: empty, never removed, held with `flock` while a build writes.
    static let lockName = ".tilstandsrapport-sperre"
    static let changingPrefix = "# byttes ut: "
    static let emptyDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// The digest `sha256sum -c` checks, by file name.
    var listed: [String: String] = [:]
    /// Digests also accepted for a file while it is being replaced, by file name.
    var changing: [String: Set<String>] = [:]
    /// Whether the text lists the (empty) lock file.
    var listsLock = true

    init() {}

    /// Reads a manifest; lines that do not parse are skipped (so their files count as not ours). A name listed
    /// twice (an older version of the tool wrote old and new content while replacing) keeps both as accepted.
    init(parsing text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix(Self.changingPrefix) {
                if let (digest, name) = Self.entry(line.dropFirst(Self.changingPrefix.count)) { changing[name, default: []].insert(digest) }
                continue
            }
            if line.hasPrefix("#") { continue }
            guard let (digest, name) = Self.entry(line[...]) else { continue }
            if let earlier = listed[name], earlier != digest {
                changing[name, default: []].formUnion([earlier, digest])
                listed[name] = nil
            } else if changing[name] == nil {
                listed[name] = digest
            } else {
                changing[name, default: []].insert(digest)
            }
        }
    }

    private static func entry(_ line: Substring) -> (String, String)? {
        let digest = line.prefix(64)
        let rest = line.dropFirst(64)
        guard digest.count == 64, digest.allSatisfy(\.isHexDigit), rest.hasPrefix("  ") else { return nil }
        let name = String(rest.dropFirst(2))
        guard !name.isEmpty else { return nil }
        return (String(digest).lowercased(), name)
    }

    /// Every digest accepted under `name`.
    func accepted(_ name: String) -> Set<String> {
        changing[name, default: []].union(listed[name].map { [$0] } ?? [])
    }

    /// Every accepted digest by name.
    var digests: [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for name in Set(listed.keys).union(changing.keys) { result[name] = accepted(name) }
        return result
    }

    /// True when `digest` is a content the tool wrote under `name`.
    func recognises(_ digest: String, for name: String) -> Bool {
        accepted(name).contains(digest)
    }

    /// The manifest text: header, the lock file, then files by name, each listed or changing.
    var text: String {
        var lines = CLIMessages.manifestHeader.map { "# " + $0 }
        if listsLock { lines.append("\(Self.emptyDigest)  \(Self.lockName)") }
        for name in Set(listed.keys).union(changing.keys).sorted() where name != Self.lockName {
            if let digest = listed[name] { lines.append("\(digest)  \(name)") }
            for digest in changing[name, default: []].sorted() { lines.append("\(Self.changingPrefix)\(digest)  \(name)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
