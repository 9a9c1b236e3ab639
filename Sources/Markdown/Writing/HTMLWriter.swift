import Escaping

/// A fenced code block handed to a caller-supplied renderer (for example ```` ```chart ````).
public struct FencedBlock: Sendable {
    /// The info string's first word, e.g. `chart`.
    public let name: String
    /// The whole info string.
    public let info: String
    /// The block's text.
    public let text: String
    /// Where the block starts in the source.
    public let line: Int
    public let column: Int
}

/// Options for HTML output.
public struct HTMLOptions: Sendable {
    /// Safe mode (the default, for all user text): raw HTML is shown as text, and destinations with
    /// `javascript:`, `vbscript:`, `file:` or non-image `data:` are dropped. Turn off for trusted input only.
    public var safe: Bool
    /// Give every heading a unique `id` (a readable slug).
    public var headingIDs: Bool
    /// Renderers for fenced blocks by info-string name; each returns trusted HTML.
    public var fencedBlockRenderers: [String: @Sendable (FencedBlock) -> String]
    /// Column alignment as `class="align-right"` instead of the obsolete `align` attribute, and
    /// `scope="col"` on header cells: for pages that must validate as current HTML.
    public var tableClasses = false
    /// Trusted markup written around every table (for example a scrolling box), or nil.
    public var tableWrapper: (before: String, after: String)? = nil
    /// Put before footnote ids (`fn-1`, `fnref-1`), so that several documents on one page keep them unique.
    public var footnoteIDPrefix = ""
    /// The accessible name of a footnote's link back to its reference, followed by the number
    /// (cmark-gfm writes `Back to reference 1`).
    public var footnoteBackLabel = "Back to reference"
    /// Decides every image: the `src` to write (for example an embedded `data:` URI), or nil to write the
    /// image as a link to its destination (its description as the link text), so that nothing is fetched.
    /// Nil (the default): images are written with their own destination, as cmark-gfm does.
    public var imageSource: (@Sendable ([UInt8]) -> String?)? = nil
    /// Wrap text that contains right-to-left script in `<bdi>`, so that a name in Hebrew or Arabic
    /// cannot reorder the figures and words around it.
    public var isolateRightToLeftText = false

    /// Creates options.
    public init(safe: Bool = true, headingIDs: Bool = false, fencedBlockRenderers: [String: @Sendable (FencedBlock) -> String] = [:]) {
        self.safe = safe
        self.headingIDs = headingIDs
        self.fencedBlockRenderers = fencedBlockRenderers
    }

    /// CommonMark's reference behaviour: raw HTML passed through, no ids.
    public static let unsafe = HTMLOptions(safe: false)
}

/// Writes a document as HTML in cmark's style, walking the tree with enter and exit events (no recursion).
public struct HTMLWriter: Sendable {
    public let options: HTMLOptions

    /// Creates a writer.
    public init(options: HTMLOptions = HTMLOptions()) {
        self.options = options
    }

    /// Renders `document`.
    public func render(_ document: Document) -> String {
        var state = WriterState(document: document, options: options)
        state.run()
        return String(decoding: state.out, as: UTF8.self)
    }

    /// Renders `document` as UTF-8 bytes, for writing straight to a file or pipe (no `String` in between).
    public func renderUTF8(_ document: Document) -> [UInt8] {
        var state = WriterState(document: document, options: options)
        state.run()
        return state.out
    }

    /// Renders `document` with the given heading ids (from `Document.tableOfContents(using:)`), so that
    /// several documents on one page share one set of unique ids.
    public func render(_ document: Document, headingIDs: [NodeID: String]) -> String {
        var state = WriterState(document: document, options: options)
        state.headingIDs = headingIDs
        state.run()
        return String(decoding: state.out, as: UTF8.self)
    }
}

private struct WriterState {
    let document: Document
    let options: HTMLOptions
    var out: [UInt8] = []
    /// While inside an image, only plain text is written (its alt text); this is the image.
    var plainUntil: NodeID = -1
    /// Links whose destination was dropped in safe mode: their text is written without `<a>`.
    var droppedLinks: Set<NodeID> = []
    /// Images written as links (see `HTMLOptions.imageSource`).
    var imagesAsLinks: Set<NodeID> = []
    var headingIDs: [NodeID: String] = [:]
    var openBody = false
    /// Footnote definitions written so far, and whether the current one has its back-links yet.
    var footnotesWritten = 0
    var backLinksWritten = true

