import ReportModel
import SourceText

/// `godkjenninger.txt`: the approvals recorded with `tilstandsrapport godkjenn`, one record after the other, the
/// newest last. Plain text for people and version control alike:
///
/// ```
/// godkjenning: bemanning-tillitsvalgte
/// rapportår: 2025
/// godkjent av: Marte Vik Sunde; hovedtillitsvalgt, FO Fjordvik
/// tidspunkt: 2026-02-14T10:32:05+01:00
/// sha256: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b
/// | tittel: De tillitsvalgtes vurdering
/// | forfatter: Marte Vik Sunde; hovedtillitsvalgt, FO Fjordvik
/// | ---
/// | Vi er glade for å få skrive vår egen del av tilstandsrapporten.
/// ```
///
/// A record starts with `godkjenning:` and ends at a blank line (or the next record); the `|` lines are the
/// approved text (`ApprovalContent`), `|` alone an empty line of it. `#` starts a comment between records. A
/// record with a problem is reported with its line and column and approves nothing; the rest still count.
public enum ApprovalsFile {
    /// The file's name in the project folder.
    public static let name = "godkjenninger.txt"

    /// Every well-formed record in file order, and a diagnostic for each problem.
    public static func read(_ text: String, file: String = name) -> (records: [Approval], diagnostics: [Diagnostic]) {
        var parser = Parser(file: file)
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() { parser.take(line, number: index + 1) }
        parser.finish()
        return (parser.records, parser.diagnostics)
    }

    /// The lines of one record, as `godkjenn` appends it.
    public static func format(_ approval: Approval) -> String {
        var lines = [
            "godkjenning: \(approval.chapter)",
            "rapportår: \(approval.year)",
            "godkjent av: \(approval.approver.name); \(approval.approver.role)",
            "tidspunkt: \(approval.time.text)",
            "sha256: \(approval.digest)",
        ]
        lines += approval.content.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "|" : "| " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file with `approval` appended after a blank line: every earlier line kept as it was. A new file starts
    /// with a comment that says what the file is.
    public static func appending(_ approval: Approval, to existing: String?) -> String {
        var text = existing ?? InputMessage.approvalsFileHeader.joined(separator: "\n") + "\n"
        if !text.isEmpty && !text.hasSuffix("\n") && !text.hasSuffix("\r") { text += "\n" }
        return text + "\n" + format(approval)
    }
}

/// One pass over the file's lines; a record is checked when it ends.
private struct Parser {
    struct Field {
        var value: String
        var line: Int
        var column: Int
        var source: String
    }

    struct Pending {
        var chapter: Field
        var fields: [String: Field] = [:]
        var text: [String] = []
        var textLine = 0
    }

    let file: String
    var records: [Approval] = []
    var diagnostics: [Diagnostic] = []
    var pending: Pending?

    init(file: String) {
        self.file = file
    }

    mutating func take(_ line: Substring, number: Int) {
        let source = String(line)
        if line.first == "|" {
            var rest = line.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
            guard pending != nil else {
                report(.approvalLineOutsideRecord(line: source, isText: true), line: number, excerpt: source)
                return
            }
            if pending?.text.isEmpty ?? false { pending?.textLine = number }
            pending?.text.append(String(rest))
            return
        }
        let visible = source.trimmingSpaces()
        if visible.isEmpty || visible.hasPrefix("#") {
            // A blank line or a comment ends the text of a record; between its fields it is allowed.
            if pending.map({ !$0.text.isEmpty }) ?? false { finish() }
            return
        }
        guard let colon = source.firstIndex(of: ":") else {
            report(.approvalLineWithoutColon(visible), line: number, excerpt: source)
            return
        }
        let key = String(String.UnicodeScalarView(source[..<colon].unicodeScalars.filter { !KeyValueLines.isInvisible($0) }))
            .trimmingSpaces().lowercased()
        let rawValue = source[source.index(after: colon)...]
        let leading = rawValue.prefix { $0 == " " || $0 == "\t" }.count
        let field = Field(value: String(rawValue).trimmingSpaces(), line: number,
                          column: source.distance(from: source.startIndex, to: colon) + 2 + leading, source: source)
        take(key: key, field: field)
    }

