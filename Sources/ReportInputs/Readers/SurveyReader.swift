import CSV
import ReportModel
import SourceText

/// Reads the Microsoft Forms export with its two mapping files. Columns are joined on the header
/// text, never on position; the name and e-mail columns are skipped without reading a cell.
enum SurveyReader {
    /// What a column of the export is.
    enum ColumnKind: String {
        case sector = "sektor", role = "rolle", statement = "påstand", freeText = "fritekst"
    }

    struct Question {
        var text: String
        var kind: ColumnKind
        var code: String
        var theme: String
        var scale: String?
        var line: Int
    }

    /// Form columns that are not questions. Name and e-mail are listed so they are never read.
    static let metadataColumns = ["id", "starttidspunkt", "fullføringstidspunkt", "starttime", "completiontime", "e-post", "epost", "email",
                                  "navn", "name", "tidspunktforsisteendring", "lastmodifiedtime"]

    static func scales(_ table: CSVTable) -> ([String: [ScaleStep]], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["skala", "svar", "verdi"])
        guard columns.isComplete else { return ([:], columns.diagnostics) }
        var scales: [String: [ScaleStep]] = [:]
        for record in table.records {
            guard let scale = columns.requiredText(record, "skala", what: "Skalaen"),
                  let label = columns.requiredText(record, "svar", what: "Svaret") else { continue }
            let value = columns.number(record, "verdi", range: -1000...1000, what: "Verdien")
            if scales[scale]?.contains(where: { $0.label == label }) == true {
                columns.report("INN040", "Samme svar står to ganger i skalaen «\(scale)».", columns.cell(record, "svar"), record: record,
                               found: label, expected: "hvert svar én gang per skala")
                continue
            }
            scales[scale, default: []].append(ScaleStep(label: label, value: value))
        }
        return (scales, columns.diagnostics)
    }

    static func questions(_ table: CSVTable, scales: [String: [ScaleStep]]) -> ([Question], [Diagnostic]) {
        var columns = ColumnTable(table, required: ["spørsmål", "type", "kode"], optional: ["tema", "skala"])
        guard columns.isComplete else { return ([], columns.diagnostics) }
        let kinds: [(String, ColumnKind)] = [("sektor", .sector), ("rolle", .role), ("påstand", .statement), ("fritekst", .freeText)]
        var questions: [Question] = []
        for record in table.records {
            guard let text = columns.requiredText(record, "spørsmål", what: "Spørsmålsteksten"),
                  let kind = columns.choice(record, "type", kinds, what: "Typen"),
                  let code = columns.requiredText(record, "kode", what: "Koden") else { continue }
            let scale = columns.text(record, "skala")
            if kind == .statement {
                guard let scale else {
                    columns.report("INN041", "En påstand må ha en skala.", columns.cell(record, "skala"), record: record, found: "tom celle",
                                   expected: "en skala fra undersokelse-skala.csv: " + scales.keys.sorted().joined(separator: ", "))
                    continue
                }
                if scales[scale] == nil {
                    columns.report("INN042", "Ukjent skala.", columns.cell(record, "skala"), record: record, found: scale,
                                   expected: "en skala fra undersokelse-skala.csv: " + scales.keys.sorted().joined(separator: ", "))
                    continue
                }
            }
            if questions.contains(where: { $0.code == code }) {
                columns.report("INN043", "Samme kode står to ganger.", columns.cell(record, "kode"), record: record, found: code, expected: "en unik kode per spørsmål")
                continue
            }
            questions.append(Question(text: text, kind: kind, code: code, theme: columns.text(record, "tema") ?? "Annet", scale: scale, line: record.line))
        }
        var diagnostics = columns.diagnostics
        for kind in [ColumnKind.sector] where !questions.contains(where: { $0.kind == kind }) {
            diagnostics.append(Diagnostic(code: "INN044", message: "Ingen kolonne har typen «\(kind.rawValue)».",
                                                  location: SourceLocation(file: table.file, line: 1, column: 1),
                                                  expected: "én rad med type «sektor», for spørsmålet om hvilken sektor den som svarer jobber i"))
        }
        return (questions, diagnostics)
    }

    /// Reads the responses. Free-text cells go to `scan` (identity numbers, contact details) and are only counted.
    static func responses(_ table: CSVTable, questions: [Question], scales: [String: [ScaleStep]], questionFile: String,
                          scan: (CSVCell, CSVTable) -> Void) -> (SurveyData?, [Diagnostic]) {
        var columns = ColumnTable(table, required: [])
        var diagnostics: [Diagnostic] = []
        let normalized = { (text: String) in text.trimmingSpaces().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var indexOf: [String: Int] = [:]
        for cell in table.header {
            if metadataColumns.contains(where: { ColumnTable.key($0) == ColumnTable.key(cell.text) }) {
                continue // never read: names and e-mail addresses do not belong in the model
            }
            if let question = questions.first(where: { normalized($0.text) == normalized(cell.text) }) {
                indexOf[question.code] = table.header.firstIndex(of: cell)
            } else {
                diagnostics.append(Diagnostic(severity: .warning, code: "INN045", message: "Kolonnen er ikke med i undersokelse-sporsmal.csv og blir ikke brukt.",
                                              location: table.location(of: cell), found: cell.text,
                                              expected: "en rad i undersokelse-sporsmal.csv med denne teksten i «spørsmål»"))
            }
        }
        for question in questions where indexOf[question.code] == nil {
            diagnostics.append(Diagnostic(code: "INN046", message: "Spørsmålet finnes ikke som kolonne i svarfilen.",
                                          location: SourceLocation(file: questionFile, line: question.line, column: 1), found: question.text,
                                          expected: "en kolonne i \(table.file) med nøyaktig denne overskriften"))
        }
        var responses: [SurveyResponse] = []
        var freeText = 0
        var years: [Int: Int] = [:]
        let completion = table.header.firstIndex { ["fullføringstidspunkt", "completion time"].map(ColumnTable.key).contains(ColumnTable.key($0.text)) }
        for record in table.records {
            var sector = "", role = ""
            var answers: [String: String] = [:]
            if let completion, completion < record.cells.count, let date = CellValues.date(record.cells[completion].trimmed) {
                years[date.year, default: 0] += 1
            }
            for question in questions {
                guard let index = indexOf[question.code], index < record.cells.count else { continue }
                let cell = record.cells[index]
                let answer = cell.trimmed
                switch question.kind {
                case .sector: sector = answer.isEmpty ? "Ikke oppgitt" : answer
                case .role: role = answer
                case .freeText:
                    scan(cell, table)
                    if !answer.isEmpty { freeText += 1 }
                case .statement:
                    guard !answer.isEmpty else { continue }
                    let steps = scales[question.scale ?? ""] ?? []
                    if steps.contains(where: { $0.label == answer }) {
                        answers[question.code] = answer
                    } else {
                        columns.report("INN047", "Ukjent svar på en påstand.", cell, record: record, found: answer,
                                       expected: "ett av svarene i skalaen «\(question.scale ?? "")»: " + steps.map { "«\($0.label)»" }.joined(separator: ", "))
                    }
                }
            }
            responses.append(SurveyResponse(sector: sector, role: role, answers: answers))
        }
        let items = questions.filter { $0.kind == .statement }.map { SurveyItem(code: $0.code, text: $0.text, theme: $0.theme, scale: $0.scale ?? "") }
        let year = years.max { $0.value < $1.value }?.key
        // A row of the export holds the respondent's name and e-mail: a diagnostic never quotes it.
        let quiet = (diagnostics + columns.diagnostics).map { diagnostic -> Diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location?.file == table.file { diagnostic.excerpt = nil }
            return diagnostic
        }
        return (SurveyData(items: items, scales: scales, responses: responses, freeTextAnswers: freeText, year: year), quiet)
    }
}
