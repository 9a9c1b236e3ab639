/// The report year's figures, computed and protected: everything a chapter may print.
public struct ComputedReport: Sendable {
    public let settings: ReportSettings
    /// Years covered by any data, oldest first.
    public let years: [Int]
    public let staffing: StaffingFigures
    public let indicators: [IndicatorSeries]
    public let survey: SurveyResults?
    public let participation: ParticipationResults
    public let inspections: [Inspection]
    public let deviations: [DeviationYear]
    public let texts: [String: ChapterText]
    public let suppression: Suppression
    /// Every table with hidden cells: how many are «<5» and how many «skjult» (for `check`).
    public let hiddenCells: [HiddenCells]
    /// Pictures the chapter texts show, by their path in the project.
    public let images: [String: EmbeddedImage]
    /// Where each indicator sits in `indicators`, so that a report with thousands of own indicators looks each up at once.
    private let indicatorPositions: [String: Int]

    /// Last year's measures with how they went, and this year's new ones.
    public let measures: MeasureFollowUp
    /// What last year's report printed, to compare with (issue 15).
    public let lastYear: LastYearsFigures

    /// The indicator with `id`, if any data was given for it.
    public func indicator(_ id: String) -> IndicatorSeries? { indicatorPositions[id].map { indicators[$0] } }

    /// Computes everything from validated data.
    public init(data given: ReportData) {
        let data = Self.withComputedIndicators(given)
        let suppression = Suppression(threshold: data.settings.threshold)
        let grouping = Self.grouping(data, threshold: suppression.threshold)
        // One decision for every count the report prints, before any chapter sees a figure.
        let plan = PublicationPlan(data: data, own: data.ownIndicators, survey: grouping, threshold: suppression.threshold)
        self.init(computed: data, plan: plan, grouping: grouping)
    }

    /// The survey's sectors as printed: small sectors merged.
    static func grouping(_ data: ReportData, threshold: Int) -> SurveyGrouping? {
        let phrases = Phrasebook(data.settings.language)
        return data.survey.map { SurveyGrouping(survey: $0, threshold: threshold, allName: phrases.allRespondents, mergedName: phrases.otherSectors) }
    }

    /// One report's figures from data whose formula indicators are computed, under `plan`'s decision.
    init(computed data: ReportData, plan: PublicationPlan, grouping: SurveyGrouping?, service: ComputedReport? = nil) {
        let phrases = Phrasebook(data.settings.language)
        let suppression = Suppression(threshold: data.settings.threshold)
        self.suppression = suppression
        settings = data.settings
        hiddenCells = plan.hiddenCells
        var indicators = IndicatorSeries.compute(data.indicators, own: data.ownIndicators, plan: plan, suppression: suppression)
        // A council's report prints the whole service beside its own figures, exactly as the service's report does.
        if let service { indicators = indicators.map { $0.with(.service, service.indicator($0.entry.id)?.levels[.municipality]) } }
        self.indicators = indicators
        indicatorPositions = Dictionary(indicators.enumerated().map { ($0.element.entry.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        images = data.images
        staffing = StaffingFigures(staffing: data.staffing, personnel: data.personnel, indicators: indicators, plan: plan, suppression: suppression)
        survey = grouping.flatMap { SurveyResults(grouping: $0, plan: plan, suppression: suppression) }
        participation = ParticipationResults(rows: data.participation, themes: data.participationThemes, plan: plan, suppression: suppression,
                                             totalLabel: phrases.total)
        inspections = data.inspections.sorted { $0.date > $1.date }
        deviations = DeviationYear.compute(data.deviations, plan: plan, suppression: suppression)
        texts = data.texts
        measures = MeasureFollowUp(rows: data.measures, year: data.settings.year)
        lastYear = LastYearsFigures(data.printedLastYear, reportYear: data.settings.year)
        var years = Set(data.staffing.map(\.year))
        years.formUnion(data.personnel.map(\.year))
        years.formUnion(data.indicators.map(\.year))
        years.insert(data.settings.year)
        self.years = years.filter { $0 <= data.settings.year }.sorted()
    }

    /// The privacy decision alone, without computing the chapters' figures: what `check` reports and what
    /// the benchmark times. A shared service's is the whole service's report's, which holds every member's counts too.
    public static func hiddenCells(for given: ReportData) -> [HiddenCells] {
        let threshold = Suppression(threshold: given.settings.threshold).threshold
        if let views = ServiceViews(given) { return servicePlan(views).plan.scoped(PublicationPlan.wholeServiceScope).hiddenCells }
        let data = withComputedIndicators(given)
        return PublicationPlan(data: data, own: data.ownIndicators, survey: grouping(data, threshold: threshold), threshold: threshold).hiddenCells
    }

    /// Every report of a shared service under one privacy decision: each council's, host first, then the whole
    /// service's. Nil when the project is for one municipality.
    public static func service(_ data: ReportData) -> (councils: [ComputedReport], wholeService: ComputedReport)? {
        guard let views = ServiceViews(data) else { return nil }
        let (plan, grouping) = servicePlan(views)
        let whole = ComputedReport(computed: views.wholeService, plan: plan.scoped(PublicationPlan.wholeServiceScope), grouping: grouping)
        let councils = views.councils.map { council in
            ComputedReport(computed: council.data, plan: plan.scoped(PublicationPlan.scope(of: council.member.number)), grouping: grouping, service: whole)
        }
        return (councils, whole)
    }

    /// The one privacy decision over every report of a shared service, and the survey's sectors it was made for.
    private static func servicePlan(_ views: ServiceViews) -> (plan: PublicationPlan, grouping: SurveyGrouping?) {
        let threshold = Suppression(threshold: views.data.settings.threshold).threshold
        let grouping = grouping(views.data, threshold: threshold)
        return (PublicationPlan(service: views, survey: grouping, threshold: threshold), grouping)
    }

    /// The data with the rows of every indicator the program computes by formula (`IndicatorRegistry`), so that
    /// privacy, the chapters and the appendix treat them like any given indicator.
    static func withComputedIndicators(_ data: ReportData) -> ReportData {
        var data = data
        data.indicators += IndicatorRegistry.computedRows(data)
        return data
    }

    /// True while any chapter text is not approved, or still holds guidance or the sample municipality, or last year's measures are not all followed up.
    public var isDraft: Bool {
        settings.isSample || texts.values.contains { !$0.isFinal } || !measures.withoutStatus.isEmpty
    }
}
