import ReportBuilding

/// Lays out `status` as a plain-text table whose columns line up in a terminal (æ, ø, å count as one).
struct StatusTable: Sendable {
    var status: PipelineStatus

    /// The heading, the table and the footer, one line each, without trailing spaces.
    var lines: [String] {
        guard !status.chapters.isEmpty else { return [CLIMessages.noChapters] }
        var rows = [CLIMessages.statusColumns]
        for chapter in status.chapters {
            let missing = chapter.missing.map { CLIMessages.missing($0, chapterID: chapter.id) }
            rows.append([
                chapter.title,
                chapter.responsible.flatMap { $0.isEmpty ? nil : $0 } ?? CLIMessages.nobody,
                CLIMessages.state(chapter.state),
                missing.isEmpty ? CLIMessages.nothingMissing : missing.joined(separator: ", "),
            ])
        }
        var widths = [Int](repeating: 0, count: CLIMessages.statusColumns.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var lines = [CLIMessages.statusHeading(year: status.year, chapterCount: status.chapters.count), ""]
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                let isLast = column == row.count - 1
                line += isLast ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }
            lines.append(line)
        }
        let approved = status.chapters.filter { $0.state == .approved }.count
        lines.append("")
        lines.append(CLIMessages.statusFooter(approved: approved, total: status.chapters.count))
        return lines
    }
}
