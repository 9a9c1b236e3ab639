/// Numbers for SVG attributes: at most one decimal, `.` as decimal point, never NaN or infinity.
enum SVGNumber {
    /// Coordinates beyond this are clamped; nothing in a chart 696 units wide comes near it.
    static let limit = 1e9

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((min(max(value, -limit), limit) * 10).rounded())
        let magnitude = tenths.magnitude
        let whole = magnitude / 10
        let fraction = magnitude % 10
        // Decide the sign from the rounded value so that -0.04 becomes "0", not "-0".
        let sign = tenths < 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
