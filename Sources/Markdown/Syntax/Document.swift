/// A parsed Markdown document: an arena of nodes with the document node at index 0, and one byte
/// storage that holds every node's text.
public struct Document: Sendable {
    /// The nodes' data, by id.
    var records: NodeRecords
    /// Every node's text: mostly the source's bytes once (a text node is a span of its paragraph's),
    /// then what parsing made (decoded references, destinations). From `textBase` on while the inline
    /// phase has the part before it (see `InlineParser`).
    var text: [UInt8] = []
    var textBase = 0

    /// The document node's id.
    public static let root: NodeID = 0

    /// The options the document was parsed with (the writer needs the tag filter).
    public internal(set) var options: ParseOptions = .gfm

    init() {
        records = NodeRecords()
    }

    /// All nodes; `nodes[0]` is the document.
    public var nodes: NodeList { NodeList(storage: records.storage, text: text) }

    /// The node with id `id`.
    public subscript(id: NodeID) -> Node {
        Node(data: records.storage[Int(id)], text: text)
    }

    /// The children of `id`, in order.
    public func children(of id: NodeID) -> [NodeID] {
        var result: [NodeID] = []
        var child = records[id].firstChild
        while child >= 0 {
            result.append(child)
            child = records[child].next
        }
        return result
    }

    var nodeCount: Int { records.storage.count }

    mutating func makeNode(_ kind: NodeKind, line: Int32, column: Int32) -> NodeID {
        records.storage.append(NodeData(kind: kind, line: line, column: column))
        return NodeID(records.storage.count - 1)
    }

    // MARK: Text

    /// The bytes of `span` (which must lie in the part of the storage this document holds).
    func bytes(_ span: TextSpan) -> ArraySlice<UInt8> {
        text[(span.lowerBound - textBase)..<(span.upperBound - textBase)]
    }

    /// Appends `bytes` to the storage and returns where they are.
    mutating func store<C: Collection>(_ bytes: C) -> TextSpan where C.Element == UInt8 {
        let start = textBase + text.count
        text.append(contentsOf: bytes)
        return TextSpan(start: start, count: bytes.count)
    }

    /// Appends `bytes` to the literal of `id`: in place when its text is the last in the storage (a block's
    /// lines arrive one after another), else after a copy of what it has so far.
    mutating func appendLiteral<C: Collection>(_ id: NodeID, _ bytes: C) where C.Element == UInt8 {
        let span = records[id].literalSpan
        if span.isEmpty {
            records[id].literalSpan = store(bytes)
            return
        }
        if span.upperBound != textBase + text.count {
            let copy = Array(self.bytes(span))
            records[id].literalSpan = store(copy)
        }
        text.append(contentsOf: bytes)
        records[id].literalSpan.count += UInt32(truncatingIfNeeded: bytes.count)
    }

    /// The literal of `id` as bytes.
    func literal(_ id: NodeID) -> ArraySlice<UInt8> { bytes(records[id].literalSpan) }

    // MARK: Tree

    mutating func append(_ child: NodeID, to parent: NodeID) {
        records[child].parent = parent
        let last = records[parent].lastChild
        if last >= 0 {
            records[last].next = child
            records[child].previous = last
        } else {
            records[parent].firstChild = child
        }
        records[parent].lastChild = child
    }

    mutating func insert(_ node: NodeID, after sibling: NodeID) {
        let parent = records[sibling].parent
        let next = records[sibling].next
        records[node].parent = parent
        records[node].previous = sibling
        records[node].next = next
        records[sibling].next = node
        if next >= 0 { records[next].previous = node } else if parent >= 0 { records[parent].lastChild = node }
    }

    mutating func insert(_ node: NodeID, before sibling: NodeID) {
        let parent = records[sibling].parent
        let previous = records[sibling].previous
        records[node].parent = parent
        records[node].next = sibling
        records[node].previous = previous
        records[sibling].previous = node
        if previous >= 0 { records[previous].next = node } else if parent >= 0 { records[parent].firstChild = node }
    }

    mutating func unlink(_ node: NodeID) {
        let parent = records[node].parent
        let previous = records[node].previous
        let next = records[node].next
        if previous >= 0 { records[previous].next = next } else if parent >= 0 { records[parent].firstChild = next }
        if next >= 0 { records[next].previous = previous } else if parent >= 0 { records[parent].lastChild = previous }
        records[node].parent = -1
        records[node].previous = -1
        records[node].next = -1
    }
}

/// The node arena, indexed by `NodeID`.
struct NodeRecords: Sendable {
    var storage: [NodeData] = [NodeData(kind: .document, line: 1, column: 1)]

    subscript(id: NodeID) -> NodeData {
        _read { yield storage[Int(id)] }
        _modify { yield &storage[Int(id)] }
    }
}

/// A document's nodes as a collection, for callers that go through all of them.
public struct NodeList: RandomAccessCollection, Sendable {
    let storage: [NodeData]
    let text: [UInt8]

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    public subscript(position: Int) -> Node { Node(data: storage[position], text: text) }
}
