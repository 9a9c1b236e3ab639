/// A ZIP archive read from memory (PKWARE APPNOTE 6.3): the central directory, local headers, stored
/// and deflated entries, ZIP64 sizes and offsets, data descriptors; encrypted entries are refused.
///
/// Reading the directory decompresses nothing; `extract` decompresses one entry within the limits and
/// checks its size and CRC-32.
public struct ZIPArchive: Sendable {
    /// One file in the archive, as the central directory describes it.
    public struct Entry: Sendable, Hashable {
        /// The path inside the archive, `/`-separated.
        public var name: String
        public var method: Int
        public var flags: Int
        public var crc32: UInt32
        public var compressedSize: Int
        public var uncompressedSize: Int
        public var localHeaderOffset: Int

        /// True when bit 0 (traditional encryption) or bit 6 (strong encryption) is set, or the method is AES (99).
        public var isEncrypted: Bool { flags & 0x41 != 0 || method == 99 }
    }

    /// The bytes of the archive.
    public let bytes: [UInt8]
    /// Every entry, in directory order.
    public let entries: [Entry]
    public let limits: ZIPLimits

    /// Reads the central directory of `bytes`.
    public init(bytes: [UInt8], limits: ZIPLimits = ZIPLimits()) throws(ZIPError) {
        self.bytes = bytes
        self.limits = limits
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .compoundFile }
        let directory = try Self.findDirectory(bytes, limits: limits)
        var entries: [Entry] = []
        entries.reserveCapacity(directory.count)
        var offset = directory.offset
        var names = Set<String>()
        for _ in 0..<directory.count {
            let entry = try Self.readDirectoryEntry(bytes, at: &offset, end: directory.offset + directory.size)
            guard names.insert(entry.name.lowercased()).inserted else { throw .duplicateName(entry.name) }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The entry named `name`: exact, else ignoring case and a leading `/` (OPC part names are case-insensitive).
    public func entry(named name: String) -> Entry? {
        let wanted = Self.normalized(name)
        if let exact = entries.first(where: { $0.name == wanted }) { return exact }
        let lower = wanted.lowercased()
        return entries.first { $0.name.lowercased() == lower }
    }

    /// The decompressed bytes of `entry`, refused beyond the limits, checked against its size and CRC-32.
    public func extract(_ entry: Entry) throws(ZIPError) -> [UInt8] {
        if entry.isEncrypted { throw .encrypted(entry.name) }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(entry.name, method: entry.method) }
        if entry.uncompressedSize > limits.maximumEntryBytes {
            throw .entryTooLarge(entry.name, size: entry.uncompressedSize, limit: limits.maximumEntryBytes)
        }
        if entry.uncompressedSize > limits.ratioThreshold, entry.uncompressedSize > entry.compressedSize * limits.maximumRatio {
            throw .compressionRatio(entry.name, ratio: entry.uncompressedSize / max(1, entry.compressedSize), limit: limits.maximumRatio)
        }
        let data = try dataRange(of: entry)
        let output: [UInt8]
        if entry.method == 0 {
            guard data.count == entry.uncompressedSize else {
                throw .sizeMismatch(entry.name, declared: entry.uncompressedSize, actual: data.count)
            }
            output = Array(bytes[data])
        } else {
            // The declared size is the limit: a stream that yields more is a lie, and a bomb stops there.
            switch Inflater.inflate(Array(bytes[data]), limit: entry.uncompressedSize, sizeHint: entry.uncompressedSize) {
            case .success(let inflated): output = inflated
            case .failure(.outputLimit):
                throw .sizeMismatch(entry.name, declared: entry.uncompressedSize, actual: entry.uncompressedSize + 1)
            case .failure(let error): throw .inflate(entry.name, error)
            }
            guard output.count == entry.uncompressedSize else {
                throw .sizeMismatch(entry.name, declared: entry.uncompressedSize, actual: output.count)
            }
        }
        guard CRC32.checksum(output) == entry.crc32 else { throw .checksumMismatch(entry.name) }
        return output
    }

    /// Where the entry's compressed data lies, found through its local header (whose name and extra
    /// field lengths may differ from the central directory's).
    private func dataRange(of entry: Entry) throws(ZIPError) -> Range<Int> {
        let offset = entry.localHeaderOffset
        guard offset >= 0, offset <= bytes.count - 30, Self.uint32(bytes, offset) == 0x0403_4B50 else {
            throw .damaged(part: "lokal filhode for \(entry.name)")
        }
        let start = offset + 30 + Int(Self.uint16(bytes, offset + 26)) + Int(Self.uint16(bytes, offset + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .damaged(part: "data for \(entry.name)")
        }
        return start..<(start + entry.compressedSize)
    }

    static func normalized(_ name: String) -> String {
        var result = name.replacingBackslashes()
        while result.hasPrefix("/") { result.removeFirst() }
        return result
    }

    // MARK: Little-endian fields (callers check the bounds)

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
    }

    static func uint64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        UInt64(uint32(bytes, offset)) | UInt64(uint32(bytes, offset + 4)) << 32
    }
}

extension String {
    /// Some Windows tools write `xl\worksheets\sheet1.xml`; ZIP and OPC use `/`.
    fileprivate func replacingBackslashes() -> String {
        guard contains("\\") else { return self }
        return String(map { $0 == "\\" ? "/" : $0 })
    }
}
