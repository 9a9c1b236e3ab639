import DisclosureControl

extension PlanKey {
    /// The number of answers to statement `code` in group `group` (nil: all respondents).
    static func surveyAnswers(_ code: String, _ group: String?) -> String { "undersøkelse|\(code)|\(group ?? "*alle*")|n" }
    /// The printed shares of statement `code` in group `group`.
    static func surveyShares(_ code: String, _ group: String?) -> String { "undersøkelse|\(code)|\(group ?? "*alle*")|andeler" }
}

extension PublicationPlan {
    /// The cross-sector survey, statement by statement: each group's number of answers is a count of
    /// people (shown, «<5» or «skjult»); while it is shown, so are the group's answer shares, from which
    /// a reader gets the answer counts; the groups add up to everyone, so a hidden group must not be
    /// «everyone minus the shown groups».
    mutating func addSurvey(_ grouping: SurveyGrouping) {
        guard grouping.isShown else { return }
        for item in grouping.survey.items {
            let table = PublishedTable(.survey, year: grouping.survey.year, detail: item.code)
            let allCounts = grouping.counts(item, in: grouping.all)
            let allAnswers = printed(PlanKey.surveyAnswers(item.code, nil), Double(allCounts.answered), in: table,
                                     main: true, total: !grouping.groups.isEmpty)
            let allLabels = addAnswers(allCounts, key: PlanKey.surveyShares(item.code, nil), answers: allAnswers)
            var groupAnswers: [Int] = []
            var groupLabels: [[Int]] = []
            for group in grouping.groups {
                let counts = grouping.counts(item, in: group)
                let answers = printed(PlanKey.surveyAnswers(item.code, group.name), Double(counts.answered), in: table)
                relate(LinearConstraint([LinearTerm(answers)], .atMost, group.responses.count))
                groupAnswers.append(answers)
                groupLabels.append(addAnswers(counts, key: PlanKey.surveyShares(item.code, group.name), answers: answers))
            }
            guard !groupAnswers.isEmpty else { continue }
            relate(.sum(of: groupAnswers, equals: allAnswers))
            for (position, label) in allLabels.enumerated() {
                relate(.sum(of: groupLabels.map { $0[position] }, equals: label))
            }
        }
    }

    /// The group's answer counts per label (unprinted, hidden with its number of answers), that they add
    /// up to it, and the printed shares that give them away while it is shown.
    private mutating func addAnswers(_ counts: SurveyGrouping.Counts, key: String, answers: Int) -> [Int] {
        let labels = counts.perLabel.map { label, count in
            implicit(key + "|" + label, Double(count), countsPeople: false, hiddenWith: answers)
        }
        relate(.sum(of: labels, equals: answers))
        guard counts.answered > 0 else { return labels }
        var constraints: [LinearConstraint] = []
        for (cell, entry) in zip(labels, counts.perLabel) {
            guard let printed = roundedShare(entry.count, of: counts.answered, decimals: 1) else { continue }
            constraints += LinearConstraint.share(numerator: cell, denominator: answers, printed: printed, decimals: 1)
        }
        fact(key, .init(constraints: constraints, dependsOn: [answers], weight: counts.answered, name: key))
        return labels
    }
}
