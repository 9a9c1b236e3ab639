/// A parsed Markdown document: an arena of nodes with the document node at index 0.
public struct Document: Sendable {
    /// All nodes; `nodes[0]` is the document.
    public internal(set) var nodes: [Node]

    /// The document node's id.
    public static let root: NodeID = 0

    /// The options the document was parsed with (the writer needs the tag filter).
    public internal(set) var options: ParseOptions = .gfm

    init() {
        nodes = [Node(kind: .document, line: 1, column: 1)]
        nodes.reserveCapacity(256)
    }

    /// The node with id `id`.
    public subscript(id: NodeID) -> Node {
        get { nodes[Int(id)] }
        _modify { yield &nodes[Int(id)] }
    }

    /// The children of `id`, in order.
    public func children(of id: NodeID) -> [NodeID] {
        var result: [NodeID] = []
        var child = self[id].firstChild
        while child >= 0 {
            result.append(child)
            child = self[child].next
        }
        return result
    }

    mutating func makeNode(_ kind: NodeKind, line: Int32, column: Int32) -> NodeID {
        nodes.append(Node(kind: kind, line: line, column: column))
        return NodeID(nodes.count - 1)
    }

    mutating func append(_ child: NodeID, to parent: NodeID) {
        self[child].parent = parent
        let last = self[parent].lastChild
        if last >= 0 {
            self[last].next = child
            self[child].previous = last
        } else {
            self[parent].firstChild = child
        }
        self[parent].lastChild = child
    }

    mutating func insert(_ node: NodeID, after sibling: NodeID) {
        let parent = self[sibling].parent
        let next = self[sibling].next
        self[node].parent = parent
        self[node].previous = sibling
        self[node].next = next
        self[sibling].next = node
        if next >= 0 { self[next].previous = node } else if parent >= 0 { self[parent].lastChild = node }
    }

    mutating func insert(_ node: NodeID, before sibling: NodeID) {
        let parent = self[sibling].parent
        let previous = self[sibling].previous
        self[node].parent = parent
        self[node].next = sibling
        self[node].previous = previous
        self[sibling].previous = node
        if previous >= 0 { self[previous].next = node } else if parent >= 0 { self[parent].firstChild = node }
    }

    mutating func unlink(_ node: NodeID) {
        let parent = self[node].parent
        let previous = self[node].previous
        let next = self[node].next
        if previous >= 0 { self[previous].next = next } else if parent >= 0 { self[parent].firstChild = next }
        if next >= 0 { self[next].previous = previous } else if parent >= 0 { self[parent].lastChild = previous }
        self[node].parent = -1
        self[node].previous = -1
        self[node].next = -1
    }
}
