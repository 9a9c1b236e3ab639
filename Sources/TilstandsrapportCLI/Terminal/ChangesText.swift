import ReportBuilding
import TextDiff

/// `endringer` as plain text a non-technical reader can follow and copy: one block per changed paragraph,
/// headed «Lagt til», «Fjernet» or «Endret» with its number, the text indented below it, and for a rewritten
/// paragraph the words that differ. No colours or other terminal codes, so it reads the same in a log or an e-mail.
struct ChangesText: Sendable {
    var changes: PipelineChanges
    /// True when one chapter was asked for: then a chapter without an approval is said so in full.
    var single: Bool
    /// The project folder as typed, for the command to run next.
    var folder = "MAPPE"
    var width = 80

    /// Word changes listed for a rewritten paragraph; beyond this, «Før» and «Nå» say it better.
    static let maximumWordChanges = 8
    static let indent = "    "

    var lines: [String] {
        var lines = [CLIMessages.changesHeading(year: changes.year)]
        var unregistered: [String] = []
        for chapter in changes.chapters {
            switch chapter.state {
            case .unregistered where !single, .missingText where !single:
                if case .unregistered = chapter.state { unregistered.append(chapter.title) }
            case .unregistered:
                lines += ["", CLIMessages.chapterHeading(title: chapter.title, file: chapter.file)]
                lines += wrap(CLIMessages.notRegistered(year: changes.year, folder: folder, chapter: chapter.id), indent: "")
            case .missingText:
                lines += ["", CLIMessages.chapterHeading(title: chapter.title, file: chapter.file), CLIMessages.noText]
            case .unchanged(let approvals):
                lines += ["", CLIMessages.chapterHeading(title: chapter.title, file: chapter.file)] + wrap(CLIMessages.unchanged(approvals), indent: "")
            case let .changed(since, text):
                lines += ["", CLIMessages.chapterHeading(title: chapter.title, file: chapter.file)]
                lines += wrap(CLIMessages.approvedBy(since), indent: "")
                lines += describe(text)
            }
        }
        if !single {
            let registered = changes.chapters.count - unregistered.count
                - changes.chapters.filter { if case .missingText = $0.state { return true } else { return false } }.count
            if registered == 0 {
                lines += [""] + wrap(CLIMessages.noApprovals(year: changes.year, folder: folder), indent: "")
            } else if !unregistered.isEmpty {
                // One title a line: titles hold commas («Internkontroll, tilsyn og avvik»), so a sentence list would blur them.
                lines += ["", CLIMessages.withoutApproval(year: changes.year)] + unregistered.map(CLIMessages.listItem)
            }
        }
        return lines
    }

    /// The summary line, then the title and authors if they changed, then each paragraph.
    private func describe(_ text: TextChanges) -> [String] {
        var counts = (added: 0, removed: 0, changed: 0)
        for change in text.paragraphs {
            switch change.kind {
            case .added: counts.added += 1
            case .removed: counts.removed += 1
            case .changed: counts.changed += 1
            }
        }
        var lines = wrap(CLIMessages.changedSummary(added: counts.added, removed: counts.removed, changed: counts.changed,
                                                    title: text.titleBefore != nil, authors: text.authorsBefore != nil), indent: "")
        if let before = text.titleBefore, let after = text.titleAfter {
            lines += [""] + wrap(CLIMessages.titleChanged(before: before, after: after), indent: "  ")
        }
        if let before = text.authorsBefore, let after = text.authorsAfter {
            lines += [""] + wrap(CLIMessages.authorsChanged(before: before, after: after), indent: "  ")
        }
        for change in text.paragraphs { lines += [""] + describe(change) }
        return lines
    }

    private func describe(_ change: ParagraphChange) -> [String] {
        switch change.kind {
        case .added(let paragraph):
            return ["  " + CLIMessages.paragraphAdded(change.newNumber ?? 0)] + block(paragraph, indent: Self.indent)
        case .removed(let paragraph):
            return ["  " + CLIMessages.paragraphRemoved(change.oldNumber ?? 0)] + block(paragraph, indent: Self.indent)
        case let .changed(before, after, words):
            var lines = ["  " + CLIMessages.paragraphChanged(change.newNumber ?? 0)]
            lines += labelled(CLIMessages.before, before)
            lines += labelled(CLIMessages.after, after)
            if words.isEmpty {
                lines += wrap(CLIMessages.onlySpacing, indent: Self.indent)
            } else if words.count > Self.maximumWordChanges {
                lines += wrap(CLIMessages.manyWords, indent: Self.indent)
            } else {
                let listed = words.map { CLIMessages.wordChange(removed: $0.removed, added: $0.added) }.joined(separator: "; ")
                lines += wrap(CLIMessages.words + listed, indent: Self.indent, hanging: String(repeating: " ", count: CLIMessages.words.count))
            }
            return lines
        }
    }

    /// `Før: …` with the paragraph's lines under the label's end.
    private func labelled(_ label: String, _ paragraph: String) -> [String] {
        let hanging = Self.indent + String(repeating: " ", count: label.count)
        var lines = block(paragraph, indent: hanging)
        if let first = lines.first { lines[0] = Self.indent + label + first.dropFirst(hanging.count) }
        return lines
    }

    /// Each line of a paragraph wrapped at `indent`.
    private func block(_ paragraph: String, indent: String) -> [String] {
        paragraph.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(String($0), indent: indent) }
    }

    /// `text` in lines of at most `width` columns after `indent` (later lines after `hanging`), broken at spaces.
    /// A word longer than a line is kept whole on its own line: nothing of the text is ever cut.
    private func wrap(_ text: String, indent: String, hanging: String = "") -> [String] {
        let limit = max(20, width - TerminalText.width(indent))
        var lines: [String] = []
        // Spaces that start a line (a list item's continuation) are part of the text.
        var line = String(text.prefix { $0 == " " || $0 == "\t" })
        for word in text.dropFirst(line.count).split(separator: " ") {
            let candidate = line.allSatisfy({ $0 == " " || $0 == "\t" }) ? line + word : line + " " + word
            let available = lines.isEmpty ? limit : limit - TerminalText.width(hanging)
            if TerminalText.width(candidate) <= available || line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                line = candidate
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
        return lines.enumerated().map { index, line in line.isEmpty ? "" : indent + (index == 0 ? "" : hanging) + line }
    }
}
