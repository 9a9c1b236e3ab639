import Foundation
import ReportModel

/// The Norwegian text of the messages about chapter texts, files, characters and personal data.
extension InputMessage {
    var textWording: Wording {
        switch self {
        case .noFrontMatter(let firstLine):
            return Wording(text: "Teksten mangler forsiden (front matter) med tittel, ansvarlig og status.", found: firstLine,
                           expected: "første linje «---», så tittel:, ansvarlig: og status:, så «---»")
        case .frontMatterNotClosed:
            return Wording(text: "Forsiden (front matter) lukkes aldri.", found: "«---» bare på linje 1", expected: "en linje «---» etter tittel, ansvarlig og status")
        case let .unknownFrontMatterField(key, keys):
            return Wording(text: "Ukjent felt i forsiden.", found: key, expected: "ett av: " + keys.joined(separator: ", "))
        case .frontMatterFieldMissing(let key):
            return Wording(text: "Feltet «\(key)» mangler i forsiden.", expected: key == "status" ? "status: ikke påbegynt, utkast, til gjennomlesing eller godkjent" : "\(key): …")
        case .unknownApprovalStatus(let value):
            return Wording(text: "Ukjent status.", found: value, expected: "ikke påbegynt, utkast, til gjennomlesing eller godkjent")
        case .chapterWithoutText(let file):
            return Wording(text: "Kapittelet har ingen egen tekst.", expected: "filen \(file) med tittel, ansvarlig og status")
        case let .unknownChapter(id, suggestion):
            let own = "et kapittel fra listen i README, eller et eget kapittel med teksten i tekster/\(id).md"
            return Wording(text: "Ukjent kapittel i «kapitler».", found: id,
                           expected: suggestion.map { "et kapittel fra listen i README (mente du «\($0)»?)" } ?? own)
        case .unusedText(let id):
            return Wording(text: "Teksten hører ikke til noe kapittel i rapporten og blir ikke brukt.", found: id,
                           expected: "et kapittel i «kapitler» i tilstandsrapport.txt")
        case let .bulletsConverted(count, bullet):
            return Wording(text: "\(Self.lines(count)) som begynner med «\(bullet)» og tabulator eller mellomrom (en punktliste limt inn fra Word), er lest som en punktliste.",
                           expected: "«- » foran hvert punkt, slik Markdown skriver en punktliste")
        case .tabIndentationConverted(let count):
            return Wording(text: "\(Self.lines(count)) med innrykk med tabulator (limt inn fra Word) er lest som vanlige avsnitt, ikke som kode.",
                           expected: "tekst uten innrykk; kode skrives mellom to linjer med «```»")
        case let .invisibleCharactersIgnored(scalars, around):
            let names = scalars.map(Self.invisibleName).joined(separator: ", ")
            return Wording(text: "Usynlige tegn rundt «\(around)» er ignorert.", found: names, expected: "ingen usynlige tegn i forsiden")
        case .rawHTMLShownAsText(let markup):
            return Wording(text: "HTML i en kapitteltekst blir ikke brukt som HTML; det vises som vanlig tekst i rapporten.", found: markup,
                           expected: "Markdown: **fet**, *kursiv*, [lenketekst](https://…), ![beskrivelse](bilder/fil.png)")
        case .remoteImage(let address):
            return Wording(text: "Bildet ligger på internett. Rapporten henter ingenting utenfra, så bildet vises som en lenke.", found: address,
                           expected: "en bildefil i mappen bilder/, for eksempel ![Organisasjonskart](bilder/organisasjon.png)")
        case .imageWithoutDescription(let path):
            return Wording(text: "Bildet mangler en beskrivelse for dem som ikke ser det (alternativ tekst).", found: "![](\(path))",
                           expected: "en kort beskrivelse mellom ![ og ], for eksempel ![Organisasjonskart for tjenesten](\(path))")
        case let .imageNotFound(path, available):
            let list = available.isEmpty ? "mappen bilder/ har ingen bilder" : "ett av: " + available.joined(separator: ", ")
            return Wording(text: "Finner ikke bildet. Bilder i rapporten må ligge i mappen bilder/ i prosjektet.", found: path, expected: list)
        case .notAnImage(let found):
            return Wording(text: "Filen er ikke et bilde rapporten kan vise.", found: found,
                           expected: "et PNG- eller JPEG-bilde på høyst 5 MB (lagre det på nytt som .png eller .jpg)")
        case let .unclosedCodeFence(fence, openingLine):
            return Wording(text: "Kodeblokken som åpnes med «\(fence)» på linje \(openingLine), blir aldri lukket. Den er lukket ved slutten av teksten, så den ikke tar med seg resten av rapporten.",
                           found: "\(fence) uten en avsluttende \(fence)", expected: "en linje «\(fence)» der kodeblokken slutter")
        case let .guidanceLeft(lines):
            return Wording(text: "Teksten inneholder fortsatt veiledningen fra «tilstandsrapport init» (\(lines.count) \(lines.count == 1 ? "linje" : "linjer")). Rapporten blir ikke godkjent før den er fjernet.",
                           found: "veiledningen på linje " + lines.map(String.init).joined(separator: ", "), expected: "kapittelets egen tekst; slett veiledningen")
        case let .sampleNamesLeft(names, inChapterText):
            let quoted = names.map { "«\($0)»" }
            let list = quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " og " + (quoted.last ?? "") : quoted.joined()
            return Wording(text: "\(inChapterText ? "Teksten" : "Innstillingen") nevner \(list) fra den oppdiktede eksempelkommunen. Rapporten blir ikke godkjent før eksempelets navn og tekst er byttet ut.",
                           found: names.joined(separator: ", "), expected: "kommunens egne navn og tekster")
        case let .placeholderSetting(key, value):
            return Wording(text: "Innstillingen «\(key)» er ikke fylt ut ennå.", found: value,
                           expected: "kommunens egen verdi; det som står der nå, er bare en plassholder fra «tilstandsrapport init»")
        case let .otherMunicipality(mentioned, own):
            return Wording(text: "Teksten nevner «\(mentioned) kommune», men kommunen i tilstandsrapport.txt er «\(own)», og den nevnes ikke i noen tekst. Er teksten fra en annen kommune? Rapporten blir ikke godkjent før det stemmer.",
                           found: "\(mentioned) kommune", expected: "tekster om \(own) (nevn kommunen ved navn minst én gang)")
        case .sampleProject(let municipality):
            return Wording(text: "Dette er eksempelprosjektet med den oppdiktede \(municipality). Rapporten blir aldri endelig.", found: "eksempel: ja",
                           expected: "fjern linjen «eksempel: ja» når dere har byttet ut eksempelets tall og tekster med deres egne")
        case .textUnderNotStarted:
            return Wording(text: "Kapittelet har tekst, men status er «ikke påbegynt», så teksten kommer ikke med i rapporten.", found: "status: ikke påbegynt",
                           expected: "status: utkast når dere har begynt å skrive")
        default:
            return Wording(text: "")
        }
    }

