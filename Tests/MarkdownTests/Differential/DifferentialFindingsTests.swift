import Markdown
import Testing

/// More minimal inputs found by the differential test on random seeds, with the HTML the specs give.
/// Where this renderer was wrong the test pins the fix; where cmark-gfm 0.29 is behind the spec (a known
/// difference in `DifferentialTests`) it pins the spec's answer, so the known difference cannot hide a
/// later change of ours.
extension DifferentialFindingsTests {
    // MARK: Found on seeds 3920438034 and 3292783145: this renderer was wrong

    /// CommonMark 2.5 exempts only code spans and code blocks from character references, so they count
    /// in `<scheme:…>` autolinks too (cmark decodes them; commonmark.js issue 263 fixed the same bug).
    @Test func characterReferencesInAnAutolinkAreDecoded() {
        #expect(html("<ab:&#1;>") == "<p><a href=\"ab:%01\">ab:\u{01}</a></p>\n")
        #expect(html("<ps:&copy;>") == "<p><a href=\"ps:%C2%A9\">ps:©</a></p>\n")
        #expect(html("<ps:&quot;&lt;>") == "<p><a href=\"ps:%22%3C\">ps:&quot;&lt;</a></p>\n")
        #expect(html("<https://a.no/?x=1&amp;y=2>") == "<p><a href=\"https://a.no/?x=1&amp;y=2\">https://a.no/?x=1&amp;y=2</a></p>\n")
    }

    @Test func backslashesInAnAutolinkStayLiteralBesideAReference() {
        #expect(html("<ps:\\&amp;>") == "<p><a href=\"ps:%5C&amp;\">ps:\\&amp;</a></p>\n")
        #expect(html("<ps:&nosuch;>") == "<p><a href=\"ps:&amp;nosuch;\">ps:&amp;nosuch;</a></p>\n")
    }

    // MARK: Found on seeds 3903743884, 1994979398 and 3292783145: cmark-gfm 0.29 is behind the spec

    /// `\"` is an escaped quote, so it cannot close the title (known difference backslash-before-a-closing-title-quote).
    @Test func anEscapedQuoteDoesNotCloseATitle() {
        #expect(html("[](d \"\\\")") == "<p>[](d &quot;&quot;)</p>\n")
        #expect(html("[](d '\\')") == "<p>[](d '')</p>\n")
        #expect(html("[a]: d \"\\\"\n\n[a]") == "<p>[a]: d &quot;&quot;</p>\n<p>[a]</p>\n")
        #expect(html("[](d \"\\\\\")") == "<p><a href=\"d\" title=\"\\\"></a></p>\n")
    }

    /// Spaces and tabs inside `<…>` belong to the destination, at its ends too (known difference
    /// spaces-at-the-ends-of-an-angle-destination).
    @Test func spacesAtTheEndsOfAnAngleDestinationAreKept() {
        #expect(html("[](< >)") == "<p><a href=\"%20\"></a></p>\n")
        #expect(html("[](<\t>)") == "<p><a href=\"%09\"></a></p>\n")
        #expect(html("[a]: < b >\n\n[a]") == "<p><a href=\"%20b%20\">a</a></p>\n")
    }

    /// A definition above a table's header row is still a definition (known difference
    /// paragraph-before-a-table-header), whatever the delimiter row's shape.
    @Test func aDefinitionAboveATableHeaderIsADefinition() {
        let headerOnly = "<table>\n<thead>\n<tr>\n<th>i</th>\n</tr>\n</thead>\n</table>\n"
        #expect(html("[b]:'\ni\n|-\n\n[b]") == headerOnly + "<p><a href=\"&#x27;\">b</a></p>\n")
        #expect(html("[x]:\"\ni\n-:") == "<table>\n<thead>\n<tr>\n<th align=\"right\">i</th>\n</tr>\n</thead>\n</table>\n")
    }

    /// An open `![` keeps extended autolinks off after a link inside it, as before it: it can still close
    /// (known difference autolink-after-a-link-inside-an-open-image, seed 244557559).
    @Test func anOpenImageBracketStillStopsAutolinksAfterALinkInsideIt() {
        #expect(html("![[]()http://x") == "<p>![<a href=\"\"></a>http://x</p>\n")
        #expect(html("![[]()http://x](y)") == "<p><img src=\"y\" alt=\"http://x\" /></p>\n")
        #expect(html("![[a](b)](c) http://x") == "<p><img src=\"c\" alt=\"a\" /> <a href=\"http://x\">http://x</a></p>\n")
    }

    /// Seven decimal or six hexadecimal digits at most (CommonMark 2.5, example 28; seed 1838644905).
    @Test func aNumericReferenceWithTooManyDigitsIsText() {
        #expect(html("&#xF61F600;") == "<p>&amp;#xF61F600;</p>\n")
        #expect(html("&#87654321;") == "<p>&amp;#87654321;</p>\n")
        #expect(html("&#1234567; &#x10FFFF;") == "<p>\u{FFFD} \u{10FFFF}</p>\n")
    }

    /// A lazy line that begins the paragraph once the definitions above it are taken loses its indent
    /// (CommonMark 4.8; seeds 2361419656 and 1218464430).
    @Test func aLazyLineAfterDefinitionsLosesItsIndent() {
        #expect(html(">[b]:o\n ~") == "<blockquote>\n<p>~</p>\n</blockquote>\n")
        #expect(html(">[b]:o\n   ~ [b]") == "<blockquote>\n<p>~ <a href=\"o\">b</a></p>\n</blockquote>\n")
        #expect(html("2. [b]:'\n 1") == "<ol start=\"2\">\n<li>1</li>\n</ol>\n")
    }

    /// An inline declaration is `<!`, a letter and anything up to `>`, with no white space needed after the
    /// name (CommonMark 6.6; seeds 1390839697 and 620800170).
    @Test func aDeclarationNeedsNoWhiteSpaceAfterItsName() {
        #expect(html("a <!D>") == "<p>a <!D></p>\n")
        #expect(html("]<!D>") == "<p>]<!D></p>\n")
        #expect(html("a <!D x>") == "<p>a <!D x></p>\n")
    }

    /// `[ ]` is no link label, so it stays text after a shortcut reference (CommonMark 6.3; seed 3672309090).
    @Test func aLabelOfOnlyWhiteSpaceIsText() {
        #expect(html("[ref]:o\n[ref][ ]") == "<p><a href=\"o\">ref</a>[ ]</p>\n")
        #expect(html("[ref]:o\n[ref][]") == "<p><a href=\"o\">ref</a></p>\n")
    }
}
