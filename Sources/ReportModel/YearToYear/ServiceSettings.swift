import SourceText

/// One municipality of a shared child-welfare service, with its own council and KOSTRA group.
public struct Municipality: Sendable, Hashable {
    /// Four digits.
    public var number: String
    /// As printed («Dalvik kommune»).
    public var name: String
    public var kostraGroup: String
    /// The body the report goes to (`kommunestyre` …).
    public var body: String
    public var meetingDate: CalendarDate?
    public var caseNumber: String?
    /// The host municipality (vertskommune), which runs the service.
    public var isHost: Bool

    /// Creates a municipality.
    public init(number: String, name: String, kostraGroup: String, body: String = "kommunestyre", meetingDate: CalendarDate? = nil,
                caseNumber: String? = nil, isHost: Bool = false) {
        self.number = number; self.name = name; self.kostraGroup = kostraGroup; self.body = body
        self.meetingDate = meetingDate; self.caseNumber = caseNumber; self.isHost = isHost
    }
}

/// A child-welfare service shared by several municipalities (vertskommunesamarbeid): the host first.
public struct ServiceSettings: Sendable, Hashable {
    /// The host, then the cooperating municipalities in the order of the settings.
    public var municipalities: [Municipality]
    /// The service's own name, if given (`tjeneste:`).
    public var name: String?

    /// Creates service settings.
    public init(municipalities: [Municipality], name: String? = nil) {
        self.municipalities = municipalities
        self.name = name
    }

    /// The host municipality.
    public var host: Municipality? { municipalities.first(where: \.isHost) }

    /// The municipality with `number`.
    public func municipality(_ number: String) -> Municipality? { municipalities.first { $0.number == number } }

    /// The service's name as printed: its own, or «Barneverntjenesten for Bergvik, Dalvik og Fjellvik».
    public var displayName: String {
        if let name, !name.isEmpty { return name }
        return "Barneverntjenesten for " + NorwegianFormat.list(municipalities.map { Self.shortName($0.name) })
    }

    /// «Dalvik kommune» → «Dalvik».
    public static func shortName(_ name: String) -> String {
        for suffix in [" kommune", " herad", " Kommune"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }
}
