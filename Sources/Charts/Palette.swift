/// Colours for series and text: a colour-blind-safe set drawn from Okabe–Ito and Tol's palettes, darkened
/// where needed so each fill has at least 3:1 contrast against white and a text colour with at least 4.5:1.
public struct Palette: Sendable, Equatable {
    /// A series colour and the text colour readable on it.
    public struct Entry: Sendable, Equatable {
        /// The fill or stroke colour, `#rrggbb`.
        public let fill: String
        /// `#ffffff` or `#1a1a1a`, whichever reaches 4.5:1 on `fill`.
        public let text: String
    }

    /// The series colours in order; blue and orange come first because they stay apart for every colour-vision type.
    public static let entries: [Entry] = [
        Entry(fill: "#0072B2", text: "#ffffff"),
        Entry(fill: "#DB6300", text: "#1a1a1a"),
        Entry(fill: "#009E73", text: "#1a1a1a"),
        Entry(fill: "#CC79A7", text: "#1a1a1a"),
        Entry(fill: "#882255", text: "#ffffff"),
        Entry(fill: "#999933", text: "#1a1a1a"),
        Entry(fill: "#332288", text: "#ffffff"),
    ]

    /// The entry for series `index`, repeating after the last colour.
    public static func entry(_ index: Int) -> Entry {
        entries[((index % entries.count) + entries.count) % entries.count]
    }

    /// Ordinary text on white.
    public static let text = "#1a1a1a"
    /// The baseline and frame; dark enough (4.5:1) to read as an axis.
    public static let axis = "#767676"
    /// Gridlines: deliberately faint, they only guide the eye.
    public static let grid = "#d9d9d9"
    /// Background, used to separate neighbouring shapes.
    public static let background = "#ffffff"
}
