import CSV
import ReportModel

/// The optional `kommune` column of a data file: in a shared service it names the member municipality a row is
/// about; in a project of one municipality it may only repeat the project's own number.
struct MunicipalityColumn: Sendable {
    /// The project's own kommunenummer.
    var own: String?
    /// The members' numbers, when the project is a shared service.
    var members: [String]?

    /// No settings could be read: the column is read but not checked against them.
    static let unchecked = MunicipalityColumn(own: nil, members: nil)

    /// The column for a project with `settings`.
    init(settings: ReportSettings?) {
        own = settings?.municipalityNumber
        members = settings?.service?.members.map(\.number)
    }

    init(own: String?, members: [String]?) {
        self.own = own
        self.members = members
    }

    /// True when rows must name their municipality.
    var isService: Bool { members != nil }

    /// The row's member municipality: nil for the whole service or the one municipality; `.failure` after reporting a wrong number.
    func read(_ record: CSVRecord, columns: inout ColumnTable) -> Result<String?, Invalid> {
        guard let number = columns.text(record, "kommune") else { return .success(nil) }
        if let members {
            guard members.contains(number) else {
                columns.report(.unknownMunicipality(number: number, known: members), columns.cell(record, "kommune"), record: record)
                return .failure(Invalid())
            }
            return .success(number)
        }
        guard let own, number != own else { return .success(nil) }
        columns.report(.municipalityMissing(.notAService(own: own)), columns.cell(record, "kommune"), record: record)
        return .failure(Invalid())
    }

    /// A row that named a municipality not in the project (already reported).
    struct Invalid: Error {}
}
