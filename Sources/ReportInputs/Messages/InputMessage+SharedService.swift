/// The Norwegian (bokmål) text of the messages about a service shared by several municipalities.
extension InputMessage {
    var sharedServiceWording: Wording {
        switch self {
        case let .invalidMember(field, found, count):
            let expected = "samarbeidskommune: kommunenummer; navn; kostragruppe; organ; møtedato; saksnummer (de tre siste kan utelates)"
            if count > SharedServiceSettings.fields.count {
                return Wording(text: "Linjen har flere felt enn en samarbeidskommune har.", found: found, expected: expected)
            }
            switch field {
            case "kommunenummer" where !found.isEmpty:
                return Wording(text: "Kommunenummeret til samarbeidskommunen har ikke fire sifre.", found: found, expected: "fire sifre, for eksempel 4602")
            case "møtedato":
                return Wording(text: "Møtedatoen til samarbeidskommunen er ikke en dato.", found: found, expected: "en dato som 02.04.2026, eller et tomt felt")
            default:
                return Wording(text: "Samarbeidskommunen mangler \(field).", found: found.isEmpty ? "tomt felt" : found, expected: expected)
            }
        case .tooManyMembers(let limit):
            return Wording(text: "Tjenesten har flere enn \(limit) samarbeidskommuner; resten av linjene blir ikke lest.",
                           found: "mer enn \(limit) linjer med samarbeidskommune:", expected: "høyst \(limit) samarbeidskommuner")
        case let .municipalityTwice(number, firstLine):
            let first = firstLine.map { "linje \($0)" } ?? "kommunenummer:"
            return Wording(text: "Kommune \(number) står to ganger i tjenesten (først i \(first)).", found: number,
                           expected: "hver kommune én gang; vertskommunen står i kommune: og kommunenummer:, ikke som samarbeidskommune")
        case .serviceNameMissing(let line):
            return Wording(text: "Tjenesten har samarbeidskommuner (linje \(line)), men ikke noe navn.", found: "ingen tjeneste:",
                           expected: "tjeneste: navnet på den felles barneverntjenesten, for eksempel «Vestfjord barneverntjeneste»")
        case let .unknownMunicipality(number, known):
            return Wording(text: "Kommune \(number) er ikke en av kommunene i tjenesten.", found: number,
                           expected: "et av kommunenumrene i tilstandsrapport.txt: " + known.joined(separator: ", "))
        case .municipalityMissing(let missing):
            switch missing {
            case .indicatorLevel(let level):
                return Wording(text: "Tjenesten har flere kommuner, så en rad på nivået «\(level)» må si hvilken kommune den gjelder.",
                               found: Self.emptyCell, expected: "kommunenummeret i kolonnen «kommune»")
            case let .participationMix(year, method):
                return Wording(text: "Andre rader for \(method) \(year) sier hvilken kommune de gjelder; denne gjør ikke det.", found: Self.emptyCell,
                               expected: "kommunenummeret i kolonnen «kommune», eller tom kolonne på alle radene for \(method) \(year) hvis tallene gjelder hele tjenesten")
            case .notAService(let own):
                return Wording(text: "Kolonnen «kommune» har en annen kommune enn prosjektets, og prosjektet har ingen samarbeidskommuner.",
                               found: nil, expected: "\(own), tom celle, eller samarbeidskommune: i tilstandsrapport.txt")
            }
        default:
            return Wording(text: "")
        }
    }
}