    static func lines(_ count: Int) -> String { count == 1 ? "1 linje" : "\(NorwegianFormat.number(Double(count), decimals: 0)) linjer" }

    static func invisibleName(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
        switch scalar.value {
        case 0x200B: return "\(code) (nullbreddemellomrom)"
        case 0x200C: return "\(code) (nullbredde ikke-binder)"
        case 0x200D: return "\(code) (nullbredde binder)"
        case 0x2060: return "\(code) (ordbinder)"
        case 0xFEFF: return "\(code) (byte-rekkefølgemerke)"
        case 0x00AD: return "\(code) (myk bindestrek)"
        default: return code
        }
    }

    var fileWording: Wording {
        switch self {
        case .fileMissing(let file):
            return Wording(text: "Filen mangler.", expected: "filen \(file) i rapportmappen (\(Self.newFolderTemplate))")
        case .directoryInsteadOfFile:
            return Wording(text: "Dette er en mappe, ikke en fil.", found: "mappe", expected: "en fil")
        case .noPermission(let isFolder):
            return Wording(text: isFolder ? "Mappen kan ikke leses: programmet mangler leserettighet." : "Filen kan ikke leses: programmet mangler leserettighet.",
                           expected: isFolder ? "en mappe programmet har lov til å lese" : "en fil programmet har lov til å lese")
        case .fileTooLarge(let limit):
            let megabytes = NorwegianFormat.number(Double(limit) / 1_048_576, decimals: 0)
            return Wording(text: "Filen er for stor.", found: "over \(megabytes) MB", expected: "høyst \(megabytes) MB")
        case .notText:
            return Wording(text: "Filen er ikke tekst (er den lagret i et annet format, for eksempel .xlsx eller .docx?).", expected: "ren tekst eller CSV")
        case .projectFolderMissing:
            return Wording(text: "Rapportmappen finnes ikke.", expected: "en mappe med tilstandsrapport.txt (lag en med tilstandsrapport init MAPPE)")
        case let .dataFileMissing(file, workbook, chapters):
            return Wording(text: "Datafilen mangler, så tallene den skulle gi, vises som manglende.", found: "ingen fil",
                           expected: "\(file) eller \(workbook) for kapitlet \(chapters) (kolonnene står i README; \(Self.newFolderTemplate))")
        case .invalidUTF8:
            return Wording(text: "Filen har noen bytes som ikke er gyldig UTF-8. De er vist som �; sjekk teksten.", found: "ugyldig UTF-8", expected: "en fil lagret som UTF-8")
        case .notARegularFile(let kind):
            let what = switch kind {
            case .fifo: "et navngitt rør (FIFO)"
            case .socket: "en socket"
            case .device: "en enhetsfil"
            case .other: "noe annet enn en vanlig fil"
            }
            return Wording(text: "Dette er \(what), ikke en vanlig fil. Den blir ikke lest.", found: what, expected: "en vanlig fil")
        case .brokenLink(let target):
            return Wording(text: "Dette er en lenke (snarvei) til noe som ikke finnes (er en delt mappe eller disk koblet fra?).", found: "lenke til «\(target)»",
                           expected: "en fil eller en lenke til en fil som finnes")
        case .folderMissing(let folder):
            return Wording(text: "Mappen \(folder)/ mangler.", expected: "mappen \(folder)/ i rapportmappen (\(Self.newFolderTemplate))")
        case .fileInsteadOfFolder(let folder):
            return Wording(text: "\(folder) er en fil, ikke en mappe.", found: "fil", expected: "mappen \(folder)/")
        case .readFailed(let errno):
            return Wording(text: "Kunne ikke lese: \(Self.reason(errno)).", expected: "en fil eller mappe som kan leses")
        case .linkOutOfTemplates(let target):
            return Wording(text: "Lenken peker ut av malmappen maler/. Den blir ikke lest.", found: "lenke til «\(target)»", expected: "en mal inne i maler/")
        case .fileEmpty:
            return Wording(text: "Filen er tom.", found: "ingen tekst", expected: "tekst (eller slett filen hvis den ikke skal brukes)")
        case let .tooManyTemplates(limit, depth):
            return Wording(text: "Malmappen maler/ har flere filer eller dypere mapper enn programmet leser.",
                           expected: "høyst \(limit) filer og \(depth) mappenivåer i maler/")
        default:
            return Wording(text: "")
        }
    }

