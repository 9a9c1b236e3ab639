/// What the parser recognises beyond CommonMark.
public struct ParseOptions: Sendable {
    /// GFM tables.
    public var tables: Bool
    /// GFM strikethrough (`~text~`, `~~text~~`).
    public var strikethrough: Bool
    /// GFM extended autolinks (`www.`, `http://`, `https://`, e-mail addresses without `<>`).
    public var autolinks: Bool
    /// GFM task list items (`- [ ]`, `- [x]`).
    public var taskLists: Bool

    /// Creates options; by default every GFM extension is on.
    public init(tables: Bool = true, strikethrough: Bool = true, autolinks: Bool = true, taskLists: Bool = true) {
        self.tables = tables
        self.strikethrough = strikethrough
        self.autolinks = autolinks
        self.taskLists = taskLists
    }

    /// Plain CommonMark, no extensions.
    public static let commonMark = ParseOptions(tables: false, strikethrough: false, autolinks: false, taskLists: false)
    /// CommonMark with the four GFM extensions this renderer supports.
    public static let gfm = ParseOptions()
}
