/// One section of a number format code read token by token (ECMA-376 Part 1 § 18.8.31).
struct FormatTokens {
    var isGeneral = false
    var hasDate = false
    var hasTime = false
    var hasSeconds = false
    var hasDigits = false
    var decimals = 0
    var grouping = false
    var percent = false
    var scientific = false
    var scale = 0
    var prefix = ""
    var suffix = ""

    init(_ section: String) {
        let characters = Array(section)
        var index = 0
        var afterPoint = false
        var pendingCommas = 0
        var sawLetterM = false
        var inExponent = false
        func literal(_ text: String) {
            if hasDigits { suffix += text } else { prefix += text }
        }
        while index < characters.count {
            let character = characters[index]
            let lower = Character(character.lowercased())
            switch lower {
            case "\"":
                var text = ""
                index += 1
                while index < characters.count, characters[index] != "\"" { text.append(characters[index]); index += 1 }
                literal(text)
            case "\\":
                if index + 1 < characters.count { literal(String(characters[index + 1])); index += 1 }
            case "_":
                literal(" ")
                index += 1 // the width of the next character, shown as one space
            case "*":
                index += 1 // a fill character repeats to the column width: nothing to show in a cell's text
            case "[":
                let start = index + 1
                while index < characters.count, characters[index] != "]" { index += 1 }
                let inner = String(characters[min(start, characters.count)..<min(index, characters.count)]).lowercased()
                if let first = inner.first, "hms".contains(first), inner.allSatisfy({ $0 == first }) {
                    hasTime = true
                    if first == "s" { hasSeconds = true }
                } else if inner.hasPrefix("$") {
                    let symbol = inner.dropFirst().prefix { $0 != "-" }
                    if !symbol.isEmpty { literal(String(String(characters[start..<index]).dropFirst().prefix(symbol.count))) }
                }
            case "g" where section.lowercased().dropFirst(index).hasPrefix("general"):
                isGeneral = !hasDigits
                index += 6
            case "y", "d":
                hasDate = true
            case "e" where !(index + 1 < characters.count && "+-".contains(characters[index + 1])):
                hasDate = true // «e» is the year in some locales' codes; «E+» is scientific notation
            case "m":
                sawLetterM = true
            case "h":
                hasTime = true
            case "s":
                hasTime = true
                hasSeconds = true
            case "a" where section.lowercased().dropFirst(index).hasPrefix("am/pm") || section.lowercased().dropFirst(index).hasPrefix("a/p"):
                hasTime = true
                index += section.lowercased().dropFirst(index).hasPrefix("am/pm") ? 4 : 2
            case "e":
                scientific = true
                inExponent = true
                index += 1 // the sign after E; the exponent's placeholders follow
            case "0", "#", "?":
                if inExponent { break }
                if pendingCommas > 0, !afterPoint { grouping = true; pendingCommas = 0 }
                if afterPoint { decimals += 1 }
                hasDigits = true
            case ".":
                if hasDigits || index + 1 < characters.count && "0#?".contains(characters[index + 1]) {
                    afterPoint = true
                    hasDigits = true
                } else {
                    literal(".")
                }
            case ",":
                if hasDigits { pendingCommas += 1 } else { literal(",") }
            case "%":
                percent = true
                literal("%")
            case "@":
                break
            case "/" where hasDigits:
                isGeneral = true // fractions (# ?/?) are shown as General
            default:
                literal(String(character))
            }
            index += 1
        }
        scale = pendingCommas
        // «m» is minutes beside hours or seconds, otherwise month.
        if sawLetterM, !hasTime { hasDate = true }
        if sawLetterM, hasTime, section.lowercased().contains(where: { "yd".contains($0) }) { hasDate = true }
    }
}
