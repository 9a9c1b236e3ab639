/// GFM footnotes after the inline phase (cmark-gfm's `process_footnotes`): references are numbered in
/// the order they first appear, a reference without a definition goes back to being text, and the
/// definitions that are used move to the end of the document in that order; the rest are dropped.
enum Footnotes {
    static func resolve(in document: inout Document) {
        let order = nodesInTreeOrder(document)
        var definitions: [String: NodeID] = [:]
        for node in order where document[node].kind == .footnoteDefinition {
            let key = LinkSyntax.normalize(document[node].literal[...])
            // The first definition of a label wins, as for link references.
            if !key.isEmpty, definitions[key] == nil { definitions[key] = node }
        }
        var used: [NodeID] = []
        for node in order where document[node].kind == .footnoteReference {
            let label = document[node].destination
            guard let definition = definitions[LinkSyntax.normalize(label[...])] else {
                document[node].kind = .text
                document[node].literal = Array("[^".utf8) + label + [UInt8(ascii: "]")]
                document[node].destination = []
                continue
            }
            if document[definition].footnoteNumber == 0 {
                used.append(definition)
                document[definition].footnoteNumber = Int32(used.count)
            }
            document[definition].footnoteOccurrence += 1
            document[node].footnoteNumber = document[definition].footnoteNumber
            document[node].footnoteOccurrence = document[definition].footnoteOccurrence
            // Ids are made from the definition's label as written there.
            document[node].destination = document[definition].literal
        }
        for node in order where document[node].kind == .footnoteDefinition && document[node].parent >= 0 {
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
            var child = document[node].lastChild
            while child >= 0 {
                stack.append(child)
                child = document[child].previous
            }
        }
        return result
    }
}
