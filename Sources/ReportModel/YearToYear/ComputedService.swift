/// Every report of a shared service, computed from one privacy decision: one per council (its own
/// figures, the whole service beside them) and one for the service as a whole.
public struct ComputedService: Sendable {
    /// The service as a whole.
    public let service: ComputedReport
    /// One report per council, the host first.
    public let councils: [ComputedReport]

    /// Computes every report of `data`, whose settings declare the service.
    public init(data: ReportData) {
        let units = Self.units(data)
        let plan = Self.plan(units: units, data: data)
        let hidden = plan.hiddenCells
        var reports: [ComputedReport] = []
        for unit in units {
            let view = plan.scoped(unit.scope, fallback: unit.isService ? nil : PublicationPlan.serviceScope)
            var report = ComputedReport(data: unit.data, plan: view, grouping: unit.survey, hiddenCells: hidden)
            report.unit = unit.isService ? .service : (unit.data.settings.service?.municipality(unit.unit).map(ReportUnit.council) ?? .single)
            reports.append(report)
        }
        var service = reports.removeLast()
        service.comparisons = reports.map { ComparisonUnit(name: ServiceSettings.shortName($0.settings.municipality), indicators: $0.indicators) }
        let whole = ComparisonUnit(name: "Hele tjenesten", indicators: service.indicators)
        councils = reports.map { report in
            var report = report
            report.comparisons = [whole]
            return report
        }
        self.service = service
    }

    /// Every report, the service last.
    static func units(_ data: ReportData) -> [PlanUnit] {
        let threshold = Suppression(threshold: data.settings.threshold).threshold
        let municipalities = data.settings.service?.municipalities ?? []
        var units = municipalities.map { municipality -> PlanUnit in
            let unitData = ServiceSplit.council(data, municipality)
            return PlanUnit(scope: PublicationPlan.scope(of: municipality.number), unit: municipality.number, data: unitData,
                            survey: ComputedReport.grouping(unitData, threshold: threshold), isService: false)
        }
        let whole = ServiceSplit.service(data)
        units.append(PlanUnit(scope: PublicationPlan.serviceScope, unit: PrintedFigure.serviceUnit, data: whole,
                              survey: ComputedReport.grouping(whole, threshold: threshold), isService: true))
        return units
    }

    static func plan(units: [PlanUnit], data: ReportData) -> PublicationPlan {
        PublicationPlan(service: units, own: data.ownIndicators, year: data.settings.year,
                        threshold: Suppression(threshold: data.settings.threshold).threshold)
    }

    /// The one plan of every report of `data`.
    static func plan(for data: ReportData) -> PublicationPlan {
        plan(units: units(data), data: data)
    }
}
