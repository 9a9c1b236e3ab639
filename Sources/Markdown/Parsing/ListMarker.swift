/// A list item marker: `-`, `+`, `*`, or 1–9 digits followed by `.` or `)`.
struct ListMarker {
    var ordered: Bool
    var bullet: UInt8 = 0
    var delimiter: UInt8 = 0
    var start = 0
    /// Bytes the marker itself takes.
    var length: Int

    /// The marker at `start`, if one is there. A marker that would interrupt a paragraph must be
    /// followed by text, and an ordered one must start at 1 (CommonMark 5.2).
    static func parse(_ line: [UInt8], at start: Int, interruptsParagraph: Bool) -> ListMarker? {
        guard start < line.count else { return nil }
        let first = line[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            let next = start + 1
            guard next >= line.count || Scanners.isSpaceOrTab(line[next]) || Scanners.isLineEnd(line[next]) else { return nil }
            if interruptsParagraph, restIsBlank(line, from: next) { return nil }
            return ListMarker(ordered: false, bullet: first, length: 1)
        }
        var index = start
        var value = 0
        while index < line.count, Scanners.isDigit(line[index]), index - start < 9 {
            value = value * 10 + Int(line[index] - 0x30)
            index += 1
        }
        guard index > start, index < line.count else { return nil }
        let delimiter = line[index]
        guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
        let next = index + 1
        guard next >= line.count || Scanners.isSpaceOrTab(line[next]) || Scanners.isLineEnd(line[next]) else { return nil }
        if interruptsParagraph, value != 1 || restIsBlank(line, from: next) { return nil }
        return ListMarker(ordered: true, delimiter: delimiter, start: value, length: next - start)
    }

    private static func restIsBlank(_ line: [UInt8], from start: Int) -> Bool {
        var index = start
        while index < line.count, Scanners.isSpaceOrTab(line[index]) { index += 1 }
        return index >= line.count || Scanners.isLineEnd(line[index])
    }
}
