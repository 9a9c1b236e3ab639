/// Colours for series: every fill has at least 3:1 contrast against white, and carries a text colour
/// (white or near-black) with at least 4.5:1 on it.
public struct Palette: Sendable, Equatable {
    /// A series colour and the text colour readable on it.
    public struct Entry: Sendable, Equatable {
        /// The fill or stroke colour, `#rrggbb`.
        public let fill: String
        /// `#ffffff` or `#1a1a1a`, whichever reaches 4.5:1 on `fill`.
        public let text: String
    }

    /// Distinct hues in order, drawn from Okabe–Ito and Tol and darkened where needed; blue and orange
    /// come first because they stay apart for every colour-vision type.
    public static let entries: [Entry] = [
        Entry(fill: "#0072B2", text: "#ffffff"),
        Entry(fill: "#DB6300", text: "#1a1a1a"),
        Entry(fill: "#009E73", text: "#1a1a1a"),
        Entry(fill: "#CC79A7", text: "#1a1a1a"),
        Entry(fill: "#882255", text: "#ffffff"),
        Entry(fill: "#999933", text: "#1a1a1a"),
        Entry(fill: "#332288", text: "#ffffff"),
    ]

    /// Blue shades for the first pole of a diverging scale, darkest (the pole itself) first.
    public static let divergingFirst: [Entry] = [
        Entry(fill: "#08519C", text: "#ffffff"),
        Entry(fill: "#2B6CB0", text: "#ffffff"),
        Entry(fill: "#5B8FC9", text: "#1a1a1a"),
    ]

    /// Orange-brown shades for the other pole, darkest (the pole itself) first. Blue against orange is
    /// the pair that stays apart for protanopia, deuteranopia and tritanopia alike.
    public static let divergingSecond: [Entry] = [
        Entry(fill: "#8C3A00", text: "#ffffff"),
        Entry(fill: "#B35806", text: "#ffffff"),
        Entry(fill: "#D0701F", text: "#1a1a1a"),
    ]

    /// The neutral answer: a grey with no hue, so it reads as neither side.
    public static let neutral = Entry(fill: "#8F8F8F", text: "#1a1a1a")

    /// The entry for series `index` of `count` under `palette`.
    static func entry(_ index: Int, of count: Int, palette: ChartPalette) -> Entry {
        switch palette {
        case .categorical:
            return entries[((index % entries.count) + entries.count) % entries.count]
        case .diverging(let neutral):
            return diverging(index, of: count, neutral: neutral)
        }
    }

    /// Shades darken from the middle out to each pole: one step per side is the dark shade, two are dark
    /// and light, three add the medium; further steps share the dark shade rather than invent a colour
    /// below 3:1 against white.
    private static func diverging(_ index: Int, of count: Int, neutral: Int?) -> Entry {
        let middle: Double
        if let neutral, neutral >= 0, neutral < count {
            if index == neutral { return Palette.neutral }
            middle = Double(neutral)
        } else {
            middle = Double(count - 1) / 2
        }
        let position = Double(index)
        let firstSide = position < middle
        let stepsOnSide = max(1, Int((firstSide ? middle : Double(count - 1) - middle).rounded(.up)))
        let distance = max(1, Int((firstSide ? middle - position : position - middle).rounded(.up)))
        let shade: Int
        switch stepsOnSide {
        case 1: shade = 0
        case 2: shade = distance >= 2 ? 0 : 2
        default: shade = max(0, 3 - distance)
        }
        return (firstSide ? divergingFirst : divergingSecond)[shade]
    }

    /// Ordinary text: the page's text colour, so forced-colours mode can replace it.
    public static let text = "currentColor"
    /// The zero line and frame; dark enough (4.5:1) to read as an axis.
    public static let axis = "#767676"
    /// Gridlines: deliberately faint, they only guide the eye.
    public static let grid = "#d9d9d9"
    /// Background, used to separate neighbouring shapes.
    public static let background = "#ffffff"
}
