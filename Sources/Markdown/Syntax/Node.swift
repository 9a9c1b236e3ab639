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

/// One node's data. Nodes live in one array (an arena) and point at each other by index, so a
/// 100 000-level deep tree is built, walked and freed without recursion.
public struct Node: Sendable {
    public internal(set) var kind: NodeKind
    public internal(set) var parent: NodeID = -1
    public internal(set) var firstChild: NodeID = -1
    public internal(set) var lastChild: NodeID = -1
    public internal(set) var next: NodeID = -1
    public internal(set) var previous: NodeID = -1
    /// 1-based source line and column where the node starts.
    public internal(set) var line: Int32
    public internal(set) var column: Int32
    /// Text of a text, code, HTML or code-block node; raw content of a paragraph or heading while parsing.
    public internal(set) var literal: [UInt8] = []
    /// Heading level 1–6.
    public internal(set) var level: Int {
        get { Int(storedLevel) }
        set { storedLevel = UInt8(clamping: newValue) }
    }
    /// Info string of a fenced code block.
    public internal(set) var info: [UInt8] = []
    /// Link or image destination and title.
    public internal(set) var destination: [UInt8] = []
    public internal(set) var title: [UInt8] = []
    /// List data.
    public internal(set) var ordered = false
    public internal(set) var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    public internal(set) var tight = true
    /// Table column alignments (on the table), or the cell's alignment.
    public internal(set) var alignments: [TableAlignment] = []
    public internal(set) var alignment: TableAlignment = .none
    /// True for a table's header row.
    public internal(set) var isHeader = false
    /// A GFM task list item: nil when not a task, else whether it is checked.
    public internal(set) var taskChecked: Bool? = nil
    /// Footnotes: on a definition, its number (1, 2, … in order of first reference) and how often it is
    /// referenced; on a reference, the definition's number and which reference to it this is (1, 2, …).
    /// The label itself is the definition's `literal`, and a reference's `destination`.
    public internal(set) var footnoteNumber: Int32 = 0
    public internal(set) var footnoteOccurrence: Int32 = 0

    // Parser state (block phase).
    var isOpen = true
    var lastLineBlank = false
    var fenced = false
    var fenceCharacter: UInt8 = 0
    var bulletCharacter: UInt8 = 0
    var delimiter: UInt8 = 0
    var setext = false
    var endLine: Int32 = 0

    // Small numbers in small fields: a node is stored per inline too, and 160 000 nodes for a 2.5 MB
    // report make every byte here count against cmark-gfm's peak memory.
    private var storedLevel: UInt8 = 0
    private var storedHTMLBlockType: UInt8 = 0
    private var storedStart: Int32 = 0
    private var storedFenceLength: Int32 = 0
    private var storedFenceOffset: Int32 = 0
    private var storedMarkerOffset: Int32 = 0
    private var storedPadding: Int32 = 0

    var fenceLength: Int {
        get { Int(storedFenceLength) }
        set { storedFenceLength = Int32(clamping: newValue) }
    }
    var fenceOffset: Int {
        get { Int(storedFenceOffset) }
        set { storedFenceOffset = Int32(clamping: newValue) }
    }
    var htmlBlockType: Int {
        get { Int(storedHTMLBlockType) }
        set { storedHTMLBlockType = UInt8(clamping: newValue) }
    }
    var markerOffset: Int {
        get { Int(storedMarkerOffset) }
        set { storedMarkerOffset = Int32(clamping: newValue) }
    }
    var padding: Int {
        get { Int(storedPadding) }
        set { storedPadding = Int32(clamping: newValue) }
    }

    init(kind: NodeKind, line: Int32, column: Int32) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}
