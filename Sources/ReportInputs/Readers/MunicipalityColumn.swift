import CSV
import SourceText

/// The optional `kommunenummer` column of a data file: which municipality a row is about.
///
/// In a project for one municipality the column may name it (or be empty); the rows are the report's. In a
/// shared service every row of a file with the column must name one of the service's municipalities, except
/// where a figure is shared by all (an indicator for the county or the country).
struct MunicipalityColumn: Sendable {
    /// The numbers the project has: the municipality's own, or the host's and every cooperating one's.
    let known: [String]
    let isService: Bool

    /// No municipality is known (the settings could not be read): the column is read but not checked.
    static let unchecked = MunicipalityColumn(known: [], isService: false)
}

extension ColumnTable {
    /// The name of the column.
    static let municipalityColumn = "kommunenummer"

    /// The row's municipality in a shared service; nil for a file without the column, an empty cell, or a
    /// project of one municipality. A number the project does not have is an error; so is an empty cell where
    /// `required`.
    mutating func municipality(_ record: CSVRecord, _ rule: MunicipalityColumn, required: Bool) -> String? {
        guard has(Self.municipalityColumn) else { return nil }
        let cell = cell(record, Self.municipalityColumn)
        let text = cell?.trimmed ?? ""
        if text.isEmpty {
            if rule.isService, required { report(.municipalityMissingInRow(known: rule.known), cell, record: record) }
            return nil
        }
        guard rule.known.isEmpty || rule.known.contains(text) else {
            report(.unknownMunicipalityInRow(value: text, known: rule.known, isService: rule.isService), cell, record: record)
            return nil
        }
        return rule.isService ? text : nil
    }
}
