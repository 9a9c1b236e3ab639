import Foundation
import SourceText
import StatBank
import Testing
import WorkbookFixtures

/// The fixtures follow SSB's documented formats; the numbers are invented for the fictional municipality
/// 4699 Fjordvik. Variable codes and labels are SSB's (see README, «SSB statistics bank»), from two tables (12286 and
/// 12279) put side by side under the title of a third (12870): a reader test, not a real table. The sample
/// project's `data/ssb/` holds downloads of real tables.
/// - `kostra-barnevern.json`: JSON-stat 2.0 as PxWebApi returns it (`role`, `extension.px.tableid`, `status`).
/// - `kostra-barnevern.csv`: «Semikolonseparert med overskrift»: title line, blank line, heading row with the
///   years across, «code label» categories, decimal comma, UTF-8 with BOM, CRLF, a source line at the end.
/// - `kostra-barnevern-libreoffice.xlsx`: that CSV opened in LibreOffice 7.4 (Norwegian locale) and saved as .xlsx.
enum StatBankFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))) ?? []
    }
}

/// The observations as «region variable year value» lines, for exact comparison across formats.
func lines(_ dataset: StatBankDataset?) -> [String] {
    (dataset?.observations ?? []).map { observation in
        let value: String
        switch observation.value {
        case .number(let number): value = String(number)
        case .symbol(let symbol): value = symbol.rawValue
        }
        return "\(observation.region.code) \(observation.variable.label.prefix(20)) \(observation.year.map(String.init) ?? "?") \(value)"
    }.sorted()
}

@Suite struct StatBankReaderTests {
    @Test func readsJSONStatAsPxWebApiReturnsIt() throws {
        let (dataset, diagnostics) = StatBankReader().read(bytes: StatBankFixtures.bytes("kostra-barnevern.json"), file: "data/ssb/kostra.json")
        #expect(diagnostics.isEmpty)
        let found = try #require(dataset)
        #expect(found.tableID == "12870")
        #expect(found.updated == "2026-03-15T07:00:00Z")
        #expect(found.dimensions.map(\.role) == [.region, .variable, .time])
        #expect(found.dimensions[0].categories.map(\.code) == ["4699", "EKG07", "EKA46", "EAK"])
        #expect(found.observations.count == 24)
        let first = found.observations[0]
        #expect(first.region == StatBankCategory(code: "4699", label: "Fjordvik"))
        #expect(first.variable.code == "KOSbvbarnuspinnb0000")
        #expect((first.year, first.value) == (2023, .number(4.1)))
        #expect(found.observations[5].value == .symbol(.missing))
        #expect(found.observations[8].value == .symbol(.confidential))
        #expect(found.notes == ["Tala for siste år er førebelse."])
    }

    @Test func theCSVAndTheWorkbookGiveTheSameFiguresAsTheJSON() {
        let json = StatBankReader().read(bytes: StatBankFixtures.bytes("kostra-barnevern.json"), file: "a.json")
        let csv = StatBankReader().read(bytes: StatBankFixtures.bytes("kostra-barnevern.csv"), file: "a.csv")
        let xlsx = StatBankReader().read(bytes: StatBankFixtures.bytes("kostra-barnevern-libreoffice.xlsx"), file: "a.xlsx")
        #expect(csv.diagnostics.isEmpty)
        #expect(xlsx.diagnostics.isEmpty)
        #expect(lines(csv.dataset).count == 24)
        #expect(lines(csv.dataset) == lines(json.dataset))
        #expect(lines(xlsx.dataset) == lines(json.dataset))
        #expect(csv.dataset?.tableID == "12870")
        #expect(csv.dataset?.notes == ["Kjelde: Statistisk sentralbyrå"])
        #expect(csv.dataset?.observations.first?.location.description == "a.csv:4:78")
        #expect(xlsx.dataset?.observations.first?.location.description == "a.xlsx: ark kostra-barnevern, celle C4")
    }

