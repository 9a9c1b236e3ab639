import Foundation
import Testing
@testable import ZIPArchive

/// The data `Fixtures/make-deflate-fixtures.py` compressed, regenerated here with the same xorshift32.
enum FixtureData {
    static let words = ["barnevern", "melding", "undersøkelse", "tiltak", "kommune", "2025", ";", "\n", " ",
                        "fosterhjem", "<c r=\"A1\" t=\"s\"><v>", "</v></c>", "æøå", "ÆØÅ", "0", "1", "12,5"].map { Array($0.utf8) }

    struct XorShift {
        var state: UInt32
        mutating func next() -> UInt32 {
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return state
        }
    }

    static func text(_ size: Int, seed: UInt32 = 2025) -> [UInt8] {
        var generator = XorShift(state: seed)
        var out: [UInt8] = []
        while out.count < size { out += words[Int(generator.next() % UInt32(words.count))] }
        return Array(out.prefix(size))
    }

    static func noise(_ size: Int, seed: UInt32 = 7) -> [UInt8] {
        var generator = XorShift(state: seed)
        return (0..<size).map { _ in UInt8(generator.next() & 0xFF) }
    }

    static func far(_ size: Int, seed: UInt32 = 11) -> [UInt8] {
        let block = noise(2000, seed: seed)
        return Array((block + noise(max(0, size - 4000), seed: seed + 1) + block).prefix(size))
    }

    static func data(named name: String) -> [UInt8]? {
        let parts = name.split(separator: "-")
        guard parts.count >= 2, let size = Int(parts[1]) else { return nil }
        switch parts[0] {
        case "text": return text(size)
        case "noise": return noise(size)
        case "far": return far(size)
        default: return nil
        }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/deflate")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".deflate") }.sorted()
    }

    static func stream(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))) ?? []
    }
}

/// Writes DEFLATE bits least significant first, and Huffman codes most significant first, as RFC 1951 § 3.1.1 says.
struct BitWriter {
    var bytes: [UInt8] = []
    var bitCount = 0

    mutating func write(_ value: Int, _ count: Int) {
        for index in 0..<count {
            if bitCount % 8 == 0 { bytes.append(0) }
            if value >> index & 1 == 1 { bytes[bytes.count - 1] |= 1 << UInt8(bitCount % 8) }
            bitCount += 1
        }
    }

    mutating func code(_ code: Int, _ length: Int) {
        for index in stride(from: length - 1, through: 0, by: -1) { write(code >> index & 1, 1) }
    }

    /// A literal/length symbol of the fixed code (§ 3.2.6).
    mutating func fixed(_ symbol: Int) {
        switch symbol {
        case 0...143: code(0x30 + symbol, 8)
        case 144...255: code(0x190 + symbol - 144, 9)
        case 256...279: code(symbol - 256, 7)
        default: code(0xC0 + symbol - 280, 8)
        }
    }

    mutating func alignToByte() { bitCount = (bitCount + 7) / 8 * 8 }
}

@Suite struct InflaterTests {
    func inflate(_ bytes: [UInt8], limit: Int = 1 << 24) -> Result<[UInt8], InflateError> {
        Inflater.inflate(bytes, limit: limit)
    }

    @Test func fixturesCoverEveryBlockType() {
        // Bits 1–2 of the first byte are the first block's type.
        let types = Set(FixtureData.names.map { Int(FixtureData.stream($0).first ?? 0) >> 1 & 3 })
        #expect(types == [0, 1, 2])
        #expect(FixtureData.names.count == 16)
    }

    @Test(arguments: FixtureData.names)
    func inflatesWhatZlibDeflated(_ name: String) throws {
        let expected = try #require(FixtureData.data(named: name))
        let result = inflate(FixtureData.stream(name))
        #expect(result == .success(expected), "\(name)")
        #expect(CRC32.checksum(expected) == CRC32.checksum((try? result.get()) ?? []))
    }

    @Test func aMatchReachesBackTheWholeWindow() {
        // A stored block of 32 768 bytes, then a fixed block copying 258 bytes from distance 32 768.
        let first = FixtureData.noise(32_768)
        var writer = BitWriter()
        writer.write(0, 1); writer.write(0, 2); writer.alignToByte()
        writer.bytes += [0x00, 0x80, 0xFF, 0x7F] + first
        writer.bitCount = writer.bytes.count * 8
        writer.write(1, 1); writer.write(1, 2)
        writer.fixed(285)                                  // length 258
        writer.code(29, 5); writer.write(32_768 - 24_577, 13) // distance 32 768
        writer.fixed(256)
        #expect(inflate(writer.bytes) == .success(first + first.prefix(258)))
    }

    @Test func anOverlappingCopyRepeatsARun() {
        var writer = BitWriter()
        writer.write(1, 1); writer.write(1, 2)
        writer.fixed(Int(UInt8(ascii: "a"))); writer.fixed(Int(UInt8(ascii: "b")))
        writer.fixed(264); writer.code(1, 5) // length 10, distance 2
        writer.fixed(256)
        #expect(inflate(writer.bytes) == .success(Array("abababababab".utf8)))
    }

