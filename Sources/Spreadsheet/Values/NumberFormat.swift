/// How a cell's number format shows a number: as Norwegian Excel would.
///
/// Only what changes the text a user reads is kept: date and time formats become `dd.mm.åååå`,
/// `dd.mm.åååå hh:mm` or `hh:mm`, whatever their code says (Norwegian Excel shows the built-in date
/// formats in the locale's order); numbers get the format's decimals, grouping, percent, scientific
/// notation and literal text, with decimal comma and a no-break space between thousands.
enum NumberFormat: Sendable, Hashable {
    case general
    case date
    case dateTime
    case time(seconds: Bool)
    case number(NumberPattern)

    /// The format of built-in id `id` (ECMA-376 Part 1 § 18.8.30); unknown ids show as General.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 1: return .number(NumberPattern(decimals: 0))
        case 2: return .number(NumberPattern(decimals: 2))
        case 3, 37, 38: return .number(NumberPattern(decimals: 0, grouping: true))
        case 4, 39, 40: return .number(NumberPattern(decimals: 2, grouping: true))
        case 9: return .number(NumberPattern(decimals: 0, percent: true, suffix: "%"))
        case 10: return .number(NumberPattern(decimals: 2, percent: true, suffix: "%"))
        case 11: return .number(NumberPattern(decimals: 2, scientific: true))
        case 48: return .number(NumberPattern(decimals: 1, scientific: true))
        case 14, 15, 16, 17: return .date
        case 18, 20, 45: return .time(seconds: false)
        case 19, 21, 46, 47: return .time(seconds: true)
        case 22: return .dateTime
        default: return .general
        }
    }

    /// The format a custom code describes (`dd.mm.yyyy`, `0.0%`, `#,##0" kr"`, `[Red]-0.00` …).
    static func parse(_ code: String) -> NumberFormat {
        let section = Self.sections(code).first ?? ""
        let tokens = FormatTokens(section)
        if tokens.isGeneral { return .general }
        if tokens.hasDate || tokens.hasTime {
            if tokens.hasDate { return tokens.hasTime ? .dateTime : .date }
            return .time(seconds: tokens.hasSeconds)
        }
        guard tokens.hasDigits else { return .general }
        return .number(NumberPattern(tokens: tokens, negativeSection: Self.sections(code).count > 1 ? Self.sections(code)[1] : nil))
    }

    /// The `;`-separated sections of a code (positive; negative; zero; text), quotes and escapes respected.
    static func sections(_ code: String) -> [String] {
        var sections: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in code {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; current.append(character); continue }
            if character == "\"" { quoted.toggle() }
            if character == ";", !quoted { sections.append(current); current = ""; continue }
            current.append(character)
        }
        sections.append(current)
        return sections
    }
}

/// The parts of a number format that decide the digits shown.
struct NumberPattern: Sendable, Hashable {
    var decimals: Int
    var grouping = false
    var percent = false
    var scientific = false
    /// Each trailing comma after the digits divides by 1 000 (`#,##0,` shows thousands).
    var scale = 0
    var prefix = ""
    var suffix = ""
    /// For a format with a negative section: what stands around the digits there (`(` `)` or `-`).
    var negativePrefix: String? = nil
    var negativeSuffix: String? = nil

    init(decimals: Int, grouping: Bool = false, percent: Bool = false, scientific: Bool = false, suffix: String = "") {
        self.decimals = decimals
        self.grouping = grouping
        self.percent = percent
        self.scientific = scientific
        self.suffix = suffix
    }

    init(tokens: FormatTokens, negativeSection: String?) {
        decimals = tokens.decimals
        grouping = tokens.grouping
        percent = tokens.percent
        scientific = tokens.scientific
        scale = tokens.scale
        prefix = tokens.prefix
        suffix = tokens.suffix
        if let negativeSection {
            let negative = FormatTokens(negativeSection)
            negativePrefix = negative.prefix
            negativeSuffix = negative.suffix
        }
    }
}
