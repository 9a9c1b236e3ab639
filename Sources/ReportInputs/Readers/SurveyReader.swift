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

    static func scales(_ table: CSVTable) -> (scales: [String: [ScaleStep]], diagnostics: [Diagnostic]) {
        var columns = ColumnTable(table, required: ["skala", "svar", "verdi"])
        guard columns.isComplete else { return ([:], columns.diagnostics) }
        var scales: [String: [ScaleStep]] = [:]
        var firstLines: [String: Int] = [:]
        for record in table.records {
            guard let scale = columns.requiredText(record, "skala", .scale),
                  let label = columns.requiredText(record, "svar", .answer) else { continue }
            let value = columns.number(record, "verdi", .score, .scaleValue)
            if let first = firstLines["\(scale)|\(label)"] {
                columns.report(.duplicateRow(key: .scaleAnswer(scale: scale), value: label, firstLine: first), columns.cell(record, "svar"), record: record)
                continue
            }
            firstLines["\(scale)|\(label)"] = record.line
            scales[scale, default: []].append(ScaleStep(label: label, value: value))
        }
        return (scales, columns.diagnostics)
    }

    /// The questions that could be read, and the texts of every question row (read or not), so that a column whose
    /// row had an error is not also reported as missing from the question file.
    static func questions(_ table: CSVTable, scales: [String: [ScaleStep]]) -> (questions: [Question], diagnostics: [Diagnostic], named: Set<String>) {
        var columns = ColumnTable(table, required: ["spørsmål", "type", "kode"], optional: ["tema", "skala"])
        guard columns.isComplete else { return ([], columns.diagnostics, []) }
        let kinds: [(String, ColumnKind)] = [("sektor", .sector), ("rolle", .role), ("påstand", .statement), ("fritekst", .freeText)]
        var questions: [Question] = []
        var named = Set<String>()
        var codeLines: [String: Int] = [:]
        let scaleNames = scales.keys.sorted()
        for record in table.records {
            if let text = columns.text(record, "spørsmål") { named.insert(normalized(text)) }
            guard let text = columns.requiredText(record, "spørsmål", .questionText),
                  let kind = columns.choice(record, "type", kinds, .questionType),
                  let code = columns.requiredText(record, "kode", .questionCode) else { continue }
            let scale = columns.text(record, "skala")
            if kind == .statement {
                guard let scale else {
                    columns.report(.statementWithoutScale(scales: scaleNames), columns.cell(record, "skala"), record: record)
                    continue
                }
                if scales[scale] == nil {
                    columns.report(.unknownScale(scale, scales: scaleNames), columns.cell(record, "skala"), record: record)
                    continue
                }
            }
            if let first = codeLines[code] {
                columns.report(.duplicateRow(key: .questionCode, value: code, firstLine: first), columns.cell(record, "kode"), record: record)
                continue
            }
            codeLines[code] = record.line
            questions.append(Question(text: text, kind: kind, code: code, theme: columns.text(record, "tema") ?? "Annet", scale: scale, line: record.line))
        }
        var diagnostics = columns.diagnostics
        if !questions.contains(where: { $0.kind == .sector }) {
            diagnostics.append(InputMessage.noSectorQuestion.diagnostic(file: table.file))
        }
        return (questions, diagnostics, named)
    }

    /// A header or question text compared without extra spaces.
    static func normalized(_ text: String) -> String {
        text.trimmingSpaces().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Reads the responses. Free-text cells go to `scan` (contact details) and are only counted.
    static func responses(_ table: CSVTable, questions: [Question], named: Set<String>, scales: [String: [ScaleStep]], questionFile: String,
                          scan: (CSVCell) -> Void) -> (survey: SurveyData?, diagnostics: [Diagnostic]) {
        var columns = ColumnTable(table, required: [])
        var diagnostics: [Diagnostic] = []
        var indexOf: [String: Int] = [:]
        let byText = Dictionary(questions.map { (normalized($0.text), $0) }, uniquingKeysWith: { first, _ in first })
        for (index, cell) in table.header.enumerated() {
            if metadataColumns.contains(where: { ColumnTable.key($0) == ColumnTable.key(cell.text) }) {
                continue // never read: names and e-mail addresses do not belong in the model
            }
            let text = normalized(cell.text)
            if let question = byText[text] {
                if indexOf[question.code] == nil { indexOf[question.code] = index }
            } else if !named.contains(text) {
                diagnostics.append(InputMessage.unusedSurveyColumn(cell.text).diagnostic(at: table.location(of: cell)))
            }
        }
        for question in questions where indexOf[question.code] == nil {
            diagnostics.append(InputMessage.questionNotInAnswers(question: question.text, answerFile: table.file).diagnostic(file: questionFile, line: question.line))
        }
        var responses: [SurveyResponse] = []
        responses.reserveCapacity(table.records.count)
        var freeText = 0
        var years: [Int: Int] = [:]
        let completion = table.header.firstIndex { ["fullføringstidspunkt", "completion time"].map(ColumnTable.key).contains(ColumnTable.key($0.text)) }
        let columnsOf = questions.compactMap { question in indexOf[question.code].map { (question, $0) } }
        for record in table.records {
            var sector = "", role = ""
            var answers: [String: String] = [:]
            if let completion, completion < record.cells.count, let date = CellValues.date(record.cells[completion].trimmed) {
                years[date.year, default: 0] += 1
            }
            for (question, index) in columnsOf where index < record.cells.count {
                let cell = record.cells[index]
                let answer = cell.trimmed
                switch question.kind {
                case .sector: sector = answer.isEmpty ? "Ikke oppgitt" : answer
                case .role: role = answer
                case .freeText:
                    scan(cell)
                    if !answer.isEmpty { freeText += 1 }
                case .statement:
                    guard !answer.isEmpty else { continue }
                    let steps = scales[question.scale ?? ""] ?? []
                    if steps.contains(where: { $0.label == answer }) {
                        answers[question.code] = answer
                    } else {
                        columns.report(.unknownAnswer(answer, scale: question.scale ?? "", labels: steps.map(\.label)), cell, record: record)
                    }
                }
            }
            responses.append(SurveyResponse(sector: sector, role: role, answers: answers))
        }
        let items = questions.filter { $0.kind == .statement }.map { SurveyItem(code: $0.code, text: $0.text, theme: $0.theme, scale: $0.scale ?? "") }
        let year = years.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        // A row of the export holds the respondent's name and e-mail: a diagnostic never quotes it.
        let quiet = (diagnostics + columns.diagnostics).map { diagnostic -> Diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location?.file == table.file { diagnostic.excerpt = nil }
            return diagnostic
        }
        return (SurveyData(items: items, scales: scales, responses: responses, freeTextAnswers: freeText, year: year), quiet)
    }
}