    /// A fixed block with the given symbols (literal/length codes, then raw bits as (value, count) pairs).
    func fixedBlock(_ build: (inout BitWriter) -> Void) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, 1); writer.write(1, 2)
        build(&writer)
        return writer.bytes
    }

    @Test func malformedStreamsEndInTheirError() {
        var reserved = BitWriter(); reserved.write(1, 1); reserved.write(3, 2)
        #expect(inflate(reserved.bytes) == .failure(.invalidBlockType))
        #expect(inflate([0x01, 0x05, 0x00, 0xFA, 0xFF, 1, 2, 3, 4, 5]) == .success([1, 2, 3, 4, 5]))
        #expect(inflate([0x01, 0x05, 0x00, 0xFB, 0xFF, 1, 2, 3, 4, 5]) == .failure(.storedLengthMismatch))
        #expect(inflate([0x01, 0x05, 0x00, 0xFA]) == .failure(.truncated))
        #expect(inflate(fixedBlock { $0.fixed(65); $0.fixed(286) }) == .failure(.invalidSymbol))
        #expect(inflate(fixedBlock { $0.fixed(65); $0.fixed(257); $0.code(30, 5); $0.fixed(256) }) == .failure(.invalidSymbol))
        #expect(inflate(fixedBlock { $0.fixed(65); $0.fixed(257); $0.code(1, 5); $0.fixed(256) }) == .failure(.distanceTooFar))
        #expect(inflate(fixedBlock { $0.fixed(65) }) == .failure(.truncated))
        #expect(inflate([]) == .failure(.truncated))
    }

    @Test func dynamicHeadersAreChecked() {
        func header(literals: Int, distances: Int, codeLengths: [Int], then: (inout BitWriter) -> Void = { _ in }) -> [UInt8] {
            var writer = BitWriter()
            writer.write(1, 1); writer.write(2, 2)
            writer.write(literals - 257, 5); writer.write(distances - 1, 5); writer.write(codeLengths.count - 4, 4)
            for length in codeLengths { writer.write(length, 3) }
            then(&writer)
            return writer.bytes
        }
        #expect(inflate(header(literals: 287, distances: 1, codeLengths: [0, 0, 0, 0])) == .failure(.tooManyCodes))
        #expect(inflate(header(literals: 257, distances: 31, codeLengths: [0, 0, 0, 0])) == .failure(.tooManyCodes))
        // Code-length codes: none at all, or three of length 1 (over-subscribed).
        #expect(inflate(header(literals: 257, distances: 1, codeLengths: [0, 0, 0, 0])) == .failure(.invalidCodeLengths))
        #expect(inflate(header(literals: 257, distances: 1, codeLengths: [1, 1, 1, 0])) == .failure(.invalidCodeLengths))
        // Symbols 16 and 17 with one bit each: «repeat the previous length» as the very first code.
        #expect(inflate(header(literals: 257, distances: 1, codeLengths: [1, 1, 0, 0]) { $0.code(0, 1); $0.write(0, 2) })
                == .failure(.invalidCodeLengths))
        // 18 (11–138 zeros) then 18 again: 2 × 138 zeros overrun 258 lengths.
        #expect(inflate(header(literals: 257, distances: 1, codeLengths: [0, 1, 1, 0]) {
            $0.code(1, 1); $0.write(127, 7); $0.code(1, 1); $0.write(127, 7)
        }) == .failure(.invalidCodeLengths))
        // All 258 lengths zero: no end-of-block code.
        #expect(inflate(header(literals: 257, distances: 1, codeLengths: [0, 1, 1, 0]) {
            $0.code(1, 1); $0.write(127, 7); $0.code(1, 1); $0.write(120 - 11, 7)
        }) == .failure(.invalidCodeLengths))
    }

    @Test func theOutputLimitStopsAZipBomb() {
        // One zero, then 10 000 copies of 258 bytes: 2.5 MB from 16 KB of input.
        let bomb = fixedBlock { writer in
            writer.fixed(0)
            for _ in 0..<10_000 { writer.fixed(285); writer.code(0, 5) }
            writer.fixed(256)
        }
        #expect(inflate(bomb, limit: 1_000_000) == .failure(.outputLimit))
        #expect((try? inflate(bomb, limit: 3_000_000).get().count) == 2_580_001)
    }

    @Test func everyPrefixOfAStreamIsTruncatedNeverAValue() {
        let stream = FixtureData.stream("text-5000-l6-w15-fixed.deflate")
        for length in 0..<stream.count {
            if case .success = inflate(Array(stream.prefix(length))) { Issue.record("prefix of \(length) bytes inflated"); return }
        }
        let dynamic = FixtureData.stream("text-20000-l6-w12-default.deflate")
        for length in stride(from: 0, to: dynamic.count, by: 7) {
            if case .success = inflate(Array(dynamic.prefix(length))) { Issue.record("prefix of \(length) bytes inflated"); return }
        }
    }

    @Test(arguments: ["text-5000-l6-w15-fixed.deflate", "text-20000-l9-w15-default.deflate", "text-100-l0-w15-default.deflate"])
    func everyFlippedBitEndsInAValueOrAnError(_ name: String) {
        // No trap and no hang for any single flipped bit; a flip in a stored block's data simply changes it.
        // Every bit of the first 256 bytes (block headers, the dynamic code tables), every 13th after that.
        let stream = FixtureData.stream(name)
        var errors = 0
        for bit in Array(0..<min(stream.count * 8, 2048)) + Array(stride(from: 2048, to: stream.count * 8, by: 31)) {
            var flipped = stream
            flipped[bit / 8] ^= 1 << UInt8(bit % 8)
            if case .failure = inflate(flipped, limit: 100_000) { errors += 1 }
        }
        #expect(errors > 0)
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }
}
