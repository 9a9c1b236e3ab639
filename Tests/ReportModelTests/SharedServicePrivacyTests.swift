import ReportModel
import Testing

private let nb = Phrasebook(.bokmål)

/// One service for several councils (issue 15): every council's report and the whole service's are public, so a
/// reader holds all of them. The service's count is the members' sum; subtracting the other members' figures from
/// it must not reveal a hidden count in any one report.
@Suite struct SharedServicePrivacyTests {
    static let members = [
        MemberMunicipality(number: "4699", name: "Fjordvik kommune", kostraGroup: "KOSTRA-gruppe 7", body: "kommunestyre", meetingDate: nil,
                           caseNumber: nil, isHost: true),
        MemberMunicipality(number: "4698", name: "Li kommune", kostraGroup: "KOSTRA-gruppe 2", body: "kommunestyre", meetingDate: nil,
                           caseNumber: nil, isHost: false),
        MemberMunicipality(number: "4697", name: "Vang kommune", kostraGroup: "KOSTRA-gruppe 1", body: "kommunestyre", meetingDate: nil,
                           caseNumber: nil, isHost: false),
    ]

    static var settings: ReportSettings {
        var settings = SuppressionTests.settings
        settings.service = SharedService(name: "Vestfjord barneverntjeneste", members: members)
        return settings
    }

    static func count(_ id: String, _ value: Double, of member: String, year: Int = 2025) -> IndicatorRow {
        var row = SuppressionTests.indicator(id, value, year: year)
        row.municipality = member
        return row
    }

    /// The printed figure of `id` in each council's report, then in the whole service's report.
    static func printed(_ id: String, _ values: [Double], year: Int = 2025) throws -> (members: [Figure], service: Figure, beside: [Figure]) {
        let rows = zip(members, values).map { count(id, $1, of: $0.number, year: year) }
        let reports = try #require(ComputedReport.service(ReportData(settings: settings, indicators: rows)))
        let own = try reports.councils.map { try #require($0.indicator(id)).municipality.figure(year) }
        let service = try #require(reports.wholeService.indicator(id)).municipality.figure(year)
        let beside = try reports.councils.map { try #require($0.indicator(id)).series(.service).figure(year) }
        return (own, service, beside)
    }

    @Test func theServiceTotalMinusTheOtherMembersDoesNotRevealASmallCount() throws {
        // Alone, each report is safe: 12 and 20 are shown, Li's 3 is «<5», the service's 35 is shown. Together,
        // 35 − 12 − 20 = 3. One more figure must be withheld.
        let (own, service, beside) = try Self.printed("barn_i_institusjon", [12, 3, 20])
        #expect(own[1].text(nb) == "<5")
        let shown = (own + [service]).filter { $0.state == .shown }.count
        #expect(shown <= 2)
        // The service's figure beside each council's own is the same decision as in the service's report.
        #expect(Set(beside.map { $0.text(nb) }) == [service.text(nb)])
    }

    @Test func aCouncilsReportPrintsTheWholeServiceBesideItsOwnFigure() throws {
        let (own, service, beside) = try Self.printed("meldinger", [402, 180, 69])
        #expect(own.map { $0.text(nb) } == ["402", "180", "69"])
        #expect(service.text(nb) == "651")
        #expect(beside.map { $0.text(nb) } == ["651", "651", "651"])
    }

    @Test func everyAssignmentTheReaderCanFormLeavesEachSmallCountOpen() throws {
        // An attacker independent of the engine: every value a hidden cell may take (what «<5» and «skjult» allow),
        // under the one relation the reports give (the service is the sum), over many member counts.
        var generator = SplitMix(seed: 15_2026)
        for _ in 0..<300 {
            let values = (0..<3).map { _ in Double(generator.next(upTo: 3) == 0 ? generator.next(upTo: 5) : generator.next(upTo: 30)) }
            let (own, service, _) = try Self.printed("barn_i_institusjon", values)
            let cells = own + [service]
            let truth = values.map(Int.init) + [Int(values.reduce(0, +))]
            for (index, figure) in cells.enumerated() where (1...4).contains(truth[index]) {
                #expect(figure.state != .shown, "a small count is printed: \(values)")
            }
            let options = cells.map { Self.candidates($0, upTo: 200) }
            var possible = Array(repeating: Set<Int>(), count: 4)
            for a in options[0] { for b in options[1] { for c in options[2] where options[3].contains(a + b + c) {
                for (index, value) in [a, b, c, a + b + c].enumerated() { possible[index].insert(value) }
            } } }
            for (index, figure) in cells.enumerated() where figure.text(nb) == "<5" {
                #expect(possible[index].count > 1, "the reader works out a «<5» from \(cells.map { $0.text(nb) }) (truth \(values))")
            }
        }
    }

    /// The values a printed figure allows a reader.
    static func candidates(_ figure: Figure, upTo limit: Int) -> [Int] {
        switch figure.text(nb) {
        case "<5": return Array(1...4)
        case "skjult": return Array(0...limit)
        default: return figure.visibleValue.map { [Int($0)] } ?? Array(0...limit)
        }
    }

    @Test func participationOfEachMemberAndTheirSumAreOneDecision() throws {
        // Vang's 6–12 group: 3 invited. Fjordvik's 40 and Li's 21 with the service's 64 would give it away.
        func row(_ member: String, _ age: String, _ invited: Double) -> ParticipationRow {
            var row = SmallMunicipalityLeakTests.participation(.helpBetter, age, invited: invited, took: invited)
            row.municipality = member
            return row
        }
        let data = ReportData(settings: Self.settings, participation: [
            row("4699", "6–12", 40), row("4699", "13–17", 35), row("4698", "6–12", 21), row("4698", "13–17", 18),
            row("4697", "6–12", 3), row("4697", "13–17", 11),
        ])
        let reports = try #require(ComputedReport.service(data))
        func invited(_ report: ComputedReport, _ age: String) throws -> String {
            let method = try #require(report.participation.methods(in: 2025).first)
            return try #require(method.rows.first { $0.ageGroup == age }).invited.text(nb)
        }
        let young = try reports.councils.map { try invited($0, "6–12") } + [try invited(reports.wholeService, "6–12")]
        #expect(young[2] == "<5")
        #expect(young.filter { $0 != "<5" && $0 != "skjult" }.count <= 2)
    }
}

/// A small deterministic generator, so a failure names its case.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
