import SourceText

/// Staff roles in `bemanning.csv`.
public enum StaffRole: String, Sendable, Hashable, CaseIterable {
    case leader = "leder"
    case caseworker = "saksbehandler"
    case measures = "tiltak"
    case clerical = "merkantil"
    case other = "annet"

}

/// One row of `bemanning.csv`: full-time equivalents of one role in one year.
public struct StaffingRow: Sendable, Hashable {
    public var year: Int
    public var role: StaffRole
    public var budgeted: Double?
    public var filled: Double?
    public var vacant: Double?
    public var temporary: Double?
    public var bachelor: Double?
    public var master: Double?
    public var meetsRequirement: Double?

    /// Creates a row.
    public init(year: Int, role: StaffRole, budgeted: Double?, filled: Double?, vacant: Double?, temporary: Double?,
                bachelor: Double?, master: Double?, meetsRequirement: Double?) {
        self.year = year; self.role = role; self.budgeted = budgeted; self.filled = filled; self.vacant = vacant
        self.temporary = temporary; self.bachelor = bachelor; self.master = master; self.meetsRequirement = meetsRequirement
    }
}

/// One row of `personale.csv`.
public struct PersonnelRow: Sendable, Hashable {
    public var year: Int
    public var averageHeadcount: Double?
    public var leavers: Double?
    public var newHires: Double?
    public var sickLeave: Double?
    public var shortSickLeave: Double?
    public var longSickLeave: Double?
    public var furtherEducationCredits: Double?

    /// Creates a row.
    public init(year: Int, averageHeadcount: Double?, leavers: Double?, newHires: Double?, sickLeave: Double?, shortSickLeave: Double?,
                longSickLeave: Double?, furtherEducationCredits: Double?) {
        self.year = year; self.averageHeadcount = averageHeadcount; self.leavers = leavers; self.newHires = newHires
        self.sickLeave = sickLeave; self.shortSickLeave = shortSickLeave; self.longSickLeave = longSickLeave
        self.furtherEducationCredits = furtherEducationCredits
    }
}

/// One row of `indikatorer.csv`.
public struct IndicatorRow: Sendable, Hashable {
    public var id: String
    public var year: Int
    public var level: IndicatorLevel
    public var value: Double?
    public var numerator: Double?
    public var denominator: Double?
    public var provenance: Provenance
    /// The member municipality (kommunenummer) the row is about, in a shared service; nil for a project of one
    /// municipality, and for the county and country rows every member shares.
    public var municipality: String?

    /// Creates a row.
    public init(id: String, year: Int, level: IndicatorLevel, value: Double?, numerator: Double?, denominator: Double?, provenance: Provenance) {
        self.id = id; self.year = year; self.level = level; self.value = value
        self.numerator = numerator; self.denominator = denominator; self.provenance = provenance
    }
}

/// A survey statement from `undersokelse-sporsmal.csv`.
public struct SurveyItem: Sendable, Hashable {
    public var code: String
    public var text: String
    public var theme: String
    public var scale: String

    /// Creates an item.
    public init(code: String, text: String, theme: String, scale: String) {
        self.code = code; self.text = text; self.theme = theme; self.scale = scale
    }
}

/// One answer label of a scale; `value` nil for answers not counted («Vet ikke»).
public struct ScaleStep: Sendable, Hashable {
    public var label: String
    public var value: Double?

    /// Creates a step.
    public init(label: String, value: Double?) {
        self.label = label
        self.value = value
    }
}

/// One survey response: sector, role and the answer label per item code. Names and e-mail are never read.
public struct SurveyResponse: Sendable, Hashable {
    public var sector: String
    public var role: String
    public var answers: [String: String]

    /// Creates a response.
    public init(sector: String, role: String, answers: [String: String]) {
        self.sector = sector; self.role = role; self.answers = answers
    }
}

/// The cross-sector survey of the report year.
public struct SurveyData: Sendable, Hashable {
    public var items: [SurveyItem]
    /// Steps of each scale, best first as listed in the file.
    public var scales: [String: [ScaleStep]]
    public var responses: [SurveyResponse]
    /// Free-text answers counted (they are checked for identity numbers but not printed).
    public var freeTextAnswers: Int
    /// The year the survey was answered, from the export's timestamps.
    public var year: Int?

    /// Creates survey data.
    public init(items: [SurveyItem], scales: [String: [ScaleStep]], responses: [SurveyResponse], freeTextAnswers: Int, year: Int?) {
        self.items = items; self.scales = scales; self.responses = responses; self.freeTextAnswers = freeTextAnswers; self.year = year
    }
}

/// Methods of child participation.
public enum ParticipationMethod: String, Sendable, Hashable, CaseIterable {
    case helpBetter = "hjelpe_bedre"
    case västermodellen = "vastermodellen"
    case youthPanel = "ungdomspanel"
    case userSurvey = "brukerundersokelse"


}

