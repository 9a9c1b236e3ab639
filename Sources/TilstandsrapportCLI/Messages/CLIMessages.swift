import Foundation
import ReportBuilding
import ReportModel

/// Every text the command line prints, in Norwegian bokmål, in one place.
///
/// Diagnostic codes: `CLI001`–`CLI009` the project folder, `CLI010`–`CLI029` where output may go and whether
/// it may be replaced, `CLI030`–`CLI039` a failed write, `CLI040`–`CLI049` `init`, `CLI050`–`CLI059` an approval
/// refused, `CLI060`–`CLI069` writing the approvals file, `CLI070`–`CLI079` `endringer`.
enum CLIMessages {
    static let programName = "tilstandsrapport"

    // MARK: Project folder

    static func projectMissing(_ path: String) -> String {
        "Finner ikke rapportmappen «\(path)»."
    }

    static func projectUnreachable(_ path: String, reason: String) -> String {
        "Kan ikke åpne rapportmappen «\(path)»: \(reason)."
    }

    static func projectIsFile(_ path: String) -> String {
        "«\(path)» er en fil, ikke en rapportmappe."
    }

    // MARK: Output folder

    static func outputIsNotDirectory(_ path: String) -> String {
        "Utmappen «\(path)» er en fil, ikke en mappe. Velg en mappe med --out."
    }

    static func outputIsProject(_ path: String) -> String {
        "Utmappen «\(path)» er selve rapportmappen. Velg en egen mappe med --out, for eksempel «\(path)/rapport»."
    }

    static func outputInInputFolder(_ path: String, folder: String) -> String {
        "Utmappen «\(path)» ligger i (eller lenker inn i) rapportmappens «\(folder)/». "
            + "Rapporten skrives aldri blant inndataene; velg en annen mappe med --out."
    }

    static func outputIsSymbolicLink(_ path: String) -> String {
        "«\(path)» er en symbolsk lenke. tilstandsrapport skriver ikke over den; fjern lenken eller velg en annen mappe med --out."
    }

    static func outputIsFolder(_ path: String) -> String {
        "«\(path)» finnes fra før og er ikke en vanlig fil. Flytt den eller velg en annen mappe med --out."
    }

    static func outputChangedByUser(_ path: String) -> String {
        "«\(path)» er endret siden tilstandsrapport skrev den, og blir ikke overskrevet. "
            + "Flytt filen eller gi den nytt navn for å ta vare på endringene, eller velg en annen mappe med --out."
    }

    static func outputNotOurs(_ path: String) -> String {
        "«\(path)» finnes fra før og er ikke laget av tilstandsrapport, så den blir ikke overskrevet. "
            + "Flytt filen eller gi den nytt navn, eller velg en annen mappe med --out."
    }

    static func manifestNotAFile(_ path: String) -> String {
        "«\(path)» (listen over filer tilstandsrapport har skrevet) er ikke en vanlig fil. Fjern den eller velg en annen mappe med --out."
    }

    static func invalidOutputName(_ name: String) -> String {
        "Rapportmotoren ga et ugyldig filnavn «\(name)»; ingenting ble skrevet. Dette er en feil i programmet."
    }

    static func writeFailed(_ path: String, reason: String) -> String {
        "Kunne ikke skrive «\(path)»: \(reason)."
    }

    static func folderFailed(_ path: String, reason: String) -> String {
        "Kunne ikke lage eller åpne utmappen «\(path)»: \(reason)."
    }

    static func manifestFailed(_ path: String, reason: String) -> String {
        "Kunne ikke oppdatere «\(path)» (listen over filene tilstandsrapport har skrevet): \(reason). "
            + "Den forrige rapporten ligger der som før."
    }

    static func manifestNotUpdated(_ path: String, reason: String) -> String {
        "Rapporten er skrevet og er hel, men listen «\(path)» kunne ikke oppdateres: \(reason). "
            + "Neste «tilstandsrapport build» oppdaterer den; til da kontrollerer «sha256sum -c» bare filene som står på den."
    }

