/// Staffing and competence per year, with the formulas in the README.
public struct StaffingFigures: Sendable {
    /// Filled full-time equivalents per role.
    public let filledByRole: [StaffRole: Series]
    public let budgeted: Series
    public let filled: Series
    public let vacant: Series
    public let temporary: Series
    /// Vacant ÷ budgeted × 100.
    public let vacancyRate: Series
    /// Filled årsverk of the roles the competence requirement covers (leaders and caseworkers).
    public let professional: Series
    /// Årsverk meeting § 15-6 ÷ professional årsverk × 100.
    public let competenceShare: Series
    /// Professional årsverk not yet meeting the requirement (to close before 2031).
    public let competenceGap: Series
    /// Master årsverk ÷ professional årsverk × 100.
    public let masterShare: Series
    public let averageHeadcount: Series
    public let leavers: Series
    public let newHires: Series
    /// Leavers ÷ average headcount × 100.
    public let turnover: Series
    public let sickLeave: Series
    public let shortSickLeave: Series
    public let longSickLeave: Series
    public let furtherEducationCredits: Series
    /// Filled årsverk per 1 000 inhabitants 0–17.
    public let perThousandChildren: Series
    /// Children with measures during the year ÷ caseworker årsverk.
    public let childrenPerCaseworker: Series
    /// Years with staffing rows.
    public let years: [Int]

    init(staffing: [StaffingRow], personnel: [PersonnelRow], indicators: [IndicatorSeries], plan: PublicationPlan, suppression: Suppression) {
        let threshold = suppression.threshold
        let years = Set(staffing.map(\.year)).union(personnel.map(\.year)).sorted()
        self.years = years
        func sum(_ rows: [StaffingRow], _ value: (StaffingRow) -> Double?) -> Double? {
            guard !rows.isEmpty else { return nil }
            var total = 0.0
            for row in rows { guard let part = value(row) else { return nil }; total += part }
            return total
        }
        func series(_ unit: FigureUnit, _ compute: (Int) -> Figure) -> Series {
            Series(unit: unit, points: years.map(compute), threshold: threshold)
        }
        func rows(_ year: Int) -> [StaffingRow] { staffing.filter { $0.year == year } }
        // The competence requirement covers caseworkers and leaders (barnevernsloven § 15-6).
        func professionalRows(_ year: Int) -> [StaffingRow] { rows(year).filter { $0.role == .caseworker || $0.role == .leader } }
        func fte(_ value: Double?, _ year: Int) -> Figure { suppression.value(value, .fte, year: year) }
        // A figure worked out from a preliminary one is preliminary too.
        func ratio(_ numerator: Double?, _ denominator: Double?, _ unit: FigureUnit, _ year: Int, factor: Double = 100, preliminary: Bool = false) -> Figure {
            guard let numerator, let denominator, denominator > 0 else { return .missing(unit, year: year, threshold: threshold) }
            let provenance = Provenance(source: Provenance.computed.source, status: preliminary ? .preliminary : .final)
            return suppression.value(numerator / denominator * factor, unit, year: year, provenance: provenance)
        }

        var byRole: [StaffRole: Series] = [:]
        for role in StaffRole.allCases where staffing.contains(where: { $0.role == role }) {
            byRole[role] = series(.fte) { year in fte(staffing.first { $0.year == year && $0.role == role }?.filled, year) }
        }
        filledByRole = byRole
        budgeted = series(.fte) { fte(sum(rows($0), \.budgeted), $0) }
        filled = series(.fte) { fte(sum(rows($0), \.filled), $0) }
        vacant = series(.fte) { fte(sum(rows($0), \.vacant), $0) }
        temporary = series(.fte) { fte(sum(rows($0), \.temporary), $0) }
        vacancyRate = series(.percent) { ratio(sum(rows($0), \.vacant), sum(rows($0), \.budgeted), .percent, $0) }
        professional = series(.fte) { fte(sum(professionalRows($0), \.filled), $0) }
        competenceShare = series(.percent) { ratio(sum(professionalRows($0), \.meetsRequirement), sum(professionalRows($0), \.filled), .percent, $0) }
        competenceGap = series(.fte) { year in
            guard let all = sum(professionalRows(year), \.filled), let meets = sum(professionalRows(year), \.meetsRequirement) else {
                return .missing(.fte, year: year, threshold: threshold)
            }
            return fte(max(0, all - meets), year)
        }
        masterShare = series(.percent) { ratio(sum(professionalRows($0), \.master), sum(professionalRows($0), \.filled), .percent, $0) }

        func person(_ year: Int) -> PersonnelRow? { personnel.first { $0.year == year } }
        averageHeadcount = series(.ratio) { suppression.value(person($0)?.averageHeadcount, .ratio, year: $0) }
        leavers = series(.count) { suppression.count(person($0)?.leavers, year: $0, publication: plan.publication(PlanKey.leavers($0))) }
        newHires = series(.count) { suppression.count(person($0)?.newHires, year: $0, publication: plan.publication(PlanKey.newHires($0))) }
        let leaverFigures = leavers
        turnover = series(.percent) { year in
            suppression.hiding(ratio(person(year)?.leavers, person(year)?.averageHeadcount, .percent, year), unlessShown: [leaverFigures.figure(year)])
        }
        sickLeave = series(.percent) { suppression.value(person($0)?.sickLeave, .percent, year: $0) }
        shortSickLeave = series(.percent) { suppression.value(person($0)?.shortSickLeave, .percent, year: $0) }
        longSickLeave = series(.percent) { suppression.value(person($0)?.longSickLeave, .percent, year: $0) }
        furtherEducationCredits = series(.credits) { suppression.value(person($0)?.furtherEducationCredits, .credits, year: $0) }

        let children = indicators.first { $0.entry.builtIn == .inhabitants }?.municipality
        let withMeasures = indicators.first { $0.entry.builtIn == .childrenWithMeasures }?.municipality
        let filledSeries = filled
        perThousandChildren = series(.ratio) { year in
            let population = children?.figure(year)
            return ratio(filledSeries.figure(year).visibleValue, population?.visibleValue, .ratio, year, factor: 1000,
                         preliminary: population?.isPreliminary == true)
        }
        childrenPerCaseworker = series(.ratio) { year in
            let measures = withMeasures?.figure(year)
            let figure = ratio(measures?.visibleValue, staffing.first { $0.year == year && $0.role == .caseworker }?.filled, .ratio, year, factor: 1,
                               preliminary: measures?.isPreliminary == true)
            return measures?.isProtected == true ? suppression.hiding(figure) : figure
        }
    }
}
