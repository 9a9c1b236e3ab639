import ZIPArchive

/// Writes ZIP archives for tests, benchmarks and fuzz seeds: stored or deflated entries (a small LZ77
/// with fixed Huffman codes), optional data descriptors, ZIP64 fields and hand-set flags, so a test can
/// build the archive it needs, including broken ones.
public struct ZIPWriter: Sendable {
    /// One entry to write.
    public struct Entry: Sendable {
        public var name: String
        public var data: [UInt8]
        public var deflate: Bool
        /// Sizes and CRC after the data (general purpose flag bit 3), zero in the local header.
        public var dataDescriptor: Bool
        /// ZIP64 extra fields with the 32-bit fields saturated.
        public var zip64: Bool
        /// Extra general purpose flag bits (bit 0 = encrypted).
        public var extraFlags: UInt16
        /// Overrides of what the central directory declares.
        public var declaredSize: Int?
        public var declaredCRC: UInt32?
        public var method: UInt16?

        /// Creates an entry.
        public init(name: String, data: [UInt8], deflate: Bool = true, dataDescriptor: Bool = false, zip64: Bool = false,
                    extraFlags: UInt16 = 0, declaredSize: Int? = nil, declaredCRC: UInt32? = nil, method: UInt16? = nil) {
            self.name = name; self.data = data; self.deflate = deflate; self.dataDescriptor = dataDescriptor; self.zip64 = zip64
            self.extraFlags = extraFlags; self.declaredSize = declaredSize; self.declaredCRC = declaredCRC; self.method = method
        }

        /// An entry holding UTF-8 text.
        public init(_ name: String, _ text: String, deflate: Bool = true) {
            self.init(name: name, data: Array(text.utf8), deflate: deflate)
        }
    }

    public var entries: [Entry]
    /// Write a ZIP64 end record and locator (with the classic record's fields saturated).
    public var zip64End = false
    public var comment: [UInt8] = []

    /// Creates a writer for `entries`.
    public init(_ entries: [Entry]) { self.entries = entries }

    /// The archive's bytes.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let compressed = entry.deflate ? Deflater.deflate(entry.data) : entry.data
            let method: UInt16 = entry.method ?? (entry.deflate ? 8 : 0)
            let crc = entry.declaredCRC ?? CRC32.checksum(entry.data)
            let size = entry.declaredSize ?? entry.data.count
            let flags: UInt16 = 0x800 | (entry.dataDescriptor ? 0x8 : 0) | entry.extraFlags
            let name = Array(entry.name.utf8)
            let offset = out.count
            let saturate = entry.zip64
            var extra: [UInt8] = []
            if saturate { extra = le(UInt16(1)) + le(UInt16(24)) + le64(UInt64(size)) + le64(UInt64(compressed.count)) + le64(UInt64(offset)) }
            out += le(UInt32(0x0403_4B50)) + le(UInt16(20)) + le(flags) + le(method) + le(UInt16(0)) + le(UInt16(0x5A21))
            if entry.dataDescriptor {
                out += le(UInt32(0)) + le(UInt32(0)) + le(UInt32(0))
            } else {
                out += le(crc) + le(saturate ? 0xFFFF_FFFF : UInt32(compressed.count)) + le(saturate ? 0xFFFF_FFFF : UInt32(size))
            }
            out += le(UInt16(name.count)) + le(UInt16(saturate ? extra.count : 0)) + name + (saturate ? extra : [])
            out += compressed
            if entry.dataDescriptor { out += le(UInt32(0x0807_4B50)) + le(crc) + le(UInt32(compressed.count)) + le(UInt32(size)) }
            central += le(UInt32(0x0201_4B50)) + le(UInt16(0x031E)) + le(UInt16(20)) + le(flags) + le(method) + le(UInt16(0)) + le(UInt16(0x5A21))
            central += le(crc) + le(saturate ? 0xFFFF_FFFF : UInt32(compressed.count)) + le(saturate ? 0xFFFF_FFFF : UInt32(size))
            central += le(UInt16(name.count)) + le(UInt16(extra.count)) + le(UInt16(0)) + le(UInt16(0)) + le(UInt16(0)) + le(UInt32(0))
            central += le(saturate ? 0xFFFF_FFFF : UInt32(offset)) + name + extra
        }
        let centralOffset = out.count
        out += central
        if zip64End {
            let record = out.count
            out += le(UInt32(0x0606_4B50)) + le64(44) + le(UInt16(45)) + le(UInt16(45)) + le(UInt32(0)) + le(UInt32(0))
            out += le64(UInt64(entries.count)) + le64(UInt64(entries.count)) + le64(UInt64(central.count)) + le64(UInt64(centralOffset))
            out += le(UInt32(0x0706_4B50)) + le(UInt32(0)) + le64(UInt64(record)) + le(UInt32(1))
        }
        let count: UInt16 = zip64End ? 0xFFFF : UInt16(entries.count)
        out += le(UInt32(0x0605_4B50)) + le(UInt16(0)) + le(UInt16(0)) + le(count) + le(count)
        out += le(zip64End ? 0xFFFF_FFFF : UInt32(central.count)) + le(zip64End ? 0xFFFF_FFFF : UInt32(centralOffset))
        out += le(UInt16(comment.count)) + comment
        return out
    }

    private func le(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
    private func le64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(value >> (8 * $0) & 0xFF) } }
}

