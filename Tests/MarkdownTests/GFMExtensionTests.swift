import Markdown
import Testing

/// The differences from cmark-gfm that issue 17 listed, each at its cause, and the two extensions it
/// added (tag filter, footnotes). Expected HTML is what cmark-gfm writes with all six extensions.
@Suite struct GFMExtensionTests {
    func html(_ markdown: String, _ options: HTMLOptions = .unsafe) -> String {
        HTMLWriter(options: options).render(MarkdownParser.parse(markdown))
    }

    // MARK: Extended autolinks work on the source characters

    @Test func anAutolinkRunsThroughEmphasisMarkersAndDropsTheTrailingOne() {
        #expect(html("https://x*emph*") == "<p><a href=\"https://x*emph\">https://x*emph</a>*</p>\n")
    }

    @Test func anEntityAfterAnAutolinkIsNotPartOfIt() {
        #expect(html("https://www&amp;") == "<p><a href=\"https://www\">https://www</a>&amp;</p>\n")
    }

    @Test func wwwWithoutADomainIsText() {
        #expect(html("www.") == "<p>www.</p>\n")
    }

    @Test func noAutolinkInsideAnOpenBracket() {
        #expect(html("[http://example.com") == "<p>[http://example.com</p>\n")
        #expect(html("[a] http://example.com") == "<p>[a] <a href=\"http://example.com\">http://example.com</a></p>\n")
    }

    @Test func aMailtoAutolinkIsLinkedWhole() {
        #expect(html("mailto:a@b.baz") == "<p><a href=\"mailto:a@b.baz\">mailto:a@b.baz</a></p>\n")
        #expect(html("post@fjordvik.kommune.no") == "<p><a href=\"mailto:post@fjordvik.kommune.no\">post@fjordvik.kommune.no</a></p>\n")
    }

    @Test func codeSpansAndStrikethroughAroundAutolinksFollowTheSource() {
        #expect(html("~~www.bufdir.no~~") == "<p><del><a href=\"http://www.bufdir.no\">www.bufdir.no</a></del></p>\n")
        #expect(html("`http://x.no` http://y.no/`a`") == "<p><code>http://x.no</code> <a href=\"http://y.no/%60a%60\">http://y.no/`a`</a></p>\n")
        #expect(html("WWW.x.no") == "<p>WWW.x.no</p>\n")
    }

    // MARK: Tables

    @Test func aPipeWithoutCellsIsNoTableHeader() {
        #expect(html("|\n-|") == "<p>|\n-|</p>\n")
    }

    @Test func aListMarkerBeatsADelimiterRow() {
        #expect(html("over||\n- |-") == "<p>over||</p>\n<ul>\n<li>|-</li>\n</ul>\n")
    }

    @Test func anIndentedLineAfterATableIsCode() {
        #expect(html("a|b\n-|-\n     x") == "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n</table>\n<pre><code> x\n</code></pre>\n")
    }

    @Test func aBlockStartEndsATable() {
        #expect(html("a|b\n-|-\n> q").hasSuffix("</table>\n<blockquote>\n<p>q</p>\n</blockquote>\n"))
        #expect(html("a|b\n-|-\nc\n- d").hasSuffix("<td>c</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n<ul>\n<li>d</li>\n</ul>\n"))
    }

    // MARK: Task items, tabs in fenced code, byte-order mark

    @Test func aTaskMarkerNeedsWhiteSpaceAfterIt() {
        #expect(html("- [ ]") == "<ul>\n<li>[ ]</li>\n</ul>\n")
        #expect(html("- [ ] \n- [x]\tja") == "<ul>\n<li><input disabled=\"\" type=\"checkbox\"> </li>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> ja</li>\n</ul>\n")
    }

    @Test func aTabInAFencedBlocksIndentationIsSplitIntoSpaces() {
        #expect(html("  ```\n\tx") == "<pre><code>  x\n</code></pre>\n")
    }

    @Test func aLeadingByteOrderMarkIsNotText() {
        #expect(html("\u{FEFF}# Overskrift") == "<h1>Overskrift</h1>\n")
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Overskrift".utf8)
        #expect(HTMLWriter().render(MarkdownParser.parse(bytes)) == "<h1>Overskrift</h1>\n")
    }

    // MARK: Tag filter

