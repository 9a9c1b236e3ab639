import ReportModel
import Testing

/// A service shared by three municipalities: every council's report is public, so a reader lays them side
/// by side with the service's and subtracts. A count hidden in one council's report must not be «the whole
/// service minus the other municipalities» (issue 15).
@Suite struct ServicePrivacyTests {
    static let municipalities = [
        Municipality(number: "4697", name: "Bergvik kommune", kostraGroup: "KOSTRA-gruppe 7", isHost: true),
        Municipality(number: "4696", name: "Dalvik kommune", kostraGroup: "KOSTRA-gruppe 2"),
        Municipality(number: "4695", name: "Fjellvik kommune", kostraGroup: "KOSTRA-gruppe 1"),
    ]

    static func settings(threshold: Int = 5) -> ReportSettings {
        var settings = ReportSettings(
            municipality: "Bergvik kommune", municipalityNumber: "4697", year: 2025, body: "kommunestyre", meetingDate: nil,
            caseNumber: nil, kostraGroup: "KOSTRA-gruppe 7", language: .bokmål, threshold: threshold, kostraStatus: .final, authors: [],
            chapterOrder: nil)
        settings.service = ServiceSettings(municipalities: municipalities)
        return settings
    }

    static func deviation(_ municipality: String, _ category: String, _ count: Double, year: Int = 2025) -> DeviationRow {
        var row = DeviationRow(year: year, category: category, count: count)
        row.municipality = municipality
        return row
    }

    static func indicator(_ municipality: String?, _ id: String, _ value: Double, level: IndicatorLevel = .municipality) -> IndicatorRow {
        var row = IndicatorRow(id: id, year: 2025, level: level, value: value, numerator: nil, denominator: nil, provenance: Provenance(source: "KOSTRA"))
        row.municipality = municipality
        return row
    }

    func council(_ service: ComputedService, _ number: String) throws -> ComputedReport {
        try #require(service.councils.first { $0.settings.municipalityNumber == number })
    }

    @Test func eachCouncilGetsItsOwnReportAndTheServiceOneWithItsSums() throws {
        let data = ReportData(settings: Self.settings(), indicators: [
            Self.indicator("4697", "meldinger", 200), Self.indicator("4696", "meldinger", 90), Self.indicator("4695", "meldinger", 40),
            Self.indicator(nil, "meldinger", 60_000, level: .country),
        ])
        let service = ComputedService(data: data)
        #expect(service.councils.map(\.settings.municipality) == ["Bergvik kommune", "Dalvik kommune", "Fjellvik kommune"])
        #expect(service.councils.map(\.settings.kostraGroup) == ["KOSTRA-gruppe 7", "KOSTRA-gruppe 2", "KOSTRA-gruppe 1"])
        #expect(try council(service, "4696").indicator("meldinger")?.municipality.figure(2025).text == "90")
        #expect(service.service.indicator("meldinger")?.municipality.figure(2025).text == "330")
        // The whole service beside a council's own figures; each municipality beside the service's.
        #expect(try council(service, "4695").comparisons.map(\.name) == ["Hele tjenesten"])
        #expect(service.service.comparisons.map(\.name) == ["Bergvik", "Dalvik", "Fjellvik"])
    }

    /// Fjellvik's 3 is «<5» in its own report. Alone, each report is safe; side by side, the service's 30 minus
    /// Bergvik's 20 and Dalvik's 7 was 3. Only the relation across the reports gives it away.
    @Test func aCountHiddenInOneCouncilsReportIsNotTheServiceMinusTheOthers() throws {
        let data = ReportData(settings: Self.settings(), deviations: [
            Self.deviation("4697", "fristbrudd", 20), Self.deviation("4697", "dokumentasjon", 9),
            Self.deviation("4696", "fristbrudd", 7), Self.deviation("4696", "dokumentasjon", 6),
            Self.deviation("4695", "fristbrudd", 3), Self.deviation("4695", "dokumentasjon", 12),
        ])
        let service = ComputedService(data: data)
        let fjellvik = try #require(try council(service, "4695").deviations.first)
        #expect(fjellvik.categories.map(\.count.text) == ["<5", "skjult"])
        // Each report alone is protected by its own total being kept or the other category hidden; across
        // the reports, Bergvik's and Dalvik's fristbrudd and the service's must not all be printed.
        let printed = [try council(service, "4697"), try council(service, "4696"), service.service].map { report in
            report.deviations.first?.categories.first { $0.category == "fristbrudd" }?.count
        }
        #expect(printed.contains { $0?.isProtected == true })
        try expectNoSmallCountIsWorkedOut(service, categories: ["fristbrudd", "dokumentasjon"])
    }

