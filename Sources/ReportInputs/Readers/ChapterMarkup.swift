import Foundation
import Markdown
import ReportModel
import SourceText

/// What a chapter text may hold besides Markdown, decided on the text itself so that the .md is as safe as
/// the .html: raw HTML becomes text (`<` written `&lt;`), a picture from the internet becomes a link to it,
/// and a picture from the project must be a file in `bilder/` with a description.
///
/// The parser decides what is HTML or a picture; the text is then changed line by line where it said, and
/// parsed again until nothing is left, so a change that missed (a tag inside what looked like code) is
/// caught, and a last pass changes every `<` and `![` on the lines still named. Every change keeps the
/// text's lines where they were, so later messages still point at the user's line.
enum ChapterMarkup {
    /// Passes of targeted changes before the last, blunt one.
    static let targetedPasses = 3

    struct Result {
        var lines: [String]
        var diagnostics: [Diagnostic]
        /// The project pictures the text shows (`bilder/kart.png`).
        var images: Set<String>
    }

    /// `lines` (the body, whose first line is `firstLine` of `file`) made safe, with a message for each
    /// change and each picture problem. `available` are the pictures in `bilder/`.
    static func clean(_ lines: [String], firstLine: Int, file: String, available: Set<String>) -> Result {
        // Without `<` or `![` the text can hold neither HTML nor a picture; most texts are left unparsed.
        guard lines.contains(where: { $0.contains("<") || $0.contains("![") }) else { return Result(lines: lines, diagnostics: [], images: []) }
        var result = Result(lines: lines, diagnostics: [], images: [])
        // The text as written is parsed once for both the picture checks and the first pass.
        var document = MarkdownParser.parse(lines.joined(separator: "\n"))
        checkImages(in: document, result: &result, firstLine: firstLine, file: file, available: available)
        for pass in 0...targetedPasses {
            if pass > 0 { document = MarkdownParser.parse(result.lines.joined(separator: "\n")) }
            let findings = Findings(document)
            guard !findings.isEmpty else { return result }
            if pass == 0 { report(findings, lines: result.lines, firstLine: firstLine, file: file, into: &result.diagnostics) }
            let blunt = pass == targetedPasses
            for line in findings.htmlLines where line < result.lines.count {
                result.lines[line] = MarkupEscaping.escapingTags(in: result.lines[line], everyLessThan: blunt)
            }
            for (line, destinations) in findings.remoteImageLines where line < result.lines.count {
                result.lines[line] = MarkupEscaping.unimaging(result.lines[line], destinations: blunt ? nil : destinations)
            }
        }
        // The parser's lines could not be trusted (a reference definition far from its use): every line goes.
        guard !Findings(MarkdownParser.parse(result.lines.joined(separator: "\n"))).isEmpty else { return result }
        for index in result.lines.indices {
            result.lines[index] = MarkupEscaping.unimaging(MarkupEscaping.escapingTags(in: result.lines[index], everyLessThan: true), destinations: nil)
        }
        return result
    }

    /// Raw HTML and remote pictures the parser found, by the 0-based line where each starts.
    struct Findings {
        var htmlLines: Set<Int> = []
        var firstHTML: [(line: Int, literal: String)] = []
        var remoteImageLines: [Int: [String]] = [:]

        init(_ document: Document) {
            let linked = ChapterMarkup.linkedNodes(document)
            for index in document.nodes.indices where linked[index] {
                let node = document.nodes[index]
                switch node.kind {
                case .htmlBlock:
                    let count = max(1, node.literal.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
                    let start = Int(node.line) - 1
                    for line in start..<(start + count) { htmlLines.insert(line) }
                    firstHTML.append((start, String(decoding: node.literal.prefix { $0 != 0x0A }, as: UTF8.self)))
                case .htmlInline:
                    htmlLines.insert(Int(node.line) - 1)
                    firstHTML.append((Int(node.line) - 1, String(decoding: node.literal.prefix { $0 != 0x0A }, as: UTF8.self)))
                case .image where ChapterMarkup.isRemote(node.destination):
                    remoteImageLines[Int(node.line) - 1, default: []].append(String(decoding: node.destination, as: UTF8.self))
                default:
                    break
                }
            }
        }

        var isEmpty: Bool { htmlLines.isEmpty && remoteImageLines.isEmpty }
    }

    /// One warning per line with HTML and one per remote picture, at the line and the column where it starts.
    static func report(_ findings: Findings, lines: [String], firstLine: Int, file: String, into diagnostics: inout [Diagnostic]) {
        var reported: Set<Int> = []
        for (line, literal) in findings.firstHTML.sorted(by: { $0.line < $1.line }) where reported.insert(line).inserted {
            let column = line < lines.count ? column(of: literal, in: lines[line]) : 1
            diagnostics.append(InputMessage.rawHTMLShownAsText(literal).diagnostic(file: file, line: firstLine + line, column: column))
        }
        for (line, destinations) in findings.remoteImageLines.sorted(by: { $0.key < $1.key }) {
            for destination in destinations {
                let column = line < lines.count ? column(of: destination, in: lines[line]) : 1
                diagnostics.append(InputMessage.remoteImage(destination).diagnostic(file: file, line: firstLine + line, column: column))
            }
        }
    }

    /// Pictures from the project: in `bilder/`, with a description.
    static func checkImages(in document: Document, result: inout Result, firstLine: Int, file: String, available: Set<String>) {
        let linked = linkedNodes(document)
        for index in document.nodes.indices where document.nodes[index].kind == .image && linked[index] {
            let node = document.nodes[index]
            guard !isRemote(node.destination) else { continue }
            let written = String(decoding: node.destination, as: UTF8.self)
            let path = EmbeddedImage.key(forDestination: written)
            let line = Int(node.line) - 1
            let column = line < result.lines.count ? column(of: written, in: result.lines[line]) : 1
            if document.plainText(of: NodeID(index)).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                result.diagnostics.append(InputMessage.imageWithoutDescription(written).diagnostic(file: file, line: firstLine + line, column: column))
            }
            if available.contains(path) {
                result.images.insert(path)
            } else {
                result.diagnostics.append(InputMessage.imageNotFound(written, available: available.sorted())
                    .diagnostic(file: file, line: firstLine + line, column: column))
            }
        }
    }

    /// True for a destination outside the project: with a scheme (`https:`, `data:`), from the root (`/`), or
    /// from another host (`//`), or one that climbs out of it (`..`).
    static func isRemote(_ destination: [UInt8]) -> Bool {
        let text = String(decoding: destination, as: UTF8.self)
        if text.hasPrefix("/") || text.hasPrefix("\\") || text.contains("..") { return true }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// Which nodes are in the tree (the parser leaves merged and removed ones in its arena), in one walk
    /// from the root: asking each node for its ancestors would cost the depth per node, and a text may nest
    /// thousands of block quotes.
    static func linkedNodes(_ document: Document) -> [Bool] {
        var linked = Array(repeating: false, count: document.nodes.count)
        guard !linked.isEmpty else { return linked }
        var pending: [NodeID] = [Document.root]
        while let node = pending.popLast() {
            guard node >= 0, Int(node) < linked.count, !linked[Int(node)] else { continue }
            linked[Int(node)] = true
            var child = document[node].firstChild
            while child >= 0 {
                pending.append(child)
                child = document[child].next
            }
        }
        return linked
    }

    /// The 1-based column (in characters) where `text` starts in `line`, or 1.
    static func column(of text: String, in line: String) -> Int {
        guard !text.isEmpty, let range = line.range(of: text) else { return 1 }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 1
    }
}
