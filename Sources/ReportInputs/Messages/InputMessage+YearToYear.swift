/// The Norwegian (bokmål) text of the messages about year-to-year projects and shared services.
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
        case let .lastYearsFiguresFromAnotherYear(found, expected):
            return Wording(text: "Filen er ikke fra fjorårets rapport og blir ikke brukt til sammenligning.",
                           found: found.isEmpty ? "ingen år" : "tall for " + found.map(String.init).joined(separator: ", "),
                           expected: "nøkkeltallene fra rapporten for \(expected) (tilstandsrapport-\(expected)-nokkeltall.csv)")
        case .invalidServiceMunicipality(let value):
            return Wording(text: "En samarbeidskommune må ha kommunenummer og navn, skilt med semikolon.", found: value,
                           expected: "kommunenummer; navn, for eksempel «4602; Dalvik kommune»")
        case let .municipalityListedTwice(number, firstLine):
            return Wording(text: "Kommunenummeret \(number) står to ganger blant kommunene i tjenesten.", found: number,
                           expected: firstLine > 0 ? "hver kommune én gang (første gang på linje \(firstLine))" : "samarbeidskommuner som ikke er vertskommunen")
        case let .settingForUnknownMunicipality(key, number, known):
            return Wording(text: "Innstillingen «\(key)» gjelder kommunenummer \(number), som ikke er en av samarbeidskommunene.", found: number,
                           expected: known.isEmpty ? "en linje «samarbeidskommune: \(number); navn» først" : "ett av " + known.joined(separator: ", "))
        case let .unknownMunicipalityInRow(value, known, isService):
            return Wording(text: isService ? "Kommunenummeret hører ikke til tjenesten." : "Raden gjelder en annen kommune enn rapporten.", found: value,
                           expected: isService ? "ett av " + known.joined(separator: ", ") : "\(known.joined(separator: ", ")) (kommunenummer i innstillingene), eller tom")
        case .municipalityMissingInRow(let known):
            return Wording(text: "Raden mangler kommunenummer.", found: Self.emptyCell, expected: "ett av " + known.joined(separator: ", "))
        case .municipalityColumnMissing(let known):
            return Wording(text: "Tjenesten er felles for flere kommuner, så tallene må si hvilken kommune de gjelder.",
                           found: "ingen kolonne «kommunenummer»", expected: "kolonnen «kommunenummer» med ett av " + known.joined(separator: ", "))
        case let .localTextForUnknownMunicipality(number, known):
            return Wording(text: "Teksten gjelder kommunenummer \(number), som ikke er en av kommunene i tjenesten, og blir ikke brukt.", found: number,
                           expected: known.isEmpty ? "en linje «samarbeidskommune: \(number); navn» i innstillingene" : "ett av " + known.joined(separator: ", "))
        case .notCopied(let reason):
            return Wording(text: "Ble ikke kopiert til neste års mappe.", found: reason == .link ? "en symbolsk lenke" : "noe som ikke er en vanlig fil",
                           expected: "en vanlig fil (kopier den selv hvis den trengs)")
        case let .projectTooLarge(files, depth, megabytes):
            return Wording(text: "Fjorårets mappe er større enn en rapportmappe, så neste års mappe blir ikke laget.", found: "flere filer eller dypere mapper",
                           expected: "høyst \(files) filer, \(depth) mappenivåer og \(megabytes) MB")
        case let .lastYearsFiguresNotFound(name, folders):
            let places = folders.isEmpty ? "ingen utmappe" : folders.map { "«\($0)/»" }.joined(separator: ", ")
            return Wording(text: "Fant ikke nøkkeltallene fra fjorårets rapport, så rapporten kan ikke sammenligne med dem.", found: "\(name) mangler (\(places))",
                           expected: "bygg fjorårets rapport først, eller kopier filen til data/fjorarets-nokkeltall.csv i den nye mappen")
        default:
            return Wording(text: "")
        }
    }
}
