import Foundation
import Testing

extension Hostile {
/// Mustache syntax in project data is text: it is printed literally, never evaluated (templates render once,
/// over values; a value is never a template).
@Suite struct TemplateInjectionTests {
    static let payloads = [
        "{{kommune}}",
        "{{rapport.kommune}}",
        "{{>forside}}",
        "{{> forside.md.mustache}}",
        "{{#rapport}}x{{/rapport}}",
        "{{{tekst.innhold}}}",
        "{{&tekst.tittel}}",
        "{{=<% %>=}}<%rapport.år%>",
        "{{>*rapport.kommune}}",
        "{{$blokk}}y{{/blokk}}",
        "{{! kommentar }}",
        "{{/rapport}}",
    ]

    static let everyPayload = payloads.joined(separator: " ¶ ")

    /// Every payload at every site in one build; each site's value starts with its own tag (`⟨3⟩`).
    @Test func mustacheSyntaxIsPrintedLiterally() {
        let project = HostileProject()
        let value = { (index: Int) in "⟨\(index)⟩ " + Self.everyPayload }
        for (index, site) in InjectionSite.all.enumerated() { site.inject(project, value(index)) }
        let run = project.build()
        guard run.status == 0 else {
            Issue.record("the build failed\n\(run.transcript)")
            return
        }
        let visible = HTMLScan(run.html).visibleText
        // The Markdown report escapes what Markdown would read, but keeps every brace.
        let markdownVisible = HTMLScan(Baseline.unsafeHTML(run.markdown)).visibleText
        for (index, site) in InjectionSite.all.enumerated() {
            let expected = site.shown(value(index)) ?? value(index)
            // Evaluated, `{{kommune}}` would have vanished and `{{rapport.kommune}}` become the municipality's name.
            let inHTML = visible.contains(expected), inMarkdown = markdownVisible.contains(expected)
            #expect(inHTML, "\(site.name): the HTML does not show the braces text literally")
            #expect(inMarkdown, "\(site.name): the .md does not show the braces text literally")
        }
        #expect(!run.error.contains("MUS"), "\(run.error)")
    }

    /// A chapter body naming the report's own block fence must not pull a chart or table into the text,
    /// nor silently lose the lines the service wrote.
    @Test func aBodyCannotUseTheInternalBlockFence() throws {
        let baseline = HostileProject().build()
        let charts = HTMLScan(baseline.html).tagCounts["svg", default: 0]
        let project = HostileProject()
        // Block ids are predictable (`<name>-<counter>`) and visible in the HTML as `id="tabell-<id>-tittel"`.
        let ids = HTMLScan(baseline.html).tags.compactMap { tag in
            tag.attributes.first { $0.name == "id" && $0.value.hasPrefix("tabell-") && $0.value.hasSuffix("-tittel") }
                .map { String($0.value.dropFirst("tabell-".count).dropLast("-tittel".count)) }
        } + ["finnes-ikke"]
        try #require(ids.count > 1)
        let fences = ids.map { "```tilstandsrapport-blokk\n\($0)\n```" }.joined(separator: "\n\n")
        InjectionSite.body.inject(project, "Tekst før.\n\n" + fences + "\n\nTekst etter.\n")
        let run = project.build()
        try #require(run.status == 0, "\(run.transcript)")
        let scan = HTMLScan(run.html)
        #expect(scan.tagCounts["svg", default: 0] == charts, "a fenced block in a chapter text became a chart")
        #expect(scan.tagCounts["table", default: 0] == HTMLScan(baseline.html).tagCounts["table", default: 0],
                "a fenced block in a chapter text became a table")
        let kept = scan.visibleText.contains("finnes-ikke")
        #expect(kept, "the service's own code block was dropped from the HTML")
    }
}
}