    static func partlyWritten(written: [String], notWritten: [String]) -> String {
        "Bare noen av filene ble byttet ut, og de gamle kunne ikke settes tilbake: "
            + "\(quotedList(written)) er nye, \(quotedList(notWritten)) er de gamle. Kjør «tilstandsrapport build» igjen når feilen over er rettet."
    }

    static func manifestUnreadable(_ path: String, reason: String) -> String {
        "Kunne ikke lese «\(path)» (listen over filene tilstandsrapport har skrevet): \(reason). "
            + "Uten den vet ikke tilstandsrapport om filene i mappen er dine, så ingenting blir overskrevet."
    }

    static func outputUnreadable(_ path: String, reason: String) -> String {
        "Kunne ikke lese «\(path)», som finnes fra før: \(reason). Den blir ikke overskrevet."
    }

    static func outputFolderBusy(_ path: String, waited: Duration) -> String {
        "En annen «tilstandsrapport build» skriver til utmappen «\(path)» og ble ikke ferdig på \(waited.components.seconds) sekunder. "
            + "Vent til den er ferdig og prøv igjen, eller velg en annen mappe med --out."
    }

    static func lockNotAFile(_ path: String) -> String {
        "«\(path)» (sperren som hindrer to bygg i å skrive samtidig) er ikke en vanlig fil. Fjern den eller velg en annen mappe med --out."
    }

    /// What a failed system call means, in Norwegian, from its `errno`.
    static func reason(_ errorNumber: Int32) -> String {
        switch errorNumber {
        case ENOSPC: return "disken er full"
        case EDQUOT: return "kvoten din på disken er brukt opp"
        case EACCES, EPERM: return "du har ikke tilgang (mangler skrive- eller leserettighet)"
        case EROFS: return "disken kan bare leses, ikke skrives til"
        case EFBIG: return "filen blir større enn det som er tillatt (grensen for filstørrelse, ulimit -f)"
        case EIO: return "lese- eller skrivefeil på disken (skadet disk eller frakoblet nettverksdisk?)"
        case ENAMETOOLONG: return "navnet eller stien er for lang"
        case ELOOP: return "for mange symbolske lenker i stien, eller en lenke der det skulle vært en fil"
        case ENOENT: return "mappen finnes ikke (lenger)"
        case ENOTDIR: return "en del av stien er en fil, ikke en mappe"
        case EEXIST: return "det finnes allerede noe med det navnet"
        case EISDIR: return "det er en mappe eller noe annet enn en vanlig fil"
        case EMFILE, ENFILE: return "for mange åpne filer"
        case ENOMEM: return "ikke nok minne"
        case EBUSY, ETXTBSY: return "filen er i bruk"
        case ESTALE: return "nettverksdisken er koblet fra eller endret under skrivingen"
        case EXDEV: return "filene ligger på forskjellige disker"
        case EMLINK: return "for mange lenker til filen"
        case EINTR: return "avbrutt"
        case ENXIO, ENODEV: return "enheten finnes ikke (frakoblet disk?)"
        default: return "systemfeil nr. \(errorNumber) (\(String(cString: strerror(errorNumber))))"
        }
    }

    static let manifestHeader = [
        "Filer skrevet av tilstandsrapport, med SHA-256. Brukes for aldri å overskrive filer du har endret.",
        "Kontroller filene med: sha256sum -c .tilstandsrapport-utdata",
        "Linjer som starter med # hoppes over; «byttes ut» står ved filer et avbrutt bygg var i ferd med å bytte.",
    ]

    static func quotedList(_ items: [String]) -> String {
        let quoted = items.map { "«\($0)»" }
        guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " og " + last
    }

    // MARK: init

    static func initTargetIsFile(_ path: String) -> String {
        "«\(path)» er en fil, ikke en mappe."
    }

    static func initTargetNotEmpty(_ path: String) -> String {
        "Mappen «\(path)» er ikke tom. init skriver aldri over noe; velg en ny eller tom mappe."
    }

    static let initNoSampleData =
        "Dette programmet er bygget uten eksempeldata (SampleData/ var tom), så det finnes ingen filer å lage rapportmappen av."

