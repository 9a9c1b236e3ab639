import Foundation
import ReportModel
import SourceText

/// The text an approval covers, in one normalised form, so that an approval sticks to what the council reads
/// and to nothing else.
///
/// Covered: the title, the authors (`forfatter:` lines, which the report prints as the text's signatories) and
/// the body, all as printed. Not covered: `ansvarlig` (who looks after the chapter; handing it to a colleague
/// changes no word the council reads) and `status` (recording an approval must not void it). The form:
///
/// ```
/// tittel: De tillitsvalgtes vurdering
/// forfatter: Marte Vik Sunde; hovedtillitsvalgt, FO Fjordvik
/// ---
/// Vi er glade for å få skrive vår egen del …
/// ```
///
/// Line breaks are `\n` whatever the file used (CRLF from Windows, CR); spaces and tabs at the end of a line are
/// dropped (they are invisible, and editors and version control strip them); blank lines before and after the
/// body are dropped; the whole is in Unicode NFC, so a text saved with decomposed letters (`a` + ring) is the same
/// text. The digest is SHA-256 of the UTF-8 bytes, with no final line break.
public enum ApprovalContent {
    /// The chapter whose text is signed by its authors: only they may approve it, and it must name them.
    public static let signedChapter = "bemanning-tillitsvalgte"

    /// The normalised content of a text with this title, these authors and these body lines (as in the file).
    public static func make(title: String, authors: [Author], body: [Substring]) -> String {
        var lines = ["tittel: " + title]
        lines += authors.map { "forfatter: \($0.name); \($0.role)" }
        lines.append("---")
        lines += trimmedBody(body).lines
        return lines.joined(separator: "\n").precomposedStringWithCanonicalMapping
    }

    /// The body lines without trailing spaces, without blank lines at either end, and how many blank lines were
    /// dropped before the first (to find a line of the content in the file again).
    static func trimmedBody(_ body: [Substring]) -> (lines: [String], leadingBlankLines: Int) {
        let lines = body.map { line -> String in
            var line = line
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            return String(line)
        }
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty }) else { return ([], lines.count) }
        return (Array(lines[first...last]), first)
    }

    /// SHA-256 of the content, 64 lowercase hex digits.
    public static func digest(_ content: String) -> String {
        SHA256.hex(Array(content.utf8))
    }

    /// The parts of a normalised content: title, authors and body (best effort for a record written by hand).
    public static func parts(of content: String) -> (title: String, authors: [Author], body: String) {
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        guard let separator = lines.firstIndex(of: "---") else { return ("", [], content) }
        var title = ""
        var authors: [Author] = []
        for line in lines[..<separator] {
            if line.hasPrefix("tittel: ") { title = String(line.dropFirst("tittel: ".count)) }
            if line.hasPrefix("forfatter: ") {
                let parts = line.dropFirst("forfatter: ".count).split(separator: ";", maxSplits: 1).map { String($0).trimmingSpaces() }
                if parts.count == 2 { authors.append(Author(name: parts[0], role: parts[1])) }
            }
        }
        return (title, authors, lines[(separator + 1)...].joined(separator: "\n"))
    }

    /// True when `name` may be recorded as approving a text of `chapter` with these authors: anyone for a text
    /// without authors; for a signed text (and always for the union representatives' section) only its authors.
    public static func mayApprove(_ name: String, chapter: String, authors: [Author]) -> Bool {
        guard !authors.isEmpty || chapter == signedChapter else { return true }
        return authors.contains { sameName($0.name, name) }
    }

    /// Names compared as people read them: case, runs of spaces and composed or decomposed letters do not matter.
    public static func sameName(_ left: String, _ right: String) -> Bool {
        key(left) == key(right)
    }

    private static func key(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The 0-based index of the first body line where `current` and `approved` differ, or nil when only the title
    /// or the authors differ (or nothing does).
    static func firstChangedBodyLine(_ current: String, _ approved: String) -> Int? {
        let now = parts(of: current).body.split(separator: "\n", omittingEmptySubsequences: false)
        let before = parts(of: approved).body.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(now.count, before.count) where index >= now.count || index >= before.count || now[index] != before[index] {
            return min(index, max(0, now.count - 1))
        }
        return nil
    }
}
