import SourceText

/// Turns Excel serial numbers into dates.
///
/// The 1900 system counts 1 = 1 January 1900 and keeps Lotus 1-2-3's mistake of a 29 February 1900
/// (serial 60), so serials from 61 on are one day ahead of a plain count from 31 December 1899. The
/// 1904 system (older Mac workbooks, `<workbookPr date1904="1"/>`) counts 0 = 1 January 1904.
enum DateSerial {
    /// What a serial is in the workbook's system.
    enum Day: Equatable {
        case date(CalendarDate)
        /// Serial 60 of the 1900 system: a day Excel shows that the calendar does not have.
        case leapYearBug
    }

    /// The day of `serial` (its whole part), or nil before the epoch or beyond the years a report uses.
    static func day(_ serial: Double, uses1904: Bool) -> Day? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil } // 31.12.9999 is the last Excel date
        let whole = Int(serial.rounded(.down))
        if uses1904 { return civil(daysSince1970: whole - 24_107).map(Day.date) } // 1904-01-01 is day −24 107 from 1970
        if whole == 60 { return .leapYearBug }
        if whole == 0 { return nil } // «0. januar 1900»
        // Before the fake 29 February a plain count from 31.12.1899; after it, from 30.12.1899.
        let offset = whole < 60 ? whole - 25_568 : whole - 25_569
        return civil(daysSince1970: offset).map(Day.date)
    }

    /// Hours, minutes and seconds of the fraction of `serial`, rounded to the second; a fraction that
    /// rounds up to 24:00:00 carries into the next day.
    static func time(_ serial: Double) -> (carry: Int, hour: Int, minute: Int, second: Int) {
        let fraction = serial - serial.rounded(.down)
        var seconds = Int((fraction * 86_400).rounded())
        var carry = 0
        if seconds >= 86_400 { seconds -= 86_400; carry = 1 }
        return (carry, seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    /// The full date and time of `serial`, or nil when it is no calendar date.
    static func date(_ serial: Double, uses1904: Bool) -> SpreadsheetDate? {
        let time = time(serial)
        guard case .date(let date)? = day(serial + Double(time.carry), uses1904: uses1904) else { return nil }
        return SpreadsheetDate(date: date, hour: time.hour, minute: time.minute, second: time.second, serial: serial)
    }

    /// The civil date `days` after 1 January 1970 (Howard Hinnant's `civil_from_days`).
    static func civil(daysSince1970 days: Int) -> CalendarDate? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The serial of an ISO 8601 date or date-time (`2025-11-03`, `2025-11-03T11:17:30`), for `t="d"` cells.
    static func parseISO(_ text: String) -> SpreadsheetDate? {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let first = parts.first else { return nil }
        let dateParts = first.split(separator: "-")
        guard dateParts.count == 3, let year = Int(dateParts[0]), let month = Int(dateParts[1]), let day = Int(dateParts[2]),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        var hour = 0, minute = 0, second = 0
        if parts.count == 2 {
            let clock = parts[1].prefix { $0 != "Z" && $0 != "+" && $0 != "." }.split(separator: ":")
            guard clock.count >= 2, let h = Int(clock[0]), let m = Int(clock[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
            hour = h; minute = m
            if clock.count > 2 { second = min(59, max(0, Int(clock[2]) ?? 0)) }
        }
        return SpreadsheetDate(date: date, hour: hour, minute: minute, second: second, serial: 0)
    }
}
