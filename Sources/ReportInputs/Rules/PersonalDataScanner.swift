import CSV
import SourceText

/// Finds Norwegian national identity numbers (fødselsnummer), D-numbers and H-numbers in text, and e-mail
/// addresses and phone numbers, which are warnings. A hit names file, line and column but never prints the number.
///
/// An identity number is 11 digits whose birth date is valid (D-numbers add 4 to the first digit, H-numbers 4
/// to the third, Skatteetaten's synthetic test numbers 8) and whose two mod-11 check digits are right, written
/// - as 11 digits in a row: `01019012345`;
/// - as the date and the personal number with what people type between them: a space, no-break space (U+00A0),
///   narrow no-break space (U+202F), thin space (U+2009), `-`, `.`, an en dash or non-breaking hyphen, with
///   spaces around the dash allowed (`010190 12345`, `010190-12345`, `010190 – 12345`);
/// - with the date itself written `dd.mm.åå` or `dd-mm-åå` (the same mark twice) and then one of those
///   separators (`01.01.90 12345`, `01.01.90-12345`): how a date of birth is written in a letter.
/// Digits grouped otherwise (`0101 9012 345`) are not looked for: nobody writes a number that way.
public struct PersonalDataScanner: Sendable {
    /// Creates a scanner.
    public init() {}

    /// Diagnostics for `text`, which starts at `line`/`column` of `file`.
    public func scan(_ text: String, file: String, line: Int = 1, column: Int = 1, identityNumbers: Bool = true,
                     contactDetails: Bool = true) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let bytes = Array(text.utf8)
        var reported: [Range<Int>] = []
        if identityNumbers {
            reported = Self.identityNumbers(in: bytes)
            var positions = Positions(bytes: bytes, line: line, column: column)
            for range in reported {
                let (hitLine, hitColumn) = positions.location(ofByte: range.lowerBound)
                diagnostics.append(InputMessage.identityNumber.diagnostic(file: file, line: hitLine, column: hitColumn))
            }
        }
        if contactDetails, bytes.contains(where: { $0 == 0x40 }) || bytes.count(where: { $0 >= 0x30 && $0 <= 0x39 }) >= 8 {
            diagnostics += ContactDetails.scan(bytes, file: file, line: line, column: column, skipping: reported)
        }
        return diagnostics.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
    }

    /// Diagnostics for one cell of `table`: in a CSV file at the line and column within the cell (with the record's
    /// spreadsheet row where a quoted cell makes it differ from the line), in a workbook at the cell itself.
    func scan(_ cell: CSVCell, in table: CSVTable, identityNumbers: Bool = true, contactDetails: Bool = true) -> [Diagnostic] {
        if table.sheet != nil {
            return scan(cell.text, at: table.location(of: cell), identityNumbers: identityNumbers, contactDetails: contactDetails)
        }
        return scan(cell.text, file: table.file, line: cell.line, column: cell.column, identityNumbers: identityNumbers, contactDetails: contactDetails)
            .map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.location = diagnostic.location.map { SourceLocation(file: $0.file, line: $0.line, column: $0.column, row: cell.row) }
                return diagnostic
            }
    }

    /// Diagnostics for text that has one place and no lines of its own (a workbook cell): every hit is named by it.
    func scan(_ text: String, at location: SourceLocation, identityNumbers: Bool = true, contactDetails: Bool = true) -> [Diagnostic] {
        scan(text, file: location.file, identityNumbers: identityNumbers, contactDetails: contactDetails).map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location = location
            return diagnostic
        }
    }

    /// True for a whole number a spreadsheet holds that is an identity number typed into a cell as a number (which
    /// drops the leading zero of a date in the first nine days of a month).
    static func isIdentityNumber(_ value: Double) -> Bool {
        guard value >= 1_000_000_000, value < 100_000_000_000, value == value.rounded(.towardZero) else { return false }
        let digits = String(Int(value))
        let padded = String(repeating: "0", count: 11 - digits.count) + digits
        return isIdentityNumber(padded.compactMap { $0.wholeNumberValue })
    }

    /// `text` with the digits of every identity number replaced by bullets, for diagnostics that quote input.
    public func redacting(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let hits = Self.identityNumbers(in: bytes)
        guard !hits.isEmpty else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 33 * hits.count)
        var next = 0
        for (index, byte) in bytes.enumerated() {
            while next < hits.count, hits[next].upperBound <= index { next += 1 }
            if next < hits.count, hits[next].contains(index), byte >= 0x30 && byte <= 0x39 {
                output += [0xE2, 0x80, 0xA2] // •
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The byte ranges of every identity number in `bytes`.
    static func identityNumbers(in bytes: [UInt8]) -> [Range<Int>] {
        let runs = DigitRuns(bytes)
        guard runs.totalDigits >= 11 else { return [] }
        var hits: [Range<Int>] = []
        var index = 0
        while index < runs.count {
            if let (digits, end) = candidate(runs, at: index, bytes: bytes), isIdentityNumber(digits) {
                hits.append(runs[index].range.lowerBound..<runs[end].range.upperBound)
                index = end + 1
            } else {
                index += 1
            }
        }
        return hits
    }

    /// The 11 digits starting at run `index` in one of the written forms, and the run they end in.
    private static func candidate(_ runs: DigitRuns, at index: Int, bytes: [UInt8]) -> (digits: [Int], end: Int)? {
        let run = runs[index]
        if run.range.count == 11 { return (run.digits, index) }
        if run.range.count == 6, index + 1 < runs.count, runs[index + 1].range.count == 5,
           Separators.isBetweenParts(bytes[run.range.upperBound..<runs[index + 1].range.lowerBound]) {
            return (run.digits + runs[index + 1].digits, index + 1)
        }
        // dd.mm.åå nnnnn
        if run.range.count == 2, index + 3 < runs.count, runs[index + 1].range.count == 2, runs[index + 2].range.count == 2,
           runs[index + 3].range.count == 5 {
            let first = bytes[run.range.upperBound..<runs[index + 1].range.lowerBound]
            let second = bytes[runs[index + 1].range.upperBound..<runs[index + 2].range.lowerBound]
            if first.count == 1, Array(first) == Array(second), first.first == 0x2E || first.first == 0x2D,
               Separators.isBetweenParts(bytes[runs[index + 2].range.upperBound..<runs[index + 3].range.lowerBound]) {
                return (run.digits + runs[index + 1].digits + runs[index + 2].digits + runs[index + 3].digits, index + 3)
            }
        }
        return nil
    }

    /// Valid birth date part (D-, H- and synthetic numbers included) and both mod-11 check digits.
    static func isIdentityNumber(_ digits: [Int]) -> Bool {
        guard digits.count == 11 else { return false }
        var day = digits[0] * 10 + digits[1]
        if day > 40 { day -= 40 }
        var month = digits[2] * 10 + digits[3]
        if month > 80 { month -= 80 } else if month > 40 { month -= 40 }
        guard (1...31).contains(day), (1...12).contains(month) else { return false }
        func check(_ weights: [Int]) -> Int? {
            let sum = zip(weights, digits).reduce(0) { $0 + $1.0 * $1.1 }
            let remainder = 11 - sum % 11
            if remainder == 11 { return 0 }
            if remainder == 10 { return nil }
            return remainder
        }
        return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) == digits[9] && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == digits[10]
    }
}

