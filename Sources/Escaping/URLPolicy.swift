/// Decides whether a link or image destination may appear in generated HTML.
///
/// Destinations with `javascript:`, `vbscript:`, `file:` or `data:` schemes are refused, except
/// `data:image/png`, `data:image/gif`, `data:image/jpeg` and `data:image/webp`. The scheme is read the
/// way browsers read it: case-insensitive, ignoring leading spaces and control characters and tabs or
/// newlines inside the scheme, so `JaVa\tScRiPt:` is caught too.
public enum URLPolicy {
    /// True when `destination` may be written into an `href` or `src`.
    public static func isSafe(_ destination: String) -> Bool {
        var scheme: [UInt8] = []
        var sawColon = false
        for byte in destination.utf8 {
            if byte <= 0x20 {
                // Browsers strip leading C0 controls and spaces and drop tab/newline anywhere.
                if scheme.isEmpty || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                break
            }
            if byte == UInt8(ascii: ":") {
                sawColon = true
                break
            }
            let isSchemeByte = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
            guard isSchemeByte else { return true } // a path or query, not a scheme
            scheme.append(byte | 0x20)
            if scheme.count > 32 { return true }
        }
        guard sawColon else { return true }
        let name = String(decoding: scheme, as: UTF8.self)
        switch name {
        case "javascript", "vbscript", "file":
            return false
        case "data":
            return isAllowedDataImage(destination)
        default:
            return true
        }
    }

    private static func isAllowedDataImage(_ destination: String) -> Bool {
        let lowered = String(destination.drop { $0.isWhitespace }).lowercased()
        for prefix in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] {
            if lowered.hasPrefix(prefix) {
                let next = lowered.dropFirst(prefix.count).first
                return next == nil || next == ";" || next == ","
            }
        }
        return false
    }
}
