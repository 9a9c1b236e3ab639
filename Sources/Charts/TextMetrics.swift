/// Text sizes from the advance widths of the chart font (Liberation Sans Regular, metric-compatible with
/// Arial), so that labels can be placed without a renderer and checked not to collide.
///
/// Widths are in thousandths of an em, rounded up. Kerning only narrows text, and every estimate is
/// widened by `safety`, so Helvetica on a Mac or Roboto on Android (within a few per cent of Arial)
/// fit the same boxes. A character outside the table counts as a full em, wider than any glyph it has.
enum TextMetrics {
    /// Arial first (Windows, macOS, iOS), Liberation Sans where fontconfig has it, then the closest.
    static let fontFamily = "Arial, 'Liberation Sans', Helvetica, sans-serif"
    /// The font's ascent and descent (hhea) in ems: the height of a text box as a browser reports it.
    static let ascent = 0.906
    static let descent = 0.212
    /// Added above and below a box: browsers round ascent and descent up to whole pixels (a 14 px line
    /// measures 16 px, not 15,7).
    static let verticalPadding = 1.0
    /// The widening applied to every width.
    static let safety = 1.06

    /// U+0020…U+007E.
    private static let ascii: [UInt16] = [
        278, 278, 355, 557, 557, 890, 667, 191, 334, 334, 390, 584, 278, 334, 278, 278,
        557, 557, 557, 557, 557, 557, 557, 557, 557, 557, 278, 278, 584, 584, 584, 557,
        1016, 667, 667, 723, 723, 667, 611, 778, 723, 278, 500, 667, 557, 834, 723, 778,
        667, 778, 723, 667, 611, 723, 667, 944, 667, 667, 611, 278, 278, 278, 470, 557,
        334, 557, 557, 500, 557, 557, 278, 557, 557, 223, 223, 500, 223, 834, 557, 557,
        557, 557, 334, 500, 278, 557, 500, 723, 500, 500, 500, 334, 260, 334, 584,
    ]

    /// U+00A0…U+017F: Latin-1 and Latin Extended-A (æ, ø, å, and the letters of Sámi and neighbours).
    private static let latin: [UInt16] = [
        278, 334, 557, 557, 557, 557, 260, 557, 334, 737, 371, 557, 584, 334, 737, 553,
        400, 549, 334, 334, 334, 577, 538, 278, 334, 334, 366, 557, 834, 834, 834, 611,
        667, 667, 667, 667, 667, 667, 1000, 723, 667, 667, 667, 667, 278, 278, 278, 278,
        723, 723, 778, 778, 778, 778, 778, 584, 778, 723, 723, 723, 723, 667, 667, 611,
        557, 557, 557, 557, 557, 557, 890, 500, 557, 557, 557, 557, 278, 278, 278, 278,
        557, 557, 557, 557, 557, 557, 557, 549, 611, 557, 557, 557, 557, 500, 557, 500,
        667, 557, 667, 557, 667, 557, 723, 500, 723, 500, 723, 500, 723, 500, 723, 615,
        723, 557, 667, 557, 667, 557, 667, 557, 667, 557, 667, 557, 778, 557, 778, 557,
        778, 557, 778, 557, 723, 557, 723, 557, 278, 278, 278, 278, 278, 278, 278, 223,
        278, 278, 735, 444, 500, 223, 667, 500, 500, 557, 223, 557, 223, 557, 292, 557,
        334, 557, 223, 723, 557, 723, 557, 723, 557, 605, 724, 557, 778, 557, 778, 557,
        778, 557, 1000, 944, 723, 334, 723, 334, 723, 334, 667, 500, 667, 500, 667, 500,
        667, 500, 611, 278, 611, 375, 611, 278, 723, 557, 723, 557, 723, 557, 723, 557,
        723, 557, 723, 557, 944, 723, 667, 500, 667, 611, 500, 611, 500, 611, 500, 223,
    ]

    /// Punctuation and signs a report writes: dashes, the minus sign, per mille, quotes, ellipsis.
    private static let other: [UInt32: UInt16] = [
        0x2010: 334, 0x2011: 334, 0x2013: 557, 0x2014: 1000, 0x2018: 223, 0x2019: 223, 0x201C: 334,
        0x201D: 334, 0x2022: 351, 0x2026: 1000, 0x2030: 1000, 0x20AC: 557, 0x2212: 584, 0x2248: 549,
        0x2264: 549, 0x2265: 549, 0x221E: 713,
    ]

    /// The advance of one scalar in thousandths of an em.
    static func advance(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch value {
        case 0x20...0x7E: return Int(ascii[Int(value - 0x20)])
        case 0xA0...0x17F: return Int(latin[Int(value - 0xA0)])
        default: return Int(other[value] ?? 1000)
        }
    }

    /// The estimated width of `text` at `size`, widened by `safety`.
    static func width(_ text: String, size: Double) -> Double {
        var total = 0
        for scalar in text.unicodeScalars { total += advance(scalar) }
        return Double(total) / 1000 * size * safety
    }

    /// The height of one line's box at `size`.
    static func boxHeight(size: Double) -> Double { (ascent + descent) * size + 2 * verticalPadding }

    /// Greedy word wrap on spaces into lines no wider than `width`; a word wider than a line is broken
    /// between characters. With `maximumLines`, the last line kept ends in «…» when text was left out.
    static func wrap(_ text: String, width: Double, size: Double, maximumLines: Int = .max) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return [] }
        var lines: [String] = []
        var current = ""
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if self.width(candidate, size: size) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            var pieces = breakWord(word, width: width, size: size)
            current = pieces.removeLast()
            lines += pieces
        }
        lines.append(current)
        guard lines.count > maximumLines, maximumLines > 0 else { return lines }
        var kept = Array(lines.prefix(maximumLines))
        kept[maximumLines - 1] = ellipsised(kept[maximumLines - 1] + " …", width: width, size: size)
        return kept
    }

    /// Items joined by `separator` into lines no wider than `width`, breaking between items where it can,
    /// so that «Helt uenig: 3,4 %» stays on one line; an item wider than a line wraps on its own.
    static func wrap(items: [String], separator: String, width: Double, size: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for item in items where !item.isEmpty {
            let candidate = current.isEmpty ? item : current + separator + item
            if self.width(candidate.trimmingTrailingSpaces(), size: size) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current.trimmingTrailingSpaces()) }
            var pieces = wrap(item, width: width, size: size)
            current = pieces.popLast() ?? ""
            lines += pieces
        }
        if !current.isEmpty { lines.append(current.trimmingTrailingSpaces()) }
        return lines
    }

    /// `text` cut from the end until it and a trailing «…» fit in `width`.
    static func ellipsised(_ text: String, width: Double, size: Double) -> String {
        guard self.width(text, size: size) > width else { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingTrailingSpaces() + "…"
            if self.width(candidate, size: size) <= width { return candidate }
        }
        return "…"
    }

    /// A word in pieces that each fit `width` (at least one character per piece).
    private static func breakWord(_ word: String, width: Double, size: Double) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in word {
            let candidate = current + String(character)
            if !current.isEmpty, self.width(candidate, size: size) > width {
                pieces.append(current)
                current = String(character)
            } else {
                current = candidate
            }
        }
        pieces.append(current)
        return pieces
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
