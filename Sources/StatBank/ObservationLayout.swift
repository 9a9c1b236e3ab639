import SourceText

/// Which dimension is the region, the variable and the time, and how a flat index (last dimension
/// fastest, as JSON-stat and PX order them) becomes one observation.
struct ObservationLayout {
    let dimensions: [StatBankDimension]
    let region: Int
    let variable: Int?
    let time: Int
    /// A single variable for a table without a statistics-variable dimension: the table itself.
    let implicitVariable: StatBankCategory

    init?(dimensions: [StatBankDimension], title: String = "", location: SourceLocation, diagnostics: inout [Diagnostic]) {
        self.dimensions = dimensions
        let found = dimensions.map { "«\($0.label)»" }.joined(separator: ", ")
        guard let region = dimensions.firstIndex(where: { $0.role == .region }) else {
            diagnostics.append(StatBankMessages.missingDimension(location, role: "regionen", found: found))
            return nil
        }
        guard let time = dimensions.firstIndex(where: { $0.role == .time }) else {
            diagnostics.append(StatBankMessages.missingDimension(location, role: "året", found: found))
            return nil
        }
        self.region = region
        self.time = time
        variable = dimensions.firstIndex { $0.role == .variable }
        implicitVariable = StatBankCategory(code: title, label: title)
    }

    func observation(flatIndex: Int, sizes: [Int], value: StatBankValue, location: SourceLocation) -> StatBankObservation {
        var coordinates = [Int](repeating: 0, count: sizes.count)
        var rest = flatIndex
        for position in stride(from: sizes.count - 1, through: 0, by: -1) where sizes[position] > 0 {
            coordinates[position] = rest % sizes[position]
            rest /= sizes[position]
        }
        func category(_ dimension: Int) -> StatBankCategory {
            let categories = dimensions[dimension].categories
            return categories.indices.contains(coordinates[dimension]) ? categories[coordinates[dimension]] : StatBankCategory(code: "", label: "")
        }
        let time = category(self.time)
        let others = dimensions.indices.filter { $0 != region && $0 != self.time && $0 != variable }.map(category)
        return StatBankObservation(region: category(region), variable: variable.map(category) ?? implicitVariable,
                                   year: TableLayout.year(time.code) ?? TableLayout.year(time.label), time: time.code,
                                   others: others, value: value, location: location)
    }
}
