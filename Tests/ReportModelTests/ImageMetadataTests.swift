import Foundation
@testable import ReportModel
import Testing

/// A photo's EXIF block (GPS position, camera owner) never reaches the report (issue 16, pictures).
@Suite struct ImageMetadataTests {
    static let jfif: [UInt8] = [0xFF, 0xE0, 0x00, 0x06, 0x4A, 0x46, 0x49, 0x46]
    static let exif: [UInt8] = [0xFF, 0xE1, 0x00, 0x0C] + Array("Exif\0\0GPS!".utf8)
    static let comment: [UInt8] = [0xFF, 0xFE, 0x00, 0x06] + Array("Kari".utf8)
    static let quantisation: [UInt8] = [0xFF, 0xDB, 0x00, 0x04, 0x01, 0x02]
    static let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x04, 0x00, 0x00, 0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]

    @Test func aJPEGLosesItsEXIFAndCommentsAndKeepsTheImage() {
        let file: [UInt8] = [0xFF, 0xD8] + Self.jfif + Self.exif + Self.comment + Self.quantisation + Self.scan
        #expect(ImageMetadata.stripped(file, format: .jpeg) == [0xFF, 0xD8] + Self.jfif + Self.quantisation + Self.scan)
        let embedded = EmbeddedImage(bytes: file)
        #expect(embedded?.dataURI == "data:image/jpeg;base64," + Data([0xFF, 0xD8] + Self.jfif + Self.quantisation + Self.scan).base64EncodedString())
    }

    @Test func aPNGLosesItsTextAndEXIFChunks() {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            [0, 0, 0, UInt8(data.count)] + Array(type.utf8) + data + [1, 2, 3, 4]
        }
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let header = chunk("IHDR", Array(repeating: 1, count: 13))
        let image = chunk("IDAT", [9, 9, 9])
        let end = chunk("IEND", [])
        let file = signature + header + chunk("tEXt", Array("Author\0Kari".utf8)) + chunk("eXIf", [1, 2]) + image + end
        #expect(ImageMetadata.stripped(file, format: .png) == signature + header + image + end)
    }

    @Test func aFileThatDoesNotParseIsLeftAsItIs() {
        let truncated: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 0x01]
        #expect(ImageMetadata.stripped(truncated, format: .jpeg) == truncated)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 1, 0, 0x49]
        #expect(ImageMetadata.stripped(png, format: .png) == png)
    }
}
