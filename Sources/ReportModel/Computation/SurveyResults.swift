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
        /// Respondents who gave a counted answer.
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
    public let mergeNote: String?
    public let themes: [String]
    public let freeTextAnswers: Int
    /// False when there are too few respondents to show anything.
    public let isShown: Bool

    init?(survey: SurveyData, suppression: Suppression) {
        guard !survey.items.isEmpty else { return nil }
        let threshold = suppression.threshold
        year = survey.year
        themes = survey.items.reduce(into: [String]()) { if !$0.contains($1.theme) { $0.append($1.theme) } }
        freeTextAnswers = survey.freeTextAnswers
        let total = Double(survey.responses.count)
        respondents = suppression.count(total, year: survey.year)
        isShown = Int(total) >= threshold
        all = Self.group("Alle", survey.responses, survey, suppression)

        var bySector: [(name: String, responses: [SurveyResponse])] = []
        for response in survey.responses {
            if let index = bySector.firstIndex(where: { $0.name == response.sector }) {
                bySector[index].responses.append(response)
            } else {
                bySector.append((response.sector, [response]))
            }
        }
        bySector.sort { $0.responses.count != $1.responses.count ? $0.responses.count > $1.responses.count : $0.name < $1.name }
        var large = bySector.filter { $0.responses.count >= threshold }
        var merged = bySector.filter { $0.responses.count < threshold }
        // A small group left out could be worked out as "all minus the shown groups", so it is merged,
        // taking in the smallest shown sector when needed to reach the threshold.
        var note: String? = nil
        if !merged.isEmpty {
            let smallNames = merged.map(\.name)
            while merged.reduce(0, { $0 + $1.responses.count }) < threshold, let smallest = large.popLast() {
                merged.append(smallest)
            }
            let small = smallNames.sorted()
            let added = merged.map(\.name).filter { !small.contains($0) }.sorted()
            let list = NorwegianFormat.list
            note = (small.count == 1 ? "\(small[0]) fikk færre enn \(threshold) svar og vises ikke for seg. Svarene er"
                                     : "\(list(small)) fikk hver færre enn \(threshold) svar og vises ikke hver for seg. Svarene er")
                + (added.isEmpty ? " slått sammen til «Andre sektorer»." : " slått sammen med svarene fra \(list(added)) til «Andre sektorer».")
        }
        var groups = large.map { Self.group($0.name, $0.responses, survey, suppression) }
        let mergedResponses = merged.flatMap(\.responses)
        if mergedResponses.count >= threshold {
            groups.append(Self.group("Andre sektorer", mergedResponses, survey, suppression))
        } else if !mergedResponses.isEmpty {
            groups = []
            note = "Det er for få svar til å vise resultatene per sektor."
        }
        sectors = isShown ? groups : []
        mergeNote = isShown ? note : "Undersøkelsen fikk færre enn \(threshold) svar, og resultatene vises derfor ikke."
    }

    static func group(_ name: String, _ responses: [SurveyResponse], _ survey: SurveyData, _ suppression: Suppression) -> Group {
        let shown = responses.count >= suppression.threshold
        let items = survey.items.map { item -> ItemResult in
            let steps = survey.scales[item.scale] ?? []
            let counted = steps.filter { $0.value != nil }
            var counts = [String: Int]()
            var uncounted = 0
            var sum = 0.0
            var answered = 0
            for response in responses {
                guard let answer = response.answers[item.code], !answer.isEmpty else { continue }
                if let step = counted.first(where: { $0.label == answer }), let value = step.value {
                    counts[answer, default: 0] += 1
                    sum += value
                    answered += 1
                } else {
                    uncounted += 1
                }
            }
            func protect(_ figure: Figure) -> Figure { shown ? figure : suppression.hiding(figure) }
            let best = counted.sorted { ($0.value ?? 0) > ($1.value ?? 0) }.prefix(2).map(\.label)
            let agree = best.reduce(0) { $0 + (counts[$1] ?? 0) }
            let share = { (count: Int) -> Figure in
                answered > 0 ? suppression.value(Double(count) / Double(answered) * 100, .percent, year: survey.year)
                             : .missing(.percent, year: survey.year, threshold: suppression.threshold)
            }
            return ItemResult(
                item: item,
                answered: protect(suppression.value(Double(answered), .count, year: survey.year)),
                distribution: counted.map { AnswerShare(label: $0.label, share: protect(share(counts[$0.label] ?? 0))) },
                agreeShare: protect(share(agree)),
                mean: protect(answered > 0 ? suppression.value(sum / Double(answered), .score, year: survey.year)
                                           : .missing(.score, year: survey.year, threshold: suppression.threshold)),
                uncounted: protect(suppression.value(Double(uncounted), .count, year: survey.year)))
        }
        return Group(name: name, respondents: shown ? suppression.value(Double(responses.count), .count, year: survey.year)
                                                     : suppression.count(Double(responses.count), year: survey.year), items: items)
    }
}
