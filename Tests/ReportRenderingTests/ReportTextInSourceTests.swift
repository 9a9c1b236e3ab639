import Foundation
import Testing

/// Report text lives in the phrasebook (`Sources/ReportModel/Language/`) and in the registries' names
/// (`Sources/ReportModel/Registry/`), each phrase in both written forms. Anywhere else in `ReportModel` and
/// `ReportRendering`, a Norwegian string literal is report text that a nynorsk report would print in bokmål.
@Suite struct ReportTextInSourceTests {
    static let phrasebookFolders = ["Sources/ReportModel/Language/", "Sources/ReportModel/Registry/"]
    static let scannedFolders = ["Sources/ReportModel", "Sources/ReportRendering"]

    /// Words of report prose that code strings (template keys, CSS classes, block names) do not use.
    static let norwegianWords: Set<String> = [
        "og", "ikke", "ikkje", "er", "det", "som", "til", "fra", "frå", "med", "av", "på", "ble", "vart", "blir", "kan",
        "mangler", "manglar", "tallet", "tallene", "talet", "tala", "antall", "andel", "andelen", "barn", "barna",
        "prosent", "kroner", "landet", "vis", "vises", "enige", "samde", "svar", "sektor", "indikator", "alle", "andre",
        "opp", "ned", "uendret", "uendra", "snittet", "ligger", "ligg", "fordi", "eller", "hvor", "kor",
        "kategori", "ledere", "leiarar", "saksbehandlere", "saksbehandlarar", "tjenesten", "tenesta", "landsgjennomsnittet",
    ]

    /// A Norwegian string literal outside the phrasebook: file, line and the literal.
    struct Finding: CustomStringConvertible, Equatable {
        var file: String
        var line: Int
        var literal: String
        var description: String { "\(file):\(line): «\(literal)»" }
    }

    static func sourceFiles() -> [String] {
        var files: [String] = []
        for folder in scannedFolders {
            let base = Repository.root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "swift" {
                let relative = String(url.standardizedFileURL.path.dropFirst(Repository.root.standardizedFileURL.path.count + 1))
                if !phrasebookFolders.contains(where: { relative.hasPrefix($0) }) { files.append(relative) }
            }
        }
        return files.sorted()
    }

    /// True when the literal's text (HTML tags left out) has a Norwegian letter or a word of Norwegian prose.
    static func isNorwegian(_ literal: String) -> Bool {
        let text = literal.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        if text.contains(where: { "æøåÆØÅ".contains($0) }) { return true }
        let words = text.lowercased().split { !$0.isLetter }
        return words.contains { norwegianWords.contains(String($0)) }
    }

    static func findings(in file: String, source: String) -> [Finding] {
        SwiftLiterals.scan(source).filter { literal in
            !literal.isKey && !literal.isRawValue && !literal.isBlockName && !literal.text.contains("|") && isNorwegian(literal.text)
        }.map { Finding(file: file, line: $0.line, literal: $0.text) }
    }

    @Test func noNorwegianReportTextInSwiftOutsideThePhrasebook() throws {
        let files = Self.sourceFiles()
        #expect(files.count > 20, "found only \(files.count) files under \(Self.scannedFolders)")
        var all: [Finding] = []
        for file in files {
            let source = try String(contentsOf: Repository.root.appendingPathComponent(file), encoding: .utf8)
            all += Self.findings(in: file, source: source)
        }
        #expect(all.isEmpty, "report text belongs in the phrasebook (Sources/ReportModel/Language/):\n\(all.map(\.description).joined(separator: "\n"))")
    }