    @Test func withoutTheCrossRelationNothingMoreIsHiddenThanInEachReportAlone() throws {
        // Large counts everywhere: no «<5», so nothing is hidden in any report.
        let data = ReportData(settings: Self.settings(), deviations: [
            Self.deviation("4697", "fristbrudd", 20), Self.deviation("4696", "fristbrudd", 7), Self.deviation("4695", "fristbrudd", 9),
        ])
        let service = ComputedService(data: data)
        for report in service.councils + [service.service] {
            #expect(report.deviations.first?.categories.allSatisfy { !$0.count.isProtected } == true)
        }
        #expect(service.service.deviations.first?.total.text == "36")
    }

    /// The property test of the privacy work, across municipalities: random small service tables (three
    /// municipalities, two or three categories, their totals and the service's), every report printed, and an
    /// attacker written here that tries every whole-number table consistent with all of them.
    @Test func noSmallCountOfAnyMunicipalityCanBeWorkedOutFromAllTheReportsTogether() throws {
        var generator = SplitMix(seed: 0x15_2025)
        for _ in 0..<150 {
            let categories = ["a", "b", "c"].prefix(Int(generator.next() % 2) + 2)
            var rows: [DeviationRow] = []
            for municipality in Self.municipalities {
                for category in categories {
                    // Many small counts and zeros, some larger ones.
                    let roll = generator.next() % 10
                    let value = roll < 4 ? Double(generator.next() % 5) : Double(5 + generator.next() % 12)
                    rows.append(Self.deviation(municipality.number, category, value))
                }
            }
            let service = ComputedService(data: ReportData(settings: Self.settings(), deviations: rows))
            try expectNoSmallCountIsWorkedOut(service, categories: Array(categories), rows: rows)
        }
    }

    // MARK: The attacker

    /// What every report prints of one cell: its value, «<5», «skjult» (an ordinary cell: at least the
    /// threshold) or a withheld total (nothing).
    enum Mark: Equatable {
        case value(Int), small, atLeastThreshold, nothing

        init(_ figure: Figure?, isTotal: Bool) {
            guard let figure else { self = .nothing; return }
            switch figure.state {
            case .shown: self = .value(Int(figure.visibleValue ?? 0))
            case .small: self = .small
            case .hidden: self = isTotal ? .nothing : .atLeastThreshold
            case .missing: self = .nothing
            }
        }

        func allows(_ value: Int) -> Bool {
            switch self {
            case .value(let shown): return value == shown
            case .small: return (1...4).contains(value)
            case .atLeastThreshold: return value >= 5
            case .nothing: return true
            }
        }
    }

