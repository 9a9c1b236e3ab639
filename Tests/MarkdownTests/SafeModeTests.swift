import Markdown
import Testing

/// Safe mode is the default for every text a user wrote: it must show hostile input, never run it.
@Suite struct SafeModeTests {
    func html(_ markdown: String, _ options: HTMLOptions = HTMLOptions()) -> String {
        HTMLWriter(options: options).render(MarkdownParser.parse(markdown))
    }

    /// Every real tag in the output is one Markdown makes, with no event handler and no dangerous URL;
    /// hostile text may appear only escaped.
    func expectInert(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let allowed: Set<String> = ["p", "a", "img", "em", "strong", "del", "code", "pre", "table", "thead", "tbody",
                                    "tr", "th", "td", "ul", "ol", "li", "blockquote", "h1", "h2", "br", "hr", "input"]
        for match in output.matches(of: /<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/) {
            let name = String(match.output.1).lowercased()
            let attributes = String(match.output.2).lowercased()
            #expect(allowed.contains(name), "tag <\(name)> in \(output)", sourceLocation: sourceLocation)
            let names = attributes.replacing(/"[^"]*"/, with: "\"\"")
            #expect(names.firstMatch(of: /\son[a-z]+\s*=/) == nil, "event handler in \(output)", sourceLocation: sourceLocation)
            for scheme in ["javascript:", "vbscript:", "file:", "data:text"] {
                #expect(!attributes.contains("=\"\(scheme)"), "\(scheme) in \(output)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func rawHTMLBlocksAreShownAsText() {
        let output = html("<script>alert(1)</script>\n\n<div onclick=\"x()\">hei</div>")
        expectInert(output)
        #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(output.contains("&lt;div onclick=&quot;x()&quot;&gt;hei&lt;/div&gt;"))
    }

    @Test func inlineHTMLIsShownAsText() {
        let output = html("Tekst <img src=x onerror=alert(1)> og <b>fet</b>.")
        expectInert(output)
        #expect(output == "<p>Tekst &lt;img src=x onerror=alert(1)&gt; og &lt;b&gt;fet&lt;/b&gt;.</p>\n")
    }

    @Test(arguments: [
        "[klikk](javascript:alert(1))",
        "[klikk](JAVASCRIPT:alert(1))",
        "[klikk](java&#x09;script:alert(1))",
        "[klikk](&#106;avascript:alert(1))",
        "[klikk]( vbscript:msgbox )",
        "[klikk](file:///etc/passwd)",
        "[klikk](data:text/html;base64,PHNjcmlwdD4=)",
        "[klikk][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
    ])
    func dangerousLinksLoseTheirDestination(_ markdown: String) {
        let output = html(markdown)
        expectInert(output)
        #expect(!output.contains("<a "), "\(output)")
    }

    @Test func dangerousImagesBecomeTheirAltText() {
        let output = html("![et bilde](javascript:alert(1)) ![svg](data:image/svg+xml;base64,PHN2Zz4=)")
        expectInert(output)
        #expect(output == "<p>et bilde svg</p>\n")
    }

    @Test func allowedDestinationsStay() {
        #expect(html("[Bufdir](https://www.bufdir.no/)") == "<p><a href=\"https://www.bufdir.no/\">Bufdir</a></p>\n")
        #expect(html("[e-post](mailto:post@example.no)").contains("href=\"mailto:post@example.no\""))
        #expect(html("[kapittel](#bemanning)").contains("href=\"#bemanning\""))
        #expect(html("![prikk](data:image/png;base64,iVBORw0KGgo=)").contains("src=\"data:image/png;base64,iVBORw0KGgo=\""))
    }

    @Test func attributesCannotBeBrokenOutOf() {
        let output = html("[a](https://x.no/\"onmouseover=\"alert(1) \"tittel\" onclick=\"y\")")
        expectInert(output)
        #expect(output.contains("href=\"https://x.no/%22onmouseover=%22alert(1)\""))
        let title = html("[a](https://x.no \"t\\\" onmouseover=\\\"alert(1)\")")
        #expect(title.contains("title=\"t&quot; onmouseover=&quot;alert(1)\""))
        expectInert(title)
    }

    @Test func autolinksAndTablesStayInert() {
        let output = html("www.x.no/<script>\n\n| a | b |\n|---|---|\n| </td><script>x</script> | `</table>` |")
        expectInert(output)
        #expect(output.contains("&lt;/td&gt;&lt;script&gt;x&lt;/script&gt;"))
    }

    /// Found by FuzzMarkdown (Fuzz/Regressions/FuzzMarkdown/escaped-img-src-false-positive.md): a raw tag whose
    /// attribute a browser would read as `javascript:` (tab inside the scheme) stays escaped text.
    @Test func aTagWithATabbedJavascriptSchemeStaysText() {
        let output = html("x <img src=JaVa\tScRiPt:x) <a href=\"JaVa\tScRiPt:x\">y</a> ![i](JaVa\tScRiPt:x)")
        expectInert(output)
        #expect(output.contains("&lt;img src=JaVa\tScRiPt:x)"))
        #expect(!output.contains("<img") && !output.contains("<a "))
    }

    /// Found by FuzzMarkdown (Fuzz/Regressions/FuzzMarkdown/alt-text-false-positive.md): hostile text in an
    /// image's alt text stays inside the quoted, escaped attribute value.
    @Test func hostileAltTextStaysInsideTheAttribute() {
        let output = html("![x \" onerror=\"alert(1)\" <img src=JaVa\tScRiPt:x>](/url)")
        expectInert(output)
        #expect(output == "<p><img src=\"/url\" alt=\"x &quot; onerror=&quot;alert(1)&quot; &lt;img src=JaVa\tScRiPt:x&gt;\" /></p>\n")
    }

    /// Found by a longer FuzzMarkdown run (Fuzz/Regressions/FuzzMarkdown/relative-link-named-javascript.md): a
    /// destination without a colon is a relative link, whatever its name; the harness had taken it for a scheme.
    @Test func aRelativeLinkNamedJavascriptStays() {
        let output = html("[a](javascript)\n\n[b](vbscript \"t\") ![c](file)")
        expectInert(output)
        #expect(output == "<p><a href=\"javascript\">a</a></p>\n<p><a href=\"vbscript\" title=\"t\">b</a> <img src=\"file\" alt=\"c\" /></p>\n")
    }

    @Test func unsafeModePassesTrustedHTMLThrough() {
        #expect(html("<div class=\"merknad\">hei</div>", .unsafe) == "<div class=\"merknad\">hei</div>\n")
        // Even unsafe mode keeps escaping text.
        #expect(html("a < b & c", .unsafe) == "<p>a &lt; b &amp; c</p>\n")
    }
}

@Suite struct HeadingAndExtensionTests {
    @Test func slugsKeepNorwegianLetters() {
        #expect(HeadingSlugger.slug("Bemanning og kompetanse") == "bemanning-og-kompetanse")
        #expect(HeadingSlugger.slug("Økonomi") == "økonomi")
        #expect(HeadingSlugger.slug("Barns medvirkning – «hva vi endret»") == "barns-medvirkning-hva-vi-endret")
        #expect(HeadingSlugger.slug("Tiltak 2025") == "tiltak-2025")
        #expect(HeadingSlugger.slug("!!!") == "avsnitt")
    }

