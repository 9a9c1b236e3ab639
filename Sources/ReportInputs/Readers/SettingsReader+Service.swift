import CSV
import ReportModel
import SourceText

/// The settings of a child-welfare service shared by several municipalities: the host is the project's own
/// `kommune`; each `samarbeidskommune: nummer; navn` adds one, and `kostragruppe.nummer`, `organ.nummer`,
/// `møtedato.nummer` and `saksnummer.nummer` give its own KOSTRA group, council and meeting.
extension SettingsReader {
    /// The settings that may be given per municipality, with the municipality's number after a dot.
    static let perMunicipalityKeys = ["kostragruppe", "organ", "møtedato", "saksnummer"]

    /// A per-municipality entry: the setting, the municipality's number, and the line.
    struct MunicipalEntry {
        var key: String
        var number: String
        var entry: KeyValueLines.Entry
    }

    /// Separates `kostragruppe.4602: …` lines from the others.
    static func splitPerMunicipality(_ entries: [KeyValueLines.Entry]) -> ([KeyValueLines.Entry], [MunicipalEntry]) {
        var shared: [KeyValueLines.Entry] = []
        var local: [MunicipalEntry] = []
        for entry in entries {
            let parts = entry.key.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 2, let key = perMunicipalityKeys.first(where: { ColumnTable.key($0) == ColumnTable.key(String(parts[0])) }),
               parts[1].count == 4, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) {
                local.append(MunicipalEntry(key: key, number: String(parts[1]), entry: entry))
            } else {
                shared.append(entry)
            }
        }
        return (shared, local)
    }

    /// The service, when the settings declare cooperating municipalities; nil (with every per-municipality line
    /// reported) when they do not.
    static func service(host settings: ReportSettings, entries: [KeyValueLines.Entry], perMunicipality: [MunicipalEntry], file: String,
                        diagnostics: inout [Diagnostic]) -> ServiceSettings? {
        func report(_ message: InputMessage, _ entry: KeyValueLines.Entry, column: Int? = nil) {
            diagnostics.append(message.diagnostic(file: file, line: entry.line, column: column ?? entry.valueColumn, excerpt: entry.source))
        }
        let host = Municipality(number: settings.municipalityNumber, name: settings.municipality, kostraGroup: settings.kostraGroup,
                                body: settings.body, meetingDate: settings.meetingDate, caseNumber: settings.caseNumber, isHost: true)
        var municipalities = [host]
        var lines: [String: Int] = [:]
        for entry in entries where ColumnTable.key(entry.key) == ColumnTable.key("samarbeidskommune") {
            let parts = entry.value.split(separator: ";", maxSplits: 1).map { String($0).trimmingSpaces() }
            guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), !parts[1].isEmpty else {
                report(.invalidServiceMunicipality(value: entry.value), entry)
                continue
            }
            if parts[0] == host.number || lines[parts[0]] != nil {
                report(.municipalityListedTwice(number: parts[0], firstLine: lines[parts[0]] ?? 0), entry)
                continue
            }
            lines[parts[0]] = entry.line
            municipalities.append(Municipality(number: parts[0], name: parts[1], kostraGroup: ""))
        }
        let known = municipalities.dropFirst().map(\.number)
        var seen: Set<String> = []
        for local in perMunicipality {
            guard let index = municipalities.firstIndex(where: { $0.number == local.number && !$0.isHost }) else {
                report(.settingForUnknownMunicipality(key: local.entry.key, number: local.number, known: known), local.entry)
                continue
            }
            guard seen.insert(local.key + "." + local.number).inserted else {
                report(.duplicateSetting(key: local.entry.key, value: local.entry.value, firstLine: local.entry.line), local.entry)
                continue
            }
            apply(local, to: &municipalities[index], report: report)
        }
        guard municipalities.count > 1 else { return nil }
        for municipality in municipalities.dropFirst() where municipality.kostraGroup.isEmpty {
            let key = "kostragruppe.\(municipality.number)"
            if let line = lines[municipality.number] {
                diagnostics.append(InputMessage.settingMissing(key: key).diagnostic(file: file, line: line))
            }
        }
        let name = entries.first { ColumnTable.key($0.key) == ColumnTable.key("tjeneste") }?.value
        return ServiceSettings(municipalities: municipalities, name: name?.isEmpty == false ? name : nil)
    }

    /// One per-municipality setting.
    private static func apply(_ local: MunicipalEntry, to municipality: inout Municipality,
                              report: (InputMessage, KeyValueLines.Entry, Int?) -> Void) {
        let value = local.entry.value
        switch local.key {
        case "kostragruppe": municipality.kostraGroup = value
        case "organ": municipality.body = value.isEmpty ? "kommunestyre" : value
        case "møtedato":
            guard !value.isEmpty else { return }
            municipality.meetingDate = CellValues.date(value)
            if municipality.meetingDate == nil { report(.invalidMeetingDate(value), local.entry, nil) }
        default: municipality.caseNumber = value.isEmpty ? nil : value
        }
    }
}
