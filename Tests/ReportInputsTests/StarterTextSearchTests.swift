@testable import ReportInputs
import Testing

/// The quick test before the search for sample names and guidance: it must never rule out a line that holds the
/// word in another canonically equal form (text pasted from Word or a Mac may be decomposed).
@Suite struct StarterTextSearchTests {
    @Test(arguments: [
        ("Kari Aasland Nygård har skrevet", "Kari Aasland Nygård", 1),
        ("Kari Aasland Nyga\u{30A}rd har skrevet", "Kari Aasland Nygård", 1),
        ("Hilsen Kari Aasland Nygård", "Kari Aasland Nyga\u{30A}rd", 8),
        ("I Fjordviks budsjett", "Fjordvik", 3),
        ("Sjøvik og Fjordvik", "Fjordvik", 11),
    ])
    func aNameIsFoundInEveryFormItIsTyped(_ line: String, _ name: String, _ column: Int) {
        #expect(StarterTextRule.mayContain(line, name))
        #expect(StarterTextRule.column(of: name, in: line) == column)
    }

    @Test(arguments: [("Vi i Vang kommune", "Fjordvik"), ("Fjord", "Fjordvik"), ("", "Fjordvik"), ("fjordvik", "Fjordvik")])
    func aLineWithoutTheWordIsRuledOutQuickly(_ line: String, _ name: String) {
        #expect(!StarterTextRule.mayContain(line, name))
        #expect(StarterTextRule.column(of: name, in: line) == nil)
    }
}
