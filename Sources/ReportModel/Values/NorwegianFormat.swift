import NumberFormatting

/// Numbers written the Norwegian way: a no-break space between thousands and a decimal comma
/// (`1 234`, `12,5`), so that a number never breaks across lines. The digits come from
/// `NumberFormatting`, the one formatter the report and its charts share.
public enum NorwegianFormat {
    /// The space between groups of thousands and before units (U+00A0).
    public static let space = NorwegianNumber.groupSeparator

    /// `value` rounded half away from zero to `decimals` places; with `trimZeroDecimals`, `85,0` is
    /// written `85`. Total: NaN is «–», infinity «∞», and 10^20 or 10^300 print in full.
    public static func number(_ value: Double, decimals: Int, trimZeroDecimals: Bool = false) -> String {
        NorwegianNumber.format(value, decimals: decimals, trimZeroDecimals: trimZeroDecimals)
    }
}