    /// Every municipal cell not printed as a value is unknown; the reader knows each report's marks and that
    /// a total is the sum of its categories and the service the sum of the municipalities. A «<5» must keep
    /// every value 1–4 possible, and a «skjult» must keep more than one value possible.
    func expectNoSmallCountIsWorkedOut(_ service: ComputedService, categories: [String], rows: [DeviationRow] = [],
                                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let councils = service.councils
        func mark(_ report: ComputedReport, _ category: String?) -> Mark {
            guard let year = report.deviations.first else { return .nothing }
            guard let category else { return Mark(year.total, isTotal: true) }
            return Mark(year.categories.first { $0.category == category }?.count, isTotal: false)
        }
        let width = categories.count
        let cells = councils.flatMap { council in categories.map { mark(council, $0) } }
        // The relations every reader knows, each with what the reports print of its sum.
        var relations: [(cells: [Int], mark: Mark)] = councils.indices.map { m in (Array(m * width..<(m + 1) * width), mark(councils[m], nil)) }
        relations += categories.indices.map { c in (councils.indices.map { $0 * width + c }, mark(service.service, categories[c])) }
        relations.append((Array(cells.indices), mark(service.service, nil)))
        // No reader knows an upper bound; 60 is far above every value here.
        let everything: [ClosedRange<Int>] = cells.map { cell in
            switch cell {
            case .value(let value): return value...value
            case .small: return 1...4
            case .atLeastThreshold: return 5...60
            case .nothing: return 0...60
            }
        }
        // Rule 1 of the README: what the marks alone («<5» and printed zeros, with the relations) allow, the
        // numbers must not rule out. A forgotten cell acts the same at 5 as at any larger value.
        let marksAlone: [ClosedRange<Int>] = cells.map { cell in
            switch cell {
            case .value(0): return 0...0
            case .small: return 1...4
            default: return 0...5
            }
        }
        let possible = Self.possibleValues(domains: everything, relations: relations)
        let allowedByMarks = Self.possibleValues(domains: marksAlone, relations: relations.map { ($0.cells, $0.mark.onlyMarks) })
        let unknown = cells.indices.filter { everything[$0].count > 1 }
        let described = rows.map { "\($0.municipality ?? "")/\($0.category)=\(Int($0.count ?? 0))" }.joined(separator: " ")
        for cell in unknown {
            let name = "\(councils[cell / width].settings.municipality) \(categories[cell % width])"
            switch cells[cell] {
            case .small:
                let required = allowedByMarks[cell].filter { (1...4).contains($0) }
                #expect(possible[cell].isSuperset(of: required), "\(name): \(possible[cell].sorted()), marks allow \(required.sorted()), in \(described)",
                        sourceLocation: sourceLocation)
            case .atLeastThreshold: #expect(possible[cell].count > 1, "\(name) pinned to \(possible[cell].sorted()) in \(described)", sourceLocation: sourceLocation)
            default: break
            }
        }
    }
}

extension ServicePrivacyTests {
    /// Every value each cell can take in some whole-number table within `domains` that meets every relation's mark
    /// (bounds propagation, then a depth-first search).
    static func possibleValues(domains: [ClosedRange<Int>], relations: [(cells: [Int], mark: Mark)]) -> [Set<Int>] {
        var possible = [Set<Int>](repeating: [], count: domains.count)
        var low = domains.map(\.lowerBound), high = domains.map(\.upperBound)
        func feasible() -> Bool {
            relations.allSatisfy { relation in
                let minimum = relation.cells.reduce(0) { $0 + low[$1] }, maximum = relation.cells.reduce(0) { $0 + high[$1] }
                switch relation.mark {
                case .value(let value): return minimum <= value && value <= maximum
                case .small: return minimum <= 4 && maximum >= 1
                case .atLeastThreshold: return maximum >= 5
                case .nothing: return true
                }
            }
        }
        let unknown = domains.indices.filter { domains[$0].count > 1 }
        for cell in domains.indices where domains[cell].count == 1 { possible[cell] = [domains[cell].lowerBound] }
        func search(_ index: Int) {
            guard feasible() else { return }
            guard index < unknown.count else {
                for cell in unknown { possible[cell].insert(low[cell]) }
                return
            }
            let cell = unknown[index]
            for value in domains[cell] {
                low[cell] = value
                high[cell] = value
                search(index + 1)
            }
            low[cell] = domains[cell].lowerBound
            high[cell] = domains[cell].upperBound
        }
        search(0)
        return possible
    }
}

extension ServicePrivacyTests.Mark {
    /// The mark as the marks alone tell it: a number other than 0 forgotten, a «skjult» forgotten.
    var onlyMarks: Self {
        switch self {
        case .value(0), .small: return self
        default: return .nothing
        }
    }
}

/// A small, fixed-seed generator (SplitMix64), so a failure can be run again.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

