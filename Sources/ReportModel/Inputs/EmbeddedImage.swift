import Foundation

/// A picture from the project's `bilder/` folder, carried into the report itself (the HTML loads nothing).
public struct EmbeddedImage: Sendable, Hashable {
    /// The picture formats a report can hold, known by their first bytes, not by the file name.
    public enum Format: String, Sendable, Hashable {
        case png = "image/png"
        case jpeg = "image/jpeg"

        /// The format the bytes start with, or nil when they are neither PNG nor JPEG.
        public init?(signature bytes: [UInt8]) {
            if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
                self = .png
            } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
                self = .jpeg
            } else {
                return nil
            }
        }
    }

    public let format: Format
    /// The picture as a `data:` URI, ready for an `<img src>`.
    public let dataURI: String

    /// Creates the image from its file's bytes (without their metadata: a photo's GPS position and the
    /// like), or nil when they are not a PNG or JPEG picture.
    public init?(bytes: [UInt8]) {
        guard let format = Format(signature: bytes) else { return nil }
        self.format = format
        dataURI = "data:\(format.rawValue);base64," + Data(ImageMetadata.stripped(bytes, format: format)).base64EncodedString()
    }
}

extension EmbeddedImage {
    /// The key in `ReportData.images` for a picture's destination as written in Markdown:
    /// `./bilder/a%20b.png` is `bilder/a b.png`.
    public static func key(forDestination destination: String) -> String {
        var path = destination.removingPercentEncoding ?? destination
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    /// The same for the destination's bytes, as the Markdown parser holds them.
    public static func key(forDestination bytes: [UInt8]) -> String {
        key(forDestination: String(decoding: bytes, as: UTF8.self))
    }
}
