/// The words of a service shared by several municipalities (issue 15): who the service serves, and whose figures a report shows.
extension Phrasebook {
    /// «kommunestyrene i Fjordvik kommune, Li kommune og Vang kommune»: whom the whole service's report is for.
    public func councils(of service: SharedService) -> String {
        say("kommunestyrene i ", "kommunestyra i ") + list(service.members.map(\.name))
    }

    /// The front page's account of the service and of whose figures the report shows.
    public func serviceSentence(_ audience: ReportAudience) -> String? {
        guard let service = audience.service else { return nil }
        let members = list(service.members.map(\.name))
        let host = service.members.first(where: \.isHost)?.name ?? ""
        let served = say("\(service.name) er barneverntjenesten for \(members), med \(host) som vertskommune.",
                         "\(service.name) er barnevernstenesta for \(members), med \(host) som vertskommune.")
        switch audience {
        case .municipality: return nil
        case .council(_, let member):
            return served + " " + say("Tallene for \(member.name) står først; tallene for hele tjenesten står ved siden av. Kapitlene om tjenesten er felles for kommunene.",
                                      "Tala for \(member.name) står først; tala for heile tenesta står ved sida av. Kapitla om tenesta er felles for kommunane.")
        case .wholeService:
            return served + " " + say("Denne rapporten gjelder hele tjenesten, med tallene for kommunene lagt sammen. Hver kommune får sin egen rapport med sine egne tall.",
                                      "Denne rapporten gjeld heile tenesta, med tala for kommunane lagde saman. Kvar kommune får sin eigen rapport med sine eigne tal.")
        }
    }

    /// «barneverntjenesten i Li kommune», or the whole service's own name.
    public func serviceOf(_ settings: ReportSettings) -> String {
        if case .wholeService(let service) = settings.audience { return service.name }
        return say("barneverntjenesten i \(settings.municipality)", "barnevernstenesta i \(settings.municipality)")
    }

    /// The column and chart series of the whole service beside a member's own figures.
    public func wholeService(_ service: SharedService) -> String { say("Hele tjenesten", "Heile tenesta") }
}
