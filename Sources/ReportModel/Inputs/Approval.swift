import SourceText

/// One approval recorded with `tilstandsrapport godkjenn`: who approved which text of which chapter, for which
/// report year, and when (one record of `godkjenninger.txt`).
public struct Approval: Sendable, Hashable {
    /// The chapter id (`bemanning-tillitsvalgte`).
    public var chapter: String
    /// The report year the approval belongs to; records of other years are history and approve nothing.
    public var year: Int
    public var approver: Author
    public var time: ApprovalTime
    /// SHA-256 of `content` as 64 lowercase hex digits.
    public var digest: String
    /// The approved text in its normalised form (see `ApprovalContent` in `ReportInputs`): title, authors, body.
    public var content: String
    /// The line of the record's `godkjenning:` line in `godkjenninger.txt`, for messages.
    public var line: Int

    /// Creates a record.
    public init(chapter: String, year: Int, approver: Author, time: ApprovalTime, digest: String, content: String, line: Int = 0) {
        self.chapter = chapter
        self.year = year
        self.approver = approver
        self.time = time
        self.digest = digest
        self.content = content
        self.line = line
    }
}

/// A moment as written in an approval record: local date and time with the offset from UTC it was recorded in
/// (`2026-02-14T10:32:05+01:00`), so the date shown is the date the approver saw on their own clock.
public struct ApprovalTime: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Minutes east of UTC.
    public var offsetMinutes: Int

    /// Creates a time from its parts; nil when a part is out of range (month 13, 30 February, hour 24 …).
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetMinutes: Int) {
        guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute),
              (0...59).contains(second), (-18 * 60...18 * 60).contains(offsetMinutes),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        self.year = date.year
        self.month = date.month
        self.day = date.day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// Reads `2026-02-14T10:32:05+01:00` (or `…Z`); nil for anything else.
    public init?(parsing text: String) {
        let scalars = Array(text.unicodeScalars)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[range] {
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            }
            return value
        }
        func mark(_ index: Int, _ expected: Unicode.Scalar) -> Bool { index < scalars.count && scalars[index] == expected }
        guard scalars.count == 20 || scalars.count == 25, mark(4, "-"), mark(7, "-"), mark(10, "T"), mark(13, ":"), mark(16, ":"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return nil }
        var offset = 0
        if scalars.count == 20 {
            guard mark(19, "Z") else { return nil }
        } else {
            guard mark(19, "+") || mark(19, "-"), mark(22, ":"), let hours = number(20..<22), let minutes = number(23..<25), minutes < 60 else { return nil }
            offset = (hours * 60 + minutes) * (mark(19, "-") ? -1 : 1)
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }

    /// `2026-02-14T10:32:05+01:00`, as the record holds it.
    public var text: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))T\(Self.digits(hour, 2)):\(Self.digits(minute, 2)):"
            + "\(Self.digits(second, 2))\(sign)\(Self.digits(offset / 60, 2)):\(Self.digits(offset % 60, 2))"
    }

    /// `14.02.2026`, the date as the report prints it.
    public var dateText: String { "\(Self.digits(day, 2)).\(Self.digits(month, 2)).\(Self.digits(year, 4))" }

    /// `14.02.2026 kl. 10.32`, for the command line.
    public var dateAndTimeText: String { "\(dateText) kl. \(Self.digits(hour, 2)).\(Self.digits(minute, 2))" }

    private static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }
}

/// What the recorded approvals say about a chapter text as it is now, for the report year.
public enum ApprovalRegistration: Sendable, Hashable {
    /// No approval of this chapter is recorded for the report year.
    case unregistered
    /// The text is exactly the text these people approved last (in the order they recorded it).
    case current([Approval])
    /// The text has changed since these people approved it last.
    case changed(since: [Approval])

    /// The approvals named: of this text, or of the version before the change; empty when unregistered.
    public var approvals: [Approval] {
        switch self {
        case .unregistered: return []
        case .current(let approvals), .changed(let approvals): return approvals
        }
    }
}