    static func initInvalidSamplePath(_ path: String) -> String {
        "Eksempeldataene inneholder et ugyldig filnavn «\(path)»; ingenting ble skrevet. Dette er en feil i programmet."
    }

    static func initEmptyDone(_ path: String, fileCount: Int) -> [String] {
        [
            "Laget rapportmappen «\(path)» med \(fileCount) \(fileCount == 1 ? "fil" : "filer"): en tom rapport som dere fyller ut.",
            "",
            "Neste steg:",
            "  1. Fyll ut innstillingene i \(join(path, "tilstandsrapport.txt")) (linjene med [ ] først).",
            "  2. Legg kommunens tall i \(join(path, "data/")): hver fil har overskriftsraden og et eksempel med # foran.",
            "  3. Skriv kapitlene i \(join(path, "tekster/")): hver fil sier kort hva kapitlet bør inneholde.",
            "  4. Kjør «tilstandsrapport status \(path)» for å se hva som mangler, og «tilstandsrapport build \(path)».",
            "",
            "Vil du se en ferdig eksempelrapport først: «tilstandsrapport init --eksempel eksempel».",
        ]
    }

    static func initExampleDone(_ path: String, fileCount: Int) -> [String] {
        [
            "Laget rapportmappen «\(path)» med \(fileCount) \(fileCount == 1 ? "fil" : "filer") fra eksempelkommunen (Fjordvik, oppdiktet).",
            "",
            "Neste steg:",
            "  1. Kjør «tilstandsrapport build \(path)» og se på rapporten i \(join(path, "rapport/")).",
            "  2. Til kommunens egen rapport: start med en tom mappe, «tilstandsrapport init MAPPE».",
            "     Eksempelets navn og tekster merkes som eksempel, og en rapport med dem blir aldri godkjent.",
        ]
    }

    // MARK: build, check, status

    static func wrote(_ path: String) -> String { "Skrev \(path)" }

    /// What `init --fra` did, and what to do next.
    static func initNextYearDone(_ path: String, from: String, year: Int, fileCount: Int) -> [String] {
        [
            "Laget rapportmappen «\(path)» for \(year) fra «\(from)», med \(fileCount) \(fileCount == 1 ? "fil" : "filer").",
            "",
            "Gjort: rapportåret er \(year), møtedato og saksnummer er tomme, og alle kapitlene er utkast med en merknad",
            "øverst om hva som skal oppdateres. Datafilene er som i fjor.",
            "Neste steg: legg inn radene for \(year) i data/, fyll inn status for fjorårets tiltak i data/tiltak.csv,",
            "oppdater tekstene og slett merknadene. «tilstandsrapport status \(path)» viser hva som gjenstår.",
        ]
    }

    /// `init --fra` into a folder inside last year's project.
    static func initInsideLastYear(_ path: String, _ from: String) -> String {
        "Kan ikke lage «\(path)» inne i fjorårets rapportmappe «\(from)». Velg en mappe ved siden av den."
    }

    static let noProblems = "Ingen feil eller advarsler."

    static let hiddenCellsHeading = "Skjult av personvernhensyn (tallene selv vises aldri):"

    /// «Kapittel 9 Internkontroll, tilsyn og avvik, tabell Avvik 2025: 2 celler skjult (under 5), 1 celle skjult for å beskytte dem»
    static func hiddenCells(_ table: HiddenTable) -> String {
        let cells = { (count: Int) in count == 1 ? "1 celle" : "\(count) celler" }
        var parts: [String] = []
        if table.small > 0 { parts.append("\(cells(table.small)) skjult (under \(table.threshold))") }
        if table.protecting > 0 {
            parts.append("\(cells(table.protecting)) skjult for å beskytte \(table.small == 1 ? "den" : table.small > 1 ? "dem" : "andre tall")")
        }
        return "  Kapittel \(table.chapterNumber) \(table.chapterTitle), tabell \(table.table): " + parts.joined(separator: ", ")
    }

