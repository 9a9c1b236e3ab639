/// The kinds of node in a Markdown document tree.
public enum NodeKind: UInt8, Sendable {
    // Blocks
    case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
    case table, tableRow, tableCell
    /// A GFM footnote definition (`[^label]: text`); after parsing, the used ones sit at the end of
    /// the document in the order they are first referenced.
    case footnoteDefinition
    // Inlines
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image
    /// A reference to a footnote (`[^label]`) whose definition exists.
    case footnoteReference

    /// True for kinds that hold other blocks.
    var isContainer: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .footnoteDefinition: return true
        default: return false
        }
    }
}

/// Column alignment of a GFM table.
public enum TableAlignment: UInt8, Sendable {
    case none, left, center, right
}

/// An index into a document's node arena.
public typealias NodeID = Int32

/// Where a node's text lies in its document's text storage (`Document.text`). 32 bits each: a document
/// holds at most 4 GiB of text, far above any input the product reads.
struct TextSpan: Sendable, Equatable {
    var start: UInt32 = 0
    var count: UInt32 = 0

    init() {}

    init(start: Int, count: Int) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.count = UInt32(truncatingIfNeeded: count)
    }

    var lowerBound: Int { Int(start) }
    var upperBound: Int { Int(start) + Int(count) }
    var isEmpty: Bool { count == 0 }

    /// The first `length` bytes.
    func prefix(_ length: Int) -> TextSpan { TextSpan(start: lowerBound, count: min(length, Int(count))) }

    /// The bytes from `offset` on.
    func dropFirst(_ offset: Int) -> TextSpan {
        let skip = min(offset, Int(count))
        return TextSpan(start: lowerBound + skip, count: Int(count) - skip)
    }

    /// The bytes at `offsets` (relative to the start).
    func slice(_ offsets: Range<Int>) -> TextSpan { TextSpan(start: lowerBound + offsets.lowerBound, count: offsets.count) }
}

/// One node's data. Nodes live in one array (an arena) and point at each other by index, so a
/// 100 000-level deep tree is built, walked and freed without recursion. Text is a span of the
/// document's one text storage, so a node holds no reference: copying or freeing one costs nothing.
struct NodeData: Sendable {
    var kind: NodeKind
    var parent: NodeID = -1
    var firstChild: NodeID = -1
    var lastChild: NodeID = -1
    var next: NodeID = -1
    var previous: NodeID = -1
    /// 1-based source line and column where the node starts.
    var line: Int32
    var column: Int32
    /// Text of a text, code, HTML or code-block node; raw content of a paragraph or heading while parsing;
    /// the label of a footnote definition.
    var literalSpan = TextSpan()
    /// Info string of a fenced code block; a table's column alignments (`TableAlignment` raw values).
    var infoSpan = TextSpan()
    /// Link or image destination and title; a footnote reference's label.
    var destinationSpan = TextSpan()
    var titleSpan = TextSpan()
    var storedStart: Int32 = 0
    var footnoteNumber: Int32 = 0
    var footnoteOccurrence: Int32 = 0
    var endLine: Int32 = 0
    var storedFenceLength: Int32 = 0
    var storedLevel: UInt8 = 0
    var alignment: TableAlignment = .none
    var taskChecked: Bool? = nil
    var ordered = false
    var tight = true
    var isHeader = false

    // Parser state (block phase).
    var isOpen = true
    var lastLineBlank = false
    var fenced = false
    var setext = false
    var fenceCharacter: UInt8 = 0
    var bulletCharacter: UInt8 = 0
    var delimiter: UInt8 = 0
    var storedHTMLBlockType: UInt8 = 0
    // At most 3 (indentation before a fence or marker) and marker width + 4.
    var storedFenceOffset: UInt8 = 0
    var storedMarkerOffset: UInt8 = 0
    var storedPadding: UInt8 = 0

    var level: Int {
        get { Int(storedLevel) }
        set { storedLevel = UInt8(clamping: newValue) }
    }
    var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    var fenceLength: Int {
        get { Int(storedFenceLength) }
        set { storedFenceLength = Int32(clamping: newValue) }
    }
    var fenceOffset: Int {
        get { Int(storedFenceOffset) }
        set { storedFenceOffset = UInt8(clamping: newValue) }
    }
    var htmlBlockType: Int {
        get { Int(storedHTMLBlockType) }
        set { storedHTMLBlockType = UInt8(clamping: newValue) }
    }
    var markerOffset: Int {
        get { Int(storedMarkerOffset) }
        set { storedMarkerOffset = UInt8(clamping: newValue) }
    }
    var padding: Int {
        get { Int(storedPadding) }
        set { storedPadding = UInt8(clamping: newValue) }
    }

    init(kind: NodeKind, line: Int32, column: Int32) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// One node of a document, as the caller sees it: its fields and its text.
public struct Node: Sendable {
    let data: NodeData
    let text: [UInt8]

    public var kind: NodeKind { data.kind }
    public var parent: NodeID { data.parent }
    public var firstChild: NodeID { data.firstChild }
    public var lastChild: NodeID { data.lastChild }
    public var next: NodeID { data.next }
    public var previous: NodeID { data.previous }
    /// 1-based source line and column where the node starts.
    public var line: Int32 { data.line }
    public var column: Int32 { data.column }
    /// Text of a text, code, HTML or code-block node; the label of a footnote definition.
    public var literal: [UInt8] { bytes(data.literalSpan) }
    /// Heading level 1–6.
    public var level: Int { data.level }
    /// Info string of a fenced code block.
    public var info: [UInt8] { data.kind == .codeBlock ? bytes(data.infoSpan) : [] }
    /// Link or image destination and title; a footnote reference's label.
    public var destination: [UInt8] { bytes(data.destinationSpan) }
    public var title: [UInt8] { bytes(data.titleSpan) }
    /// List data.
    public var ordered: Bool { data.ordered }
    public var start: Int { data.start }
    public var tight: Bool { data.tight }
    /// Table column alignments (on the table), or the cell's alignment.
    public var alignments: [TableAlignment] {
        data.kind == .table ? bytes(data.infoSpan).map { TableAlignment(rawValue: $0) ?? .none } : []
    }
    public var alignment: TableAlignment { data.alignment }
    /// True for a table's header row.
    public var isHeader: Bool { data.isHeader }
    /// A GFM task list item: nil when not a task, else whether it is checked.
    public var taskChecked: Bool? { data.taskChecked }
    /// Footnotes: on a definition, its number (1, 2, … in order of first reference) and how often it is
    /// referenced; on a reference, the definition's number and which reference to it this is (1, 2, …).
    public var footnoteNumber: Int32 { data.footnoteNumber }
    public var footnoteOccurrence: Int32 { data.footnoteOccurrence }

    private func bytes(_ span: TextSpan) -> [UInt8] {
        span.isEmpty ? [] : Array(text[span.lowerBound..<span.upperBound])
    }
}
