/// What the parser recognises beyond CommonMark.
public struct ParseOptions: Sendable {
    /// GFM tables.
    public var tables: Bool
    /// GFM strikethrough (`~text~`, `~~text~~`).
    public var strikethrough: Bool
    /// GFM extended autolinks (`www.`, `http://`, `https://`, `ftp://`, e-mail addresses without `<>`).
    public var autolinks: Bool
    /// GFM task list items (`- [ ] x`, `- [x] x`).
    public var taskLists: Bool
    /// GFM's tag filter: where raw HTML is written through (unsafe HTML output), `<title>`, `<textarea>`,
    /// `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`, `<script>` and `<plaintext>` are escaped.
    public var tagFilter: Bool
    /// Footnotes as cmark-gfm writes them: `text[^1]` and `[^1]: the note`.
    public var footnotes: Bool

    /// Creates options; by default every GFM extension is on.
    public init(
        tables: Bool = true, strikethrough: Bool = true, autolinks: Bool = true, taskLists: Bool = true,
        tagFilter: Bool = true, footnotes: Bool = true
    ) {
        self.tables = tables
        self.strikethrough = strikethrough
        self.autolinks = autolinks
        self.taskLists = taskLists
        self.tagFilter = tagFilter
        self.footnotes = footnotes
    }

    /// Plain CommonMark, no extensions.
    public static let commonMark = ParseOptions(
        tables: false, strikethrough: false, autolinks: false, taskLists: false, tagFilter: false, footnotes: false)
    /// CommonMark with all six extensions of cmark-gfm (table, strikethrough, autolink, tasklist, tagfilter, footnotes).
    public static let gfm = ParseOptions()
}
