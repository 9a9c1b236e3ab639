import SourceText

/// A municipality a shared child-welfare service serves, and the council its report goes to.
public struct MemberMunicipality: Sendable, Hashable {
    /// The four-digit kommunenummer: the key data rows use in their `kommune` column.
    public var number: String
    public var name: String
    /// The KOSTRA group this municipality is compared with (each member has its own).
    public var kostraGroup: String
    public var body: String
    public var meetingDate: CalendarDate?
    public var caseNumber: String?
    /// The host (vertskommune) that runs the service for the others.
    public var isHost: Bool

    /// Creates a member.
    public init(number: String, name: String, kostraGroup: String, body: String, meetingDate: CalendarDate?, caseNumber: String?, isHost: Bool) {
        self.number = number; self.name = name; self.kostraGroup = kostraGroup; self.body = body
        self.meetingDate = meetingDate; self.caseNumber = caseNumber; self.isHost = isHost
    }
}

/// One child-welfare service for several councils (vertskommunesamarbeid): the host first, then the cooperating municipalities.
public struct SharedService: Sendable, Hashable {
    /// The service's own name, as the report for the whole service is titled.
    public var name: String
    public var members: [MemberMunicipality]

    /// Creates a service.
    public init(name: String, members: [MemberMunicipality]) {
        self.name = name
        self.members = members
    }

    /// The member with kommunenummer `number`.
    public func member(_ number: String) -> MemberMunicipality? { members.first { $0.number == number } }
}

/// Which report of a project this is: the one municipality's, one council's in a shared service, or the whole service's.
public enum ReportAudience: Sendable, Hashable {
    /// A project for one municipality (no `samarbeidskommune`).
    case municipality
    /// The report to one member's council: its own figures first, the service as a whole beside them.
    case council(SharedService, MemberMunicipality)
    /// The report on the whole service: its figures summed over the members.
    case wholeService(SharedService)

    /// The shared service, when the project declares one.
    public var service: SharedService? {
        switch self {
        case .municipality: return nil
        case .council(let service, _), .wholeService(let service): return service
        }
    }
}
