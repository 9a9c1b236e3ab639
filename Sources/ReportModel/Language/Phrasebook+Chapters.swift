/// The words of the chapters' figures: labels of key figures, table captions, row and column headings.
extension Phrasebook {
    // MARK: Front page and approval

    /// A chapter's approval status as printed on the front page.
    public func status(_ status: ApprovalStatus) -> String {
        switch status {
        case .notStarted: return say("ikke påbegynt", "ikkje påbyrja")
        case .draft: return say("utkast", "utkast")
        case .inReview: return say("til gjennomlesing", "til gjennomlesing")
        case .approved: return say("godkjent", "godkjent")
        }
    }

    /// Why a chapter's text keeps the report a draft.
    public func draftReason(_ reason: DraftReason) -> String {
        switch reason {
        case .guidanceLeft: return say("inneholder fortsatt veiledningen", "inneheld framleis rettleiinga")
        case .sampleNames: return say("inneholder navn fra eksempelkommunen", "inneheld namn frå eksempelkommunen")
        case .otherMunicipality(let mentioned, let own):
            return say("nevner \(mentioned) kommune, ikke \(own)", "nemner \(mentioned) kommune, ikkje \(own)")
        case .lastYearsNote: return say("inneholder fortsatt merknaden fra fjorårets rapport", "inneheld framleis merknaden frå fjorårsrapporten")
        }
    }

    /// «godkjent, men inneholder fortsatt veiledningen», «utkast, inneholder …»
    public func notFinal(_ status: ApprovalStatus, reasons: [DraftReason]) -> String {
        guard !reasons.isEmpty else { return self.status(status) }
        let why = reasons.map(draftReason).joined(separator: " " + say("og", "og") + " ")
        return status == .approved ? say("godkjent, men \(why)", "godkjent, men \(why)") : "\(self.status(status)), \(why)"
    }

    /// A chapter in the report with no text file.
    public var textMissing: String { say("mangler tekst", "manglar tekst") }

    // MARK: Staffing

    /// A staff role as a row or series name.
    public func role(_ role: StaffRole) -> String {
        switch role {
        case .leader: return say("Ledere", "Leiarar")
        case .caseworker: return say("Saksbehandlere", "Saksbehandlarar")
        case .measures: return say("Tiltaksansatte", "Tiltakstilsette")
        case .clerical: return say("Merkantile", "Merkantile")
        case .other: return say("Andre", "Andre")
        }
    }

    public var filledFTE: String { say("besatte årsverk", "besette årsverk") }
    public var vacancyRate: String { say("vakansgrad", "vakansgrad") }
    public var meetsRequirement: String { say("oppfyller kompetansekravet", "oppfyller kompetansekravet") }
    public var sickLeave: String { say("sykefravær", "sjukefråvær") }
    public var filledByRoleTitle: String { say("Besatte årsverk per rolle", "Besette årsverk per rolle") }
    public var fteUnit: String { say("Årsverk", "Årsverk") }
    public var roleColumn: String { say("Rolle", "Rolle") }
    public var fteCaption: String { say("Årsverk og vakanser", "Årsverk og vakansar") }
    public var budgetedRow: String { say("Hjemlede årsverk", "Heimla årsverk") }
    public var filledRow: String { say("Besatte årsverk", "Besette årsverk") }
    public var vacantRow: String { say("Ledige årsverk", "Ledige årsverk") }
    public var temporaryRow: String { say("Midlertidige årsverk", "Mellombelse årsverk") }
    public var vacancyRateRow: String { say("Vakansgrad (ledige ÷ hjemlede)", "Vakansgrad (ledige ÷ heimla)") }
    public var competenceCaption: String { say("Kompetanse blant ledere og saksbehandlere", "Kompetanse blant leiarar og saksbehandlarar") }
    public var professionalRow: String { say("Årsverk for ledere og saksbehandlere", "Årsverk for leiarar og saksbehandlarar") }
    public var masterShareRow: String { say("Andel med relevant master", "Del med relevant master") }
    public var competenceShareRow: String { say("Andel som oppfyller kompetansekravet", "Del som oppfyller kompetansekravet") }
    public var competenceGapRow: String { say("Årsverk som ennå ikke oppfyller kravet", "Årsverk som enno ikkje oppfyller kravet") }
    public var creditsRow: String { say("Studiepoeng videreutdanning", "Studiepoeng vidareutdanning") }
    public var peopleCaption: String { say("Ansatte, turnover og sykefravær", "Tilsette, turnover og sjukefråvær") }
    public var headcountRow: String { say("Ansatte i snitt", "Tilsette i snitt") }
    public var leaversRow: String { say("Avganger", "Avgangar") }
    public var newHiresRow: String { say("Nytilsatte", "Nytilsette") }
    public var turnoverRow: String { say("Turnover (avganger ÷ ansatte i snitt)", "Turnover (avgangar ÷ tilsette i snitt)") }
    public var sickLeaveRow: String { say("Sykefravær", "Sjukefråvær") }
    public var shortSickLeaveRow: String { say("Korttidsfravær (1–16 dager)", "Korttidsfråvær (1–16 dagar)") }
    public var longSickLeaveRow: String { say("Langtidsfravær", "Langtidsfråvær") }