    /// The footnote back-link label main added in HTMLPage as a literal is found (it now comes from the phrasebook).
    @Test func theScanFindsALabelHandedToTheHTMLWriter() {
        let source = #"""
        options.footnoteBackLabel = "Tilbake til henvisningen"
        chapterOptions.footnoteIDPrefix = "kapittel-\(chapter.id)-"
        """#
        #expect(Self.findings(in: "HTMLPage.swift", source: source).map(\.literal) == ["Tilbake til henvisningen"])
    }

    /// The scanner itself: what it finds and what it leaves alone.
    @Test func theScanFindsReportTextAndLeavesCodeStringsAlone() {
        let source = #"""
        // «mangler» in a comment is not text
        let a = "Tallet for \(year) mangler"
        let b = ["nøkkeltall": .null, "tittel": .string(x)]
        case leader = "leder"
        let c = "<td class=\"tall skjult\">" + e(text) + "</td>"
        let d = "<summary>Vis tallene i diagrammet</summary>"
        blocks.add(.table(t), name: "tilstand-tabell")
        let key = "avvik|\(year)|til sammen"
        let e = """
            Ingen tall å vise
            """
        let f = "side.html.mustache"
        members["nøkkeltall"] = x
        let g = "medvirkning|\(year)|\(row ?? "til sammen")|\(column)"
        """#
        let found = Self.findings(in: "x.swift", source: source).map(\.literal)
        #expect(found == ["Tallet for ", " mangler", "<summary>Vis tallene i diagrammet</summary>", "    Ingen tall å vise\n    "])
    }
}

/// The string literals of a Swift source, found without a full parser: comments are skipped, interpolations
/// split a literal into its text parts (each scanned for nested literals), and `"""` literals are one part.
enum SwiftLiterals {
    struct Literal {
        var text: String
        var line: Int
        /// A dictionary key, a subscript key or a `case "x":` label (a template or member name), or a part of an
        /// internal key written with `|` (`"avvik|\(year)|til sammen"`), not text.
        var isKey = false
        /// An enum case's raw value (`case leader = "leder"`): input vocabulary, not text.
        var isRawValue = false
        /// A report block's name (`name: "tilstand-tabell"`).
        var isBlockName = false
    }

    static func scan(_ source: String) -> [Literal] {
        let chars = Array(source)
        var literals: [Literal] = []
        var index = 0
        var line = 1
        // One entry per open `\(`: parentheses opened inside it, whether its literal is a `"""` one, and whether
        // that literal is an internal key (has a `|` before the interpolation).
        var interpolations: [(depth: Int, multiline: Bool, key: Bool)] = []
        var partOfKey = false
        var inString = false
        var multiline = false
        var start = 0
        var startLine = 1
        var current = ""
        func finish(at end: Int) {
            guard !current.isEmpty else { return }
            var literal = Literal(text: current, line: startLine)
            var after = end
            while after < chars.count, chars[after] == " " { after += 1 }
            var before = start - 1
            while before >= 0, chars[before] == " " { before -= 1 }
            let subscripted = before >= 0 && chars[before] == "[" && after < chars.count && chars[after] == "]"
            literal.isKey = (after < chars.count && chars[after] == ":") || subscripted || partOfKey || interpolations.contains { $0.key }
            let preceding = String(chars[max(0, start - 40)..<max(0, start)])
            literal.isRawValue = preceding.range(of: #"case\s+\w+\s*=\s*$"#, options: .regularExpression) != nil
            literal.isBlockName = preceding.range(of: #"name:\s*$"#, options: .regularExpression) != nil
            literals.append(literal)
            current = ""
        }
        while index < chars.count {
            let char = chars[index]
            if char == "\n" { line += 1 }
            if inString {
                if char == "\\", index + 1 < chars.count {
                    if chars[index + 1] == "(" {
                        let isKey = partOfKey || current.contains("|")
                        finish(at: index)
                        interpolations.append((0, multiline, isKey))
                        partOfKey = false
                        inString = false
                        index += 2
                        continue
                    }
                    current.append(char)
                    current.append(chars[index + 1])
                    index += 2
                    continue
                }
                let closes = multiline ? index + 2 < chars.count && chars[index] == "\"" && chars[index + 1] == "\"" && chars[index + 2] == "\""
                                       : char == "\""
                if closes {
                    finish(at: index + (multiline ? 3 : 1))
                    partOfKey = false
                    inString = false
                    index += multiline ? 3 : 1
                    continue
                }
                current.append(char)
                index += 1
                continue
            }
            if char == "/", index + 1 < chars.count, chars[index + 1] == "/" {
                while index < chars.count, chars[index] != "\n" { index += 1 }
                continue
            }
            if char == "/", index + 1 < chars.count, chars[index + 1] == "*" {
                index += 2
                while index + 1 < chars.count, !(chars[index] == "*" && chars[index + 1] == "/") {
                    if chars[index] == "\n" { line += 1 }
                    index += 1
                }
                index += 2
                continue
            }
            if !interpolations.isEmpty {
                if char == "(" { interpolations[interpolations.count - 1].depth += 1 }
                if char == ")" {
                    if interpolations[interpolations.count - 1].depth == 0 {
                        let closed = interpolations.removeLast()
                        multiline = closed.multiline
                        partOfKey = closed.key
                        // Back inside the enclosing literal.
                        inString = true
                        start = index + 1
                        startLine = line
                        index += 1
                        continue
                    }
                    interpolations[interpolations.count - 1].depth -= 1
                }
            }
            if char == "\"" {
                multiline = index + 2 < chars.count && chars[index + 1] == "\"" && chars[index + 2] == "\""
                // Raw strings (#"…"#) hold no report text in these modules; they are read like plain ones.
                inString = true
                index += multiline ? 3 : 1
                if multiline, index < chars.count, chars[index] == "\n" { index += 1; line += 1 }
                start = index - (multiline ? 4 : 1)
                startLine = line
                continue
            }
            index += 1
        }
        return literals
    }
}
