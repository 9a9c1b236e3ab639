import FuzzSupport
import Mustache

// Input: JSON text (bytes read as UTF-8, invalid sequences as U+FFFD) → `TemplateValue(json:)`.
// Invariants: it returns a value or a `JSONError` whose offset lies inside the input (never a trap); a
// value renders through a template that visits every member without failing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        let value = try TemplateValue(json: text)
        let template = try Template(name: "x.txt", source: "{{#.}}{{.}}{{#a}}{{b}}{{/a}}{{/.}}{{^.}}-{{/.}}")
        _ = try template.render(value, options: RenderOptions(kind: .html))
    } catch let error as TemplateValue.JSONError {
        if error.offset < 0 || error.offset > text.utf8.count {
            FuzzSupport.fail("JSON error offset \(error.offset) outside the input (\(text.utf8.count) bytes)", input: bytes)
        }
    } catch {
        _ = "\(error)"
    }
    return 0
}
