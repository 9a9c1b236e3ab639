/// Finds right-to-left script in UTF-8 text by its encoded form, without decoding: Hebrew, Arabic,
/// Syriac, Thaana, N'Ko, Samaritan, Mandaic (U+0590–U+08FF), their presentation forms (U+FB1D–U+FDFF,
/// U+FE70–U+FEFF) and the right-to-left scripts of the supplementary planes (U+10800–U+10FFF,
/// U+1E800–U+1EFFF).
enum RightToLeft {
    static func contains(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        let count = bytes.endIndex
        while index < count {
            let byte = bytes[index]
            if byte < 0xC0 {
                index += 1
                continue
            }
            let second = index + 1 < count ? bytes[index + 1] : 0
            let third = index + 2 < count ? bytes[index + 2] : 0
            switch byte {
            case 0xD6 where second >= 0x90, 0xD7...0xDF:
                return true
            case 0xE0 where second >= 0xA0 && second <= 0xA3:
                return true
            case 0xEF where (second == 0xAC && third >= 0x9D) || (second >= 0xAD && second <= 0xB7)
                || (second == 0xB9 && third >= 0xB0) || second == 0xBA || second == 0xBB:
                return true
            case 0xF0 where (second == 0x90 && third >= 0xA0) || (second == 0x9E && third >= 0xA0):
                return true
            default:
                break
            }
            index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        }
        return false
    }
}
