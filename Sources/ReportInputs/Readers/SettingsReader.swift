import CSV
import ReportModel
import SourceText

/// Reads `tilstandsrapport.txt`.
enum SettingsReader {
    static let keys = ["kommune", "kommunenummer", "rapportår", "organ", "møtedato", "saksnummer", "kostragruppe", "målform",
                       "prikkegrense", "kostra-status", "forfatter", "kapitler"]
    static let required = ["kommune", "kommunenummer", "rapportår", "organ", "kostragruppe"]

    static func read(_ text: String, file: String) -> (ReportSettings?, [Diagnostic]) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        let parsed = KeyValueLines(lines, file: file)
        var diagnostics = parsed.diagnostics
        var values: [String: KeyValueLines.Entry] = [:]
        var authors: [Author] = []
        func report(_ code: String, _ message: String, _ entry: KeyValueLines.Entry, found: String?, expected: String, severity: Severity = .error) {
            diagnostics.append(Diagnostic(severity: severity, code: code, message: message,
                                          location: SourceLocation(file: file, line: entry.line, column: entry.valueColumn),
                                          found: found, expected: expected, excerpt: entry.source))
        }
        for entry in parsed.entries {
            let key = keys.first { ColumnTable.key($0) == ColumnTable.key(entry.key) }
            guard let key else {
                let suggestion = keys.min { IndicatorReader.distance($0, entry.key) < IndicatorReader.distance($1, entry.key) } ?? ""
                diagnostics.append(Diagnostic(code: "INN002", message: "Ukjent innstilling.", location: SourceLocation(file: file, line: entry.line, column: 1),
                                              found: entry.key, expected: IndicatorReader.distance(suggestion, entry.key) <= 3
                                                ? "«\(suggestion)» eller en annen av: \(keys.joined(separator: ", "))" : "én av: \(keys.joined(separator: ", "))",
                                              excerpt: entry.source))
                continue
            }
            if key == "forfatter" {
                let parts = entry.value.split(separator: ";", maxSplits: 1).map { String($0).trimmingSpaces() }
                if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                    authors.append(Author(name: parts[0], role: parts[1]))
                } else {
                    report("INN003", "Forfatteren må ha navn og rolle, skilt med semikolon.", entry, found: entry.value, expected: "navn; rolle, for eksempel «Kari Nordmann; barnevernleder»")
                }
                continue
            }
            if let first = values[key] {
                report("INN004", "Innstillingen «\(key)» står to ganger.", entry, found: entry.value, expected: "én linje (første gang på linje \(first.line))")
                continue
            }
            values[key] = entry
        }
        var missing = false
        for key in required where values[key]?.value.isEmpty ?? true {
            missing = true
            diagnostics.append(Diagnostic(code: "INN005", message: "Innstillingen «\(key)» mangler.", location: SourceLocation(file: file, line: 1, column: 1),
                                          expected: "en linje «\(key): …»"))
        }
        let number = values["kommunenummer"].flatMap { entry -> String? in
            let value = entry.value
            guard value.count == 4, value.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                report("INN006", "Kommunenummeret er ikke gyldig.", entry, found: value, expected: "fire sifre, for eksempel 4601")
                return nil
            }
            return value
        }
        let year = values["rapportår"].flatMap { entry -> Int? in
            guard let year = Int(entry.value), (2000...2100).contains(year) else {
                report("INN006", "Rapportåret er ikke gyldig.", entry, found: entry.value, expected: "et årstall, for eksempel 2025")
                return nil
            }
            return year
        }
        var meetingDate: CalendarDate? = nil
        if let entry = values["møtedato"], !entry.value.isEmpty {
            meetingDate = CellValues.date(entry.value)
            if meetingDate == nil { report("INN006", "Møtedatoen er ikke gyldig.", entry, found: entry.value, expected: "en dato som 26.03.2026") }
        }
        var language = LanguageForm.bokmål
        if let entry = values["målform"] {
            if let form = LanguageForm(rawValue: entry.value.lowercased()) { language = form } else {
                report("INN006", "Ukjent målform.", entry, found: entry.value, expected: "nb (bokmål) eller nn (nynorsk)")
            }
        }
        var threshold = 5
        if let entry = values["prikkegrense"] {
            if let value = Int(entry.value), value >= 3, value <= 100 { threshold = value } else {
                report("INN006", "Prikkegrensen er ikke gyldig.", entry, found: entry.value, expected: "et helt tall fra 3 og oppover (standard er 5)")
            }
        }
        var status = FigureStatus.final
        if let entry = values["kostra-status"] {
            if ["foreløpig", "forelopig"].contains(entry.value.lowercased()) { status = .preliminary }
            else if entry.value.lowercased() != "endelig" {
                report("INN006", "Ukjent KOSTRA-status.", entry, found: entry.value, expected: "foreløpig eller endelig")
            }
        }
        var order: [String]? = nil
        if let entry = values["kapitler"] {
            var ids = entry.value.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            // An id names a file in tekster/ and maler/: letters, digits and hyphens only, never a path.
            let allowed = Set("abcdefghijklmnopqrstuvwxyzæøå0123456789-")
            for id in ids where id.first == "-" || !id.allSatisfy({ allowed.contains($0) }) {
                report("INN007", "Ugyldig kapittelnavn i «kapitler».", entry, found: id,
                       expected: "små bokstaver, sifre og bindestrek, som i «oppsummering» eller «eget-kapittel»")
            }
            ids = ids.filter { $0.first != "-" && $0.allSatisfy { allowed.contains($0) } }
            order = ids
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted {
                report("INN007", "Kapittelet «\(id)» står to ganger i «kapitler».", entry, found: id, expected: "hvert kapittel én gang")
            }
        }
        if let entry = values["organ"], entry.value.isEmpty { report("INN005", "Organet mangler.", entry, found: "tom", expected: "kommunestyre eller oppvekstutvalg") }
        if authors.isEmpty {
            diagnostics.append(Diagnostic(severity: .warning, code: "INN008", message: "Ingen forfatter er oppgitt.", location: SourceLocation(file: file, line: 1, column: 1),
                                          expected: "minst én linje «forfatter: navn; rolle»"))
        }
        guard !missing, let number, let year else { return (nil, diagnostics) }
        let settings = ReportSettings(
            municipality: values["kommune"]?.value ?? "", municipalityNumber: number, year: year, body: values["organ"]?.value ?? "kommunestyre",
            meetingDate: meetingDate, caseNumber: values["saksnummer"]?.value.isEmpty == false ? values["saksnummer"]?.value : nil,
            kostraGroup: values["kostragruppe"]?.value ?? "", language: language, threshold: threshold, kostraStatus: status,
            authors: authors, chapterOrder: order)
        return (settings, diagnostics)
    }
}