    init(document: Document, options: HTMLOptions) {
        self.document = document
        self.options = options
        out.reserveCapacity(document.nodeCount * 16)
        if options.headingIDs {
            var slugger = HeadingSlugger()
            for id in document.headingsInOrder() { headingIDs[id] = slugger.uniqueSlug(document.plainText(of: id)) }
        }
    }

    mutating func put(_ text: String) { out.append(contentsOf: text.utf8) }

    mutating func cr() {
        if let last = out.last, last != 0x0A { out.append(0x0A) }
    }

    mutating func run() {
        var node = Document.root
        var entering = true
        while true {
            if entering {
                let descend = enter(node)
                if descend, document.records[node].firstChild >= 0 {
                    node = document.records[node].firstChild
                    continue
                }
            }
            exit(node)
            if node == Document.root { break }
            if document.records[node].next >= 0 {
                node = document.records[node].next
                entering = true
            } else {
                node = document.records[node].parent
                entering = false
            }
        }
    }

    private func isTightParagraph(_ node: NodeID) -> Bool {
        let parent = document.records[node].parent
        guard parent >= 0, document.records[parent].kind == .item else { return false }
        let list = document.records[parent].parent
        return list >= 0 && document.records[list].tight
    }

    /// Writes the opening part; returns whether to visit the children.
    private mutating func enter(_ node: NodeID) -> Bool {
        let data = document.records[node]
        if plainUntil >= 0 {
            switch data.kind {
            case .text, .code, .htmlInline: HTMLEscaper.escape(document.bytes(data.literalSpan), into: &out)
            case .softBreak, .lineBreak: out.append(0x20)
            default: break
            }
            return true
        }
        switch data.kind {
        case .document:
            break
        case .blockQuote:
            cr(); put("<blockquote>\n")
        case .list:
            cr()
            if data.ordered {
                put(data.start == 1 ? "<ol>\n" : "<ol start=\"\(data.start)\">\n")
            } else {
                put("<ul>\n")
            }
        case .item:
            cr(); put("<li>")
            if let checked = data.taskChecked {
                put(checked ? "<input checked=\"\" disabled=\"\" type=\"checkbox\"> " : "<input disabled=\"\" type=\"checkbox\"> ")
            }
        case .paragraph:
            if !isTightParagraph(node) { cr(); put("<p>") }
        case .footnoteDefinition:
            if footnotesWritten == 0 { put("<section class=\"footnotes\" data-footnotes>\n<ol>\n") }
            footnotesWritten += 1
            backLinksWritten = false
            put("<li id=\"\(options.footnoteIDPrefix)fn-")
            HTMLEscaper.escapeHref(document.bytes(data.literalSpan), into: &out)
            put("\">\n")
        case .footnoteReference:
            put("<sup class=\"footnote-ref\"><a href=\"#\(options.footnoteIDPrefix)fn-")
            HTMLEscaper.escapeHref(document.bytes(data.destinationSpan), into: &out)
            put("\" id=\"\(options.footnoteIDPrefix)fnref-")
            HTMLEscaper.escapeHref(document.bytes(data.destinationSpan), into: &out)
            if data.footnoteOccurrence > 1 { put("-\(data.footnoteOccurrence)") }
            put("\" data-footnote-ref>\(data.footnoteNumber)</a></sup>")
        case .heading:
            cr()
            if let id = headingIDs[node] {
                put("<h\(data.level) id=\"")
                HTMLEscaper.escape(Array(id.utf8)[...], into: &out)
                put("\">")
            } else {
                put("<h\(data.level)>")
            }
        case .codeBlock:
            writeCodeBlock(data)
        case .htmlBlock:
            cr()
            if options.safe {
                put("<p>")
                var literal = document.bytes(data.literalSpan)
                while let last = literal.last, Scanners.isWhitespace(last) { literal.removeLast() }
                HTMLEscaper.escape(literal[...], into: &out)
                put("</p>\n")
            } else if document.options.tagFilter {
                TagFilter.write(document.bytes(data.literalSpan), into: &out)
                cr()
            } else {
                out.append(contentsOf: document.bytes(data.literalSpan))
                cr()
            }
        case .thematicBreak:
            cr(); put("<hr />\n")
        case .table:
            cr()
            if let wrapper = options.tableWrapper { put(wrapper.before) }
            put("<table>\n")
            openBody = false
        case .tableRow:
            if data.isHeader {
                put("<thead>\n")
            } else if !openBody {
                put("<tbody>\n")
                openBody = true
            }
            put("<tr>\n")
        case .tableCell:
            put(data.isHeader ? "<th" : "<td")
            if options.tableClasses {
                if data.isHeader { put(" scope=\"col\"") }
                switch data.alignment {
                case .left: put(" class=\"align-left\"")
                case .center: put(" class=\"align-center\"")
                case .right: put(" class=\"align-right\"")
                case .none: break
                }
            } else {
                switch data.alignment {
                case .left: put(" align=\"left\"")
                case .center: put(" align=\"center\"")
                case .right: put(" align=\"right\"")
                case .none: break
                }
            }
            put(">")
        case .text:
            if options.isolateRightToLeftText, RightToLeft.contains(document.bytes(data.literalSpan)) {
                put("<bdi>")
                HTMLEscaper.escape(document.bytes(data.literalSpan), into: &out)
                put("</bdi>")
            } else {
                HTMLEscaper.escape(document.bytes(data.literalSpan), into: &out)
            }
        case .softBreak:
            out.append(0x0A)
        case .lineBreak:
            put("<br />\n")
        case .code:
            put("<code>")
            HTMLEscaper.escape(document.bytes(data.literalSpan), into: &out)
            put("</code>")
        case .htmlInline:
            if options.safe {
                HTMLEscaper.escape(document.bytes(data.literalSpan), into: &out)
            } else if document.options.tagFilter, TagFilter.isFiltered(document.bytes(data.literalSpan)) {
                put("&lt;")
                out.append(contentsOf: document.bytes(data.literalSpan).dropFirst())
            } else {
                out.append(contentsOf: document.bytes(data.literalSpan))
            }
        case .emphasis: put("<em>")
        case .strong: put("<strong>")
        case .strikethrough: put("<del>")
        case .link:
            if options.safe, !URLPolicy.isSafe(document.bytes(data.destinationSpan)) {
                droppedLinks.insert(node)
                return true
            }
            put("<a href=\"")
            HTMLEscaper.escapeHref(document.bytes(data.destinationSpan), into: &out)
            if !data.titleSpan.isEmpty {
                put("\" title=\"")
                HTMLEscaper.escape(document.bytes(data.titleSpan), into: &out)
            }
            put("\">")
        case .image:
            if let resolve = options.imageSource {
                return enterResolvedImage(node, data, source: resolve(Array(document.bytes(data.destinationSpan))))
            }
            if options.safe, !URLPolicy.isSafe(document.bytes(data.destinationSpan)) {
                // The picture is dropped; its description stays as text.
                plainUntil = node
                droppedLinks.insert(node)
                return true
            }
            put("<img src=\"")
            HTMLEscaper.escapeHref(document.bytes(data.destinationSpan), into: &out)
            put("\" alt=\"")
            plainUntil = node
        }
        return true
    }

