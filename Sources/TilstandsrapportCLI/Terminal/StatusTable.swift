import ReportBuilding

/// Lays out `status` as a plain-text table that fits the terminal: columns line up however wide each
/// character is drawn, a cell too long for its column is cut with «…», and control characters in titles and
/// names are shown as symbols.
struct StatusTable: Sendable {
    var status: PipelineStatus
    /// The terminal's width in columns.
    var width = 80

    /// Space between columns.
    static let gap = 2
    /// The status column is kept whole while every other column can still get this many.
    static let minimumColumn = 6

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
            ].map { TerminalText.safe($0) })
        }
        let widths = columnWidths(rows)
        var lines = TerminalText.wrap(CLIMessages.statusHeading(year: status.year, chapterCount: status.chapters.count), to: width) + [""]
        for row in rows {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let fitted = TerminalText.cut(cell, to: widths[column])
                cells.append(column == row.count - 1 ? fitted : TerminalText.pad(fitted, to: widths[column]))
            }
            lines.append(cells.joined(separator: String(repeating: " ", count: Self.gap)))
        }
        // A status set by hand still counts, as before approvals were recorded; the footer says how many are.
        let approved = status.chapters.filter { $0.state == .approved || $0.state == .approvedUnregistered }.count
        let unregistered = status.chapters.filter { $0.state == .approvedUnregistered }.count
        lines.append("")
        let leftovers = status.chapters.filter { $0.missing.contains { if case .leftover = $0 { return true } else { return false } } }.count
        lines += TerminalText.wrap(CLIMessages.statusFooter(approved: approved, total: status.chapters.count, leftovers: leftovers,
                                                            unregistered: unregistered), to: width)
        lines += councilLines
        return lines
    }

    /// In a shared service: each council's report, what it still lacks and who is responsible.
    var councilLines: [String] {
        guard !status.councils.isEmpty else { return [] }
        var lines = [""] + TerminalText.wrap(TerminalText.safe(CLIMessages.councilsHeading(status.serviceName ?? "")), to: width)
        for council in status.councils {
            let line = CLIMessages.council(council.member, serviceName: status.serviceName ?? "", missing: council.missing)
            let wrapped = TerminalText.wrap(TerminalText.safe(line), to: max(20, width - 4))
            lines += wrapped.enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
        }
        return lines
    }

    /// Each column's width: as wide as its widest cell when the table fits; otherwise the status column whole
    /// (if the others keep `minimumColumn`), and the rest shared so that narrow columns keep their width.
    func columnWidths(_ rows: [[String]]) -> [Int] {
        let count = CLIMessages.statusColumns.count
        var natural = [Int](repeating: 0, count: count)
        for row in rows {
            for (column, cell) in row.enumerated() { natural[column] = max(natural[column], TerminalText.width(cell)) }
        }
        let budget = width - Self.gap * (count - 1)
        if natural.reduce(0, +) <= budget { return natural }
        var widths = [Int](repeating: 0, count: count)
        var open = Array(0..<count)
        var remaining = budget
        let statusColumn = 2
        if budget - natural[statusColumn] >= Self.minimumColumn * (count - 1) {
            widths[statusColumn] = natural[statusColumn]
            remaining -= natural[statusColumn]
            open.removeAll { $0 == statusColumn }
        }
        // Water filling: columns narrower than an equal share keep their width; the share grows with what they leave.
        open.sort { natural[$0] < natural[$1] }
        while let column = open.first {
            let share = max(1, remaining / open.count)
            widths[column] = min(natural[column], share)
            remaining -= widths[column]
            open.removeFirst()
        }
        return widths
    }
}
