/// The built-in chapters, by id. Typed so that a view, the loader and the assembler ask the registry
/// instead of comparing strings; an own chapter (`tekster/<own-id>.md`) has no `ChapterID`.
public enum ChapterID: String, Sendable, Hashable, CaseIterable {
    case readingGuide = "leseveiledning"
    case summary = "oppsummering"
    case aboutChildWelfare = "om-barnevernet"
    case organisation = "virksomheten"
    case staffing = "bemanning"
    case unionRepresentatives = "bemanning-tillitsvalgte"
    case state = "tilstand"
    case participation = "medvirkning"
    case cooperation = "samarbeid"
    case oversight = "internkontroll"
    case economy = "okonomi"
    case challenges = "utfordringer"
    case priorities = "innsats"
    case appendix = "vedlegg"
}

/// Who writes a chapter's own text.
public enum ChapterWriter: Sendable, Hashable {
    /// The leader (barnevernleder) or someone the leader asks.
    case leader
    /// The union representatives (tillitsvalgte), who sign it with `forfatter:` lines; the leader never edits it.
    case unionRepresentatives
}

/// Everything the program knows about one built-in chapter.
public struct Chapter: Sendable, Hashable {
    public let id: ChapterID
    /// The standard title in each written form (a text's own `tittel:` wins).
    public let title: Words
    /// Its template among the built-in ones (`Templates/<form>/`), which a project may override in `maler/`.
    public let template: String
    /// False for a chapter the program writes by itself (the appendix): a missing text does not keep the report a draft.
    public let needsText: Bool
    public let writer: ChapterWriter
    /// The chapter whose section this one becomes when both are in the report (the union representatives' part of staffing).
    public let sectionOf: ChapterID?
    /// The data files whose figures the chapter shows (for `status`: a file without the report year; a folder ends in `/`).
    public let dataFiles: [String]

    init(_ id: ChapterID, nb: String, nn: String, needsText: Bool = true, writer: ChapterWriter = .leader, sectionOf: ChapterID? = nil,
         dataFiles: [String] = []) {
        self.id = id
        self.title = Words(nb: nb, nn: nn)
        self.template = "\(id.rawValue).md.mustache"
        self.needsText = needsText
        self.writer = writer
        self.sectionOf = sectionOf
        self.dataFiles = dataFiles
    }
}

/// The chapters of a tilstandsrapport in Bufdir's order, with the staffing, participation and inspection
/// chapters split out as practitioners do. The one place that knows a chapter: adding one is an entry here,
/// its templates in `Templates/nb/` and `Templates/nn/`, and (only if it shows figures) a case in `ViewBuilder`.
public enum ChapterRegistry {
    static let staffFiles = ["data/bemanning.csv", "data/personale.csv"]
    static let indicatorFiles = ["data/indikatorer.csv", "data/ssb/"]

    /// Every built-in chapter, in the standard order.
    public static let all: [Chapter] = [
        Chapter(.readingGuide, nb: "Leseveiledning", nn: "Leserettleiing"),
        Chapter(.summary, nb: "Kort oppsummering", nn: "Kort oppsummering", dataFiles: indicatorFiles),
        Chapter(.aboutChildWelfare, nb: "Om barnevernet", nn: "Om barnevernet"),
        Chapter(.organisation, nb: "Presentasjon av virksomheten og organisering", nn: "Presentasjon av verksemda og organisering", dataFiles: staffFiles),
        Chapter(.staffing, nb: "Bemanning og kompetanse", nn: "Bemanning og kompetanse", dataFiles: staffFiles),
        Chapter(.unionRepresentatives, nb: "Tillitsvalgtes vurdering", nn: "Vurderinga til dei tillitsvalde", writer: .unionRepresentatives,
                sectionOf: .staffing),
        Chapter(.state, nb: "Tilstand og kvalitet", nn: "Tilstand og kvalitet", dataFiles: indicatorFiles),
        Chapter(.participation, nb: "Barns medvirkning", nn: "Medverknaden til barna", dataFiles: ["data/medvirkning.csv"]),
        Chapter(.cooperation, nb: "Samarbeid med andre sektorer", nn: "Samarbeid med andre sektorar"),
        Chapter(.oversight, nb: "Internkontroll, tilsyn og avvik", nn: "Internkontroll, tilsyn og avvik"),
        Chapter(.economy, nb: "Økonomi", nn: "Økonomi", dataFiles: indicatorFiles),
        Chapter(.challenges, nb: "Utfordringsbildet", nn: "Utfordringsbiletet", dataFiles: indicatorFiles),
        Chapter(.priorities, nb: "Innsatsområder og tiltak", nn: "Innsatsområde og tiltak"),
        Chapter(.appendix, nb: "Vedlegg", nn: "Vedlegg", needsText: false),
    ]

    /// The chapter with `id`; nil for an own chapter.
    public static func chapter(_ id: String) -> Chapter? {
        ChapterID(rawValue: id).map(chapter)
    }

    /// The chapter with a typed id.
    public static func chapter(_ id: ChapterID) -> Chapter {
        all.first { $0.id == id } ?? Chapter(id, nb: id.rawValue, nn: id.rawValue)
    }

    /// The standard order of chapter ids.
    public static var standardOrder: [String] { all.map(\.id.rawValue) }
}