/// A small DEFLATE encoder: greedy LZ77 over a 32 KiB window (hash chains of three bytes), fixed
/// Huffman codes, one final block. Enough to make realistic deflated workbooks; not a compressor to ship.
public enum Deflater {
    /// Compresses `data` into one fixed-Huffman block.
    public static func deflate(_ data: [UInt8]) -> [UInt8] {
        var writer = Bits()
        writer.write(1, 1)
        writer.write(1, 2)
        var head = [Int](repeating: -1, count: 1 << 15)
        var previous = [Int](repeating: -1, count: data.count)
        var index = 0
        func hash(_ at: Int) -> Int { (Int(data[at]) << 10 ^ Int(data[at + 1]) << 5 ^ Int(data[at + 2])) & 0x7FFF }
        func insert(_ at: Int) {
            guard at + 2 < data.count else { return }
            let key = hash(at)
            previous[at] = head[key]
            head[key] = at
        }
        while index < data.count {
            var bestLength = 0, bestDistance = 0
            if index + 2 < data.count {
                var candidate = head[hash(index)]
                var chain = 0
                while candidate >= 0, index - candidate <= 32_768, chain < 32 {
                    var length = 0
                    while length < 258, index + length < data.count, data[candidate + length] == data[index + length] { length += 1 }
                    if length > bestLength { bestLength = length; bestDistance = index - candidate }
                    candidate = previous[candidate]
                    chain += 1
                }
            }
            if bestLength >= 3 {
                writer.length(bestLength)
                writer.distance(bestDistance)
                for offset in 0..<bestLength { insert(index + offset) }
                index += bestLength
            } else {
                writer.literal(Int(data[index]))
                insert(index)
                index += 1
            }
        }
        writer.literal(256)
        return writer.bytes
    }

    struct Bits {
        var bytes: [UInt8] = []
        var count = 0

        mutating func write(_ value: Int, _ bits: Int) {
            for index in 0..<bits {
                if count % 8 == 0 { bytes.append(0) }
                if value >> index & 1 == 1 { bytes[bytes.count - 1] |= 1 << UInt8(count % 8) }
                count += 1
            }
        }

        mutating func code(_ code: Int, _ bits: Int) {
            for index in stride(from: bits - 1, through: 0, by: -1) { write(code >> index & 1, 1) }
        }

        mutating func literal(_ symbol: Int) {
            switch symbol {
            case 0...143: code(0x30 + symbol, 8)
            case 144...255: code(0x190 + symbol - 144, 9)
            case 256...279: code(symbol - 256, 7)
            default: code(0xC0 + symbol - 280, 8)
            }
        }

        static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                   4097, 6145, 8193, 12289, 16385, 24577]
        static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

        mutating func length(_ length: Int) {
            let index = (Self.lengthBase.lastIndex { $0 <= length }) ?? 0
            literal(257 + index)
            write(length - Self.lengthBase[index], Self.lengthExtra[index])
        }

        mutating func distance(_ distance: Int) {
            let index = (Self.distanceBase.lastIndex { $0 <= distance }) ?? 0
            code(index, 5)
            write(distance - Self.distanceBase[index], Self.distanceExtra[index])
        }
    }
}
