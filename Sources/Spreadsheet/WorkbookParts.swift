/// Part names inside the package (OPC, ECMA-376 Part 2).
enum PartPath {
    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationships(of part: String) -> String {
        let folder = directory(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// A relationship target resolved against the part that holds the relationship: absolute targets
    /// (`/xl/worksheets/sheet1.xml`) from the package root, relative ones with `..` and `.` folded.
    static func resolve(_ target: String, base: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : directory(of: base).split(separator: "/")
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}

/// The small parts around the sheets: relationships, the workbook's sheet list, styles, shared strings.
enum WorkbookParts {
    struct Relationship {
        var type: String
        var target: String
    }

    struct SheetEntry {
        var name: String
        var sheetID: String
        var relationshipID: String
        var isHidden: Bool
    }

    struct Info {
        var sheets: [SheetEntry] = []
        var uses1904 = false
    }

    /// Relationships by id, targets resolved; external targets (hyperlinks) are left out.
    static func relationships(_ bytes: [UInt8]?, part: String, base: String, session: inout ReadSession) -> [String: Relationship] {
        guard let bytes else { return [:] }
        var result: [String: Relationship] = [:]
        session.events(of: bytes, part: part, handle: { event in
            guard case .start(let element, _) = event, element.localName == "Relationship",
                  let id = element.attribute("Id"), let type = element.attribute("Type"), let target = element.attribute("Target"),
                  element.attribute("TargetMode") != "External" else { return }
            if result[id] == nil { result[id] = Relationship(type: type, target: PartPath.resolve(target, base: base)) }
        })
        return result
    }

    /// The sheet list (`<sheet name= sheetId= r:id= state=>`) and the date system (`<workbookPr date1904=>`).
    static func workbook(_ bytes: [UInt8], part: String, session: inout ReadSession) -> Info {
        var info = Info()
        session.events(of: bytes, part: part, handle: { event in
            guard case .start(let element, _) = event else { return }
            switch element.localName {
            case "workbookPr":
                info.uses1904 = ["1", "true"].contains(element.attribute("date1904") ?? "")
            case "sheet":
                guard let name = element.attribute("name") else { return }
                info.sheets.append(SheetEntry(name: name, sheetID: element.attribute("sheetId") ?? "\(info.sheets.count + 1)",
                                              relationshipID: element.prefixedAttribute("id") ?? "",
                                              isHidden: ["hidden", "veryHidden"].contains(element.attribute("state") ?? "")))
            default: break
            }
        })
        return info
    }

    /// The number format of each cell style (`cellXfs`, indexed by a cell's `s`).
    static func styles(_ bytes: [UInt8], part: String, session: inout ReadSession) -> [NumberFormat] {
        var custom: [Int: NumberFormat] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false
        session.events(of: bytes, part: part, handle: { event in
            switch event {
            case .start(let element, let selfClosing):
                switch element.localName {
                case "numFmt":
                    if let id = element.attribute("numFmtId").flatMap({ Int($0) }), let code = element.attribute("formatCode") {
                        custom[id] = NumberFormat.parse(code)
                    }
                case "cellXfs": inCellXfs = !selfClosing
                case "xf" where inCellXfs: formatIDs.append(element.attribute("numFmtId").flatMap { Int($0) } ?? 0)
                default: break
                }
            case .end(let name) where XMLElement.local(name) == "cellXfs": inCellXfs = false
            default: break
            }
        })
        return formatIDs.map { custom[$0] ?? NumberFormat.builtIn($0) }
    }

    /// The shared string table: each `<si>` is plain (`<t>`) or rich text (`<r><t>…</t></r>…`); phonetic
    /// runs (`<rPh>`) are not part of the text.
    static func sharedStrings(_ bytes: [UInt8], part: String, session: inout ReadSession) -> [String] {
        var strings: [String] = []
        var collector = TextCollector(limit: session.limits.maximumStringBytes)
        var inItem = false
        var tooLong: Int? = nil
        var full = false
        let limit = session.limits.maximumCellsPerSheet
        session.events(of: bytes, part: part, handle: { event in
            switch event {
            case .start(let element, let selfClosing):
                if element.localName == "si" {
                    // Each string costs memory even when empty: as many as a sheet may have cells, no more.
                    guard strings.count < limit else { full = true; return }
                    collector.reset()
                    if selfClosing { strings.append("") } else { inItem = true }
                } else if inItem {
                    collector.start(element, selfClosing: selfClosing)
                }
            case .text(let text) where inItem:
                collector.text(text)
            case .end(let name):
                if XMLElement.local(name) == "si", inItem {
                    inItem = false
                    if collector.overflow > 0, tooLong == nil { tooLong = collector.overflow }
                    strings.append(collector.value)
                } else if inItem {
                    collector.end(name)
                }
            default: break
            }
        })
        if full {
            session.diagnostics.append(SpreadsheetMessages.tooManyStrings(file: session.file, limit: limit))
        }
        if let tooLong {
            session.diagnostics.append(SpreadsheetMessages.stringTooLong(.init(file: session.file, line: 1, column: 1), bytes: tooLong,
                                                                         limit: session.limits.maximumStringBytes))
        }
        return strings
    }
}
