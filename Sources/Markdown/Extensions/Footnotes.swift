/// GFM footnotes after the inline phase (cmark-gfm's `process_footnotes`): references are numbered in
/// the order they first appear, a reference without a definition goes back to being text, and the
/// definitions that are used move to the end of the document in that order; the rest are dropped.
enum Footnotes {
    static func resolve(in document: inout Document) {
        let order = nodesInTreeOrder(document)
        var definitions: [String: NodeID] = [:]
        for node in order where document.records[node].kind == .footnoteDefinition {
            let key = LinkSyntax.normalize(document.literal(node))
            // The first definition of a label wins, as for link references.
            if !key.isEmpty, definitions[key] == nil { definitions[key] = node }
        }
        var used: [NodeID] = []
        for node in order where document.records[node].kind == .footnoteReference {
            let label = document.records[node].destinationSpan
            guard let definition = definitions[LinkSyntax.normalize(document.bytes(label))] else {
                document.records[node].kind = .text
                document.records[node].literalSpan = document.store(Array("[^".utf8) + document.bytes(label) + [UInt8(ascii: "]")])
                document.records[node].destinationSpan = TextSpan()
                continue
            }
            if document.records[definition].footnoteNumber == 0 {
                used.append(definition)
                document.records[definition].footnoteNumber = Int32(used.count)
            }
            document.records[definition].footnoteOccurrence += 1
            document.records[node].footnoteNumber = document.records[definition].footnoteNumber
            document.records[node].footnoteOccurrence = document.records[definition].footnoteOccurrence
            // Ids are made from the definition's label as written there.
            document.records[node].destinationSpan = document.records[definition].literalSpan
        }
        for node in order where document.records[node].kind == .footnoteDefinition && document.records[node].parent >= 0 {
            document.unlink(node)
        }
        for definition in used { document.append(definition, to: Document.root) }
    }

    /// Every node reachable from the root, parents before children, in document order (iteratively).
    private static func nodesInTreeOrder(_ document: Document) -> [NodeID] {
        var result: [NodeID] = []
        var stack: [NodeID] = [Document.root]
        while let node = stack.popLast() {
            result.append(node)
            var child = document.records[node].lastChild
            while child >= 0 {
                stack.append(child)
                child = document.records[child].previous
            }
        }
        return result
    }
}
