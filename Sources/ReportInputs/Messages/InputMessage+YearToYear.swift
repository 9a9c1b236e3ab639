/// The Norwegian (bokmål) text of the messages about year-to-year projects.
extension InputMessage {
    var yearToYearWording: Wording {
        switch self {
        case .nextYearNoteLeft(let year):
            return Wording(text: "Teksten har fortsatt merknaden fra «init --fra» om hva som skal oppdateres, så rapporten forblir et utkast.",
                           found: "merknaden øverst i teksten", expected: "teksten oppdatert for \(year), og merknaden slettet")
        case let .measureWithoutFollowUp(id, year):
            return Wording(text: "Tiltaket «\(id)» fra rapporten for \(year) mangler status, så rapporten forblir et utkast.", found: Self.emptyCell,
                           expected: "gjennomført, delvis, ikke gjennomført eller videreført i kolonnen «status», og hva som ble oppnådd og hvorfor")
        case let .measureStatusTooEarly(id, year):
            return Wording(text: "Tiltaket «\(id)» er satt i rapporten for \(year) og følges opp i rapporten for \(year + 1); statusen blir ikke brukt ennå.",
                           found: "en status", expected: "tom status til rapporten for \(year + 1)")
        case .notCopied(let reason):
            return Wording(text: "Ble ikke kopiert til neste års mappe.", found: reason == .link ? "en symbolsk lenke" : "noe som ikke er en vanlig fil",
                           expected: "en vanlig fil (kopier den selv hvis den trengs)")
        case let .projectTooLarge(files, depth, megabytes):
            return Wording(text: "Fjorårets mappe er større enn en rapportmappe, så neste års mappe blir ikke laget.", found: "flere filer eller dypere mapper",
                           expected: "høyst \(files) filer, \(depth) mappenivåer og \(megabytes) MB")
        case .printedValueInvalid(let value):
            return Wording(text: "Verdien er ikke et tall slik fjorårets rapport viste det.", found: value,
                           expected: "et tall (for eksempel 512 eller 98,7), «<5» for et lite antall eller «skjult»")
        case let .printedYearAfterReport(year, reportYear):
            return Wording(text: "Året er etter året for rapporten som viste tallet, \(reportYear).", found: String(year),
                           expected: "et år til og med \(reportYear)")
        case let .printedReportNotEarlier(reportYear, year):
            return Wording(text: "Rapportåret er ikke før årets rapport (\(year)); filen skal holde tallene fjorårets rapport viste.",
                           found: String(reportYear), expected: "\(year - 1), året for fjorårets rapport")
        case let .printedReportOlder(reportYear, year):
            return Wording(text: "Tallene er fra rapporten for \(reportYear), ikke fra fjorårets rapport, så de blir ikke sammenlignet med årets tall.",
                           found: String(reportYear), expected: "\(year - 1) (filen lages av «init --fra» fra fjorårets prosjekt)")
        case let .printedRecordNotMade(errors, file):
            return Wording(text: "Fjorårets rapport kan ikke lages fordi prosjektet har feil, så \(file) (tallene fjorårets rapport viste) blir ikke laget.",
                           found: errors == 1 ? "1 feil, her" : "\(errors) feil, den første her",
                           expected: "et prosjekt uten feil (se «tilstandsrapport check»); rapporten sammenlignes da ikke med fjorårets tall")
        default:
            return Wording(text: "")
        }
    }
}