/// Maximal runs of ASCII digits, each with its byte range; the digits are read from the bytes when asked for,
/// so a 16 MB export full of timestamps costs one range per run and no allocation.
struct DigitRuns {
    struct Run {
        var range: Range<Int>
        let bytes: [UInt8]

        /// The run's digits (empty for runs too long to be anything this scanner looks for).
        var digits: [Int] { range.count > 16 ? [] : bytes[range].map { Int($0) - 0x30 } }
    }

    private let bytes: [UInt8]
    private var ranges: [Range<Int>] = []
    private(set) var totalDigits = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var index = 0
        while index < bytes.count {
            guard bytes[index] >= 0x30 && bytes[index] <= 0x39 else { index += 1; continue }
            let start = index
            while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
            totalDigits += index - start
            ranges.append(start..<index)
        }
    }

    var count: Int { ranges.count }
    subscript(index: Int) -> Run { Run(range: ranges[index], bytes: bytes) }
}

/// What people type between the date and the personal number.
enum Separators {
    static let spaces: [[UInt8]] = [[0x20], [0xC2, 0xA0], [0xE2, 0x80, 0xAF], [0xE2, 0x80, 0x89]]
    static let dashes: [[UInt8]] = [[0x2D], [0x2E], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x91], [0xE2, 0x80, 0x90]]

    /// One space-like character, one dash or dot, or a dash with one space-like character on either side or both.
    static func isBetweenParts(_ slice: ArraySlice<UInt8>) -> Bool {
        var rest = slice[...]
        var parts = 0, dashes = 0
        while !rest.isEmpty {
            if let space = spaces.first(where: { rest.starts(with: $0) }) {
                rest = rest.dropFirst(space.count)
            } else if let dash = self.dashes.first(where: { rest.starts(with: $0) }) {
                rest = rest.dropFirst(dash.count)
                dashes += 1
            } else {
                return false
            }
            parts += 1
        }
        return parts >= 1 && parts <= 3 && dashes <= 1 && (parts == 1 || dashes == 1)
    }
}

/// Lines and columns (counted in Unicode scalars, as the editor shows them) of byte offsets, computed only
/// for the few offsets asked about, in increasing order, in one pass.
struct Positions {
    let bytes: [UInt8]
    private var index = 0
    private var currentLine: Int
    private var lineStart = 0
    private var startColumn: Int

    init(bytes: [UInt8], line: Int, column: Int) {
        self.bytes = bytes
        currentLine = line
        startColumn = column
    }

    /// The position of byte `offset`; offsets must not decrease from one call to the next.
    mutating func location(ofByte offset: Int) -> (line: Int, column: Int) {
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                currentLine += 1
                lineStart = index + 1
                startColumn = 1
            }
            index += 1
        }
        let characters = bytes[lineStart..<max(lineStart, offset)].count { $0 & 0xC0 != 0x80 }
        return (currentLine, startColumn + characters)
    }
}
