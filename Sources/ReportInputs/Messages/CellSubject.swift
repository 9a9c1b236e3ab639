import ReportModel

/// What a cell holds, named in the messages about it («Rollen mangler.», «Ukjent rolle.»).
public enum CellSubject: Sendable, Hashable {
    case year, role, fte(column: String)
    case averageHeadcount, leavers, newHires, sickLeave, shortSickLeave, longSickLeave, credits
    case indicator, indicatorID, indicatorName, unit, direction, level, figureStatus, source, value, numerator, denominator
    case scale, answer, scaleValue, questionText, questionType, questionCode
    case method, ageGroup, invited, tookPart, spokenAlone, invitedToMeetings, scaleMinimum, scaleMaximum, meanScore, part, theme, count
    case date, authority, breach, inspectionStatus, category
    case measureID, goal, measure, responsible, deadline, measureStatus

    /// The three forms a message needs: «Rollen» (starts a sentence), «rolle» (after «Ukjent»), «en rolle» (what was expected).
    var forms: (definite: String, bare: String, indefinite: String) {
        switch self {
        case .year: return ("Året", "år", "et årstall, for eksempel 2025")
        case .role: return ("Rollen", "rolle", "en rolle")
        case .fte(let column): return ("Årsverk i «\(column)»", "antall årsverk", "et antall årsverk")
        case .averageHeadcount: return ("Gjennomsnittlig antall ansatte", "antall ansatte", "et antall ansatte")
        case .leavers: return ("Antall avganger", "antall avganger", "et antall avganger")
        case .newHires: return ("Antall nytilsatte", "antall nytilsatte", "et antall nytilsatte")
        case .sickLeave: return ("Sykefraværet", "sykefravær", "et sykefravær i prosent")
        case .shortSickLeave: return ("Korttidsfraværet", "korttidsfravær", "et korttidsfravær i prosent")
        case .longSickLeave: return ("Langtidsfraværet", "langtidsfravær", "et langtidsfravær i prosent")
        case .credits: return ("Studiepoeng", "antall studiepoeng", "et antall studiepoeng")
        case .indicator: return ("Indikatoren", "indikator", "en indikator fra katalogen i README eller data/indikator-katalog.csv")
        case .indicatorID: return ("Id-en", "id", "en id, for eksempel «barn_evaluert_plan_andel»")
        case .indicatorName: return ("Navnet", "navn", "navnet indikatoren skal ha i rapporten")
        case .unit: return ("Enheten", "enhet", "en enhet")
        case .direction: return ("Retningen", "retning", "en retning")
        case .level: return ("Nivået", "nivå", "et nivå")
        case .figureStatus: return ("Statusen", "status", "en status")
        case .source: return ("Kilden", "kilde", "en kilde, for eksempel «SSB tabell 12275»")
        case .value: return ("Verdien", "verdi", "en verdi")
        case .numerator: return ("Telleren", "teller", "en teller")
        case .denominator: return ("Nevneren", "nevner", "en nevner")
        case .scale: return ("Skalaen", "skala", "navnet på en skala")
        case .answer: return ("Svaret", "svar", "et svar slik det står i skjemaet")
        case .scaleValue: return ("Verdien", "verdi", "en verdi")
        case .questionText: return ("Spørsmålsteksten", "spørsmålstekst", "spørsmålet slik det står i svarfilens overskrift")
        case .questionType: return ("Typen", "type", "en type")
        case .questionCode: return ("Koden", "kode", "en kort kode, for eksempel S01")
        case .method: return ("Metoden", "metode", "en metode")
        case .ageGroup: return ("Aldersgruppen", "aldersgruppe", "en aldersgruppe, for eksempel 13–17 år")
        case .invited: return ("Antall inviterte", "antall inviterte", "et antall inviterte")
        case .tookPart: return ("Antall som deltok", "antall som deltok", "et antall som deltok")
        case .spokenAlone: return ("Antall snakket med alene", "antall snakket med alene", "et antall")
        case .invitedToMeetings: return ("Antall invitert til møter", "antall invitert til møter", "et antall")
        case .scaleMinimum: return ("Skalaens minste verdi", "minste verdi", "skalaens minste verdi")
        case .scaleMaximum: return ("Skalaens største verdi", "største verdi", "skalaens største verdi")
        case .meanScore: return ("Snittskåren", "snittskår", "en snittskår")
        case .part: return ("Delen", "del", "en del")
        case .theme: return ("Temaet", "tema", "et tema")
        case .count: return ("Antallet", "antall", "et antall")
        case .date: return ("Datoen", "dato", "en dato som 31.12.2025 eller 2025-12-31")
        case .authority: return ("Myndigheten", "myndighet", "myndigheten som førte tilsynet, for eksempel «Statsforvalteren i Vestland»")
        case .breach: return ("Lovbrudd", "svar om lovbrudd", "ja eller nei")
        case .inspectionStatus: return ("Statusen", "status", "åpen eller lukket")
        case .category: return ("Kategorien", "kategori", "en kategori, for eksempel «fristbrudd»")
        case .measureID: return ("Id-en", "id", "en kort id for tiltaket, for eksempel T1")
        case .goal: return ("Målet", "mål", "målet tiltaket skal nå")
        case .measure: return ("Tiltaket", "tiltak", "hva som skal gjøres")
        case .responsible: return ("Ansvarlig", "ansvarlig", "hvem som er ansvarlig, for eksempel «barnevernleder»")
        case .deadline: return ("Fristen", "frist", "en frist, for eksempel «1. mai 2026» eller «løpende»")
        case .measureStatus: return ("Statusen", "status", "gjennomført, delvis, ikke gjennomført eller videreført")
        }
    }
}

/// The kinds of number a cell may hold, each with the range that is accepted. The upper bounds are far above any
/// municipality's real figures (Norway has about 1,1 million children) and keep every later sum, share and
/// formatted number finite and printable.
public enum Quantity: Sendable, Hashable {
    case count, headcount, fte, percent, kroner, perThousand, score, credits

    /// The accepted values.
    public var range: ClosedRange<Double> {
        switch self {
        case .count: return 0...10_000_000
        case .headcount, .fte, .credits: return 0...100_000
        case .percent: return 0...100
        case .kroner: return 0...100_000_000_000
        case .perThousand: return 0...1000
        case .score: return -1000...1000
        }
    }

    /// True when only whole numbers are accepted.
    public var isWhole: Bool { self == .count }

    /// What an out-of-range value should have been.
    var expected: String {
        switch self {
        case .percent: return "en andel mellom 0 og 100 %"
        default:
            return "et tall fra \(NorwegianFormat.number(range.lowerBound, decimals: 0)) til \(NorwegianFormat.number(range.upperBound, decimals: 0))"
        }
    }
}
