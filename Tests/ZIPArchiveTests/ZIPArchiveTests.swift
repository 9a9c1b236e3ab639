import Testing
import WorkbookFixtures
@testable import ZIPArchive

@Suite struct ZIPArchiveTests {
    let text = Array(String(repeating: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>\n", count: 200).utf8)

    func archive(_ entries: [ZIPWriter.Entry], limits: ZIPLimits = ZIPLimits()) throws(ZIPError) -> ZIPArchive {
        try ZIPArchive(bytes: ZIPWriter(entries).bytes(), limits: limits)
    }

    func extract(_ archive: ZIPArchive, _ name: String) -> Result<[UInt8], ZIPError> {
        guard let entry = archive.entry(named: name) else { return .failure(.notAnArchive) }
        do { return .success(try archive.extract(entry)) } catch { return .failure(error) }
    }

    @Test func readsStoredAndDeflatedEntries() throws {
        let zip = try archive([.init(name: "a.xml", data: text, deflate: false), .init(name: "xl/b.xml", data: text)])
        #expect(zip.entries.map(\.name) == ["a.xml", "xl/b.xml"])
        #expect(zip.entries.map(\.method) == [0, 8])
        #expect(zip.entries[1].compressedSize < text.count / 5)
        #expect(extract(zip, "a.xml") == .success(text))
        #expect(extract(zip, "xl/b.xml") == .success(text))
    }

    @Test func namesAreFoundIgnoringCaseLeadingSlashAndBackslashes() throws {
        let zip = try archive([.init(name: "xl\\worksheets\\Sheet1.xml", data: text)])
        #expect(zip.entries.first?.name == "xl/worksheets/Sheet1.xml")
        #expect(zip.entry(named: "/xl/worksheets/sheet1.xml") != nil)
        #expect(zip.entry(named: "xl/worksheets/sheet2.xml") == nil)
    }

    @Test func dataDescriptorsTakeTheSizesFromTheCentralDirectory() throws {
        let zip = try archive([.init(name: "a.xml", data: text, dataDescriptor: true), .init(name: "b.xml", data: [1, 2, 3], deflate: false, dataDescriptor: true)])
        #expect(extract(zip, "a.xml") == .success(text))
        #expect(extract(zip, "b.xml") == .success([1, 2, 3]))
    }

    @Test func zip64FieldsAndEndRecordAreRead() throws {
        var writer = ZIPWriter([.init(name: "a.xml", data: text, zip64: true), .init(name: "b.xml", data: [9], deflate: false)])
        writer.zip64End = true
        writer.comment = Array("kommentar".utf8)
        let zip = try ZIPArchive(bytes: writer.bytes())
        #expect(zip.entries.count == 2)
        #expect(extract(zip, "a.xml") == .success(text))
        #expect(extract(zip, "b.xml") == .success([9]))
    }

    @Test func encryptedAndUnknownMethodsAreRefused() throws {
        let zip = try archive([.init(name: "a.xml", data: text, extraFlags: 1), .init(name: "b.xml", data: text, deflate: false, method: 12)])
        #expect(extract(zip, "a.xml") == .failure(.encrypted("a.xml")))
        #expect(extract(zip, "b.xml") == .failure(.unsupportedMethod("b.xml", method: 12)))
    }

    @Test func sizeAndChecksumAreChecked() throws {
        let zip = try archive([.init(name: "a", data: text, declaredSize: text.count - 1), .init(name: "b", data: text, declaredSize: text.count + 1),
                               .init(name: "c", data: text, declaredCRC: 1), .init(name: "d", data: text, deflate: false, declaredSize: 3)])
        #expect(extract(zip, "a") == .failure(.sizeMismatch("a", declared: text.count - 1, actual: text.count)))
        #expect(extract(zip, "b") == .failure(.sizeMismatch("b", declared: text.count + 1, actual: text.count)))
        #expect(extract(zip, "c") == .failure(.checksumMismatch("c")))
        #expect(extract(zip, "d") == .failure(.sizeMismatch("d", declared: 3, actual: text.count)))
    }

    @Test func limitsOnEntriesSizeAndRatio() throws {
        let many = (0..<5).map { ZIPWriter.Entry(name: "f\($0)", data: [1], deflate: false) }
        #expect(throws: ZIPError.tooManyEntries(count: 5, limit: 4)) { try archive(many, limits: ZIPLimits(maximumEntries: 4)) }
        let large = try archive([.init(name: "big", data: text)], limits: ZIPLimits(maximumEntryBytes: 1000))
        #expect(extract(large, "big") == .failure(.entryTooLarge("big", size: text.count, limit: 1000)))
        let zeros = [UInt8](repeating: 0, count: 2_000_000)
        // The test's encoder reaches about 158:1 on zeros (zlib about 1000:1); the limit is lowered to match.
        let bomb = try archive([.init(name: "bomb", data: zeros)], limits: ZIPLimits(maximumRatio: 100))
        guard case .failure(.compressionRatio("bomb", let ratio, 100)) = extract(bomb, "bomb") else {
            Issue.record("a 2 MB run of zeros was not refused"); return
        }
        #expect(ratio > 100)
        #expect(extract(try archive([.init(name: "small", data: [UInt8](repeating: 0, count: 500_000))], limits: ZIPLimits(maximumRatio: 100)),
                        "small") == .success([UInt8](repeating: 0, count: 500_000)))
    }

    @Test func duplicateNamesAreRefused() {
        #expect(throws: ZIPError.duplicateName("XL/a.xml")) {
            try archive([.init(name: "xl/a.xml", data: [1]), .init(name: "XL/a.xml", data: [2])])
        }
    }

    @Test func notAZIPFile() {
        #expect(throws: ZIPError.notAnArchive) { try ZIPArchive(bytes: Array("ID;Navn\n1;Kari\n".utf8)) }
        #expect(throws: ZIPError.notAnArchive) { try ZIPArchive(bytes: []) }
        #expect(throws: ZIPError.compoundFile) { try ZIPArchive(bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)) }
    }

    @Test func aCentralDirectoryThatLiesIsDamagedNotALoop() throws {
        var bytes = ZIPWriter([.init(name: "a", data: text)]).bytes()
        let end = bytes.count - 22
        bytes[end + 10] = 0x0F; bytes[end + 11] = 0x27 // 9 999 entries in a directory of one
        #expect(throws: ZIPError.damaged(part: "sentralkatalogen")) { try ZIPArchive(bytes: bytes) }
        var offset = ZIPWriter([.init(name: "a", data: text)]).bytes()
        offset[offset.count - 6] = 0xFF // directory offset beyond the file
        #expect(throws: ZIPError.damaged(part: "sentralkatalogen")) { try ZIPArchive(bytes: offset) }
    }

    @Test func everyTruncationIsAnErrorNeverATrap() {
        let bytes = ZIPWriter([.init(name: "a.xml", data: text), .init(name: "b.xml", data: text, deflate: false)]).bytes()
        for length in 0..<bytes.count {
            guard let zip = try? ZIPArchive(bytes: Array(bytes.prefix(length))) else { continue }
            for entry in zip.entries { _ = try? zip.extract(entry) }
        }
        for index in stride(from: 0, to: bytes.count, by: 3) {
            var damaged = bytes
            damaged[index] ^= 0xFF
            guard let zip = try? ZIPArchive(bytes: damaged) else { continue }
            for entry in zip.entries { _ = try? zip.extract(entry) }
        }
    }
}
