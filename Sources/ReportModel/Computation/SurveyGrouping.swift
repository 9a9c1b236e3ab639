/// The survey's respondents in the groups the report shows: every sector with at least the threshold
/// of respondents on its own, the smaller ones merged into «Andre sektorer» (taking in the smallest
/// shown sector when they are too few together), and everyone.
struct SurveyGrouping: Sendable {
    /// One group of respondents.
    struct Group: Sendable {
        let name: String
        let responses: [SurveyResponse]
    }

    /// One statement's answers in one group.
    struct Counts: Sendable {
        /// Answers per counted label, in the scale's order.
        var perLabel: [(label: String, count: Int)]
        /// Answers with a value (the statement's n in the group).
        var answered: Int
        /// «Vet ikke» and other labels without a value.
        var uncounted: Int
        /// Sum of the values, for the mean.
        var sum: Double
        /// The two best labels' answers.
        var agreeing: Int
    }

    let survey: SurveyData
    let threshold: Int
    let all: Group
    /// Sectors shown on their own, then the merged rest.
    let groups: [Group]
    /// Sectors under the threshold, by name.
    let smallSectors: [String]
    /// Shown sectors merged with the small ones to reach the threshold.
    let addedSectors: [String]
    /// The small sectors together stayed under the threshold even with every other sector added.
    let tooFewForSectors: Bool
    /// At least the threshold of respondents answered at all.
    var isShown: Bool { all.responses.count >= threshold }

    init(survey: SurveyData, threshold: Int, allName: String, mergedName: String) {
        self.survey = survey
        self.threshold = threshold
        all = Group(name: allName, responses: survey.responses)
        var bySector: [(name: String, responses: [SurveyResponse])] = []
        var position: [String: Int] = [:]
        for response in survey.responses {
            if let index = position[response.sector] {
                bySector[index].responses.append(response)
            } else {
                position[response.sector] = bySector.count
                bySector.append((response.sector, [response]))
            }
        }
        bySector.sort { $0.responses.count != $1.responses.count ? $0.responses.count > $1.responses.count : $0.name < $1.name }
        var large = bySector.filter { $0.responses.count >= threshold }
        var merged = bySector.filter { $0.responses.count < threshold }
        let small = merged.map(\.name).sorted()
        // A small group left out could be worked out as "all minus the shown groups", so it is merged,
        // taking in the smallest shown sector when needed to reach the threshold.
        if !merged.isEmpty {
            while merged.reduce(0, { $0 + $1.responses.count }) < threshold, let smallest = large.popLast() { merged.append(smallest) }
        }
        smallSectors = small
        addedSectors = merged.map(\.name).filter { !small.contains($0) }.sorted()
        var groups = large.map { Group(name: $0.name, responses: $0.responses) }
        let mergedResponses = merged.flatMap(\.responses)
        tooFewForSectors = !mergedResponses.isEmpty && mergedResponses.count < threshold
        if mergedResponses.count >= threshold {
            groups.append(Group(name: mergedName, responses: mergedResponses))
        } else if !mergedResponses.isEmpty {
            groups = []
        }
        self.groups = all.responses.count >= threshold ? groups : []
    }

    /// The answers to `item` in `group`.
    func counts(_ item: SurveyItem, in group: Group) -> Counts {
        let steps = survey.scales[item.scale] ?? []
        let counted = steps.filter { $0.value != nil }
        var perLabel = counted.map { (label: $0.label, count: 0) }
        var index: [String: Int] = [:]
        for (position, step) in counted.enumerated() where index[step.label] == nil { index[step.label] = position }
        var uncounted = 0, answered = 0, sum = 0.0
        for response in group.responses {
            guard let answer = response.answers[item.code], !answer.isEmpty else { continue }
            if let position = index[answer], let value = counted[position].value {
                perLabel[position].count += 1
                answered += 1
                sum += value
            } else {
                uncounted += 1
            }
        }
        let best = Set(counted.sorted { ($0.value ?? 0) > ($1.value ?? 0) }.prefix(2).map(\.label))
        let agreeing = perLabel.filter { best.contains($0.label) }.reduce(0) { $0 + $1.count }
        return Counts(perLabel: perLabel, answered: answered, uncounted: uncounted, sum: sum, agreeing: agreeing)
    }
}