    private mutating func take(key: String, field: Field) {
        if key == "godkjenning" {
            finish()
            pending = Pending(chapter: field)
            return
        }
        guard var record = pending, record.text.isEmpty else {
            report(.approvalLineOutsideRecord(line: field.source, isText: false), line: field.line, excerpt: field.source)
            return
        }
        let known = InputMessage.approvalFields.dropFirst()
        guard known.contains(key) else {
            let suggestion = known.min { IndicatorReader.distance($0, key) < IndicatorReader.distance($1, key) }
                .flatMap { IndicatorReader.distance($0, key) <= 2 ? $0 : nil }
            report(.unknownApprovalField(key, suggestion: suggestion), line: field.line, excerpt: field.source)
            return
        }
        if let first = record.fields[key] {
            report(.approvalFieldTwice(key, firstLine: first.line), line: field.line, excerpt: field.source)
            return
        }
        record.fields[key] = field
        pending = record
    }

    /// Checks the record that is open, if any, and keeps it when nothing is wrong with it.
    mutating func finish() {
        guard let record = pending else { return }
        pending = nil
        let missing = InputMessage.approvalFields.dropFirst().filter { record.fields[$0] == nil } + (record.text.isEmpty ? ["teksten"] : [])
        if !missing.isEmpty {
            report(.approvalFieldMissing(Array(missing)), at: record.chapter)
            return
        }
        if let approval = approval(from: record) { records.append(approval) }
    }

    private mutating func approval(from record: Pending) -> Approval? {
        let field = { (key: String) in record.fields[key] ?? record.chapter }
        var valid = true
        let chapter = record.chapter.value
        if chapter.isEmpty || !chapter.allSatisfy({ ("a"..."z").contains($0) || "æøå".contains($0) || $0.isASCII && $0.isNumber || $0 == "-" }) {
            invalid("godkjenning", record.chapter)
            valid = false
        }
        let year = Int(field("rapportår").value).flatMap { (2000...2100).contains($0) ? $0 : nil }
        if year == nil { invalid("rapportår", field("rapportår")) }
        let parts = field("godkjent av").value.split(separator: ";", maxSplits: 1).map { String($0).trimmingSpaces() }
        let approver = parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty ? Author(name: parts[0], role: parts[1]) : nil
        if approver == nil { invalid("godkjent av", field("godkjent av")) }
        let time = ApprovalTime(parsing: field("tidspunkt").value)
        if time == nil { invalid("tidspunkt", field("tidspunkt")) }
        let digest = field("sha256").value.lowercased()
        let isDigest = digest.count == 64 && digest.allSatisfy { $0.isHexDigit }
        if !isDigest { invalid("sha256", field("sha256")) }
        guard valid, let year, let approver, let time, isDigest else { return nil }
        let content = record.text.joined(separator: "\n")
        let computed = ApprovalContent.digest(content)
        guard computed == digest else {
            report(.approvalDigestMismatch(recorded: digest, computed: computed), at: field("sha256"))
            return nil
        }
        let authors = ApprovalContent.parts(of: content).authors
        guard ApprovalContent.mayApprove(approver.name, chapter: chapter, authors: authors) else {
            report(.approvalByNonAuthor(name: approver.name, authors: authors.map(\.name)), at: field("godkjent av"))
            return nil
        }
        return Approval(chapter: chapter, year: year, approver: approver, time: time, digest: digest, content: content, line: record.chapter.line)
    }

    private mutating func invalid(_ key: String, _ field: Field) {
        report(.invalidApprovalField(field: key, value: field.value), at: field)
    }

    private mutating func report(_ message: InputMessage, at field: Field) {
        diagnostics.append(message.diagnostic(file: file, line: field.line, column: field.column, excerpt: field.source))
    }

    private mutating func report(_ message: InputMessage, line: Int, excerpt: String) {
        diagnostics.append(message.diagnostic(file: file, line: line, excerpt: excerpt))
    }
}
