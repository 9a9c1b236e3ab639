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
        let phrases = Phrasebook(data.settings.language)
        let suppression = Suppression(threshold: data.settings.threshold)
        self.suppression = suppression
        settings = data.settings
        let grouping = data.survey.map {
            SurveyGrouping(survey: $0, threshold: suppression.threshold, allName: phrases.allRespondents, mergedName: phrases.otherSectors)
        }
        // One decision for every count the report prints, before any chapter sees a figure.
        let plan = PublicationPlan(data: data, own: data.ownIndicators, survey: grouping, threshold: suppression.threshold)
        hiddenCells = plan.hiddenCells
        let indicators = IndicatorSeries.compute(data.indicators, own: data.ownIndicators, plan: plan, suppression: suppression)
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
    /// the benchmark times.
    public static func hiddenCells(for given: ReportData) -> [HiddenCells] {
        let data = withComputedIndicators(given)
        let phrases = Phrasebook(data.settings.language)
        let threshold = Suppression(threshold: data.settings.threshold).threshold
        let grouping = data.survey.map {
            SurveyGrouping(survey: $0, threshold: threshold, allName: phrases.allRespondents, mergedName: phrases.otherSectors)
        }
        return PublicationPlan(data: data, own: data.ownIndicators, survey: grouping, threshold: threshold).hiddenCells
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