/// One row of `medvirkning.csv`.
public struct ParticipationRow: Sendable, Hashable {
    public var year: Int
    public var method: ParticipationMethod
    public var ageGroup: String
    public var invited: Double?
    public var tookPart: Double?
    public var spokenAlone: Double?
    public var invitedToMeetings: Double?
    public var meanScore: Double?
    public var scaleMinimum: Double?
    public var scaleMaximum: Double?
    public var note: String?
    /// The member municipality (kommunenummer) whose children the row counts, in a shared service; nil for the whole service.
    public var municipality: String?

    /// Creates a row.
    public init(year: Int, method: ParticipationMethod, ageGroup: String, invited: Double?, tookPart: Double?, spokenAlone: Double?,
                invitedToMeetings: Double?, meanScore: Double?, scaleMinimum: Double?, scaleMaximum: Double?, note: String?) {
        self.year = year; self.method = method; self.ageGroup = ageGroup; self.invited = invited; self.tookPart = tookPart
        self.spokenAlone = spokenAlone; self.invitedToMeetings = invitedToMeetings; self.meanScore = meanScore
        self.scaleMinimum = scaleMinimum; self.scaleMaximum = scaleMaximum; self.note = note
    }
}

/// The five parts of participation (informed, heard, part of decisions, documented, told the outcome).
public enum ParticipationPart: String, Sendable, Hashable, CaseIterable {
    case information = "informasjon"
    case telling = "fortelle"
    case deciding = "bestemme"
    case documenting = "dokumentere"
    case feedback = "tilbakemelding"

}

/// One row of `medvirkning-tema.csv`.
public struct ParticipationTheme: Sendable, Hashable {
    public var year: Int
    public var method: ParticipationMethod
    public var part: ParticipationPart
    public var theme: String
    public var count: Double?
    public var change: String?

    /// Creates a row.
    public init(year: Int, method: ParticipationMethod, part: ParticipationPart, theme: String, count: Double?, change: String?) {
        self.year = year; self.method = method; self.part = part; self.theme = theme; self.count = count; self.change = change
    }
}

/// One row of `tilsyn.csv`.
public struct Inspection: Sendable, Hashable {
    public var date: CalendarDate
    public var authority: String
    public var theme: String
    public var breachFound: Bool
    public var closed: Bool
    public var followUp: String

    /// Creates a row.
    public init(date: CalendarDate, authority: String, theme: String, breachFound: Bool, closed: Bool, followUp: String) {
        self.date = date; self.authority = authority; self.theme = theme; self.breachFound = breachFound; self.closed = closed; self.followUp = followUp
    }
}

/// One row of `avvik.csv`.
public struct DeviationRow: Sendable, Hashable {
    public var year: Int
    public var category: String
    public var count: Double?

    /// Creates a row.
    public init(year: Int, category: String, count: Double?) {
        self.year = year; self.category = category; self.count = count
    }
}

/// Everything read from a report project, validated but not yet computed.
public struct ReportData: Sendable, Hashable {
    public var settings: ReportSettings
    public var staffing: [StaffingRow]
    public var personnel: [PersonnelRow]
    public var indicators: [IndicatorRow]
    public var survey: SurveyData?
    public var participation: [ParticipationRow]
    public var participationThemes: [ParticipationTheme]
    public var inspections: [Inspection]
    public var deviations: [DeviationRow]
    /// Chapter texts by chapter id.
    public var texts: [String: ChapterText]
    /// The municipality's own indicators, besides the built-in catalogue.
    public var ownIndicators: [IndicatorCatalogue.Entry] = []
    /// Pictures the chapter texts show, by their path in the project (`bilder/organisasjon.png`).
    public var images: [String: EmbeddedImage] = [:]
    /// Measures (tiltak) of every year up to the report year, from `data/tiltak.csv`.
    public var measures: [MeasureRow] = []
    /// The figures last year's report printed, from `data/fjorarets-tall.csv` (empty when the file is absent).
    public var printedLastYear: [PrintedFigure] = []

    /// Creates report data.
    public init(settings: ReportSettings, staffing: [StaffingRow] = [], personnel: [PersonnelRow] = [], indicators: [IndicatorRow] = [],
                survey: SurveyData? = nil, participation: [ParticipationRow] = [], participationThemes: [ParticipationTheme] = [],
                inspections: [Inspection] = [], deviations: [DeviationRow] = [], texts: [String: ChapterText] = [:]) {
        self.settings = settings; self.staffing = staffing; self.personnel = personnel; self.indicators = indicators; self.survey = survey
        self.participation = participation; self.participationThemes = participationThemes; self.inspections = inspections
        self.deviations = deviations; self.texts = texts
    }
}
