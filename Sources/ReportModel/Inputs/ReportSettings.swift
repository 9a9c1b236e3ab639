import SourceText

/// A person named in the report, exactly as they want to be printed.
public struct Author: Sendable, Hashable {
    public var name: String
    public var role: String

    /// Creates an author.
    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// The report's settings from `tilstandsrapport.txt`.
public struct ReportSettings: Sendable, Hashable {
    public var municipality: String
    public var municipalityNumber: String
    public var year: Int
    public var body: String
    public var meetingDate: CalendarDate?
    public var caseNumber: String?
    public var kostraGroup: String
    public var language: LanguageForm
    public var threshold: Int
    public var kostraStatus: FigureStatus
    public var authors: [Author]
    /// Chapter ids in the order to print; nil for the standard order.
    public var chapterOrder: [String]?
    /// The fictional sample project (`eksempel: ja`): its report is never final, and its own names are not
    /// reported as sample content left behind.
    public var isSample = false
    /// The service several municipalities share, when the project declares cooperating municipalities.
    public var service: SharedService?
    /// Which of the project's reports these settings are for (set when one report per council is built).
    public var audience: ReportAudience = .municipality

    /// Creates settings.
    public init(municipality: String, municipalityNumber: String, year: Int, body: String, meetingDate: CalendarDate?, caseNumber: String?,
                kostraGroup: String, language: LanguageForm, threshold: Int, kostraStatus: FigureStatus, authors: [Author], chapterOrder: [String]?) {
        self.municipality = municipality
        self.municipalityNumber = municipalityNumber
        self.year = year
        self.body = body
        self.meetingDate = meetingDate
        self.caseNumber = caseNumber
        self.kostraGroup = kostraGroup
        self.language = language
        self.threshold = threshold
        self.kostraStatus = kostraStatus
        self.authors = authors
        self.chapterOrder = chapterOrder
    }

    /// The settings of the report to `member`'s council: its name, number, KOSTRA group and meeting.
    public func forCouncil(_ member: MemberMunicipality) -> ReportSettings {
        guard let service else { return self }
        var settings = self
        settings.municipality = member.name
        settings.municipalityNumber = member.number
        settings.kostraGroup = member.kostraGroup
        settings.body = member.body
        settings.meetingDate = member.meetingDate
        settings.caseNumber = member.caseNumber
        settings.audience = .council(service, member)
        return settings
    }

    /// The settings of the report on the whole service: no council meeting of its own and no KOSTRA group
    /// (SSB publishes no figures for a service).
    public func forWholeService() -> ReportSettings {
        guard let service else { return self }
        var settings = self
        settings.municipality = service.name
        settings.kostraGroup = ""
        settings.body = Phrasebook(language).councils(of: service)
        settings.meetingDate = nil
        settings.caseNumber = nil
        settings.audience = .wholeService(service)
        return settings
    }
}
