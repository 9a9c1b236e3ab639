// Module `Charts`: small, generic inline-SVG charts (grouped bars, lines, horizontal stacked bars) for an
// accessible HTML report. It knows nothing of the report's domain and holds no words of its own: callers
// hand in categories, series, preformatted labels and the few texts a chart adds (`ChartTexts`), and get
// back one self-contained `<svg>` element per layout (narrow for phones, wide for laptops and paper) with
// no styles, scripts or external references. Text boxes are estimated from the font's advance widths
// (`TextMetrics`) so that labels are placed without collisions; tick numbers come from `NumberFormatting`.
