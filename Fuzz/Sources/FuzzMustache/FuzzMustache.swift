import FuzzSupport
import Mustache

// Input: byte 0 holds options (bits 0-1: kind html/markdown/text/inferred from "x.md.mustache";
// bit 2: strict), then NUL-separated parts: the template text, a JSON context, and up to three
// partials named `p1`, `p2`, `p3` (the template itself is also reachable as `x`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let flags = bytes[0]
    let parts = bytes.dropFirst().split(separator: 0, maxSplits: 4, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    let source = parts[0]
    let context: TemplateValue
    if parts.count > 1, !parts[1].isEmpty {
        do { context = try TemplateValue(json: parts[1]) } catch { context = .null }
    } else {
        context = ["navn": "Fjordvik", "liste": [1, 2.5, "<b>", true, nil], "objekt": ["a": "x*y_z", "b": ["c": 1]]]
    }
    let kind: OutputKind? = [OutputKind.html, .markdown, .text, nil][Int(flags & 3)]
    let options = RenderOptions(kind: kind, strict: flags & 4 != 0, maxDepth: 40)

    // 1. The template on its own.
    do {
        let template = try Template(name: "x.md.mustache", source: source)
        _ = try? template.render(context, options: options)
    } catch {
        _ = error.description
    }

    // 2. Through a library, with partials and the template itself.
    var templates: [String: String] = ["x.md.mustache": source]
    for (index, part) in parts.dropFirst(2).enumerated() { templates["p\(index + 1).md.mustache"] = part }
    let library = TemplateLibrary(templates: templates)
    do {
        let output = try library.render("x.md.mustache", with: context, options: options)
        // Rendering again from the cache must give the same text.
        let again = try library.render("x.md.mustache", with: context, options: options)
        if output != again {
            FuzzSupport.fail("second render from the template cache differs", input: bytes)
        }
    } catch {
        _ = error.description
    }
    return 0
}
