import ReportModel
import SourceText

/// What `init` hands out for the leader to replace: guidance in each chapter text and placeholders in the
/// settings (`init`), or the fictional sample municipality (`init --eksempel`).
public struct StarterText: Sendable {
    /// Every guidance line of every chapter text `init` writes, normalised (see `normalise`).
    public var guidance: Set<String>
    /// Placeholder values by settings key, as `init` writes them (`kommune` → `[kommunens navn]`).
    public var placeholders: [String: String]

    /// The sample municipality's own names: its places and its people (`SampleData/`). A test keeps the
    /// list in step with the sample.
    public static let sampleNames = ["Fjordvik", "Sjøvik", "Vestfjord", "Kari Aasland Nygård", "Espen Lie Strand", "Marte Vik Sunde", "Rune Bakketun"]

    /// Creates the starter text from explicit parts.
    public init(guidance: Set<String>, placeholders: [String: String]) {
        self.guidance = guidance
        self.placeholders = placeholders
    }

    /// Reads the guidance and placeholders from the empty project's files (path relative to the project → text).
    public init(newProject files: [String: String]) {
        var guidance = Set<String>()
        var placeholders: [String: String] = [:]
        for (path, text) in files {
            let lines = StarterTextRule.lines(text)
            if path == "tilstandsrapport.txt" {
                for entry in KeyValueLines(lines, file: path).entries
                where StarterTextRule.isPlaceholder(entry.value) || (!entry.value.isEmpty && entry.value.allSatisfy { $0 == "0" }) {
                    placeholders[entry.key] = entry.value
                }
            } else if path.hasPrefix("tekster/"), path.hasSuffix(".md") {
                let end = lines.dropFirst().firstIndex { String($0).trimmingSpaces() == "---" } ?? 0
                for line in lines[(end + 1)...] {
                    let normalised = StarterTextRule.normalise(line)
                    if normalised.count >= StarterTextRule.shortestGuidance { guidance.insert(normalised) }
                }
            }
        }
        self.init(guidance: guidance, placeholders: placeholders)
    }
}

/// Finds what is left of the starter text in a project: guidance, placeholders, the sample municipality's
/// names, and texts written about another municipality than the one in the settings. Each is a warning at
/// its line; a chapter text with any of it keeps the report a draft (`ChapterText.draftReasons`).
enum StarterTextRule {
    /// Guidance lines shorter than this are headings or blank, too common to recognise.
    static let shortestGuidance = 30

    /// Words that start a sentence before «kommune» without naming one («Denne kommune», «Hver kommune»).
    static let notNames: Set<String> = ["Denne", "Dette", "Den", "Det", "Hver", "Enhver", "En", "Ei", "Ett", "Vår", "Vår egen", "Egen", "Hele",
                                        "Samme", "Annen", "Hvilken", "Hvilke", "Alle", "Ingen", "Hjemme", "Min", "Din", "Deres", "Som", "I", "På",
                                        "For", "Fra", "Til", "Med", "Og", "Eller", "Men", "Når", "Hvis", "Ny", "Nye", "Stor", "Liten"]