    @Test func theTagFilterEscapesTheNineTagsInRawHTML() {
        #expect(html("<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>")
            == "<p><strong> &lt;title> &lt;style> <em></p>\n<blockquote>\n  &lt;xmp> is disallowed.  &lt;XMP> is also disallowed.\n</blockquote>\n")
        #expect(html("a <script>x</script> <iframe/> <noembed x> </plaintext>") == "<p>a &lt;script>x&lt;/script> &lt;iframe/> &lt;noembed x> &lt;/plaintext></p>\n")
        #expect(html("<scripts> <textarea2>") == "<p><scripts> <textarea2></p>\n")
    }

    @Test func safeModeStillEscapesAllRawHTML() {
        #expect(html("<title>x</title> <b>y</b>", HTMLOptions()) == "<p>&lt;title&gt;x&lt;/title&gt; &lt;b&gt;y&lt;/b&gt;</p>\n")
    }

    // MARK: Footnotes

    @Test func footnotesAreNumberedByFirstReferenceWithBackLinks() {
        #expect(html("a[^x] b[^x] c[^y]\n\n[^y]: to\n[^x]: *en*\n[^x]: dup\n[^ubrukt]: z\n") == """
            <p>a<sup class="footnote-ref"><a href="#fn-x" id="fnref-x" data-footnote-ref>1</a></sup> \
            b<sup class="footnote-ref"><a href="#fn-x" id="fnref-x-2" data-footnote-ref>1</a></sup> \
            c<sup class="footnote-ref"><a href="#fn-y" id="fnref-y" data-footnote-ref>2</a></sup></p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-x">
            <p><em>en</em> <a href="#fnref-x" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" \
            aria-label="Back to reference 1">↩</a> <a href="#fnref-x-2" class="footnote-backref" data-footnote-backref \
            data-footnote-backref-idx="1-2" aria-label="Back to reference 1-2">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            <li id="fn-y">
            <p>to <a href="#fnref-y" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="2" \
            aria-label="Back to reference 2">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func anUndefinedFootnoteStaysText() {
        #expect(html("Kilde[^mangler] og ![^x]") == "<p>Kilde[^mangler] og ![^x]</p>\n")
    }

    @Test func footnoteIDsTakeAPrefixAndTheBackLabelCanBeNorwegian() {
        var options = HTMLOptions()
        options.footnoteIDPrefix = "kapittel-2-"
        options.footnoteBackLabel = "Tilbake til henvisning"
        #expect(html("Tall[^ssb].\n\n[^ssb]: SSB, tabell 12345.", options) == """
            <p>Tall<sup class="footnote-ref"><a href="#kapittel-2-fn-ssb" id="kapittel-2-fnref-ssb" data-footnote-ref>1</a></sup>.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="kapittel-2-fn-ssb">
            <p>SSB, tabell 12345. <a href="#kapittel-2-fnref-ssb" class="footnote-backref" data-footnote-backref \
            data-footnote-backref-idx="1" aria-label="Tilbake til henvisning 1">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func safeModeAppliesInsideFootnotes() {
        let output = html("x[^1]\n\n[^1]: Se <script>alert(1)</script> og [a](javascript:alert(1))", HTMLOptions())
        #expect(output.contains("<p>Se &lt;script&gt;alert(1)&lt;/script&gt; og a <a href=\"#fnref-1\""))
        #expect(!output.contains("<script") && !output.contains("javascript:"))
    }

    @Test func aFootnoteLabelCannotBreakOutOfItsAttributes() {
        let output = html("x[^\"><script>]\n\n[^\"><script>]: y", HTMLOptions())
        #expect(output.contains("href=\"#fn-%22%3E%3Cscript%3E\""))
        #expect(!output.contains("<script"))
    }
}

/// Differences the differential test against cmark-gfm found, each fixed at its cause.
@Suite struct DifferentialFindingsTests {
    func html(_ markdown: String) -> String {
        HTMLWriter(options: .unsafe).render(MarkdownParser.parse(markdown))
    }

    @Test func aTabBeforeALineEndIsTrimmedLikeSpaces() {
        #expect(html("r\t\n~") == "<p>r\n~</p>\n")
        #expect(html("]\t\na") == "<p>]\na</p>\n")
    }

    @Test func aTableRowIsNotABlankLineForListTightness() {
        #expect(html("+ ||\n  -:\n  ;\n+ ;").hasSuffix("</table>\n</li>\n<li>;</li>\n</ul>\n"))
        #expect(html("* b\n* ||\n  |-\n  **\n  [^e]:").hasPrefix("<ul>\n<li>b</li>\n"))
    }
}

extension DifferentialFindingsTests {
    /// cmark-gfm counts a table's delimiter row as a blank line for list tightness, but not a body row.
    @Test func aListItemEndingInAHeaderOnlyTableMakesTheListLoose() {
        #expect(html("- g\n  -|\n- ]").hasSuffix("</table>\n</li>\n<li>\n<p>]</p>\n</li>\n</ul>\n"))
        #expect(html("+ ,|||\n  -|-|-\n  |").hasSuffix("</table>\n<p>|</p>\n</li>\n</ul>\n"))
    }
}

extension DifferentialFindingsTests {
    /// cmark-gfm 0.29's domain check stops at the first punctuation, backslash included, and links the rest.
    @Test func aBackslashEndsTheDomainButNotTheLink() {
        #expect(html("ftp://f\\_\\") == "<p><a href=\"ftp://f%5C_%5C\">ftp://f\\_\\</a></p>\n")
    }
}
