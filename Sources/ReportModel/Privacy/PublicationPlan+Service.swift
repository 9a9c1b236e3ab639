import DisclosureControl

/// One report of a shared service, as the plan sees it.
struct PlanUnit {
    /// The key prefix of its cells (`4602|`, `tjenesten|`).
    let scope: String
    /// How `check` names it: the municipality number, or `tjenesten`.
    let unit: String
    let data: ReportData
    let survey: SurveyGrouping?
    /// True for the service as a whole, which also holds the figures no municipality has alone.
    let isService: Bool
}

extension PublicationPlan {
    /// The scope of the service as a whole.
    static let serviceScope = PrintedFigure.serviceUnit + "|"

    /// The scope of municipality `number`.
    static func scope(of number: String) -> String { number + "|" }

    /// One plan for every council's report and the service's: every report is public, so the attacker reads
    /// them side by side, and the service's count is the sum of the municipalities' (a relation every reader
    /// knows). A count hidden in one council's report can then not be worked out as the service's minus
    /// the other municipalities'.
    init(service units: [PlanUnit], own: [IndicatorCatalogue.Entry], year: Int, threshold: Int) {
        self.init(year: year, threshold: threshold)
        for unit in units {
            enter(scope: unit.scope, unit: unit.unit)
            add(unit.data, own: own, survey: unit.survey, parts: unit.isService ? .all : .ownRows)
        }
        enter(scope: "", unit: nil)
        relateAcrossScopes(service: Self.serviceScope, municipalities: units.filter { !$0.isService }.map(\.scope))
        decide()
    }

    /// For every count of the service, the same count of each municipality that has it adds up to it. A relation
    /// the true values break (the service's figure is not that sum) is left out by the problem itself.
    private mutating func relateAcrossScopes(service: String, municipalities: [String]) {
        let serviceCells = problem.cells.indices.filter { problem.cells[$0].name.hasPrefix(service) }
        for index in serviceCells {
            let key = problem.cells[index].name.dropFirst(service.count)
            let parts = municipalities.compactMap { problem.cellIndex($0 + key) }
            guard !parts.isEmpty else { continue }
            relate(.sum(of: parts, equals: index))
        }
    }
}
