import FuzzSupport
import Markdown

// Input: Markdown bytes. Parsed as GFM and as CommonMark, rendered in safe and unsafe mode.
// Invariants (safe mode): no `<script` in any letter case, and no href/src that a browser would
// read as a javascript:/vbscript:/file: URL. For clean input (valid UTF-8 without NUL, U+FFFD or
// `&#`), no output contains U+FFFD (which would mean a multi-byte character was cut).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cleanInput: Bool = {
        guard let text = String(validating: bytes, as: UTF8.self) else { return false }
        return !text.unicodeScalars.contains { $0 == "\u{0}" || $0 == "\u{FFFD}" } && !text.contains("&#")
    }()

    for parseOptions in [ParseOptions.gfm, .commonMark] {
        let document = MarkdownParser.parse(bytes, options: parseOptions)

        var safeOptions = HTMLOptions()
        safeOptions.tableClasses = true
        safeOptions.tableWrapper = (before: "<div class=\"t\">", after: "</div>")
        let safe = Array(HTMLWriter().render(document).utf8)
        let safeWithIDs = Array(HTMLWriter(options: HTMLOptions(safe: true, headingIDs: true)).render(document).utf8)
        let unsafe = Array(HTMLWriter(options: .unsafe).render(document).utf8)
        let safeTables = Array(HTMLWriter(options: safeOptions).render(document).utf8)

        for html in [safe, safeWithIDs, safeTables] {
            if HTMLInvariants.containsScriptTag(html) {
                FuzzSupport.fail("safe-mode HTML contains <script: \(String(decoding: html, as: UTF8.self).debugDescription)", input: bytes)
            }
            if let url = HTMLInvariants.dangerousURLAttribute(html) {
                FuzzSupport.fail("safe-mode HTML has dangerous URL attribute \(url.debugDescription)", input: bytes)
            }
        }
        if cleanInput {
            for html in [safe, safeWithIDs, unsafe, safeTables] where String(decoding: html, as: UTF8.self).unicodeScalars.contains("\u{FFFD}") {
                FuzzSupport.fail("U+FFFD in output of clean input: \(String(decoding: html, as: UTF8.self).debugDescription)", input: bytes)
            }
        }
        _ = document.tableOfContents
    }
    return 0
}
