/// The list, kept in the output folder, of the files the tool wrote there and the SHA-256 of each.
///
/// One line per file, as `sha256sum` prints it, so `sha256sum -c .tilstandsrapport-utdata` verifies it:
/// ```
/// 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b  tilstandsrapport-2025.md
/// ```
/// While files are being replaced a name may have two lines (old and new content), so an interrupted
/// build still recognises whichever version is on disk.
struct OutputManifest: Sendable, Equatable {
    /// The manifest's file name in the output folder.
    static let fileName = ".tilstandsrapport-utdata"

    /// Accepted digests by file name.
    var digests: [String: Set<String>] = [:]

    /// Reads a manifest; lines that do not parse are skipped (so their files count as not ours).
    init(parsing text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let digest = line.prefix(64)
            let rest = line.dropFirst(64)
            guard digest.count == 64, digest.allSatisfy(\.isHexDigit), rest.hasPrefix("  ") else { continue }
            let name = String(rest.dropFirst(2))
            guard !name.isEmpty else { continue }
            digests[name, default: []].insert(String(digest).lowercased())
        }
    }

    init() {}

    /// True when `digest` is a content the tool wrote under `name`.
    func recognises(_ digest: String, for name: String) -> Bool {
        digests[name]?.contains(digest) ?? false
    }

    /// The manifest text, names sorted.
    var text: String {
        var lines = ["# " + CLIMessages.manifestHeader]
        for name in digests.keys.sorted() {
            for digest in digests[name, default: []].sorted() { lines.append("\(digest)  \(name)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
