/// Builds `.xlsx` bytes from the XML a test cares about: each sheet's `<sheetData>` content, the
/// shared strings, the cell formats; the package parts around them are written as Excel writes them.
public struct WorkbookBuilder: Sendable {
    public struct Sheet: Sendable {
        public var name: String
        /// The content of `<sheetData>`: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>…`
        public var rows: String
        public var state: String?

        /// Creates a sheet.
        public init(name: String, rows: String, state: String? = nil) {
            self.name = name
            self.rows = rows
            self.state = state
        }
    }

    public var sheets: [Sheet]
    /// `<si>` items as written (`<si><t>tekst</t></si>`); nil leaves out the part.
    public var sharedStrings: [String]?
    /// Custom formats by id (≥ 164).
    public var numberFormats: [Int: String] = [:]
    /// The numFmtId of each cellXfs entry; index = the cell's `s`.
    public var cellFormats: [Int] = [0]
    public var date1904 = false
    public var deflate = true
    /// Extra or replacement parts (name → text), written after the standard ones.
    public var extraParts: [(String, String)] = []

    /// Creates a builder.
    public init(sheets: [Sheet], sharedStrings: [String]? = nil) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts of the package, in the order Excel writes them.
    public func parts() -> [(String, String)] {
        let d = Self.declaration
        var overrides = "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        var sheetList = ""
        var relations = "<Relationship Id=\"rIdStyles\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
        if sharedStrings != nil {
            relations += "<Relationship Id=\"rIdStrings\" Type=\"\(Self.relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        var parts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            overrides += "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            let state = sheet.state.map { " state=\"\($0)\"" } ?? ""
            sheetList += "<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(number)\"\(state) r:id=\"rId\(number)\"/>"
            relations += "<Relationship Id=\"rId\(number)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
            parts.append(("xl/worksheets/sheet\(number).xml",
                          d + "<worksheet xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\"><dimension ref=\"A1\"/><sheetData>\(sheet.rows)</sheetData></worksheet>"))
        }
        let formats = numberFormats.keys.sorted().map { "<numFmt numFmtId=\"\($0)\" formatCode=\"\(Self.escape(numberFormats[$0] ?? ""))\"/>" }.joined()
        let xfs = cellFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }.joined()
        var result: [(String, String)] = [
            ("[Content_Types].xml", d + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\(overrides)</Types>"),
            ("_rels/.rels", d + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(Self.relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", d + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>\(sheetList)</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", d + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations)</Relationships>"),
            ("xl/styles.xml", d + "<styleSheet xmlns=\"\(Self.main)\"><numFmts count=\"\(numberFormats.count)\">\(formats)</numFmts>"
                + "<cellXfs count=\"\(cellFormats.count)\">\(xfs)</cellXfs></styleSheet>"),
        ]
        if let sharedStrings {
            result.append(("xl/sharedStrings.xml", d + "<sst xmlns=\"\(Self.main)\" count=\"\(sharedStrings.count)\" uniqueCount=\"\(sharedStrings.count)\">"
                + sharedStrings.joined() + "</sst>"))
        }
        result += parts
        for (name, text) in extraParts {
            result.removeAll { $0.0 == name }
            result.append((name, text))
        }
        return result
    }

    /// The `.xlsx` bytes.
    public func bytes() -> [UInt8] {
        ZIPWriter(parts().map { ZIPWriter.Entry(name: $0.0, data: Array($0.1.utf8), deflate: deflate) }).bytes()
    }

    /// Text with `&`, `<`, `>` and `"` escaped for XML.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A Forms results download with `responses` rows (ID, Start time, Completion time, Email, Name and
    /// `questions` answer columns), shared strings and numFmtId 22 timestamps, as the fixture script writes it.
    public static func formsExport(responses: Int, questions: Int = 12) -> WorkbookBuilder {
        let answers = ["Helt enig", "Delvis enig", "Verken enig eller uenig", "Delvis uenig", "Helt uenig", "Vet ikke"]
        var strings = ["ID", "Start time", "Completion time", "Email", "Name"] + (1...questions).map { "Spørsmål \($0) om samarbeidet?" }
        strings += ["anonymous"] + answers
        let anonymous = 5 + questions
        var rows = "<row r=\"1\" spans=\"1:\(5 + questions)\">"
        for column in 0..<(5 + questions) { rows += "<c r=\"\(columnName(column + 1))1\" t=\"s\"><v>\(column)</v></c>" }
        rows += "</row>"
        var state: UInt32 = 2025
        for response in 1...max(1, responses) {
            let row = response + 1
            let start = 45964.0 + Double(response) / 97.0
            rows += "<row r=\"\(row)\" spans=\"1:\(5 + questions)\"><c r=\"A\(row)\"><v>\(response)</v></c>"
            rows += "<c r=\"B\(row)\" s=\"1\"><v>\(start)</v></c><c r=\"C\(row)\" s=\"1\"><v>\(start + 0.0041)</v></c>"
            rows += "<c r=\"D\(row)\" t=\"s\"><v>\(anonymous)</v></c><c r=\"E\(row)\" t=\"s\"><v>\(anonymous)</v></c>"
            for question in 0..<questions {
                state ^= state << 13; state ^= state >> 17; state ^= state << 5
                if question == questions - 1 {
                    rows += "<c r=\"\(columnName(6 + question))\(row)\" t=\"inlineStr\"><is><t>Svar nummer \(response), med litt tekst om samarbeidet.</t></is></c>"
                } else {
                    rows += "<c r=\"\(columnName(6 + question))\(row)\" t=\"s\"><v>\(anonymous + 1 + Int(state % 6))</v></c>"
                }
            }
            rows += "</row>"
        }
        var builder = WorkbookBuilder(sheets: [Sheet(name: "Form1", rows: rows)],
                                      sharedStrings: strings.map { "<si><t>\(escape($0))</t></si>" })
        builder.cellFormats = [0, 22]
        return builder
    }

    /// 1 → A, 27 → AA.
    public static func columnName(_ column: Int) -> String {
        var number = column
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}
