import ReportModel

/// The Norwegian text of the messages about recorded approvals (`godkjenninger.txt`), and the lines that explain
/// the file at its top.
extension InputMessage {
    /// The comment `tilstandsrapport godkjenn` writes at the top of a new `godkjenninger.txt`.
    static let approvalsFileHeader = [
        "# Godkjenninger av kapitteltekstene, registrert med «tilstandsrapport godkjenn».",
        "#",
        "# Hver godkjenning gjelder teksten akkurat slik den var da den ble godkjent: tittel, forfattere og",
        "# selve teksten står på linjene som begynner med «|», og sha256 er sjekksummen av dem. Endres teksten",
        "# i tekster/ etterpå, er kapitlet «endret etter godkjenning» og rapporten et utkast til noen godkjenner",
        "# på nytt. «tilstandsrapport endringer MAPPE» viser hva som er endret.",
        "#",
        "# Ikke rediger filen for hånd. Nye godkjenninger legges til nederst; de eldre står som historikk.",
        "# Godkjenninger for et annet rapportår enn årets godkjenner ingenting.",
    ]

    static let approvalFields = ["godkjenning", "rapportår", "godkjent av", "tidspunkt", "sha256"]

    var approvalWording: Wording {
        switch self {
        case let .approvalLineOutsideRecord(line, isText):
            return Wording(text: "Linjen hører ikke til noen godkjenning.", found: line,
                           expected: isText ? "linjer med «|» rett etter feltene i en godkjenning, uten tom linje imellom"
                               : "en godkjenning som starter med «godkjenning: kapittel», eller # foran en kommentar")
        case .approvalLineWithoutColon(let line):
            return Wording(text: "Linjen mangler kolon mellom navn og verdi.", found: line,
                           expected: "navn: verdi, eller «|» foran en linje av den godkjente teksten")
        case let .unknownApprovalField(key, suggestion):
            let all = Self.approvalFields.dropFirst().joined(separator: ", ")
            return Wording(text: "Ukjent felt i en godkjenning.", found: key,
                           expected: suggestion.map { "«\($0)» eller et annet av: \(all)" } ?? "ett av: \(all)")
        case let .approvalFieldTwice(key, firstLine):
            return Wording(text: "Feltet «\(key)» står to ganger i samme godkjenning.", expected: "én linje (første gang på linje \(firstLine))")
        case .approvalFieldMissing(let fields):
            let list = Self.listed(fields.map { "«\($0)»" })
            return Wording(text: "Godkjenningen mangler \(list), og gjelder ikke.", found: "godkjenning uten \(list)",
                           expected: "feltene \(Self.approvalFields.joined(separator: ", ")) og teksten på linjer som starter med «|»")
        case let .invalidApprovalField(field, value):
            return Wording(text: "Ugyldig «\(field)» i godkjenningen, som ikke gjelder.", found: value, expected: Self.expectedApprovalValue(field))
        case let .approvalDigestMismatch(recorded, computed):
            return Wording(text: "Den godkjente teksten stemmer ikke med sjekksummen (sha256): godkjenningen er endret etter at den ble registrert, og gjelder ikke.",
                           found: "sjekksum \(computed.prefix(16))… av teksten som står her",
                           expected: "\(recorded.prefix(16))… som da den ble registrert; hent filen tilbake fra versjonskontroll eller sikkerhetskopi, "
                               + "eller fjern godkjenningen og godkjenn på nytt med «tilstandsrapport godkjenn»")
        case let .changedAfterApproval(chapter, since):
            return Wording(text: "Teksten er endret etter godkjenning: \(Self.approvers(since)) godkjente en tidligere versjon. "
                               + "Rapporten er et utkast til teksten er godkjent på nytt.",
                           found: "endret etter godkjenning",
                           expected: "se hva som er endret med «tilstandsrapport endringer MAPPE \(chapter)», "
                               + "og godkjenn på nytt med «tilstandsrapport godkjenn MAPPE \(chapter) --av \"navn; rolle\"»")
        case let .approvalStatusDiffers(status, approvals):
            return Wording(text: "Teksten er registrert godkjent av \(Self.approvers(approvals)), men forsiden sier «status: \(status)». "
                               + "Den registrerte godkjenningen gjelder.",
                           found: "status: \(status)", expected: "status: godkjent, så filen sier det samme")
        case let .approvalByNonAuthor(name, authors):
            return Wording(text: "«\(name)» står ikke som forfatter av teksten og kan ikke godkjenne den: de tillitsvalgtes tekst godkjennes bare "
                               + "av forfatterne. Godkjenningen gjelder ikke.",
                           found: name, expected: authors.isEmpty ? "forfatter:-linjer i teksten" : "én av forfatterne: " + Self.listed(authors))
        default:
            return Wording(text: "")
        }
    }

    /// «Marte Vik Sunde 14.02.2026» or «Marte Vik Sunde 14.02.2026 og Rune Bakketun 15.02.2026».
    static func approvers(_ approvals: [Approval]) -> String {
        listed(approvals.map { "\($0.approver.name) \($0.time.dateText)" })
    }

    /// «a», «a og b», «a, b og c»: messages are in bokmål whatever the report's written form.
    static func listed(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " og " + last
    }

    static func expectedApprovalValue(_ field: String) -> String {
        switch field {
        case "godkjenning": return "et kapittelnavn med små bokstaver, sifre og bindestrek, som «bemanning-tillitsvalgte»"
        case "rapportår": return "et årstall fra 2000 til 2100"
        case "godkjent av": return "navn; rolle, for eksempel «Kari Nordmann; barnevernleder»"
        case "tidspunkt": return "dato og klokkeslett som 2026-02-14T10:32:05+01:00"
        default: return "64 tegn, sifre og a–f"
        }
    }
}