    @Test func repeatedHeadingsGetNumberedIDs() {
        var slugger = HeadingSlugger()
        #expect(slugger.uniqueSlug("Status") == "status")
        #expect(slugger.uniqueSlug("Status") == "status-2")
        #expect(slugger.uniqueSlug("Status 2") == "status-2-2")
        #expect(slugger.uniqueSlug("Status") == "status-3")
    }

    @Test func tableOfContentsListsEveryHeadingInOrder() {
        let document = MarkdownParser.parse("# Om *barnevernet*\n\ntekst\n\n## Frister\n\n> ## Sitat\n\nUndersøkelser\n-------------\n\n## Frister\n")
        #expect(document.tableOfContents.map(\.id) == ["om-barnevernet", "frister", "sitat", "undersøkelser", "frister-2"])
        #expect(document.tableOfContents.map(\.level) == [1, 2, 2, 2, 2])
        #expect(document.tableOfContents[0].text == "Om barnevernet")
        #expect(document.tableOfContents[3].line == 9)
    }

    @Test func headingIDsMatchTheTableOfContents() {
        let output = HTMLWriter(options: HTMLOptions(headingIDs: true)).render(MarkdownParser.parse("# Økonomi\n\n# Økonomi"))
        #expect(output == "<h1 id=\"økonomi\">Økonomi</h1>\n<h1 id=\"økonomi-2\">Økonomi</h1>\n")
    }

    @Test func registeredFencedBlocksGoToTheirRenderer() {
        let options = HTMLOptions(fencedBlockRenderers: ["chart": { block in
            "<figure data-line=\"\(block.line)\" data-column=\"\(block.column)\">\(block.info)|\(block.text)</figure>\n"
        }])
        let output = HTMLWriter(options: options).render(MarkdownParser.parse("Tekst\n\n  ```chart stolper\n  a;1\n  ```\n\n```swift\nlet x = 1\n```"))
        #expect(output == "<p>Tekst</p>\n<figure data-line=\"3\" data-column=\"3\">chart stolper|a;1\n</figure>\n<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n")
    }

    @Test func invalidUTF8AndNULBecomeReplacementCharacters() {
        let output = HTMLWriter().render(MarkdownParser.parse([0x61, 0xFF, 0x00, 0x62]))
        #expect(output == "<p>a\u{FFFD}\u{FFFD}b</p>\n")
    }

    @Test func sourcePositionsAreKept() {
        let document = MarkdownParser.parse("tekst\n\n- punkt\n\n  > sitat")
        let list = document[Document.root].lastChild
        #expect(document[list].kind == .list)
        #expect(document[list].line == 3 && document[list].column == 1)
        let item = document[list].firstChild
        let quote = document[item].lastChild
        #expect(document[quote].kind == .blockQuote && document[quote].line == 5 && document[quote].column == 3)
    }
}
