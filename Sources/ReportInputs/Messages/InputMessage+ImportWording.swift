import ReportModel

/// The Norwegian text of the messages about workbooks standing in for CSV files and downloads from SSB's
/// statistics bank.
extension InputMessage {
    static let newFolderTemplate = "«tilstandsrapport init NY-MAPPE» lager en mal i en ny, tom mappe"

    var importWording: Wording {
        switch self {
        case let .tableInTwoFiles(csv, workbook):
            return Wording(text: "Tabellen finnes både som \(csv) og som \(workbook), og programmet vet ikke hvilken av dem som gjelder. Ingen av dem er lest.",
                           found: "\(csv) og \(workbook)", expected: "bare én av filene: slett eller flytt den som ikke skal brukes")
        case let .tableFileMissing(csv, workbook):
            return Wording(text: "Filen mangler.", expected: "\(csv) eller \(workbook) i rapportmappen (kolonnene står i README; \(Self.newFolderTemplate))")
        case let .statBankVariableNotMapped(variable, reason, known):
            let why = reason.map { " (\($0))" } ?? ""
            return Wording(text: "Statistikkvariabelen hører ikke til noen indikator i rapporten, så tallene blir ikke brukt\(why).",
                           found: variable, expected: "en av variablene " + known.joined(separator: ", "))
        case let .statBankOtherRegions(regions, municipality):
            let text = regions.count == 1 ? "Regionen er ikke kommunen, KOSTRA-gruppen, fylket eller landet; tallene blir ikke brukt."
                : "\(regions.count) regioner er ikke kommunen, KOSTRA-gruppen, fylket eller landet; tallene for dem blir ikke brukt."
            let shown = regions.prefix(8).joined(separator: ", ") + (regions.count > 8 ? " …" : "")
            return Wording(text: text, found: shown, expected: "kommune \(municipality), KOSTRA-gruppen, fylket eller landet (EAK)")
        case let .statBankSeveralCategories(dimension, categories):
            return Wording(text: "Tabellen har flere valg i «\(dimension)», så tallene kan ikke knyttes til én indikator.",
                           found: categories.joined(separator: ", "), expected: "ett valg for «\(dimension)» når tabellen lastes ned")
        case let .statBankOutOfRange(indicator, value, unit, place):
            return Wording(text: "Tallet fra SSB er utenfor gyldig område for indikatoren «\(indicator)».",
                           found: "\(NorwegianFormat.number(value, decimals: 1)) for \(place)",
                           expected: unit == .percent ? "en andel mellom 0 og 100 %" : "et tall som ikke er negativt")
        case let .statBankDuplicate(key, first):
            return Wording(text: "Samme indikator, år og nivå står to ganger i tabellen; den første er brukt.", found: key,
                           expected: "én verdi per indikator, år og nivå (den første står i \(first.description))")
        case let .statBankNoMunicipality(regions, municipality):
            return Wording(text: "Tabellen har ingen tall for kommunen.", found: regions.prefix(8).joined(separator: ", ") + (regions.count > 8 ? " …" : ""),
                           expected: "region \(municipality) (kommunenummeret i tilstandsrapport.txt)")
        case let .statBankWrongCategory(indicator, required):
            return Wording(text: "Tallene for «\(indicator)» i tabellen gjelder ikke \(required), så de blir ikke brukt.",
                           expected: "tabellen lastet ned med \(required) valgt, og med koder (kode og tekst)")
        default:
            return comparisonWording
        }
    }

    private var comparisonWording: Wording {
        switch self {
        case .importedDisagrees(let figures):
            return Wording(text: "\(figures.otherFile) og \(figures.usedFile) har ulike tall for «\(figures.indicator)» \(figures.year) (\(figures.level)). Tallet fra SSB er brukt.",
                           found: "\(figures.otherValue) i \(figures.otherFile), \(figures.usedValue) i \(figures.usedFile)",
                           expected: "samme tall i begge filene, eller raden fjernet fra \(figures.otherFile)")
        case .importedTwice(let figures):
            return Wording(text: "To filer fra SSB har ulike tall for «\(figures.indicator)» \(figures.year) (\(figures.level)). Tallet i \(figures.usedFile) er brukt (endelig før foreløpig, så den nyeste).",
                           found: "\(figures.usedValue) i \(figures.usedFile), \(figures.otherValue) i \(figures.otherFile)",
                           expected: "én nedlasting per tabell i data/ssb/: slett den eldre filen")
        case let .kostraStatusDisagrees(year, setting, file):
            if setting == .preliminary {
                return Wording(text: "SSB-tallene for \(year) i \(file) er endelige (tabellen er oppdatert etter 15. juni), men tilstandsrapport.txt sier at KOSTRA-tallene er foreløpige.",
                               found: "kostra-status: foreløpig", expected: "kostra-status: endelig, så rapporten ikke kaller tallene foreløpige")
            }
            return Wording(text: "SSB-tallene for \(year) i \(file) er foreløpige (tabellen er oppdatert før 15. juni), men tilstandsrapport.txt sier at KOSTRA-tallene er endelige.",
                           found: "kostra-status: endelig", expected: "kostra-status: foreløpig, eller en ny nedlasting fra statistikkbanken etter 15. juni")
        case .statBankTooManyFiles(let limit):
            return Wording(text: "Mappen data/ssb/ har flere filer enn programmet leser; resten er ikke lest.", found: "mer enn \(limit) filer",
                           expected: "høyst \(limit) nedlastinger fra statistikkbanken (én per tabell)")
        case .statBankFileIgnored(let name):
            return Wording(text: "Filen er ikke en nedlasting fra statistikkbanken og blir ikke lest.", found: name,
                           expected: "filer som slutter på .json, .csv eller .xlsx (JSON-stat2, semikolonseparert med overskrift eller Excel)")
        default:
            return Wording(text: "")
        }
    }
}
