import Foundation
import Testing
@testable import EmbeddedResources

/// The plugin-generated accessor holds exactly what is in `Templates/` and `SampleData/` now, whatever that is.
@Suite struct EmbeddedResourcesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every non-hidden regular file below the folder, as package-relative paths.
    static func filesOnDisk(_ folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let relative = url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)
            paths.append(folder + "/" + relative)
        }
        return paths
    }

    @Test(arguments: ["Templates", "SampleData"])
    func embedsEveryFileOfTheFolderByteForByte(_ folder: String) throws {
        let onDisk = Self.filesOnDisk(folder)
        let embedded = EmbeddedResources.files(under: folder + "/")
        #expect(Set(embedded.map(\.path)) == Set(onDisk))
        for path in onDisk {
            let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent(path)))
            #expect(EmbeddedResources.file(path) == bytes, "\(path)")
        }
    }

    @Test func pathsAreSortedAndUnique() {
        let paths = EmbeddedResources.paths
        #expect(paths == paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(Set(paths).count == paths.count)
    }

    @Test func unknownPathsGiveNil() {
        #expect(EmbeddedResources.file("SampleData/finnes-ikke.csv") == nil)
        #expect(EmbeddedResources.files(under: "Ingenting/").isEmpty)
    }

    @Test(arguments: [
        ("", []), ("AA==", [0]), ("/w==", [255]), ("AAE=", [0, 1]), ("AAEC", [0, 1, 2]),
        ("w6bDuMOl", Array("æøå".utf8)), ("aGVpCg==", Array("hei\n".utf8)),
    ] as [(String, [UInt8])])
    func decodesBase64(_ text: String, _ bytes: [UInt8]) {
        #expect(Base64.decode(text) == bytes)
    }

    @Test func decodesEveryByteValue() {
        let all = (0...255).map(UInt8.init)
        #expect(Base64.decode(Data(all).base64EncodedString()) == all)
    }

    @Test func textAndBase64StorageGiveTheSameBytes() {
        let text = "«æøå» \"\"\"# \\(x)\n"
        let asText = EmbeddedResources.Entry(path: "a", storage: .text(text))
        let asBase64 = EmbeddedResources.Entry(path: "a", storage: .base64(Data(text.utf8).base64EncodedString()))
        #expect(asText.bytes == Array(text.utf8))
        #expect(asBase64.bytes == Array(text.utf8))
    }
}
