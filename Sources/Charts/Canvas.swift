/// The sizes of one drawing, in viewBox units.
///
/// One SVG scales as a whole, so one drawing cannot serve both a 350 px phone column (text ≥ 12 px)
/// and the 696 px laptop column (text near the body's size) at once: shown 1:1 on the laptop, its
/// phone text would be half size; shown at 12 px on the phone, its laptop text would be 24 px. Hence
/// two drawings: `narrow` is 340 wide with 13–14 unit text, so a 350 px column (390 px phone) shows it
/// at 13.4–14.4 px and a 320 px column (360 px phone) still at 12.2 px; `wide` is 696 wide with 14–15
/// unit text, 1:1 in the laptop column, still ≥ 12 px down to a 600 px column, and 13 px (10 pt) across
/// an A4 text block.
struct Canvas: Equatable {
    let width: Double
    /// Legend, category and direct labels.
    let fontSize: Double
    /// Tick labels, value labels and notes: the floor for any text.
    let smallFontSize: Double
    let lineHeight: Double
    let plotHeight: Double
    /// Free space along the SVG's edges.
    let margin: Double
    /// The gap kept between two text boxes.
    let gap: Double

    static func of(_ layout: ChartLayout) -> Canvas {
        switch layout {
        case .narrow:
            return Canvas(width: 340, fontSize: 14, smallFontSize: 13, lineHeight: 18, plotHeight: 180, margin: 4, gap: 2)
        case .wide:
            return Canvas(width: 696, fontSize: 15, smallFontSize: 14, lineHeight: 19, plotHeight: 230, margin: 4, gap: 2)
        }
    }

    var right: Double { width - margin }

    /// The line height for text at `size`: the box height and a little air, so that two texts a line
    /// apart never touch.
    func lineHeight(for size: Double) -> Double {
        size == fontSize ? lineHeight : TextMetrics.boxHeight(size: size).rounded(.up) + 1
    }
}
