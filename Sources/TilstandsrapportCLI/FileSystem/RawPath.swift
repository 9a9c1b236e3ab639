/// A file-system path as the bytes the system uses, which need not be valid UTF-8.
///
/// Linux names files with bytes, not text: a folder made on an old share may be called `rapport\xE6`
/// (Latin-1 «æ»). A `String` would turn such a byte into U+FFFD and name a different folder, so paths
/// from the command line and the current folder stay bytes until a system call takes them; `shown`
/// is the only text form, for messages.
public struct RawPath: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var bytes: [UInt8]

    /// A path from its bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A path from text (its UTF-8 bytes).
    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The path as text for messages: invalid UTF-8 bytes written as `\xE6`, the rest as it is.
    public var shown: String {
        var out = ""
        var index = 0
        while index < bytes.count {
            let length = Self.validSequenceLength(bytes, at: index)
            if length == 0 {
                out += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            } else {
                out += String(decoding: bytes[index..<index + length], as: UTF8.self)
                index += length
            }
        }
        return out
    }

    public var description: String { shown }

    /// The path as text when it is valid UTF-8 (and has no NUL), else nil.
    public var text: String? {
        guard !bytes.contains(0), isValidUTF8 else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    var isValidUTF8: Bool {
        var index = 0
        while index < bytes.count {
            let length = Self.validSequenceLength(bytes, at: index)
            if length == 0 { return false }
            index += length
        }
        return true
    }

    var isEmpty: Bool { bytes.isEmpty }
    var isAbsolute: Bool { bytes.first == UInt8(ascii: "/") }
    var hasSuffixSlash: Bool { bytes.last == UInt8(ascii: "/") }
    /// A NUL byte cannot reach a system call: such a path names nothing.
    var containsNUL: Bool { bytes.contains(0) }

    /// `self/component`, without a doubled `/`.
    func appending(_ component: RawPath) -> RawPath {
        if bytes.isEmpty { return component }
        return RawPath(bytes: hasSuffixSlash ? bytes + component.bytes : bytes + [UInt8(ascii: "/")] + component.bytes)
    }

    func appending(_ component: String) -> RawPath { appending(RawPath(component)) }

    /// The components between slashes, without empty ones.
    var components: [[UInt8]] {
        bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map(Array.init)
    }

    /// `.`, `..` and doubled slashes removed by reading the path alone (as `URL.standardized` does),
    /// without asking the file system; `..` at the root stays at the root.
    var normalized: RawPath {
        var parts: [[UInt8]] = []
        for part in components {
            if part == [UInt8(ascii: ".")] { continue }
            if part == [UInt8(ascii: "."), UInt8(ascii: ".")] {
                if let last = parts.last, last != [UInt8(ascii: "."), UInt8(ascii: ".")] { parts.removeLast(); continue }
                if isAbsolute { continue }
            }
            parts.append(part)
        }
        let joined = Array(parts.joined(separator: [UInt8(ascii: "/")]))
        if isAbsolute { return RawPath(bytes: [UInt8(ascii: "/")] + joined) }
        return RawPath(bytes: joined.isEmpty ? [UInt8(ascii: ".")] : Array(joined))
    }

    /// The folder holding this path (lexically), or nil at the root.
    var parent: RawPath? {
        let parts = normalized.components
        guard !parts.isEmpty else { return nil }
        let joined = Array(parts.dropLast().joined(separator: [UInt8(ascii: "/")]))
        if isAbsolute { return RawPath(bytes: [UInt8(ascii: "/")] + joined) }
        return RawPath(bytes: joined.isEmpty ? [UInt8(ascii: ".")] : joined)
    }

    /// `self` when absolute, else `directory/self`; normalised either way.
    func resolved(against directory: RawPath) -> RawPath {
        (isAbsolute ? self : directory.appending(self)).normalized
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return try terminated.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return try "".withCString(body) }
            return try body(base)
        }
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when the byte there does not start one.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (low, high) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            if byte < low || byte > high { return 0 }
        }
        return length
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
