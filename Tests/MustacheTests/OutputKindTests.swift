import Foundation
import Mustache
import Testing

/// A domain value that renders itself, as a suppressed count does in the report.
struct SuppressedCount: TemplateRenderable {
    let threshold: Int
    var text: String { "<\(threshold)" }
    var isTruthy: Bool { true }
    func member(_ key: String) -> TemplateValue? { key == "skjult" ? .bool(true) : nil }
}

@Suite struct OutputKindTests {
    @Test func kindFollowsTheTemplateName() {
        #expect(OutputKind.inferred(fromName: "side.html.mustache") == .html)
        #expect(OutputKind.inferred(fromName: "bemanning.md.mustache") == .markdown)
        #expect(OutputKind.inferred(fromName: "notat.txt") == .text)
        #expect(OutputKind.inferred(fromName: "ukjent.mustache") == nil)
    }

    @Test func htmlTemplatesEscapeEveryValue() throws {
        let template = try Template(name: "side.html.mustache", source: "<p title=\"{{x}}\">{{x}}</p>{{{x}}}")
        #expect(try template.render(["x": "<script>alert('x')</script>&\""])
            == "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;</p><script>alert('x')</script>&\"")
    }

    @Test func textTemplatesInsertValuesAsTheyAre() throws {
        let template = try Template(name: "notat.txt", source: "{{x}}")
        #expect(try template.render(["x": "<*a*>"]) == "<*a*>")
    }

    static let hostileValues: [(String, String)] = [
        ("*fet* og _kursiv_", #"\*fet\* og \_kursiv\_"#),
        ("[lenke](javascript:alert(1))", #"\[lenke\](javascript:alert(1))"#),
        ("<script>x</script>", #"\<script\>x\</script\>"#),
        ("`kode`", #"\`kode\`"#),
        ("a | b", #"a \| b"#),
        ("# Overskrift", ##"\# Overskrift"##),
        ("1. punkt", #"1\. punkt"#),
        ("2025) slutt", #"2025\) slutt"#),
        ("- punkt", #"\- punkt"#),
        ("+ punkt", #"\+ punkt"#),
        ("> sitat", #"\> sitat"#),
        ("===", #"\==="#),
        ("~~strek~~", #"\~\~strek\~\~"#),
        ("&copy; &amp;", #"\&copy; \&amp;"#),
        ("![bilde](x.png)", #"\!\[bilde\](x.png)"#),
        ("linje\n# ny\n\n- liste", "linje # ny  - liste"),
        ("    kode", "&#32;&#32;&#32;&#32;kode"),
        ("C:\\sti", #"C:\\sti"#),
        ("12,5 %", "12,5 %"),
        ("Fjordvik kommune – 2025", "Fjordvik kommune – 2025"),
    ]

    @Test(arguments: hostileValues)
    func markdownEscapingKeepsHostileValuesLiteral(_ input: String, _ expected: String) {
        #expect(MarkdownValueEscaper.escape(input) == expected)
    }

    @Test func markdownTemplatesEscapeValuesInTableCells() throws {
        let template = try Template(name: "tabell.md.mustache", source: "| Navn | Verdi |\n|---|---|\n{{#rader}}\n| {{navn}} | {{verdi}} |\n{{/rader}}\n")
        let output = try template.render(["rader": [["navn": "a|b", "verdi": "<5"], ["navn": "*x*", "verdi": "1. mai"]]])
        #expect(output == "| Navn | Verdi |\n|---|---|\n| a\\|b | <5 |\n| \\*x\\* | 1\\. mai |\n")
    }

    @Test func customValuesRenderThemselves() throws {
        let template = try Template(name: "t.md.mustache", source: "{{antall}}{{#antall.skjult}} (skjult){{/antall.skjult}}")
        #expect(try template.render(["antall": .custom(SuppressedCount(threshold: 5))]) == "<5 (skjult)")
    }

    @Test func valuesAreNeverEvaluatedAsTemplates() throws {
        let template = try Template(name: "t.md.mustache", source: "{{x}}")
        #expect(try template.render(["x": "{{>vedlegg}} {{y}}", "y": "NEI"]) == #"{{\>vedlegg}} {{y}}"#)
    }
}

@Suite struct TemplateLibraryTests {
    func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mustache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("maler"), withIntermediateDirectories: true)
        return folder
    }

    @Test func projectTemplatesOverrideBuiltInOnes() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Egen: {{x}}".write(to: folder.appendingPathComponent("maler/kapittel.md.mustache"), atomically: true, encoding: .utf8)
        let library = TemplateLibrary(source: LayeredTemplates([
            DirectoryTemplates(root: folder.appendingPathComponent("maler")),
            InMemoryTemplates(["kapittel.md.mustache": "Innebygd: {{x}}", "forside.md.mustache": "Forside {{>kapittel}}"]),
        ]))
        #expect(try library.render("forside.md.mustache", with: ["x": "*"]) == "Forside Egen: \\*")
    }

    @Test func aSymlinkOutOfTheRootIsRefused() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "hemmelig".write(to: folder.appendingPathComponent("utenfor.mustache"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("maler/lenke.mustache"), withDestinationURL: folder.appendingPathComponent("utenfor.mustache"))
        let library = TemplateLibrary(source: DirectoryTemplates(root: folder.appendingPathComponent("maler")))
        let template = try Template(name: "t.md.mustache", source: "{{>lenke}}")
        #expect(throws: MustacheError.self) { try template.render([:], library: library) }
        do {
            _ = try template.render([:], library: library)
        } catch {
            #expect(error.diagnostic.code == "MUS010")
        }
    }

    @Test func compiledTemplatesRenderManyTimes() throws {
        let library = TemplateLibrary(templates: ["rad": "{{navn}};"])
        let template = try Template(name: "liste.txt", source: "{{#rader}}{{>rad}}{{/rader}}")
        let first = try template.render(["rader": [["navn": "a"], ["navn": "b"]]], library: library)
        let second = try template.render(["rader": [["navn": "c"]]], library: library)
        #expect(first == "a;b;")
        #expect(second == "c;")
    }
}
