extension ZIPArchive {
    /// Where the central directory is and how many entries it has.
    struct Directory {
        var offset: Int
        var size: Int
        var count: Int
    }

    /// Finds the end-of-central-directory record (searching back over a comment of up to 64 KiB) and,
    /// where its fields are saturated, the ZIP64 record it points to.
    static func findDirectory(_ bytes: [UInt8], limits: ZIPLimits) throws(ZIPError) -> Directory {
        guard bytes.count >= 22 else { throw .notAnArchive }
        var end = -1
        var candidate = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while candidate >= lowest {
            if bytes[candidate] == 0x50, uint32(bytes, candidate) == 0x0605_4B50,
               candidate + 22 + Int(uint16(bytes, candidate + 20)) <= bytes.count {
                end = candidate
                break
            }
            candidate -= 1
        }
        guard end >= 0 else { throw .notAnArchive }
        // Disk numbers are 0 in a single-file archive (0xFFFF where ZIP64 carries them).
        guard [0, 0xFFFF].contains(uint16(bytes, end + 4)), [0, 0xFFFF].contains(uint16(bytes, end + 6)) else { throw .multipleDisks }
        var directory = Directory(offset: Int(uint32(bytes, end + 16)), size: Int(uint32(bytes, end + 12)), count: Int(uint16(bytes, end + 10)))
        if directory.count == 0xFFFF || directory.size == 0xFFFF_FFFF || directory.offset == 0xFFFF_FFFF {
            directory = try findDirectory64(bytes, endRecord: end) ?? directory
        }
        if directory.count > limits.maximumEntries { throw .tooManyEntries(count: directory.count, limit: limits.maximumEntries) }
        // Each central header has at least 46 bytes; a count that cannot fit is a lie told to make us loop.
        guard directory.offset >= 0, directory.size >= 0, directory.offset <= bytes.count, directory.size <= bytes.count - directory.offset,
              directory.count <= directory.size / 46 else {
            throw .damaged(part: "sentralkatalogen")
        }
        return directory
    }

    /// The ZIP64 end-of-central-directory record, when the locator right before the classic record is there.
    private static func findDirectory64(_ bytes: [UInt8], endRecord: Int) throws(ZIPError) -> Directory? {
        let locator = endRecord - 20
        guard locator >= 0, uint32(bytes, locator) == 0x0706_4B50 else { return nil }
        guard uint32(bytes, locator + 16) <= 1 else { throw .multipleDisks }
        let record64 = uint64(bytes, locator + 8)
        guard record64 <= UInt64(bytes.count), Int(record64) <= bytes.count - 56, uint32(bytes, Int(record64)) == 0x0606_4B50 else {
            throw .damaged(part: "ZIP64-sluttposten")
        }
        let base = Int(record64)
        guard uint32(bytes, base + 16) == 0, uint32(bytes, base + 20) == 0 else { throw .multipleDisks }
        let fields = [uint64(bytes, base + 32), uint64(bytes, base + 40), uint64(bytes, base + 48)]
        guard fields.allSatisfy({ $0 <= UInt64(bytes.count) }) else { throw .damaged(part: "ZIP64-sluttposten") }
        return Directory(offset: Int(fields[2]), size: Int(fields[1]), count: Int(fields[0]))
    }

    /// Reads one central directory header at `offset` and moves past it.
    static func readDirectoryEntry(_ bytes: [UInt8], at offset: inout Int, end: Int) throws(ZIPError) -> Entry {
        let base = offset
        guard base <= end - 46, uint32(bytes, base) == 0x0201_4B50 else { throw .damaged(part: "sentralkatalogen") }
        let flags = Int(uint16(bytes, base + 8))
        let nameLength = Int(uint16(bytes, base + 28))
        let extraLength = Int(uint16(bytes, base + 30))
        let commentLength = Int(uint16(bytes, base + 32))
        let next = base + 46 + nameLength + extraLength + commentLength
        guard next <= end else { throw .damaged(part: "sentralkatalogen") }
        let nameBytes = bytes[(base + 46)..<(base + 46 + nameLength)]
        // Bit 11: the name is UTF-8; otherwise code page 437, which agrees with it on ASCII (all OOXML part names).
        let name = normalized(flags & 0x800 != 0 || nameBytes.allSatisfy({ $0 < 0x80 })
                                  ? String(decoding: nameBytes, as: UTF8.self) : codePage437(nameBytes))
        var sizes = (compressed: UInt64(uint32(bytes, base + 20)), uncompressed: UInt64(uint32(bytes, base + 24)),
                     offset: UInt64(uint32(bytes, base + 42)))
        try applyZIP64Extra(bytes, range: (base + 46 + nameLength)..<(base + 46 + nameLength + extraLength), to: &sizes)
        guard sizes.compressed <= UInt64(bytes.count), sizes.offset <= UInt64(bytes.count) else {
            throw .damaged(part: "sentralkatalogen (\(name))")
        }
        offset = next
        return Entry(name: name, method: Int(uint16(bytes, base + 10)), flags: flags, crc32: uint32(bytes, base + 16),
                     compressedSize: Int(sizes.compressed), uncompressedSize: Int(clamping: sizes.uncompressed),
                     localHeaderOffset: Int(sizes.offset))
    }

    /// The ZIP64 extended information field (id 1) holds, in this order, each of the three values whose
    /// 32-bit field is saturated.
    private static func applyZIP64Extra(_ bytes: [UInt8], range: Range<Int>,
                                        to sizes: inout (compressed: UInt64, uncompressed: UInt64, offset: UInt64)) throws(ZIPError) {
        var position = range.lowerBound
        while position + 4 <= range.upperBound {
            let id = uint16(bytes, position)
            let length = Int(uint16(bytes, position + 2))
            let data = position + 4
            guard data + length <= range.upperBound else { return }
            if id == 1 {
                var field = data
                func next() throws(ZIPError) -> UInt64 {
                    guard field + 8 <= data + length else { throw .damaged(part: "ZIP64-feltet") }
                    defer { field += 8 }
                    return uint64(bytes, field)
                }
                if sizes.uncompressed == 0xFFFF_FFFF { sizes.uncompressed = try next() }
                if sizes.compressed == 0xFFFF_FFFF { sizes.compressed = try next() }
                if sizes.offset == 0xFFFF_FFFF { sizes.offset = try next() }
                return
            }
            position = data + length
        }
    }

    private static func codePage437(_ bytes: ArraySlice<UInt8>) -> String {
        // Only the letters a Norwegian file name could hold matter; the rest show as U+FFFD.
        let high: [UInt8: Character] = [0x86: "å", 0x8F: "Å", 0x91: "æ", 0x92: "Æ", 0x9B: "ø", 0x9D: "Ø", 0x94: "ö", 0x84: "ä", 0x81: "ü", 0x82: "é"]
        return String(bytes.map { $0 < 0x80 ? Character(Unicode.Scalar($0)) : high[$0] ?? "\u{FFFD}" })
    }
}
