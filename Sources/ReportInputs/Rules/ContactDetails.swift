import SourceText

/// E-mail addresses and Norwegian phone numbers in free text: warnings, since a report may name the
/// service's own switchboard, but never a person's number. Works on UTF-8 bytes; every marker it looks
/// for is ASCII, and any byte of a multi-byte character counts as part of a word.
enum ContactDetails {
    static func scan(_ bytes: [UInt8], file: String, line: Int, column: Int, skipping identityNumbers: [Range<Int>]) -> [Diagnostic] {
        var hits: [(offset: Int, message: InputMessage)] = []
        hits += phoneNumbers(bytes, skipping: identityNumbers).map { ($0, .phoneNumber) }
        hits += emailAddresses(bytes).map { ($0, .emailAddress) }
        hits.sort { $0.offset < $1.offset }
        var positions = Positions(bytes: bytes, line: line, column: column)
        return hits.map { hit in
            let (hitLine, hitColumn) = positions.location(ofByte: hit.offset)
            return hit.message.diagnostic(file: file, line: hitLine, column: hitColumn)
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isWord(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    /// Start offsets of `12345678`, `12 34 56 78`, `123 45 678`, with or without `+47`: eight digits starting 2–9.
    static func phoneNumbers(_ bytes: [UInt8], skipping identityNumbers: [Range<Int>]) -> [Int] {
        let runs = DigitRuns(bytes)
        var starts: [Int] = []
        var number = 0
        while number < runs.count {
            var last = number
            var groups = [runs[number].range.count]
            while last + 1 < runs.count, groups.reduce(0, +) < 10, isSingleSpace(bytes[runs[last].range.upperBound..<runs[last + 1].range.lowerBound]) {
                last += 1
                groups.append(runs[last].range.count)
            }
            let start = runs[number].range.lowerBound, end = runs[last].range.upperBound
            let total = groups.reduce(0, +)
            guard total == 8 || total == 10 else { number = last + 1; continue }
            let digits = (number...last).flatMap { runs[$0].digits }
            let overlapsIdentityNumber = identityNumbers.contains { $0.overlaps(start..<end) }
            let plus = start > 0 && bytes[start - 1] == 0x2B
            if !overlapsIdentityNumber, isPhoneNumber(digits, groups: groups, afterPlus: plus), !isPartOfLargerNumber(bytes, start: start, end: end) {
                starts.append(start)
            }
            number = last + 1
        }
        return starts
    }

    static func isSingleSpace(_ slice: ArraySlice<UInt8>) -> Bool {
        Array(slice) == [0x20] || Array(slice) == [0xC2, 0xA0]
    }

    static func isPhoneNumber(_ digits: [Int], groups: [Int], afterPlus: Bool) -> Bool {
        guard digits.count == 8 || (digits.count == 10 && digits[0] == 4 && digits[1] == 7) else { return false }
        let local = digits.count == 10 ? Array(digits.dropFirst(2)) : digits
        guard let first = local.first, (2...9).contains(first) else { return false }
        // `+4791234567` is a phone number; `4791234567` alone could as well be an account or case number.
        if groups == [10] { return afterPlus }
        return [[8], [2, 2, 2, 2], [3, 2, 3], [2, 8], [2, 2, 2, 2, 2], [2, 3, 2, 3]].contains(groups)
    }

    /// `1.23456789`, `12345678,5`: a decimal or grouped number, not a phone number. `tlf.91234567` is a phone number.
    static func isPartOfLargerNumber(_ bytes: [UInt8], start: Int, end: Int) -> Bool {
        let marks: Set<UInt8> = [0x2C, 0x2E]
        if start >= 2, marks.contains(bytes[start - 1]), isDigit(bytes[start - 2]) { return true }
        if end + 1 < bytes.count, marks.contains(bytes[end]), isDigit(bytes[end + 1]) { return true }
        return false
    }

    /// Start offsets of addresses such as `kari.nordmann@fjordvik.kommune.no`, also at the end of a sentence.
    static func emailAddresses(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        let localExtra: Set<UInt8> = [0x2E, 0x2D, 0x5F, 0x2B] // . - _ +
        for (offset, byte) in bytes.enumerated() where byte == 0x40 {
            guard offset > 0, isWord(bytes[offset - 1]) else { continue }
            var end = offset + 1
            while end < bytes.count, isWord(bytes[end]) || bytes[end] == 0x2E || bytes[end] == 0x2D { end += 1 }
            while end > offset + 1, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
            let domain = bytes[(offset + 1)..<end]
            guard let dot = domain.lastIndex(of: 0x2E), dot > offset + 1, end - dot > 2 else { continue }
            var start = offset
            while start > 0, isWord(bytes[start - 1]) || localExtra.contains(bytes[start - 1]) { start -= 1 }
            starts.append(start)
        }
        return starts
    }
}
