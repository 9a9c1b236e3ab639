import Foundation
@testable import Charts

#if canImport(FoundationXML)
import FoundationXML
#endif

func point(_ value: Double?, _ label: String, mark: String = "") -> ChartPoint {
    ChartPoint(value: value, label: label, mark: mark)
}

func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// The report's words, as a caller supplies them.
let reportTexts = ChartTexts(
    empty: "Ingen tall å vise", notDrawn: "Vises ikke i diagrammet",
    axisNotFromZero: "Den loddrette aksen starter ikke på null.",
    marks: [ChartMark(symbol: "*", meaning: "foreløpig tall")])

/// One `<text>` element as written, or one positioned line of it.
struct DrawnText {
    var owner: Int
    var text: String
    var x: Double
    var y: Double
    var anchor: String
    var size: Double
    var className: String
    var fill: String
}

/// Everything a test needs from an SVG, read with an XML parser (independently of the writer).
final class SVGReader: NSObject, XMLParserDelegate {
    var width = 0.0
    var height = 0.0
    var baseSize = 0.0
    var texts: [DrawnText] = []
    var rects: [[String: String]] = []
    var elements: [(name: String, attributes: [String: String])] = []
    var depth = 0
    var failed = false
    var title = ""
    var desc = ""
    private var current: DrawnText?
    private var inTspan = false
    private var textCount = 0
    private var capture: String?

    static func read(_ svg: String) -> SVGReader {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        if !parser.parse() || parser.parserError != nil { reader.failed = true }
        if reader.depth != 0 { reader.failed = true }
        return reader
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        elements.append((name, attributes))
        let number = { (key: String) in Double(attributes[key] ?? "") }
        switch name {
        case "svg":
            let box = (attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
            if box.count == 4 { (width, height) = (box[2], box[3]) }
        case "g": baseSize = number("font-size") ?? baseSize
        case "title", "desc": capture = name
        case "rect": rects.append(attributes)
        case "text":
            textCount += 1
            current = DrawnText(
                owner: textCount, text: "", x: number("x") ?? 0, y: number("y") ?? 0,
                anchor: attributes["text-anchor"] ?? "start", size: number("font-size") ?? baseSize,
                className: attributes["class"] ?? "", fill: attributes["fill"] ?? "")
        case "tspan":
            guard var line = current else { return }
            if let last = texts.last, last.owner == textCount { line.y = last.y }
            line.x = number("x") ?? line.x
            line.y += number("dy") ?? 0
            line.text = ""
            current = line
            inTspan = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let capture {
            if capture == "title" { title += string } else { desc += string }
        }
        current?.text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        switch name {
        case "title", "desc": capture = nil
        case "tspan":
            if let line = current { texts.append(line) }
            inTspan = false
        case "text":
            if let line = current, !texts.contains(where: { $0.owner == line.owner }) { texts.append(line) }
            current = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }

    /// The box of every drawn text line, measured from the SVG's own attributes.
    var boxes: [(owner: Int, box: TextBox)] {
        texts.map { text in
            let anchor = SVGWriter.Anchor(rawValue: text.anchor) ?? .start
            let box = TextBox.of([text.text], x: text.x, y: text.y, anchor: anchor, size: text.size, lineHeight: 0)[0]
            return (text.owner, box)
        }
    }

    /// Pairs of lines from different texts whose boxes overlap, and boxes that cross the edge.
    func collisions() -> [String] {
        var found: [String] = []
        let all = boxes
        for (index, first) in all.enumerated() {
            if !first.box.isInside(width: width, height: height) {
                found.append("«\(first.box.text)» crosses the edge: \(first.box)")
            }
            // The same text drawn twice in one place (a halo behind a label) is one label, not a collision.
            for second in all[(index + 1)...] where second.owner != first.owner && first.box.overlaps(second.box)
                && first.box != second.box {
                found.append("«\(first.box.text)» overlaps «\(second.box.text)»")
            }
        }
        return found
    }

    /// The texts' contents, in document order.
    var strings: [String] { texts.map(\.text) }
}

/// True when `svg` parses as XML with every element closed.
func isWellFormed(_ svg: String) -> Bool {
    let reader = SVGReader.read(svg)
    return !reader.failed && !reader.elements.isEmpty
}
