// Module `Charts`: small, generic inline-SVG charts (grouped bars, lines, horizontal stacked bars) for an
// accessible HTML report. It knows nothing of the report's domain: callers hand in categories, series and
// preformatted labels, and get back one self-contained `<svg>` element with no styles, scripts or external
// references. Foundation is deliberately not used, so every number is formatted by hand.