    static let nothingWritten = "Ingenting ble skrevet."

    /// `Skrevet: «a». Ikke skrevet: «b».`, for a write that stopped half-way.
    static func partlyWrittenSummary(written: [String], notWritten: [String]) -> String {
        "Skrevet: \(quotedList(written)). Ikke skrevet: \(quotedList(notWritten))."
    }

    /// `2 feil, 1 advarsel.`; `1 advarsel.`; nil when there is nothing to count.
    static func summary(errors: Int, warnings: Int) -> String? {
        let warningText = "\(warnings) \(warnings == 1 ? "advarsel" : "advarsler")"
        switch (errors, warnings) {
        case (0, 0): return nil
        case (0, _): return warningText + "."
        case (_, 0): return "\(errors) feil."
        default: return "\(errors) feil, \(warningText)."
        }
    }

    static func statusHeading(year: Int?, chapterCount: Int) -> String {
        let report = year.map { "Tilstandsrapport \($0)" } ?? "Tilstandsrapport"
        return "\(report): status for \(chapterCount) \(chapterCount == 1 ? "kapittel" : "kapitler")"
    }

    static let statusColumns = ["Kapittel", "Ansvarlig", "Status", "Mangler"]

    static let nobody = "–"
    static let nothingMissing = "–"

    static func state(_ state: ChapterState) -> String {
        switch state {
        case .missing: return "ikke påbegynt"
        case .draft: return "utkast"
        case .inReview: return "til gjennomlesing"
        case .approved: return "godkjent"
        case .approvedUnregistered: return "godkjent (ikke registrert)"
        case .changedAfterApproval: return "endret etter godkjenning"
        case .broken: return "kan ikke leses"
        }
    }

    /// What is left from `init` in a chapter text.
    static func leftover(_ reason: DraftReason) -> String {
        switch reason {
        case .guidanceLeft: return "inneholder fortsatt veiledningen"
        case .sampleNames: return "inneholder navn fra eksempelkommunen"
        case let .otherMunicipality(mentioned, own): return "nevner \(mentioned) kommune, ikke \(own)"
        case .lastYearsNote: return "inneholder fortsatt merknaden fra fjorårets rapport"
        }
    }

    static func missing(_ item: MissingItem, chapterID: String) -> String {
        switch item {
        case .text: return "tekst (tekster/\(chapterID).md)"
        case .approval: return "godkjenning"
        case .renewedApproval(let previous): return "ny godkjenning (sist godkjent av \(approvers(previous)))"
        case let .dataYear(file, year): return "\(file) for \(year)"
        case let .repair(file, line): return "rett feilen i \(file):\(line) (se «check»)"
        case let .leftover(reason): return "opprydding: " + leftover(reason)
        case let .measureStatus(ids, responsible):
            let what = ids.count == 1 ? "status for fjorårets tiltak \(ids[0])" : "status for \(ids.count) av fjorårets tiltak (\(ids.joined(separator: ", ")))"
            return "\(what) i data/tiltak.csv, ansvarlig: \(responsible.joined(separator: ", "))"
        case let .other(text): return text
        }
    }

    static func statusFooter(approved: Int, total: Int, leftovers: Int = 0, unregistered: Int = 0) -> String {
        statusCount(approved: approved, total: total, leftovers: leftovers) + (unregistered == 0 ? "" : " " + unregisteredNote(unregistered))
    }

    private static func statusCount(approved: Int, total: Int, leftovers: Int) -> String {
        if total > 0 && approved == total && leftovers == 0 {
            return "Alle \(total) kapitler er godkjent."
        }
        if leftovers == 0 {
            return "\(approved) av \(total) kapitler er godkjent. Rapporten merkes UTKAST til alle er godkjent."
        }
        return "\(approved) av \(total) kapitler er godkjent. \(leftovers) \(leftovers == 1 ? "kapittel har" : "kapitler har") fortsatt "
            + "eksempel- eller veiledningstekst. Rapporten merkes UTKAST til alle er godkjent og ryddet."
    }

    static let noChapters = "Fant ingen kapitler."

