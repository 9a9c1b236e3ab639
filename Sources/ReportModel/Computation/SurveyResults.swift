/// The cross-sector survey, per statement and per sector, with small groups merged or left out.
public struct SurveyResults: Sendable {
    /// One answer label's share of the counted answers.
    public struct AnswerShare: Sendable {
        public let label: String
        public let share: Figure
    }

    /// One statement's results in one group of respondents.
    public struct ItemResult: Sendable {
        public let item: SurveyItem
        /// Respondents who gave a counted answer (the statement's n in the group): shown, «<5» or «skjult».
        public let answered: Figure
        /// Shares of each counted answer label, best first.
        public let distribution: [AnswerShare]
        /// Share who chose one of the two best answers.
        public let agreeShare: Figure
        /// Mean on the scale's values.
        public let mean: Figure
        /// Respondents who answered «Vet ikke» or another uncounted label.
        public let uncounted: Figure
    }

    /// A group of respondents (all, or one sector) and its item results.
    public struct Group: Sendable {
        public let name: String
        public let respondents: Figure
        public let items: [ItemResult]
    }

    public let year: Int?
    public let respondents: Figure
    public let all: Group
    /// Sectors large enough to show on their own, then the merged rest.
    public let sectors: [Group]
    /// Why some sectors are not shown on their own, in plain words; nil when all are.
    public let mergeNote: SurveyMergeNote?
    public let themes: [String]
    public let freeTextAnswers: Int
    /// False when there are too few respondents to show anything.
    public let isShown: Bool

    init?(grouping: SurveyGrouping, plan: PublicationPlan, suppression: Suppression) {
        let survey = grouping.survey
        guard !survey.items.isEmpty else { return nil }
        let threshold = suppression.threshold
        year = survey.year
        themes = survey.items.reduce(into: [String]()) { if !$0.contains($1.theme) { $0.append($1.theme) } }
        freeTextAnswers = survey.freeTextAnswers
        respondents = suppression.count(Double(survey.responses.count), year: survey.year, publication: nil)
        isShown = grouping.isShown
        all = Self.group(grouping.all, key: nil, grouping, plan, suppression)
        sectors = grouping.groups.map { Self.group($0, key: $0.name, grouping, plan, suppression) }
        if !isShown {
            mergeNote = .tooFewResponses(threshold: threshold)
        } else if grouping.tooFewForSectors {
            mergeNote = .tooFewForSectors
        } else if !grouping.smallSectors.isEmpty {
            mergeNote = .merged(small: grouping.smallSectors, added: grouping.addedSectors, threshold: threshold)
        } else {
            mergeNote = nil
        }
    }

    /// One group's results: each statement's shares are shown only with its number of answers.
    static func group(_ group: SurveyGrouping.Group, key: String?, _ grouping: SurveyGrouping, _ plan: PublicationPlan,
                      _ suppression: Suppression) -> Group {
        let year = grouping.survey.year
        let items = grouping.survey.items.map { item -> ItemResult in
            let counts = grouping.counts(item, in: group)
            let answered = suppression.count(Double(counts.answered), year: year,
                                             publication: grouping.isShown ? plan.publication(PlanKey.surveyAnswers(item.code, key)) : .withheld)
            let sharesShown = answered.isShown && plan.isShown(fact: PlanKey.surveyShares(item.code, key))
            func protect(_ figure: Figure) -> Figure { sharesShown ? figure : suppression.hiding(figure) }
            func share(_ count: Int) -> Figure {
                counts.answered > 0 ? protect(suppression.value(Suppression.roundedPercent(Double(count), Double(counts.answered)), .percent, year: year))
                                    : .missing(.percent, year: year, threshold: suppression.threshold)
            }
            let mean = counts.answered > 0 ? suppression.value(counts.sum / Double(counts.answered), .score, year: year)
                                           : .missing(.score, year: year, threshold: suppression.threshold)
            return ItemResult(
                item: item, answered: answered,
                distribution: counts.perLabel.map { AnswerShare(label: $0.label, share: share($0.count)) },
                agreeShare: share(counts.agreeing), mean: protect(mean),
                uncounted: protect(suppression.value(Double(counts.uncounted), .count, year: year)))
        }
        let respondents = suppression.value(Double(group.responses.count), .count, year: year)
        return Group(name: group.name, respondents: grouping.isShown ? respondents : suppression.hiding(respondents), items: items)
    }
}
