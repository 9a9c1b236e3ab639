/// Which report of a project this is.
public enum ReportUnit: Sendable, Hashable {
    /// The report of a municipality with its own service.
    case single
    /// One council's report of a shared service.
    case council(Municipality)
    /// The report of a shared service as a whole.
    case service
}

/// Another report's figures printed beside this report's: the whole service beside a council's own figures,
/// or each municipality beside the service's.
public struct ComparisonUnit: Sendable {
    /// As printed in a column heading («Hele tjenesten», «Dalvik»).
    public let name: String
    public let indicators: [IndicatorSeries]

    /// The indicator with `id`, if the unit has it.
    public func indicator(_ id: String) -> IndicatorSeries? { indicators.first { $0.entry.id == id } }
}

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
    /// Last year's measures with how they went, and this year's new ones.
    public let measures: MeasureFollowUp
    /// The figures last year's report printed, for this report's unit.
    public let lastYearsFigures: [PrintedFigure]
    /// Which report of the project this is.
    public internal(set) var unit: ReportUnit = .single
    /// Figures of other reports printed beside this one's (the whole service, or each municipality).
    public internal(set) var comparisons: [ComparisonUnit] = []

    /// The indicator with `id`, if any data was given for it.
    public func indicator(_ id: String) -> IndicatorSeries? { indicators.first { $0.entry.id == id } }

    /// Computes everything from validated data (a single municipality; see `ComputedService` for a shared service).
    public init(data: ReportData) {
        let threshold = Suppression(threshold: data.settings.threshold).threshold
        let grouping = Self.grouping(data, threshold: threshold)
        // One decision for every count the report prints, before any chapter sees a figure.
        let plan = PublicationPlan(data: data, own: data.ownIndicators, survey: grouping, threshold: threshold)
        self.init(data: data, plan: plan, grouping: grouping, hiddenCells: plan.hiddenCells)
    }

    /// Computes one report's figures as `plan` (decided for every report of the project at once) publishes them.
    init(data: ReportData, plan: PublicationPlan, grouping: SurveyGrouping?, hiddenCells: [HiddenCells]) {
        let suppression = Suppression(threshold: data.settings.threshold)
        self.suppression = suppression
        settings = data.settings
        self.hiddenCells = hiddenCells
        let indicators = IndicatorSeries.compute(data.indicators, own: data.ownIndicators, plan: plan, suppression: suppression)
        self.indicators = indicators
        staffing = StaffingFigures(staffing: data.staffing, personnel: data.personnel, indicators: indicators, plan: plan, suppression: suppression)
        survey = grouping.flatMap { SurveyResults(grouping: $0, plan: plan, suppression: suppression) }
        participation = ParticipationResults(rows: data.participation, themes: data.participationThemes, plan: plan, suppression: suppression)
        inspections = data.inspections.sorted { $0.date > $1.date }
        deviations = DeviationYear.compute(data.deviations, plan: plan, suppression: suppression)
        texts = data.texts
        measures = MeasureFollowUp(rows: data.measures, year: data.settings.year)
        lastYearsFigures = data.lastYearsFigures
        var years = Set(data.staffing.map(\.year))
        years.formUnion(data.personnel.map(\.year))
        years.formUnion(data.indicators.map(\.year))
        years.insert(data.settings.year)
        self.years = years.filter { $0 <= data.settings.year }.sorted()
    }

    static func grouping(_ data: ReportData, threshold: Int) -> SurveyGrouping? {
        data.survey.map { SurveyGrouping(survey: $0, threshold: threshold, allName: "Alle", mergedName: "Andre sektorer") }
    }

    /// The privacy decision alone, without computing the chapters' figures: what `check` reports and what
    /// the benchmark times. For a shared service, every report's tables.
    public static func hiddenCells(for data: ReportData) -> [HiddenCells] {
        if data.settings.service != nil { return ComputedService.plan(for: data).hiddenCells }
        let threshold = Suppression(threshold: data.settings.threshold).threshold
        return PublicationPlan(data: data, own: data.ownIndicators, survey: grouping(data, threshold: threshold), threshold: threshold).hiddenCells
    }

    /// True while any chapter text is not approved, or still holds guidance or the sample municipality, or
    /// last year's measures are not all followed up.
    public var isDraft: Bool {
        settings.isSample || texts.values.contains { !$0.isFinal } || !measures.withoutStatus.isEmpty
    }
}