    /// Subjects of the staffing sentences.
    public var filledSubject: String { say("Antall besatte årsverk", "Talet på besette årsverk") }
    public var vacancyRateSubject: String { say("Vakansgraden", "Vakansgraden") }
    public var turnoverSubject: String { say("Turnoveren", "Turnoveren") }
    public var sickLeaveSubject: String { say("Sykefraværet", "Sjukefråværet") }
    public var competenceSubject: String {
        say("Andelen av årsverkene for ledere og saksbehandlere som oppfyller kompetansekravet",
            "Delen av årsverka for leiarar og saksbehandlarar som oppfyller kompetansekravet")
    }

    // MARK: State and economy

    /// The key figures of *Tilstand og kvalitet* and *Økonomi*, by indicator.
    public func keyFigureLabel(_ id: IndicatorID) -> String? {
        switch id {
        case .reports: return say("meldinger", "meldingar")
        case .investigationsInTimeShare: return say("undersøkelser innen fristen", "undersøkingar innan fristen")
        case .childrenWithMeasures: return say("barn med tiltak", "barn med tiltak")
        case .childrenInFosterHomes: return say("barn i fosterhjem ved årets slutt", "barn i fosterheim ved utgangen av året")
        case .netExpenditurePerChild: return say("netto per innbygger 0–17 år", "netto per innbyggjar 0–17 år")
        case .inHomeMeasuresExpenditureShare: return say("til tiltak for barn som bor hjemme", "til tiltak for barn som bur heime")
        default: return nil
        }
    }

    // MARK: Participation

    /// A participation method's heading.
    public func method(_ method: ParticipationMethod) -> String {
        switch method {
        case .helpBetter: return say("«Hvordan kan jeg hjelpe bedre?» (tilbakemelding etter samtaler)",
                                     "«Korleis kan eg hjelpe betre?» (tilbakemelding etter samtalar)")
        case .västermodellen: return say("Intervjuer etter Västermodellen", "Intervju etter Västermodellen")
        case .youthPanel: return say("Ungdomspanel", "Ungdomspanel")
        case .userSurvey: return say("Brukerundersøkelse", "Brukarundersøking")
        }
    }

    /// A participation method's short name, inside a key figure's label.
    public func methodShort(_ method: ParticipationMethod) -> String {
        switch method {
        case .helpBetter: return say("«Hvordan kan jeg hjelpe bedre?»", "«Korleis kan eg hjelpe betre?»")
        case .västermodellen: return say("Västermodellen", "Västermodellen")
        case .youthPanel: return say("ungdomspanel", "ungdomspanel")
        case .userSurvey: return say("brukerundersøkelse", "brukarundersøking")
        }
    }

    /// A part of the five-part participation model, as a heading.
    public func part(_ part: ParticipationPart) -> String {
        switch part {
        case .information: return say("Informasjon til barnet", "Informasjon til barnet")
        case .telling: return say("Barnet får fortelle", "Barnet får fortelje")
        case .deciding: return say("Barnet er med og bestemmer", "Barnet er med og bestemmer")
        case .documenting: return say("Barnets mening dokumenteres", "Meininga til barnet blir dokumentert")
        case .feedback: return say("Tilbakemelding til barnet", "Tilbakemelding til barnet")
        }
    }

    public var invitedColumn: String { say("Invitert", "Invitert") }
    public var tookPartColumn: String { say("Deltok", "Deltok") }
    public var participationShareColumn: String { say("Andel som deltok", "Del som deltok") }
    public var spokenAloneColumn: String { say("Snakket med alene", "Snakka med åleine") }
    public var invitedToMeetingsColumn: String { say("Invitert til møter om seg selv", "Invitert til møte om seg sjølv") }
    public var meanScoreColumn: String { say("Snittskår", "Snittskår") }
    public var ageGroupColumn: String { say("Aldersgruppe", "Aldersgruppe") }
    public func scale(_ scale: String) -> String { say(" (skala \(scale))", " (skala \(scale))") }
    public func tookPartLabel(_ methodShort: String) -> String { say("barn deltok (\(methodShort))", "barn deltok (\(methodShort))") }
    public var invitedTookPartLabel: String { say("av de inviterte deltok", "av dei inviterte deltok") }

    /// The row that adds up the age groups or categories.
    public var total: String { say("Til sammen", "Til saman") }

    /// «Methode, 2025»: a table of one year.
    public func ofYear(_ title: String, year: Int) -> String { "\(title), \(year)" }

    // MARK: Oversight

    public func inspectionStatus(closed: Bool) -> String { closed ? say("lukket", "lukka") : say("åpen", "open") }
    public var deviationsCaption: String { say("Avvik per kategori", "Avvik per kategori") }
    public var categoryColumn: String { say("Kategori", "Kategori") }
    public var deviationsSubject: String { say("Antall registrerte avvik", "Talet på registrerte avvik") }
    public var deviationsLabel: String { say("avvik registrert", "avvik registrert") }
    public var openInspectionsLabel: String { say("tilsyn som ikke er lukket", "tilsyn som ikkje er lukka") }
}

/// Why a chapter text keeps the report a draft although it may be approved: something left from `init`.
public enum DraftReason: Sendable, Hashable {
    /// `init`'s guidance is still in the text.
    case guidanceLeft
    /// The fictional sample municipality's names are still in the text.
    case sampleNames
    /// The text names another municipality, never the report's own.
    case otherMunicipality(mentioned: String, own: String)
    /// The note `init --fra` put at the top of a text carried over from last year is still there.
    case lastYearsNote
}
