/// Why a ZIP archive, or one of its entries, could not be read.
public enum ZIPError: Error, Sendable, Hashable {
    /// No end-of-central-directory record: not a ZIP file, or cut short.
    case notAnArchive
    /// An OLE compound file (`D0 CF 11 E0`): an old `.xls`, or a workbook saved with a password.
    case compoundFile
    /// A structure points outside the file or ends early; `part` names which.
    case damaged(part: String)
    /// An archive spread over several files («split archive»).
    case multipleDisks
    /// More entries than the limit.
    case tooManyEntries(count: Int, limit: Int)
    /// Two entries with the same name: which one a program reads would be a guess.
    case duplicateName(String)
    /// An encrypted entry.
    case encrypted(String)
    /// A compression method other than stored (0) and deflated (8).
    case unsupportedMethod(String, method: Int)
    /// An entry whose declared decompressed size is over the limit.
    case entryTooLarge(String, size: Int, limit: Int)
    /// An entry that expands more than the ratio allows (a zip bomb).
    case compressionRatio(String, ratio: Int, limit: Int)
    /// The data decompressed to another size than the directory declares.
    case sizeMismatch(String, declared: Int, actual: Int)
    /// The CRC-32 of the data differs from the directory's.
    case checksumMismatch(String)
    /// The DEFLATE data is malformed.
    case inflate(String, InflateError)
}

/// The limits an archive is read within; every one ends in an error naming it.
public struct ZIPLimits: Sendable, Hashable {
    /// Most entries in the central directory.
    public var maximumEntries: Int
    /// Largest decompressed size of one entry.
    public var maximumEntryBytes: Int
    /// Highest decompressed : compressed ratio, checked for entries above `ratioThreshold` bytes.
    public var maximumRatio: Int
    /// Entries up to this size may expand any amount (small XML parts compress very well).
    public var ratioThreshold: Int

    /// Creates limits; the defaults fit any real workbook with room to spare.
    public init(maximumEntries: Int = 10_000, maximumEntryBytes: Int = 64 * 1024 * 1024, maximumRatio: Int = 200,
                ratioThreshold: Int = 1024 * 1024) {
        self.maximumEntries = maximumEntries
        self.maximumEntryBytes = maximumEntryBytes
        self.maximumRatio = maximumRatio
        self.ratioThreshold = ratioThreshold
    }
}
