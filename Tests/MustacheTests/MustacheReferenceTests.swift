import Foundation
import Mustache
import SourceText
import Testing

/// Where the spec's examples are thin: behaviour checked against the reference engines (swift-mustache,
/// chevron) and the spec's wording, from issue 17; and the limits that keep any template from crashing.
@Suite struct MustacheReferenceTests {
    func render(_ template: String, _ data: TemplateValue = [:], partials: [String: String] = [:]) throws -> String {
        try Template(name: "t", source: template).render(data, options: RenderOptions(kind: .text), library: TemplateLibrary(templates: partials))
    }

    func diagnostic(_ body: () throws(MustacheError) -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch {
            return error.diagnostic
        }
    }

    // MARK: Standalone lines

    @Test func twoSectionTagsOnOneLineAreNotAStandaloneLine() throws {
        #expect(try render("{{#a}}{{/a}}\n", ["a": true]) == "\n")
        #expect(try render("{{#a}}{{/a}}\n", ["a": false]) == "\n")
        #expect(try render("x\n  {{#a}}{{^b}}\ny\n{{/b}}{{/a}}\n", ["a": true]) == "x\n  \ny\n\n")
        #expect(try render("{{! c }}{{! d }}\n") == "\n")
    }

    @Test func oneTagAloneOnALineStillStandsAlone() throws {
        #expect(try render("a\n  {{#s}}\nb\n  {{/s}}\nc\n", ["s": true]) == "a\nb\nc\n")
    }

    @Test func parentAndBlockTagsMayShareAStandaloneLine() throws {
        let partials = ["parent": "Hi,\n  {{$block}}{{/block}}\n"]
        #expect(try render("{{<parent}}{{$block}}\none\ntwo{{/block}}\n{{/parent}}\n", partials: partials) == "Hi,\n  one\n  two\n")
    }

    // MARK: Partial indentation

    @Test func everyLineOfAnIndentedStandalonePartialIsIndentedEmptyOnesToo() throws {
        #expect(try render("  {{>p}}\n", partials: ["p": "a\n\nb\n"]) == "  a\n  \n  b\n")
        #expect(try render("\t{{>p}}\n", partials: ["p": "\n\n"]) == "\t\n\t\n")
    }

    // MARK: Markdown values and GFM autolinks

    /// GFM's autolinks are found in the source, so `https://x.no/a)}\\<` would link the backslash of the next
    /// escape (found by the hostile-input tests after the autolinks moved to the source): a value's URL stays text.
    @Test func aURLInAMarkdownValueStaysText() {
        #expect(MarkdownValueEscaper.escape("url(https://x.no/a)}</b> www.y.no og post@x.no")
            == "url(https\\://x.no/a)}\\</b\\> www\\.y.no og post@x.no")
    }

    // MARK: Nesting limits

    static func nested(_ depth: Int) -> String {
        String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
    }

    @Test func nestingUpToTheLimitRenders() throws {
        var data: TemplateValue = ["b": 1]
        for _ in 0..<10 { data = ["a": data] }
        #expect(try render(Self.nested(50), ["a": true]) == "x")
    }

    @Test(arguments: [51, 2_000, 20_000])
    func deeperNestingIsADiagnosticNotACrash(_ depth: Int) {
        let found = diagnostic { () throws(MustacheError) in _ = try Template(name: "dyp.md.mustache", source: Self.nested(depth)) }
        #expect(found?.code == "MUS015")
        #expect(found?.message == "Seksjonene ligger inne i hverandre i mer enn 50 nivåer.")
        #expect(found?.location?.line == 1 && found?.location?.column == 301)
    }

    /// The deepest nesting a 4 MB template can hold (`{{#a}}` and `{{/a}}`, 12 bytes a level) fails fast,
    /// with a diagnostic, on a 512 KB stack.
    @Test func theDeepestNestingThatFitsInFourMegabytesIsADiagnostic() {
        let depth = 4 * 1024 * 1024 / 12
        let source = Self.nested(depth)
        let box = DiagnosticBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                _ = try Template(name: "dyp", source: source)
            } catch let error as MustacheError {
                box.set(error.diagnostic.code)
            } catch {
                box.set("\(error)")
            }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(box.value == "MUS015")
    }

    @Test func nestingAcrossPartialsIsCappedWhileRendering() {
        // Each partial nests 40 sections and calls the next: 40 × 100 levels in all.
        let body = String(repeating: "{{#a}}", count: 40) + "{{>p}}" + String(repeating: "{{/a}}", count: 40)
        let box = DiagnosticBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                _ = try Template(name: "t", source: "{{>p}}").render(["a": true], options: RenderOptions(kind: .text), library: TemplateLibrary(templates: ["p": body]))
            } catch let error as MustacheError {
                box.set(error.diagnostic.code)
            } catch {
                box.set("\(error)")
            }
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(box.value == "MUS015")
    }

    @Test func aLambdaStillGetsTheSectionsRawText() throws {
        let wrap = MustacheLambda { "<" + $0 + ">" }
        #expect(try render("{{#l}}a {{#b}}b{{/b}} c{{/l}}", ["l": .lambda(wrap), "b": true]) == "<a b c>")
    }
}

/// JSON strings with UTF-16 escapes, as RFC 8259 reads them: a pair is one character; a lone surrogate
/// is an error with its position (found by fuzzing: `"\ud800\u0000"` used to stop with an overflow).
@Suite struct TemplateValueJSONTests {
    @Test func aSurrogatePairIsOneCharacter() throws {
        guard case .string(let text) = try TemplateValue(json: #""\ud83d\ude00 \u00e6""#) else { Issue.record("not a string"); return }
        #expect(text == "😀 æ")
    }

    @Test(arguments: [
        (#""\ud800\u0000""#, 7, "\\u0000 after the high surrogate \\uD800 (expected a low surrogate \\uDC00–\\uDFFF)"),
        (#""ab\ud800""#, 3, "lone high surrogate \\uD800 (expected a low surrogate \\uDC00–\\uDFFF after it)"),
        (#""\ud800x""#, 1, "lone high surrogate \\uD800 (expected a low surrogate \\uDC00–\\uDFFF after it)"),
        (#""\udc00""#, 1, "lone low surrogate \\uDC00 (expected it after a high surrogate \\uD800–\\uDBFF)"),
        (#"["\udbff\udbff"]"#, 8, "\\uDBFF after the high surrogate \\uDBFF (expected a low surrogate \\uDC00–\\uDFFF)"),
    ])
    func aLoneSurrogateIsAnErrorAtItsOffset(_ json: String, _ offset: Int, _ reason: String) {
        do {
            _ = try TemplateValue(json: json)
            Issue.record("no error for \(json)")
        } catch {
            #expect(error.offset == offset && error.reason == reason)
        }
    }

    @Test func escapedNULIsKept() throws {
        guard case .string(let text) = try TemplateValue(json: #""a\u0000b""#) else { Issue.record("not a string"); return }
        #expect(Array(text.utf8) == [0x61, 0x00, 0x62])
    }
}

final class DiagnosticBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    func set(_ value: String) { lock.lock(); stored = value; lock.unlock() }
    var value: String? { lock.lock(); defer { lock.unlock() }; return stored }
}