    static func councilsHeading(_ service: String) -> String { "Rapportene fra \(service), én per kommunestyre og én for hele tjenesten:" }

    /// «Li kommune (kommunestyret, møte 02.04.2026): mangler data/medvirkning.csv for 2025 (kolonnen kommune = 4698), ansvarlig: …»
    static func council(_ member: MemberMunicipality?, serviceName: String, missing: [CouncilItem]) -> String {
        let name: String
        if let member {
            let meeting = member.meetingDate.map { ", møte \($0)" } ?? ""
            name = "\(member.name) (\(member.isHost ? "vertskommune, " : "")\(member.body)\(meeting))"
        } else {
            name = "Hele tjenesten (\(serviceName))"
        }
        guard !missing.isEmpty else { return name + ": ingenting mangler." }
        return name + ": " + missing.map { item in councilItem(item, number: member?.number ?? "") }.joined(separator: "; ") + "."
    }

    static func councilItem(_ item: CouncilItem, number: String) -> String {
        func by(_ responsible: String?) -> String { responsible.map { ", ansvarlig: \($0)" } ?? "" }
        switch item {
        case .meetingDate(let responsible): return "møtedato (i linjen samarbeidskommune: eller møtedato: i tilstandsrapport.txt)\(by(responsible))"
        case let .figures(file, year, responsible): return "tall for \(year) i \(file) med \(number) i kolonnen «kommune»\(by(responsible))"
        case let .ownText(file, state, responsible): return "egen tekst \(file) er \(self.state(state))\(by(responsible))"
        case .sharedChapters(let count): return count == 1 ? "1 felles kapittel er ikke godkjent (se tabellen)" : "\(count) felles kapitler er ikke godkjent (se tabellen)"
        }
    }

    // MARK: Usage errors

    static let seeHelp = "Se «tilstandsrapport --help»."

    static func seeHelp(for command: CommandName) -> String {
        "Se «tilstandsrapport \(command.rawValue) --help»."
    }

    static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " Mente du «\($0)»?" } ?? ""
    }

    static func usageError(_ error: UsageError) -> String {
        switch error {
        case .missingCommand:
            return "mangler kommando."
        case let .unknownCommand(name, suggestion):
            return "ukjent kommando «\(name)»." + didYouMean(suggestion)
        case let .unknownOption(option, command, suggestion):
            let scope = command.map { " for «\($0.rawValue)»" } ?? ""
            return "ukjent valg «\(option)»\(scope)." + didYouMean(suggestion)
        case let .missingValue(option, _):
            return "valget «\(option)» mangler en verdi (\(option == "--av" ? "\"navn; rolle\"" : "en mappe"))."
        case let .missingDirectory(command):
            return "«\(command.rawValue)» mangler mappen den skal \(command.verbPhrase)."
        case let .unexpectedArgument(argument, command):
            let scope = command.map { " til «\($0.rawValue)»" } ?? ""
            return "for mange argumenter\(scope): «\(argument)» er ett for mye."
        case let .repeatedOption(option, _):
            return "valget «\(option)» er gitt mer enn én gang."
        case .missingChapter:
            return "«godkjenn» mangler kapitlet som skal godkjennes, for eksempel «bemanning-tillitsvalgte»."
        case .missingApprover:
            return "«godkjenn» mangler hvem som godkjenner: --av \"navn; rolle\"."
        case .invalidApprover(let value):
            return "--av må være navn og rolle skilt med semikolon, for eksempel \"Kari Nordmann; barnevernleder\" "
                + "(høyst \(ArgumentParser.maximumApproverLength) tegn, uten kontrolltegn): «\(value)»."
        case let .invalidValue(option, value, expected, _):
            return value.isEmpty ? "valget «\(option)» mangler en verdi (\(expected))."
                                 : "valget «\(option)» må være \(expected), ikke «\(value)»."
        case let .conflictingOptions(first, second, _):
            return "valgene «\(first)» og «\(second)» kan ikke brukes sammen."
        }
    }

    static let version = "tilstandsrapport 0.1.0"

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