    /// Checks `texts` (their raw files in `raw`, by chapter id) and the settings file; adds draft reasons to `texts`.
    static func check(_ texts: inout [String: ChapterText], raw: [String: String], settings: ReportSettings?,
                      settingsText: String?, starter: StarterText) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let settingsFile = "tilstandsrapport.txt"
        var ownIsPlaceholder = false
        // The sample project says so itself (`eksempel: ja`): one warning, and its own names are no leftovers,
        // as long as it is still the sample municipality (a renamed sample must hear about every old name).
        let isSample = (settings?.isSample ?? false) && sampleNames(in: settings?.municipality ?? "").contains(StarterText.sampleNames[0])
        if let settingsText {
            for entry in KeyValueLines(lines(settingsText), file: settingsFile).entries {
                if isSample, ColumnTable.key(entry.key) == "eksempel" {
                    diagnostics.append(InputMessage.sampleProject(municipality: settings?.municipality ?? "")
                        .diagnostic(file: settingsFile, line: entry.line, column: entry.valueColumn, excerpt: entry.source))
                } else if isPlaceholder(entry.value) || starter.placeholders[entry.key] == entry.value {
                    if entry.key == "kommune" { ownIsPlaceholder = true }
                    diagnostics.append(InputMessage.placeholderSetting(key: entry.key, value: entry.value)
                        .diagnostic(file: settingsFile, line: entry.line, column: entry.valueColumn, excerpt: entry.source))
                } else if !isSample, case let names = sampleNames(in: entry.value), let first = names.first {
                    diagnostics.append(sampleNameWarning(names, file: settingsFile, line: entry.line,
                                                         column: entry.valueColumn + (column(of: first, in: entry.value) ?? 1) - 1, excerpt: entry.source))
                }
            }
        }
        let own = settings.map { ownName($0.municipality) } ?? ""
        let ownMentioned = own.isEmpty || ownIsPlaceholder || raw.values.contains { containsWord(own, in: $0) }
        for id in texts.keys.sorted() {
            guard var text = texts[id], let source = raw[id] else { continue }
            diagnostics += check(&text, source: source, starter: starter, own: ownMentioned ? nil : own,
                                 ownFull: settings?.municipality ?? "", sampleNamesMatter: !isSample)
            texts[id] = text
        }
        return diagnostics
    }

    /// What one text holds of the starter text, by line (1-based).
    struct Findings {
        var guidanceLines: [Int] = []
        /// The first line of the body that is not guidance.
        var ownTextLine: Int?
        var sample: (names: [String], line: Int, column: Int)?
        var other: (name: String, line: Int, column: Int)?
    }

    /// Reads every line once: guidance and own text in the body, sample names and other municipalities anywhere.
    static func scan(_ lines: [Substring], bodyStart: Int, starter: StarterText, own: String?) -> Findings {
        var found = Findings()
        // The long guidance lines and their lengths, worked out once per text rather than once per line.
        let long = starter.guidance.compactMap { line -> (String, Int)? in
            let count = line.count
            return count >= 40 ? (line, count) : nil
        }
        for (index, rawLine) in lines.enumerated() {
            let line = String(rawLine)
            if index >= bodyStart {
                let normalised = normalise(rawLine)
                if isGuidance(normalised, starter.guidance, long: long) { found.guidanceLines.append(index + 1) }
                else if !normalised.isEmpty, found.ownTextLine == nil { found.ownTextLine = index + 1 }
            }
            for name in sampleNames(in: line) where !(found.sample?.names.contains(name) ?? false) {
                if found.sample == nil { found.sample = ([name], index + 1, column(of: name, in: line) ?? 1) } else { found.sample?.names.append(name) }
            }
            if found.other == nil, let own, let mention = otherMunicipality(in: line, own: own) { found.other = (mention.name, index + 1, mention.column) }
        }
        return found
    }

    /// One chapter text: at most one warning of each kind, at the first line it concerns.
    private static func check(_ text: inout ChapterText, source: String, starter: StarterText, own: String?, ownFull: String,
                              sampleNamesMatter: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let lines = lines(source)
        let found = scan(lines, bodyStart: max(0, text.bodyLine - 1), starter: starter, own: own)
        let (guidanceLines, ownTextLine, sample, other) = (found.guidanceLines, found.ownTextLine, found.sample, found.other)
        let excerpt = { (line: Int) in lines.indices.contains(line - 1) ? String(lines[line - 1]) : nil }
        if text.status == .notStarted {
            // Its body is not printed; say so when someone has begun writing under the guidance.
            if let line = ownTextLine {
                diagnostics.append(InputMessage.textUnderNotStarted.diagnostic(file: text.file, line: line, excerpt: excerpt(line)))
            }
            return diagnostics
        }
        if let first = guidanceLines.first {
            text.draftReasons.append(.guidanceLeft)
            diagnostics.append(InputMessage.guidanceLeft(lines: guidanceLines).diagnostic(file: text.file, line: first, excerpt: excerpt(first)))
        }
        if let sample, sampleNamesMatter {
            text.draftReasons.append(.sampleNames)
            diagnostics.append(sampleNameWarning(sample.names, file: text.file, line: sample.line, column: sample.column, excerpt: excerpt(sample.line)))
        }
        if let other {
            text.draftReasons.append(.otherMunicipality(mentioned: other.name, own: ownFull))
            diagnostics.append(InputMessage.otherMunicipality(mentioned: other.name, own: ownFull)
                .diagnostic(file: text.file, line: other.line, column: other.column, excerpt: excerpt(other.line)))
        }
        return diagnostics
    }

    private static func sampleNameWarning(_ names: [String], file: String, line: Int, column: Int, excerpt: String?) -> Diagnostic {
        InputMessage.sampleNamesLeft(names: names, inChapterText: file.hasPrefix("tekster/"))
            .diagnostic(file: file, line: line, column: column, excerpt: excerpt)
    }

    // MARK: Text helpers

    static func lines(_ text: String) -> [Substring] {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    }

    /// Trimmed, with every run of spaces and tabs as one space.
    static func normalise(_ line: Substring) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// `long`: the guidance lines of 40 characters or more with their lengths, which a line may hold within other text.
    static func isGuidance(_ line: String, _ guidance: Set<String>, long: [(String, Int)]) -> Bool {
        let length = line.count
        guard length >= shortestGuidance else { return false }
        if guidance.contains(line) { return true }
        // A line holds a guidance line only if it is at least as long (in characters, as canonically equal text is).
        return long.contains { guidance, count in count <= length && mayContain(line, guidance) && line.contains(guidance) }
    }

    /// False when `text` cannot hold `part` in any canonically equal form: the ASCII letters `part` begins with are
    /// bytes no normalisation changes, so they must be in `text`. A cheap test before Foundation's search, which
    /// copies the whole line for every word it looks for.
    static func mayContain(_ text: String, _ part: String) -> Bool {
        let prefix = Array(part.utf8.prefix { $0 < 0x80 }.prefix(16))
        // A combining mark after the last of them would make it part of another character: leave that one out.
        let anchor = prefix.dropLast()
        guard anchor.count >= 3 else { return true }
        // The line's own bytes where it has them (a native string does), not a copy per word looked for.
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= anchor.count, let first = anchor.first else { return false }
            var index = 0
            let last = bytes.count - anchor.count
            while index <= last {
                if bytes[index] == first, bytes[index..<(index + anchor.count)].elementsEqual(anchor) { return true }
                index += 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(search) ?? Array(text.utf8).withUnsafeBufferPointer(search)
    }

    static func isPlaceholder(_ value: String) -> Bool {
        value.count >= 3 && value.hasPrefix("[") && value.hasSuffix("]")
    }

    /// «Fjordvik kommune» → «Fjordvik»; «Indre Østfold» stays.
    static func ownName(_ municipality: String) -> String {
        var name = municipality.trimmingSpaces()
        for suffix in [" kommune", " herad", " Kommune"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        return name.trimmingSpaces()
    }

    /// The sample's names in `line`, in the order of the list.
    static func sampleNames(in line: String) -> [String] {
        StarterText.sampleNames.filter { containsWord($0, in: line) }
    }

    /// True when `word` occurs in `text` with no letter right before or after it (a genitive -s allowed).
    static func containsWord(_ word: String, in text: String) -> Bool {
        column(of: word, in: text) != nil
    }

    /// The 1-based column (in characters) of `word` as a whole word in `line`, or nil.
    static func column(of word: String, in line: String) -> Int? {
        guard !word.isEmpty else { return nil }
        var searchStart = line.startIndex
        guard mayContain(line, word) else { return nil }
        while let range = line.range(of: word, range: searchStart..<line.endIndex) {
            let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : nil
            var after = range.upperBound < line.endIndex ? line[range.upperBound] : nil
            if after == "s", line.index(after: range.upperBound) < line.endIndex { after = line[line.index(after: range.upperBound)] }
            else if after == "s" { after = nil }
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) {
                return line.distance(from: line.startIndex, to: range.lowerBound) + 1
            }
            searchStart = range.upperBound
        }
        return nil
    }

    /// The first «X kommune» in `line` whose X is a name other than `own`.
    static func otherMunicipality(in line: String, own: String) -> (name: String, column: Int)? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        for index in words.indices.dropFirst() {
            let word = words[index].strippingCharacters(",.;:!?»«()\"")
            guard word == "kommune" || word == "kommunes" else { continue }
            let previous = String(words[index - 1])
            guard let first = previous.first, first.isUppercase, previous.allSatisfy({ $0.isLetter || $0 == "-" }),
                  !notNames.contains(previous) else { continue }
            var name = previous
            if index >= 2, let earlier = words[index - 2].first, earlier.isUppercase, words[index - 2].allSatisfy({ $0.isLetter || $0 == "-" }),
               !notNames.contains(String(words[index - 2])) {
                name = words[index - 2] + " " + previous
            }
            if name == own || own.hasSuffix(" " + name) || name.hasSuffix(" " + own) { continue }
            guard let column = column(of: name, in: line) else { continue }
            return (name, column)
        }
        return nil
    }
}

extension Substring {
    fileprivate func strippingCharacters(_ characters: String) -> String {
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
