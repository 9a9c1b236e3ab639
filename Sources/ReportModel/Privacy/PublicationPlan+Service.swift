import DisclosureControl

extension PublicationPlan {
    /// The scope of the report on the whole service.
    static let wholeServiceScope = "tjenesten|"

    /// Keys whose cross-member relation follows from the others (see `relateMembers`).
    static let impliedSuffixes = ["|utenfor", "|rest", "|annet"]

    /// The scope of the report to `member`'s council.
    static func scope(of member: String) -> String { member + "|" }

    /// One plan for every report of a shared service. Each member's counts sit in its own scope and the whole
    /// service's in another; what every report prints alike is shared. Then the relation a reader holding all the
    /// reports knows is added: the service's count is the members' sum, so the service total minus the other
    /// members' figures cannot reveal a hidden cell.
    init(service views: ServiceViews, survey: SurveyGrouping?, threshold: Int) {
        self.init(year: views.data.settings.year, threshold: threshold)
        let catalogue = IndicatorCatalogue.all + views.data.ownIndicators
        addShared(views.data, survey: survey)
        addParticipation(views.data.participation.filter { $0.municipality == nil })
        for council in views.councils {
            scope = Self.scope(of: council.member.number)
            addIndicators(council.data.indicators, catalogue: catalogue)
            addParticipation(council.data.participation.filter { $0.municipality != nil })
        }
        scope = Self.wholeServiceScope
        addIndicators(views.wholeService.indicators, catalogue: catalogue)
        addParticipation(views.summedParticipation)
        scope = ""
        relateMembers(views.councils.map(\.member.number))
        decide()
    }

    /// For every count of the whole service (printed or worked out: a share's numerator, the children left out),
    /// the members' counts of the same key add up to it. Only relations that hold in the data are added.
    private mutating func relateMembers(_ members: [String]) {
        let prefix = Self.wholeServiceScope
        for (index, cell) in problem.cells.enumerated() where cell.name.hasPrefix(prefix) {
            let key = String(cell.name.dropFirst(prefix.count))
            // What follows from other relations adds nothing a reader could not work out, only work for the search:
            // a total is its parts' sum in every scope, and the children left out, a share's rest and a whole's
            // «other» part are differences of cells related here already.
            guard !Self.impliedSuffixes.contains(where: { key.hasSuffix($0) }), !key.contains("|til sammen|") else { continue }
            let parts = members.compactMap { problem.cellIndex(Self.scope(of: $0) + key) }
            guard !parts.isEmpty, parts.reduce(0, { $0 + problem.cells[$1].value }) == cell.value else { continue }
            relate(.sum(of: parts, equals: index))
        }
    }
}