    private mutating func exit(_ node: NodeID) {
        let data = document.records[node]
        if plainUntil >= 0 {
            guard plainUntil == node else { return }
            plainUntil = -1
            if droppedLinks.contains(node) { return }
            put("\"")
            if !data.titleSpan.isEmpty {
                put(" title=\"")
                HTMLEscaper.escape(document.bytes(data.titleSpan), into: &out)
                put("\"")
            }
            put(" />")
            return
        }
        switch data.kind {
        case .document:
            if footnotesWritten > 0 { put("</ol>\n</section>\n") }
        case .footnoteDefinition:
            if writeBackLinks(for: node) { out.append(0x0A) }
            put("</li>\n")
        case .blockQuote: cr(); put("</blockquote>\n")
        case .list: put(data.ordered ? "</ol>\n" : "</ul>\n")
        case .item: put("</li>\n")
        case .paragraph:
            let parent = data.parent
            if parent >= 0, document.records[parent].kind == .footnoteDefinition, data.next < 0 {
                out.append(0x20)
                _ = writeBackLinks(for: parent)
            }
            if !isTightParagraph(node) { put("</p>\n") }
        case .heading: put("</h\(data.level)>\n")
        case .table:
            if openBody { put("</tbody>\n") }
            openBody = false
            put("</table>\n")
            if let wrapper = options.tableWrapper { put(wrapper.after) }
        case .tableRow:
            put("</tr>\n")
            if data.isHeader { put("</thead>\n") }
        case .tableCell: put(data.isHeader ? "</th>\n" : "</td>\n")
        case .emphasis: put("</em>")
        case .strong: put("</strong>")
        case .strikethrough: put("</del>")
        case .link: if !droppedLinks.contains(node) { put("</a>") }
        case .image: if imagesAsLinks.contains(node) { put("</a>") }
        default: break
        }
    }

