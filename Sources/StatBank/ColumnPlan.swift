import SourceText

/// Which columns of a downloaded table hold the region, variable and time, which hold values, and what
/// a value column's heading says (a year, a variable, or «variable year»).
struct ColumnPlan {
    let header: [TableCell]
    private(set) var roles: [StatBankDimension.Role: Int] = [:]
    private(set) var others: [Int] = []
    private(set) var valueColumns: [Int] = []

    init(header: [TableCell], data: [[TableCell]]) {
        self.header = header
        for (index, cell) in header.enumerated() {
            let heading = cell.trimmed
            let cells = data.map { index < $0.count ? $0[index].text : "" }
            if let role = TableLayout.role(ofHeading: heading), roles[role] == nil {
                roles[role] = index
            } else if TableLayout.year(heading) != nil || TableLayout.isValueColumn(cells) {
                valueColumns.append(index)
            } else if !heading.isEmpty || cells.contains(where: { !$0.trimmingSpaces().isEmpty }) {
                others.append(index)
            }
        }
        // A region column headed otherwise («kommune», a blank heading) is known by its «3101 Halden» cells.
        if roles[.region] == nil, let found = others.first(where: { column in
            let codes = data.prefix(20).map { TableLayout.splitCode(column < $0.count ? $0[column].text : "") }
            return !codes.isEmpty && codes.allSatisfy { $0.code != $0.label && (StatBankRegionKind.of($0.code) != nil) }
        }) {
            roles[.region] = found
            others.removeAll { $0 == found }
        }
    }

    var valueHeadings: [String] { valueColumns.map { header[$0].trimmed } }
    var otherHeadings: [String] { others.map { header[$0].trimmed } }

    func heading(_ role: StatBankDimension.Role) -> String? { roles[role].map { header[$0].trimmed } }

    /// A value column's heading as (variable, year): `2025` → (nil, 2025); `Meldinger 2025` → (`Meldinger`, 2025).
    static func splitHeading(_ heading: String) -> (variable: String?, year: String?) {
        if TableLayout.year(heading) != nil { return (nil, heading) }
        if let space = heading.lastIndex(of: " "), TableLayout.year(String(heading[heading.index(after: space)...])) != nil {
            return (String(heading[..<space]).trimmingSpaces(), String(heading[heading.index(after: space)...]))
        }
        return (heading, nil)
    }

    /// Reports what is missing; false when no observation can be read.
    func validate(at location: SourceLocation, title: String, diagnostics: inout [Diagnostic]) -> Bool {
        let found = header.map(\.trimmed).filter { !$0.isEmpty }.map { "«\($0)»" }.joined(separator: ", ")
        guard roles[.region] != nil else {
            diagnostics.append(StatBankMessages.missingDimension(location, role: "regionen", found: found))
            return false
        }
        guard !valueColumns.isEmpty else {
            diagnostics.append(StatBankMessages.missingDimension(location, role: "tallene", found: found))
            return false
        }
        guard roles[.time] != nil || valueHeadings.allSatisfy({ Self.splitHeading($0).year != nil }) else {
            diagnostics.append(StatBankMessages.missingDimension(location, role: "året", found: found))
            return false
        }
        return true
    }

    /// The observations of one data row.
    func observations(in row: [TableCell], title: String, diagnostics: inout [Diagnostic]) -> [StatBankObservation] {
        func text(_ column: Int?) -> String? { column.flatMap { $0 < row.count ? row[$0].text : nil } }
        guard let regionText = text(roles[.region]), !regionText.trimmingSpaces().isEmpty else { return [] }
        let region = TableLayout.splitCode(regionText)
        let columnVariable = text(roles[.variable]).map(TableLayout.splitCode)
        let columnTime = text(roles[.time])?.trimmingSpaces()
        let otherCategories = others.map { TableLayout.splitCode(text($0) ?? "") }
        var result: [StatBankObservation] = []
        for column in valueColumns {
            let heading = Self.splitHeading(header[column].trimmed)
            let variable = columnVariable ?? heading.variable.map(TableLayout.splitCode) ?? StatBankCategory(code: title, label: title)
            guard let time = columnTime ?? heading.year else { continue }
            let cell = column < row.count ? row[column] : TableCell(text: "", location: row.first?.location ?? header[column].location)
            guard let value = TableLayout.value(cell.text) else {
                diagnostics.append(StatBankMessages.badValue(cell.location, text: cell.trimmed))
                continue
            }
            result.append(StatBankObservation(region: region, variable: variable, year: TableLayout.year(time), time: time,
                                              others: otherCategories, value: value, location: cell.location))
        }
        return result
    }
}
