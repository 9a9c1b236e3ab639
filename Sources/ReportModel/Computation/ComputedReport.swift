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

    /// The indicator with `id`, if any data was given for it.
    public func indicator(_ id: String) -> IndicatorSeries? { indicators.first { $0.entry.id == id } }

    /// Computes everything from validated data.
    public init(data: ReportData) {
        let suppression = Suppression(threshold: data.settings.threshold)
        self.suppression = suppression
        settings = data.settings
        let indicators = IndicatorSeries.compute(data.indicators, own: data.ownIndicators, suppression: suppression)
        self.indicators = indicators
        staffing = StaffingFigures(staffing: data.staffing, personnel: data.personnel, indicators: indicators, suppression: suppression)
        survey = data.survey.flatMap { SurveyResults(survey: $0, suppression: suppression) }
        participation = ParticipationResults(rows: data.participation, themes: data.participationThemes, suppression: suppression)
        inspections = data.inspections.sorted { $0.date > $1.date }
        deviations = DeviationYear.compute(data.deviations, suppression: suppression)
        texts = data.texts
        var years = Set(data.staffing.map(\.year))
        years.formUnion(data.personnel.map(\.year))
        years.formUnion(data.indicators.map(\.year))
        years.insert(data.settings.year)
        self.years = years.filter { $0 <= data.settings.year }.sorted()
    }

    /// True while any chapter text is not approved, or still holds guidance or the sample municipality.
    public var isDraft: Bool {
        texts.values.contains { !$0.isFinal }
    }
}