    /// An image under `HTMLOptions.imageSource`: embedded when it gave a source, else a link to the
    /// destination when that is safe, else its description as plain text.
    private mutating func enterResolvedImage(_ node: NodeID, _ data: NodeData, source: String?) -> Bool {
        if let source {
            put("<img src=\"")
            HTMLEscaper.escapeHref(Array(source.utf8)[...], into: &out)
            put("\" alt=\"")
            plainUntil = node
        } else if !data.destinationSpan.isEmpty, URLPolicy.isSafe(document.bytes(data.destinationSpan)), !isInsideLink(node) {
            imagesAsLinks.insert(node)
            put("<a href=\"")
            HTMLEscaper.escapeHref(document.bytes(data.destinationSpan), into: &out)
            put("\">")
        }
        return true
    }

    /// True inside a link, where a picture written as a link would nest one `<a>` in another: there it is its
    /// description only.
    private func isInsideLink(_ node: NodeID) -> Bool {
        var current = document.records[node].parent
        while current >= 0 {
            if document.records[current].kind == .link { return true }
            current = document.records[current].parent
        }
        return false
    }

    /// The links from a footnote back to each of its references, once per footnote (cmark-gfm's
    /// `S_put_footnote_backref`); false when they were already written.
    private mutating func writeBackLinks(for definition: NodeID) -> Bool {
        guard !backLinksWritten else { return false }
        backLinksWritten = true
        let data = document.records[definition]
        let number = data.footnoteNumber
        for occurrence in 1...max(1, Int(data.footnoteOccurrence)) {
            let suffix = occurrence > 1 ? "-\(occurrence)" : ""
            if occurrence > 1 { out.append(0x20) }
            put("<a href=\"#\(options.footnoteIDPrefix)fnref-")
            HTMLEscaper.escapeHref(document.bytes(data.literalSpan), into: &out)
            put("\(suffix)\" class=\"footnote-backref\" data-footnote-backref data-footnote-backref-idx=\"\(number)\(suffix)\" aria-label=\"")
            HTMLEscaper.escape(Array("\(options.footnoteBackLabel) \(number)\(suffix)".utf8)[...], into: &out)
            put(occurrence > 1 ? "\">↩<sup class=\"footnote-ref\">\(occurrence)</sup></a>" : "\">↩</a>")
        }
        return true
    }

    private mutating func writeCodeBlock(_ data: NodeData) {
        cr()
        let info = TextDecoding.unescapeAndDecode(document.bytes(data.infoSpan))
        let word = Array(info.prefix { !Scanners.isWhitespace($0) })
        let name = String(decoding: word, as: UTF8.self)
        if !name.isEmpty, let renderer = options.fencedBlockRenderers[name] {
            let block = FencedBlock(
                name: name, info: String(decoding: info, as: UTF8.self), text: String(decoding: document.bytes(data.literalSpan), as: UTF8.self),
                line: Int(data.line), column: Int(data.column))
            put(renderer(block))
            cr()
            return
        }
        put("<pre><code")
        if !word.isEmpty {
            put(" class=\"language-")
            HTMLEscaper.escape(word[...], into: &out)
            put("\"")
        }
        put(">")
        HTMLEscaper.escape(document.bytes(data.literalSpan), into: &out)
        put("</code></pre>\n")
    }
}

extension URLPolicy {
    static func isSafe(_ bytes: ArraySlice<UInt8>) -> Bool {
        isSafe(String(decoding: bytes, as: UTF8.self))
    }
}
