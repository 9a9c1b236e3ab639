import Foundation
import FuzzSupport
import Markdown
import ReportInputs

// Input: first byte picks a chapter id of the sample project (modulo their count); the rest is the
// bytes of `tekster/<id>.md` (front matter, then Markdown). The project holds the sample settings and
// texts but not data/: the loader reads the data files independently of the texts, and they are 3/4 of
// the time of a load (FuzzBuild covers texts together with data).
let project = SampleProject(including: { !$0.hasPrefix("data/") })
let ids = FuzzSupport.sampleChapterIDs
let loader = ProjectLoader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let id = ids[Int(bytes[0]) % ids.count]
    let file = "tekster/\(id).md"
    project.write(Array(bytes.dropFirst()), to: file)
    defer { project.restore(file) }
    let loaded = loader.load(project.root)
    // What the loader hands on must be safe in any Markdown viewer: no raw HTML, no picture from outside.
    for text in loaded.texts.values {
        let document = MarkdownParser.parse(text.markdown)
        for (index, node) in document.nodes.enumerated() where node.kind == .htmlBlock || node.kind == .htmlInline
            || (node.kind == .image && isOutside(node.destination)) {
            guard !isLinked(NodeID(index), in: document) else {
                fatalError("unsafe Markdown left in \(file): \(String(decoding: node.literal + node.destination, as: UTF8.self))")
            }
        }
    }
    return 0
}

/// A destination with a scheme, from the root or another host, or climbing out of the project.
func isOutside(_ destination: [UInt8]) -> Bool {
    let text = String(decoding: destination, as: UTF8.self)
    if text.hasPrefix("/") || text.hasPrefix("\\") || text.contains("..") { return true }
    guard let colon = text.firstIndex(of: ":") else { return false }
    return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) } && colon != text.startIndex
}


/// True when the node is still in the tree (the parser leaves merged and removed nodes in its arena).
func isLinked(_ node: NodeID, in document: Document) -> Bool {
    var current = node
    while current != Document.root {
        current = document[current].parent
        if current < 0 { return false }
    }
    return true
}
