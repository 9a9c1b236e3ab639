import Foundation
import ReportInputs
import SourceText
import Testing

/// Issue 11: an identity number is found in every input the tool reads, written as people write it, and never
/// printed. Each of these built a report before.
@Suite struct IdentityNumberInputsTests {
    static let number = IdentityNumbers.valid("010190")
    /// `ddmmåå-nnnnn` with narrow no-break spaces around the dash, as the issue found it.
    static let written = number.prefix(6) + "\u{202F}-\u{202F}" + number.suffix(5)

    /// Where the number is put, and where it must be reported.
    static let sites: [(name: String, file: String, place: @Sendable (ProjectCopy) -> Void)] = [
        ("template in maler/", "maler/oppsummering.md.mustache", { $0.write("maler/oppsummering.md.mustache", "## {{tekst.tittel}}\n\nKontakt: \(written)\n") }),
        ("settings", "tilstandsrapport.txt", { $0.replace("saksnummer: 2026/114", with: "saksnummer: \(written)", in: "tilstandsrapport.txt") }),
        ("front matter", "tekster/okonomi.md", { $0.replace("ansvarlig: Kari Aasland Nygård", with: "ansvarlig: Kari \(written)", in: "tekster/okonomi.md") }),
        ("chapter text", "tekster/okonomi.md", { $0.write("tekster/okonomi.md", $0.text("tekster/okonomi.md") + "\nBarnet (\(written)) fikk hjelp.\n") }),
        ("CSV cell", "data/tilsyn.csv", { $0.replace("Statsforvalteren", with: "Statsforvalteren \(written)", in: "data/tilsyn.csv") }),
        ("survey free text", "data/undersokelse-svar.csv", { $0.replace("Barnehage;Ansatt", with: "Barnehage;Ansatt \(written)", in: "data/undersokelse-svar.csv") }),
        ("own indicator catalogue", "data/indikator-katalog.csv", { $0.write("data/indikator-katalog.csv", "id;navn;enhet\nmitt_tall;Mitt tall \(written);antall\n") }),
    ]

    @Test(arguments: sites.indices)
    func anIdentityNumberIsFoundAndNeverPrinted(site: Int) throws {
        let (name, file, place) = Self.sites[site]
        let project = ProjectCopy()
        place(project)
        let loaded = project.load()
        let hits = loaded.diagnostics("PER001")
        #expect(hits.count == 1, "\(name): \(project.printed(loaded))")
        #expect(hits.first?.location?.file == file, "\(name)")
        #expect(loaded.data == nil, "\(name): the build must stop")
        let printed = project.printed(loaded)
        #expect(!printed.contains(String(Self.number.suffix(5))), "\(name): the personal number was printed")
        #expect(!printed.filter(\.isNumber).contains(Self.number), "\(name)")
    }
}
