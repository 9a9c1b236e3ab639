import SourceText

/// Replaces characters that do not belong in any text input with U+FFFD at the input boundary: C0 controls
/// other than tab and line breaks, DEL, C1 controls, and the bidi overrides and isolates that can make text
/// read differently than it is stored (U+202A–U+202E, U+2066–U+2069). One scalar becomes one scalar, so
/// every later line and column stays where the user sees it.
enum ControlCharacters {
    /// The text with each such character replaced, and a warning for each at its line and column.
    static func replace(in text: String, file: String) -> (text: String, diagnostics: [Diagnostic]) {
        guard containsAny(text) else { return (text, []) }
        var output = String.UnicodeScalarView()
        var diagnostics: [Diagnostic] = []
        var line = 1, column = 1
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if let message = message(for: scalar) {
                diagnostics.append(message.diagnostic(file: file, line: line, column: column))
                output.append("\u{FFFD}")
            } else {
                output.append(scalar)
            }
            switch scalar {
            case "\n":
                if !previousWasCR { line += 1 }
                column = 1
            case "\r": line += 1; column = 1
            default: column += 1
            }
            previousWasCR = scalar == "\r"
        }
        return (String(output), diagnostics)
    }

    static func message(for scalar: Unicode.Scalar) -> InputMessage? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return .controlCharacter(scalar)
        case 0x202A...0x202E, 0x2066...0x2069: return .bidiControl(scalar)
        default: return nil
        }
    }

    /// A byte-level look first: almost every file has none, and the scalar walk is then skipped.
    static func containsAny(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true
            case 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2: return true
            case 0xA6...0xA9 where previous == 0x81 && beforePrevious == 0xE2: return true
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