    @Test func aLongFormCSVInWindows1252WithCommasAndSymbols() {
        // The long form (one value column) with the year as a column, as PxWebApi's CSV gives it.
        let text = "\"region\";\"statistikkvariabel\";\"år\";\"12870: Barnevern\"\n\"3101 Halden\";\"Andel\";\"2024\";\"12,5\"\n"
            + "\"3101 Halden\";\"Andel\";\"2025\";\":\"\n\"EKG07 Kostragruppe 07\";\"Andel\";\"2025\";\"-\"\n\"EAK Landet\";\"Andel\";\"2025\";\"...\"\n"
        let bytes = Array(text.utf8).map { $0 } // ASCII except for «år»
        let cp1252 = bytes.flatMap { byte -> [UInt8] in byte == 0xC3 ? [] : byte == 0xA5 ? [0xE5] : [byte] }
        let (dataset, diagnostics) = StatBankReader().read(bytes: cp1252, file: "x.csv")
        #expect(diagnostics.isEmpty)
        #expect(dataset?.observations.map(\.value) == [.number(12.5), .symbol(.confidential), .symbol(.zero), .symbol(.notYetAvailable)])
        #expect(dataset?.observations.map(\.region.code) == ["3101", "3101", "EKG07", "EAK"])
        #expect(dataset?.observations.last?.region.label == "Landet")
        #expect(dataset?.observations.map(\.value.number) == [12.5, nil, 0, nil])
    }

    @Test func symbolsAndTheirSSBMeanings() {
        #expect(StatBankSymbol.allCases.map(\.rawValue) == [".", "..", "...", ":", "-"])
        #expect(StatBankSymbol.allCases.map(\.meaning) == ["Tall kan ikke forekomme", "Oppgave mangler", "Oppgave mangler foreløpig",
                                                           "Tall kan ikke offentliggjøres", "Null"])
        #expect(StatBankSymbol.parse(" – ") == .zero)
    }

    @Test(arguments: [("3101", StatBankRegionKind.municipality), ("0301", .municipality), ("31", .county), ("EKG07", .kostraGroup),
                      ("EKA46", .countyMunicipalities), ("EAK", .country), ("EAKUO", .countryWithoutOslo), ("0", .country),
                      ("K-3101", .municipality), ("F-31", .county)])
    func regionKinds(_ code: String, _ kind: StatBankRegionKind) {
        #expect(StatBankRegionKind.of(code) == kind)
    }

    @Test func brokenFilesEndInDiagnostics() {
        let notJSON = StatBankReader().read(bytes: Array("{\"a\": [1, 2,]}".utf8), file: "x.json")
        #expect(notJSON.diagnostics.map(\.code) == ["SSB001"])
        #expect(notJSON.diagnostics.first?.location?.description == "x.json:1:13")
        let notStat = StatBankReader().read(bytes: Array("{\"a\": 1}".utf8), file: "x.json")
        #expect(notStat.diagnostics.map(\.code) == ["SSB002"])
        let lying = StatBankReader().read(bytes: Array("""
            {"id":["r","ContentsCode","Tid"],"size":[1,1,2],"dimension":{"r":{"label":"region","category":{"index":["0301"]}},
            "ContentsCode":{"category":{"index":["x"]}},"Tid":{"category":{"index":["2024","2025"]}}},"value":[1]}
            """.utf8), file: "x.json")
        #expect(lying.diagnostics.map(\.code) == ["SSB003"])
        let huge = StatBankReader().read(bytes: Array("""
            {"id":["a","b","c"],"size":[100000,100000,100000],"dimension":{},"value":[]}
            """.utf8), file: "x.json")
        #expect(huge.diagnostics.map(\.code) == ["SSB005"])
        let deep = StatBankReader().read(bytes: Array((String(repeating: "[", count: 100_000)).utf8), file: "x.json")
        #expect(deep.diagnostics.first?.found == "Dypere nesting enn grensen på 64 nivåer")
        let noRegion = StatBankReader().read(bytes: Array("\"år\";\"verdi\"\n\"2025\";\"3\"\n".utf8), file: "x.csv")
        #expect(noRegion.diagnostics.map(\.code) == ["SSB004"])
        let badValue = StatBankReader().read(bytes: Array("\"region\";\"2025\"\n\"3101 Halden\";\"mange\"\n\"0301 Oslo\";\"4\"\n".utf8), file: "x.csv")
        #expect(badValue.diagnostics.map(\.code) == ["SSB012"])
        #expect(badValue.diagnostics.first?.location?.description == "x.csv:2:15")
    }
}
