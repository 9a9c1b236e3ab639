/// Takes out what a picture file says besides the picture: a photo's EXIF block can hold the place it was
/// taken (GPS), the camera owner's name and the time, none of which belongs in a report to the council.
enum ImageMetadata {
    /// The bytes without metadata segments or chunks; a file that does not parse is returned as it is
    /// (the browser shows what it can, and nothing is lost by guessing).
    static func stripped(_ bytes: [UInt8], format: EmbeddedImage.Format) -> [UInt8] {
        switch format {
        case .jpeg: return strippedJPEG(bytes) ?? bytes
        case .png: return strippedPNG(bytes) ?? bytes
        }
    }

    /// JPEG: the APP1–APP15 segments (EXIF, XMP, IPTC, ICC …) and comments before the image data go;
    /// APP0 (JFIF) and everything from the start of scan on is kept.
    static func strippedJPEG(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var output: [UInt8] = [0xFF, 0xD8]
        var index = 2
        while index + 1 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue } // fill byte
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                output += [0xFF, marker]
                index += 2
                continue
            }
            guard index + 3 < bytes.count else { return nil }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let end = index + 2 + length
            guard length >= 2, end <= bytes.count else { return nil }
            if marker == 0xDA || marker == 0xD9 {
                output += bytes[index...]
                return output
            }
            let isMetadata = (0xE1...0xEF).contains(marker) || marker == 0xFE
            if !isMetadata { output += bytes[index..<end] }
            index = end
        }
        return nil
    }

    /// PNG: text, EXIF and time chunks go; every other chunk is kept in order.
    static func strippedPNG(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 8 else { return nil }
        var output = Array(bytes[0..<8])
        var index = 8
        let dropped: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]
        while index + 12 <= bytes.count {
            let length = bytes[index..<(index + 4)].reduce(0) { $0 << 8 | Int($1) }
            let end = index + 12 + length
            guard length >= 0, end <= bytes.count else { return nil }
            let type = String(decoding: bytes[(index + 4)..<(index + 8)], as: UTF8.self)
            if !dropped.contains(type) { output += bytes[index..<end] }
            index = end
            if type == "IEND" { return output }
        }
        return index == bytes.count ? output : nil
    }
}
