import ReportModel
import SourceText

/// Pictures in `bilder/`: read once, checked to be what they say they are, and embedded in the report.
extension LoadSession {
    /// The largest picture read; a report with many such pictures is still a file a laptop opens.
    static let maximumImageBytes = 5 * 1024 * 1024
    /// Most pictures read from `bilder/`.
    static let maximumImages = 200

    /// Every PNG or JPEG file directly in `bilder/`, by its path in the project (`bilder/kart.png`). Other
    /// files are left alone: only a picture a text refers to must be readable (see `ChapterMarkup`).
    mutating func readImages() -> [String: EmbeddedImage] {
        guard folderIsUsable("bilder", required: false),
              case .success(let names) = FileAccess.contents(of: root.appendingPathComponent("bilder").path) else { return [:] }
        var images: [String: EmbeddedImage] = [:]
        for name in names.sorted() where !name.hasPrefix(".") && Self.isPictureName(name) {
            let relative = "bilder/" + name
            guard !name.unicodeScalars.contains(where: { ControlCharacters.message(for: $0) != nil }) else {
                report(.notAnImage(found: Self.shown(name)), "bilder/" + Self.shown(name))
                continue
            }
            guard images.count < Self.maximumImages else {
                report(.fileTooLarge(limitBytes: Self.maximumImageBytes), relative)
                break
            }
            switch FileAccess.read(root.appendingPathComponent(relative).path, limit: Self.maximumImageBytes) {
            case .bytes(let bytes):
                if let image = EmbeddedImage(bytes: bytes) {
                    images[relative] = image
                } else {
                    report(.notAnImage(found: Self.describe(bytes)), relative)
                }
            case .tooLarge:
                report(.notAnImage(found: "større enn 5 MB"), relative)
            case .kind(let kind):
                reportUnreadable(kind, relative, isFolder: false)
            }
        }
        return images
    }

    /// A name a picture file has; only these are read.
    static func isPictureName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return [".png", ".jpg", ".jpeg"].contains { lowered.hasSuffix($0) }
    }

    /// What the bytes look like, for a message about a file that is not a picture.
    static func describe(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "en tom fil" }
        if bytes.starts(with: Array("GIF8".utf8)) { return "et GIF-bilde" }
        if bytes.starts(with: Array("<svg".utf8)) || bytes.starts(with: Array("<?xml".utf8)) { return "en SVG- eller XML-fil" }
        if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) { return "en PDF-fil" }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "et Office-dokument eller en ZIP-fil" }
        if bytes.count >= 12, bytes[8..<12].elementsEqual(Array("WEBP".utf8)) { return "et WebP-bilde" }
        if bytes.count >= 12, bytes[4..<12].elementsEqual(Array("ftypheic".utf8)) { return "et HEIC-bilde (fra iPhone)" }
        return "en fil som ikke begynner som et PNG- eller JPEG-bilde"
    }
}