    /// An operating-system error number in words.
    static func reason(_ errno: Int32) -> String {
        switch errno {
        case EACCES, EPERM: return "programmet mangler leserettighet"
        case ENOENT: return "finnes ikke"
        case EIO: return "lesefeil på disken eller nettverksmappen"
        case ENOTDIR: return "en del av stien er ikke en mappe"
        case EISDIR: return "dette er en mappe"
        case EMFILE, ENFILE: return "for mange åpne filer"
        case ENAMETOOLONG: return "navnet er for langt"
        case ELOOP: return "for mange lenker etter hverandre (en lenke som peker på seg selv?)"
        case ENOMEM: return "ikke nok minne"
        case ETIMEDOUT, ESTALE: return "nettverksmappen svarer ikke"
        default: return "feilkode \(errno) fra operativsystemet"
        }
    }

    var characterWording: Wording {
        switch self {
        case .controlCharacter(let scalar):
            return Wording(text: "Teksten har et kontrolltegn som ikke hører hjemme i tekst. Det er byttet ut med �.",
                           found: Self.scalarName(scalar), expected: "vanlig tekst uten kontrolltegn")
        case .bidiControl(let scalar):
            return Wording(text: "Teksten har et usynlig tegn som snur skriveretningen. Det er byttet ut med �, så teksten vises slik den står.",
                           found: Self.scalarName(scalar), expected: "tekst uten retningstegn")
        case .identityNumber:
            return Wording(text: "Teksten ser ut til å inneholde et fødselsnummer, D-nummer eller H-nummer. Fjern det før rapporten lages.",
                           found: "11 sifre med gyldige kontrollsifre (vises ikke her)", expected: "ingen personnummer i rapportens kilder")
        case .emailAddress:
            return Wording(text: "Teksten inneholder en e-postadresse.", found: "e-postadresse (vises ikke her)",
                           expected: "ingen e-postadresser til enkeltpersoner i rapporten")
        case .phoneNumber:
            return Wording(text: "Teksten ser ut til å inneholde et telefonnummer.", found: "telefonnummer (vises ikke her)",
                           expected: "ingen telefonnummer til enkeltpersoner i rapporten")
        default:
            return Wording(text: "")
        }
    }

    /// «… og 51 180 til av samme slag i data/x.csv»: the rest of a flood of one code in one file (any module's code).
    static func omitted(count: Int, file: String) -> String {
        "… og \(NorwegianFormat.number(Double(count), decimals: 0)) til av samme slag i \(file)."
    }

    /// `U+001B (ESC)`: a character named without printing it.
    static func scalarName(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
        let names: [UInt32: String] = [0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL",
                                       0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
                                       0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI"]
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
