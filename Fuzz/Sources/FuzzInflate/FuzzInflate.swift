import FuzzSupport
import ZIPArchive

// Input: byte 0 picks the reader, the rest is its input.
//   even: a raw DEFLATE stream → `Inflater.inflate` with a 1 MB limit (output never beyond it)
//   odd:  a ZIP archive → `ZIPArchive(bytes:)`, then `extract` of every entry (sizes and CRC as declared)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if data[0] & 1 == 0 {
        let limit = 1 << 20
        if case .success(let output) = Inflater.inflate(bytes, limit: limit), output.count > limit {
            FuzzSupport.fail("inflate produced \(output.count) bytes over the limit of \(limit)", input: bytes)
        }
        return 0
    }
    let limits = ZIPLimits(maximumEntries: 64, maximumEntryBytes: 1 << 20)
    guard let archive = try? ZIPArchive(bytes: bytes, limits: limits) else { return 0 }
    for entry in archive.entries {
        guard let output = try? archive.extract(entry) else { continue }
        if output.count != entry.uncompressedSize || CRC32.checksum(output) != entry.crc32 {
            FuzzSupport.fail("extract returned data that does not match the directory for \(entry.name)", input: bytes)
        }
    }
    return 0
}
