import ReportModel
import TestSupport
import Testing

/// The registries are the one place for chapters and indicators: complete, without duplicates, and with every
/// name in both written forms.
@Suite struct RegistryTests {
    @Test func everyChapterIDIsRegisteredOnceInTheStandardOrder() {
        #expect(ChapterRegistry.all.map(\.id) == ChapterID.allCases)
        #expect(ChapterRegistry.standardOrder.first == "leseveiledning" && ChapterRegistry.standardOrder.last == "vedlegg")
        #expect(ChapterRegistry.chapter("eget-kapittel") == nil)
        #expect(ChapterRegistry.chapter("bemanning-tillitsvalgte")?.writer == .unionRepresentatives)
        #expect(ChapterRegistry.chapter("bemanning-tillitsvalgte")?.sectionOf == .staffing)
        #expect(ChapterRegistry.all.filter { !$0.needsText }.map(\.id) == [.appendix])
    }

    @Test func everyIndicatorIsRegisteredOnceAndShownInExactlyOneGroup() {
        #expect(IndicatorRegistry.all.map(\.id) == IndicatorID.allCases)
        let grouped = IndicatorRegistry.groups.flatMap(\.members)
        #expect(grouped.sorted { $0.rawValue < $1.rawValue } == IndicatorID.allCases.sorted { $0.rawValue < $1.rawValue })
        for group in IndicatorRegistry.groups {
            if let chart = group.chart { #expect(group.members.contains(chart), "\(group.group)") }
        }
        // A share's basis names counts the registry knows.
        let ids = Set(IndicatorID.allCases.map(\.rawValue))
        for indicator in IndicatorRegistry.all {
            for count in indicator.basis?.counts ?? [] { #expect(ids.contains(count), "\(indicator.id): \(count)") }
        }
    }

    @Test func everyNameIsGivenInBothFormsAndTheNynorskOnesAreNynorsk() {
        var names: [Words] = ChapterRegistry.all.map(\.title)
        names += IndicatorRegistry.all.flatMap { [$0.name, $0.subject] }
        names += IndicatorRegistry.groups.map(\.title)
        for name in names {
            #expect(!name.nb.isEmpty && !name.nn.isEmpty)
            #expect(BokmålCheck.found(in: name.nn).isEmpty, "\(name.nn)")
        }
    }

    @Test func theCatalogueTheModelComputesWithIsTheRegistry() {
        #expect(IndicatorCatalogue.all.map(\.id) == IndicatorID.allCases.map(\.rawValue))
        #expect(IndicatorCatalogue.entry("meldinger_henlagt_andel")?.basis == .ofCount("meldinger"))
        #expect(IndicatorCatalogue.partitions.first?.whole == "barn_med_omsorgstiltak")
        #expect(IndicatorCatalogue.entry("barn_med_undersokelse_andel")?.subject.nn == "Prosentdelen barn 0–17 år med undersøking")
        let statBank = IndicatorRegistry.all.flatMap { indicator in indicator.statBank.map { ($0.table, $0.code, indicator.id) } }
        #expect(statBank.map(\.0) == ["12286", "12275", "12275", "12279", "12279"])
        #expect(statBank.map(\.1) == ["KOSbvbarnuspinnb0000", "KOSbvbarntiltaka0000", "KOSbvbarntiltaka0001", nil, "KOSandelndu2510000"])
        #expect(statBank.map(\.2) == [.childrenInvestigatedShare, .childrenWithMeasures, .childrenWithMeasuresShare,
                                       .grossCaseworkPerChild, .inHomeMeasuresExpenditureShare])
    }

    /// A built-in indicator with a formula: its rows join the given ones, and a row the input gives wins.
    @Test func aFormulaIndicatorAddsItsRowsWhereTheInputHasNone() {
        let formula = Indicator(
            id: .childrenWithMeasuresShare, name: Words(both: "x"), subject: Words(both: "x"), unit: .percent, direction: .neutral,
            basis: nil, isKeyFigure: false, source: .formula({ data in
                data.indicators.filter { $0.id == "barn_med_tiltak" }.map { row in
                    IndicatorRow(id: "barn_med_tiltak_andel", year: row.year, level: .municipality, value: (row.value ?? 0) / 10,
                                 numerator: nil, denominator: nil, provenance: .computed)
                }
            }), statBank: [])
        let settings = ReportSettings(municipality: "Testvik kommune", municipalityNumber: "4698", year: 2025, body: "kommunestyre",
                                      meetingDate: nil, caseNumber: nil, kostraGroup: "KOSTRA-gruppe 1", language: .nynorsk, threshold: 5,
                                      kostraStatus: .final, authors: [], chapterOrder: nil)
        let given = [2024, 2025].map { IndicatorRow(id: "barn_med_tiltak", year: $0, level: .municipality, value: 100, numerator: nil,
                                                    denominator: nil, provenance: Provenance(source: "KOSTRA")) }
            + [IndicatorRow(id: "barn_med_tiltak_andel", year: 2025, level: .municipality, value: 3, numerator: nil, denominator: nil,
                            provenance: Provenance(source: "KOSTRA"))]
        let rows = IndicatorRegistry.computedRows(ReportData(settings: settings, indicators: given), of: [formula])
        #expect(rows.map(\.year) == [2024])
        #expect(rows.first?.value == 10)
        #expect(IndicatorRegistry.computedRows(ReportData(settings: settings, indicators: given)).isEmpty)
    }
}

/// The nynorsk names are checked against the bokmål-only forms of `TestSupport`.
enum BokmålCheck {
    static func found(in text: String) -> [String] { Array(BokmålOnlyForms.found(in: text, html: false).keys) }
}
