import ReportBuilding

/// Every text the command line prints, in Norwegian bokmål, in one place.
///
/// Diagnostic codes: `CLI001`–`CLI009` the project folder, `CLI010`–`CLI029` where output may go,
/// `CLI030` a failed write, `CLI040`–`CLI049` `init`.
enum CLIMessages {
    static let programName = "tilstandsrapport"

    // MARK: Project folder

    static func projectMissing(_ path: String) -> String {
        "Finner ikke rapportmappen «\(path)»."
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

    static let unreadable = "filen som ligger der kan ikke leses"

    static let manifestHeader =
        "Filer skrevet av tilstandsrapport (SHA-256). Brukes for aldri å overskrive filer du har endret."

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

    static func initDone(_ path: String, fileCount: Int) -> [String] {
        [
            "Laget rapportmappen «\(path)» med \(fileCount) \(fileCount == 1 ? "fil" : "filer") fra eksempelkommunen.",
            "",
            "Neste steg:",
            "  1. Rett innstillingene i \(join(path, "tilstandsrapport.txt")).",
            "  2. Bytt ut eksempeldataene i \(join(path, "data/")) og tekstene i \(join(path, "tekster/")) med kommunens egne.",
            "  3. Kjør «tilstandsrapport check \(path)», og deretter «tilstandsrapport build \(path)».",
        ]
    }

    // MARK: build, check, status

    static func wrote(_ path: String) -> String { "Skrev \(path)" }

    static let noProblems = "Ingen feil eller advarsler."

    static let nothingWritten = "Ingenting ble skrevet."

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
        }
    }

    static func missing(_ item: MissingItem, chapterID: String) -> String {
        switch item {
        case .text: return "tekst (tekster/\(chapterID).md)"
        case .approval: return "godkjenning"
        case let .dataYear(file, year): return "\(file) for \(year)"
        case let .other(text): return text
        }
    }

    static func statusFooter(approved: Int, total: Int) -> String {
        if total > 0 && approved == total {
            return "Alle \(total) kapitler er godkjent."
        }
        return "\(approved) av \(total) kapitler er godkjent. Rapporten merkes UTKAST til alle er godkjent."
    }

    static let noChapters = "Fant ingen kapitler."

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
            return "valget «\(option)» mangler en verdi (en mappe)."
        case let .missingDirectory(command):
            return "«\(command.rawValue)» mangler mappen den skal \(command.verbPhrase)."
        case let .unexpectedArgument(argument, command):
            let scope = command.map { " til «\($0.rawValue)»" } ?? ""
            return "for mange argumenter\(scope): «\(argument)» er ett for mye."
        case let .repeatedOption(option, _):
            return "valget «\(option)» er gitt mer enn én gang."
        }
    }

    static let version = "tilstandsrapport 0.1.0"

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
