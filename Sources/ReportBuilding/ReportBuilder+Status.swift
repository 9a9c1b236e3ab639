import ReportInputs
import ReportModel

/// The measures `status` asks to be followed up.
extension ReportBuilder {
    /// Last year's measures without a status, and who is responsible for them.
    static func measuresWithoutStatus(_ measures: [MeasureRow], year: Int?) -> MissingItem? {
        guard let year else { return nil }
        let open = measures.filter { $0.year == year - 1 && $0.status == nil }
        guard !open.isEmpty else { return nil }
        var responsible: [String] = []
        for measure in open where !responsible.contains(measure.responsible) { responsible.append(measure.responsible) }
        return .measureStatus(ids: open.map(\.id), responsible: responsible)
    }
}
