import Foundation
import ReportBuilding
import ReportModel

/// What `godkjenn` and `endringer` print, and what `status` says about approvals.
extension CLIMessages {
    // MARK: Approvers

    /// «Marte Vik Sunde 14.02.2026» or «Marte Vik Sunde 14.02.2026 og Rune Bakketun 15.02.2026».
    static func approvers(_ approvals: [Approval]) -> String {
        list(approvals.map { "\($0.approver.name) \($0.time.dateText)" })
    }

    /// «Marte Vik Sunde (hovedtillitsvalgt, FO Fjordvik) 14.02.2026 kl. 10.32», each approval in full.
    static func approversInFull(_ approvals: [Approval]) -> String {
        list(approvals.map { "\($0.approver.name) (\($0.approver.role)) \($0.time.dateAndTimeText)" })
    }

    static func unregisteredNote(_ count: Int) -> String {
        "\(count == 1 ? "Ett kapittel er" : "\(count) kapitler er") «godkjent (ikke registrert)»: status er satt til godkjent for hånd. "
            + "Registrer godkjenningen med «tilstandsrapport godkjenn», så viser rapporten hvem som godkjente, og når."
    }

    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " og " + last
    }

    // MARK: godkjenn

    static func approved(title: String, file: String, approval: Approval) -> String {
        "Registrert: «\(title)» (\(file)) er godkjent av \(approval.approver.name) (\(approval.approver.role)) "
            + "\(approval.time.dateAndTimeText), for rapportåret \(approval.year)."
    }

    static func approvalSavedIn(_ path: String) -> String {
        "Godkjenningen står i \(path). Endres teksten etter dette, må den godkjennes på nytt."
    }

    static func approvalReplaces(_ previous: [Approval]) -> String {
        "Den forrige godkjenningen (\(approvers(previous))) gjaldt en tidligere versjon av teksten."
    }

    static func alreadyApproved(title: String, approval: Approval) -> String {
        "«\(title)» er allerede godkjent av \(approval.approver.name) \(approval.time.dateAndTimeText), "
            + "og teksten er ikke endret siden. Ingenting ble lagt til."
    }

    static func refusal(_ refusal: ApprovalRefusal) -> (code: String, message: String) {
        switch refusal {
        case .settingsUnreadable:
            return ("CLI050", "Kan ikke godkjenne: tilstandsrapport.txt kan ikke leses, så rapportåret er ukjent. Rett feilene over først.")
        case .unknownChapter(let unknown):
            return ("CLI051", unknownChapter(unknown))
        case .textMissing(let file):
            return ("CLI052", "Kapitlet har ingen tekst å godkjenne: \(file) finnes ikke.")
        case .textHasErrors(let file):
            return ("CLI053", "\(file) har feil (se over). Rett dem før teksten godkjennes.")
        case .notStarted(let file):
            return ("CLI054", "\(file) har status «ikke påbegynt»: teksten er fortsatt veiledningen fra «tilstandsrapport init». Skriv teksten først.")
        case let .leftovers(file, reasons):
            return ("CLI055", "\(file) \(list(reasons.map(leftover))). Rydd teksten før den godkjennes.")
        case .noAuthors(let file):
            return ("CLI056", "De tillitsvalgtes tekst (\(file)) har ingen forfatter:-linjer, så ingen kan godkjenne den. "
                + "De tillitsvalgte skriver seg inn med «forfatter: navn; rolle» og godkjenner teksten selv.")
        case let .notAnAuthor(name, authors, file):
            return ("CLI057", "«\(name)» kan ikke godkjenne de tillitsvalgtes tekst (\(file)): bare forfatterne kan det, "
                + "\(list(authors.map(\.name))). Be en av dem godkjenne med sitt eget navn i --av.")
        case .approvalsFileUnusable:
            return ("CLI058", "godkjenninger.txt har feil eller kan ikke leses (se over), så ingenting blir lagt til. Rett filen først.")
        case .approvalsFileTooLarge(let limit):
            return ("CLI059", "godkjenninger.txt ville bli større enn \(limit / (1024 * 1024)) MB. Flytt godkjenningene for tidligere år "
                + "til en egen fil (for eksempel godkjenninger-2024.txt) og prøv igjen.")
        }
    }

    static func unknownChapter(_ unknown: UnknownChapter) -> String {
        "Rapporten har ikke noe kapittel «\(unknown.id)».\(didYouMean(Suggestion.closest(to: unknown.id, in: unknown.known))) "
            + "Kapitlene er: \(unknown.known.joined(separator: ", "))."
    }

    // MARK: Writing godkjenninger.txt

    static let clockUnusable = "Maskinens klokke viser et tidspunkt som ikke kan registreres (før år 1900 eller etter 2200). Still klokken og prøv igjen."

    static func approvalsBusy(_ path: String, waited: Duration) -> String {
        "En annen «tilstandsrapport godkjenn» skriver til godkjenningene i «\(path)» og ble ikke ferdig på \(waited.components.seconds) sekunder. "
            + "Vent litt og prøv igjen."
    }

    static func approvalsLockNotAFile(_ path: String) -> String {
        "«\(path)» (sperren som hindrer to godkjenninger i å skrive samtidig) er ikke en vanlig fil. Fjern den og prøv igjen."
    }

    static func approvalsFolderFailed(_ path: String, reason: String) -> String {
        "Kunne ikke åpne rapportmappen «\(path)» for å registrere godkjenningen: \(reason)."
    }

    static func approvalsNotAFile(_ path: String) -> String {
        "«\(path)» er ikke en vanlig fil (en symbolsk lenke, en mappe eller noe annet). tilstandsrapport skriver ikke gjennom den; "
            + "legg godkjenningene i en vanlig fil med det navnet."
    }

    static func approvalsWriteFailed(_ path: String, reason: String) -> String {
        "Kunne ikke skrive «\(path)»: \(reason). Godkjenningen er ikke registrert, og filen er som før."
    }

    // MARK: endringer

    static func changesHeading(year: Int?) -> String {
        (year.map { "Tilstandsrapport \($0)" } ?? "Tilstandsrapport") + ": endringer siden godkjenning"
    }

    static func chapterHeading(title: String, file: String) -> String { "\(title) (\(file))" }

    static func approvedBy(_ approvals: [Approval]) -> String { "Godkjent av \(approversInFull(approvals))." }

    static func unchanged(_ approvals: [Approval]) -> String { "Uendret siden godkjenningen. Godkjent av \(approversInFull(approvals))." }

    static func changedSummary(added: Int, removed: Int, changed: Int, title: Bool, authors: Bool) -> String {
        var parts: [String] = []
        if title { parts.append("tittelen") }
        if authors { parts.append("forfatterne") }
        if added > 0 { parts.append("\(added) avsnitt lagt til") }
        if removed > 0 { parts.append("\(removed) avsnitt fjernet") }
        if changed > 0 { parts.append("\(changed) avsnitt endret") }
        return "Endret etter godkjenning: " + (parts.isEmpty ? "bare mellomrom eller tomme linjer" : list(parts)) + "."
    }

    static func notRegistered(year: Int?, folder: String, chapter: String) -> String {
        "Ingen godkjenning er registrert for \(year.map(String.init) ?? "rapportåret"). "
            + "Godkjenn med «tilstandsrapport godkjenn \(folder) \(chapter) --av \"navn; rolle\"»."
    }

    static let noText = "Kapitlet har ingen tekst."

    static func withoutApproval(year: Int?) -> String {
        "Uten registrert godkjenning for \(year.map(String.init) ?? "rapportåret"):"
    }

    static func listItem(_ text: String) -> String { "  - " + text }

    static func noApprovals(year: Int?, folder: String) -> String {
        "Ingen godkjenninger er registrert for \(year.map(String.init) ?? "rapportåret") ennå. "
            + "Et kapittel godkjennes med «tilstandsrapport godkjenn \(folder) KAPITTEL --av \"navn; rolle\"»."
    }

    static func titleChanged(before: String, after: String) -> String { "Tittelen er endret: før «\(before)», nå «\(after)»." }

    static func authorsChanged(before: [Author], after: [Author]) -> String {
        let names = { (authors: [Author]) in authors.isEmpty ? "ingen" : list(authors.map { "\($0.name) (\($0.role))" }) }
        return "Forfatterne er endret: før \(names(before)), nå \(names(after))."
    }

    static func paragraphAdded(_ number: Int) -> String { "Lagt til (avsnitt \(number)):" }
    static func paragraphRemoved(_ number: Int) -> String { "Fjernet (var avsnitt \(number)):" }
    static func paragraphChanged(_ number: Int) -> String { "Endret (avsnitt \(number)):" }
    static let before = "Før: "
    static let after = "Nå:  "
    static let words = "Ord: "
    static let onlySpacing = "Ord: ingen; bare mellomrom eller linjeskift er endret."
    static let manyWords = "Ord: mange endringer; sammenlign Før og Nå."

    static func wordChange(removed: String, added: String) -> String {
        switch (removed.isEmpty, added.isEmpty) {
        case (false, true): return "fjernet «\(removed)»"
        case (true, false): return "lagt til «\(added)»"
        default: return "byttet «\(removed)» med «\(added)»"
        }
    }

    static func unknownChangesChapter(_ unknown: UnknownChapter) -> String { unknownChapter(unknown) }
}
