import CSV
import ReportModel
import SourceText

/// The settings of a shared service in `tilstandsrapport.txt`: `tjeneste:` names it, and each
/// `samarbeidskommune: nummer; navn; kostragruppe; organ; møtedato; saksnummer` adds a cooperating municipality
/// (the last three may be left out). The municipality of `kommune:` and `kommunenummer:` is the host.
enum SharedServiceSettings {
    /// The fields of a `samarbeidskommune:` line, in order, as messages name them.
    static let fields = ["kommunenummer", "navn", "kostragruppe", "organ", "møtedato", "saksnummer"]
    /// The most cooperating municipalities read: each gives a whole report, and no Norwegian service serves more than a handful.
    static let maximumMembers = 30

    /// The service, or nil when no cooperating municipality is declared; every problem is reported where it is written.
    static func read(name: KeyValueLines.Entry?, members entries: [KeyValueLines.Entry], host: MemberMunicipality?,
                     file: String, diagnostics: inout [Diagnostic]) -> SharedService? {
        guard !entries.isEmpty else { return nil }
        var members: [MemberMunicipality] = host.map { [$0] } ?? []
        var lines: [String: Int] = [:]
        for entry in entries {
            if members.count > maximumMembers {
                diagnostics.append(InputMessage.tooManyMembers(limit: maximumMembers)
                    .diagnostic(file: file, line: entry.line, column: entry.valueColumn, excerpt: entry.source))
                break
            }
            guard let member = member(entry, file: file, diagnostics: &diagnostics) else { continue }
            if host?.number == member.number || lines[member.number] != nil {
                diagnostics.append(InputMessage.municipalityTwice(number: member.number, firstLine: lines[member.number])
                    .diagnostic(file: file, line: entry.line, column: entry.valueColumn, excerpt: entry.source))
                continue
            }
            lines[member.number] = entry.line
            members.append(member)
        }
        let serviceName = name?.value ?? ""
        if serviceName.isEmpty {
            let message = InputMessage.serviceNameMissing(firstMember: entries[0].line)
            diagnostics.append(name.map { message.diagnostic(file: file, line: $0.line, column: $0.valueColumn, excerpt: $0.source) }
                               ?? message.diagnostic(file: file))
            return nil
        }
        return SharedService(name: serviceName, members: members)
    }

    /// One `samarbeidskommune:` line; a bad field is reported at its column.
    static func member(_ entry: KeyValueLines.Entry, file: String, diagnostics: inout [Diagnostic]) -> MemberMunicipality? {
        let parts = entry.fields(separatedBy: ";")
        func fail(_ field: Int, _ found: String, at column: Int? = nil) -> MemberMunicipality? {
            let at = column ?? (field < parts.count ? parts[field].column : entry.valueColumn + entry.value.count)
            diagnostics.append(InputMessage.invalidMember(field: fields[min(field, fields.count - 1)], found: found, fieldCount: parts.count)
                .diagnostic(file: file, line: entry.line, column: at, excerpt: entry.source))
            return nil
        }
        guard parts.count <= fields.count else {
            return fail(fields.count - 1, parts[fields.count...].map(\.text).joined(separator: "; "), at: parts[fields.count].column)
        }
        for required in 0..<3 where required >= parts.count || parts[required].text.isEmpty {
            return fail(required, required < parts.count ? parts[required].text : "")
        }
        let number = parts[0].text
        guard number.count == 4, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return fail(0, number) }
        var meeting: CalendarDate?
        if parts.count > 4, !parts[4].text.isEmpty {
            guard let date = CellValues.date(parts[4].text) else { return fail(4, parts[4].text) }
            meeting = date
        }
        let body = parts.count > 3 && !parts[3].text.isEmpty ? parts[3].text : "kommunestyre"
        let caseNumber = parts.count > 5 && !parts[5].text.isEmpty ? parts[5].text : nil
        return MemberMunicipality(number: number, name: parts[1].text, kostraGroup: parts[2].text, body: body, meetingDate: meeting,
                                  caseNumber: caseNumber, isHost: false)
    }
}
