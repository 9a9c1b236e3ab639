/// Stable, unique ids for headings: "Bemanning og kompetanse" → `bemanning-og-kompetanse`,
/// "Økonomi" → `økonomi`; repeats get `-2`, `-3`.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    /// Creates a slugger with no ids used yet.
    public init() {}

    /// The slug of `text` (letters and digits of any script kept, lower-cased; spaces become `-`).
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "\t" || scalar == "_" {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "avsnitt" : result
    }

    /// A slug for `text` not handed out before by this slugger.
    public mutating func uniqueSlug(_ text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        var number = count + 1
        var candidate = "\(base)-\(number)"
        while used[candidate] != nil {
            number += 1
            candidate = "\(base)-\(number)"
        }
        used[base] = number
        used[candidate] = 1
        return candidate
    }
}

/// One entry of a document's table of contents.
public struct TableOfContentsEntry: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let id: String
    public let line: Int
    /// The heading node.
    public let node: NodeID
}

extension Document {
    /// The plain text of a node's inline content (for headings, alt text, TOC entries).
    public func plainText(of node: NodeID) -> String {
        var bytes: [UInt8] = []
        var stack: [NodeID] = []
        var child = records[node].lastChild
        while child >= 0 { stack.append(child); child = records[child].previous }
        while let current = stack.popLast() {
            switch records[current].kind {
            case .text, .code: bytes += literal(current)
            case .softBreak, .lineBreak: bytes.append(0x20)
            default: break
            }
            var grandchild = records[current].lastChild
            while grandchild >= 0 { stack.append(grandchild); grandchild = records[grandchild].previous }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every heading in document order with its level, text and unique id.
    public var tableOfContents: [TableOfContentsEntry] {
        var slugger = HeadingSlugger()
        return tableOfContents(using: &slugger)
    }

    /// Every heading with ids from `slugger`, which remembers them for the next document on the same page.
    public func tableOfContents(using slugger: inout HeadingSlugger) -> [TableOfContentsEntry] {
        headingsInOrder().map { id in
            let text = plainText(of: id)
            return TableOfContentsEntry(level: records[id].level, text: text, id: slugger.uniqueSlug(text), line: Int(records[id].line), node: id)
        }
    }

    func headingsInOrder() -> [NodeID] {
        var result: [NodeID] = []
        var stack: [NodeID] = [Document.root]
        while let current = stack.popLast() {
            if records[current].kind == .heading { result.append(current); continue }
            guard records[current].kind.isContainer else { continue }
            var child = records[current].lastChild
            while child >= 0 { stack.append(child); child = records[child].previous }
        }
        return result
    }
}
