import CSV
import ReportModel
import SourceText

/// Reads `tekster/<id>.md`: front matter between `---` lines, then Markdown (normalised as pasted from Word,
/// and closed, see `PastedText` and `ClosedDocument`).
enum ChapterTextReader {
    static let keys = ["tittel", "ansvarlig", "status", "forfatter"]

    static func read(_ text: String, id: String, file: String, images: Set<String> = []) -> (ChapterText?, [Diagnostic]) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        if lines.allSatisfy({ visible($0).isEmpty }) {
            return (nil, [InputMessage.fileEmpty.diagnostic(file: file)])
        }
        var diagnostics: [Diagnostic] = []
        guard let first = lines.first, isDelimiter(first, file: file, line: 1, notes: &diagnostics) else {
            let shown = lines.first.map(String.init) ?? ""
            return (nil, [InputMessage.noFrontMatter(firstLine: shown).diagnostic(file: file, excerpt: shown)])
        }
        var end: Int? = nil
        for index in lines.indices.dropFirst() where isDelimiter(lines[index], file: file, line: index + 1, notes: &diagnostics) {
            end = index
            break
        }
        guard let end else {
            return (nil, diagnostics + [InputMessage.frontMatterNotClosed.diagnostic(file: file)])
        }
        let parsed = KeyValueLines(Array(lines[1..<end]), file: file, firstLine: 2, inFrontMatter: true)
        diagnostics += parsed.diagnostics
        var values: [String: KeyValueLines.Entry] = [:]
        var authors: [Author] = []
        for entry in parsed.entries {
            guard keys.contains(entry.key) else {
                diagnostics.append(InputMessage.unknownFrontMatterField(entry.key, keys: keys).diagnostic(file: file, line: entry.line, excerpt: entry.source))
                continue
            }
            if entry.key == "forfatter" {
                let parts = entry.value.split(separator: ";", maxSplits: 1).map { String($0).trimmingSpaces() }
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { authors.append(Author(name: parts[0], role: parts[1])) } else {
                    diagnostics.append(InputMessage.authorWithoutRole(value: entry.value, inChapter: true)
                        .diagnostic(file: file, line: entry.line, column: entry.valueColumn, excerpt: entry.source))
                }
                continue
            }
            values[entry.key] = entry
        }
        var status: ApprovalStatus? = nil
        if let entry = values["status"], !entry.value.isEmpty {
            status = ApprovalStatus.allCases.first { $0.rawValue == entry.value.lowercased() }
            if status == nil {
                diagnostics.append(InputMessage.unknownApprovalStatus(entry.value).diagnostic(file: file, line: entry.line, column: entry.valueColumn, excerpt: entry.source))
            }
        }
        // A chapter nobody has started may not have anyone responsible yet.
        let required = status == .notStarted ? ["tittel", "status"] : ["tittel", "ansvarlig", "status"]
        for key in required where values[key]?.value.isEmpty ?? true {
            diagnostics.append(InputMessage.frontMatterFieldMissing(key).diagnostic(file: file, line: values[key]?.line ?? end + 1))
        }
        let pasted = PastedText.normalise(Array(lines[(end + 1)...]), firstLine: end + 2, file: file)
        let closed = ClosedDocument.close(pasted.lines, firstLine: end + 2, file: file)
        let markup = ChapterMarkup.clean(closed.lines, firstLine: end + 2, file: file, available: images)
        diagnostics += pasted.diagnostics + closed.diagnostics + markup.diagnostics
        let responsible = values["ansvarlig"]?.value ?? ""
        guard let title = values["tittel"]?.value, !title.isEmpty, status == .notStarted || !responsible.isEmpty, let status else {
            return (nil, diagnostics)
        }
        let body = markup.lines.joined(separator: "\n")
        var chapter = ChapterText(id: id, title: title, responsible: responsible, status: status, authors: authors, markdown: body, file: file, bodyLine: end + 2)
        // The body as written (not as normalised for the report): an approval covers what its writer sees in the file.
        chapter.approvalContent = ApprovalContent.make(title: title, authors: authors, body: Array(lines[(end + 1)...]))
        return (chapter, diagnostics)
    }

    /// The line without invisible characters and surrounding spaces.
    static func visible(_ line: Substring) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.filter { !KeyValueLines.isInvisible($0) })).trimmingSpaces()
    }

    /// True for a `---` line; invisible characters around it are ignored with a note.
    static func isDelimiter(_ line: Substring, file: String, line number: Int, notes: inout [Diagnostic]) -> Bool {
        guard visible(line) == "---" else { return false }
        let invisible = line.unicodeScalars.filter(KeyValueLines.isInvisible)
        if !invisible.isEmpty {
            notes.append(InputMessage.invisibleCharactersIgnored(Array(invisible), around: "---").diagnostic(file: file, line: number))
        }
        return true
    }
}
