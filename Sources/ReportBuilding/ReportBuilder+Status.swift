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

/// Each council's report in `status`, for a shared service.
extension ReportBuilder {
    /// Per council: its meeting, its own figures for the report year, its own texts; then the whole service's report.
    static func councils(_ service: SharedService, project: LoadedProject, chapters: [ChapterStatus]) -> [CouncilStatus] {
        let shared = chapters.filter { $0.state != .approved && $0.state != .approvedUnregistered && !($0.state == .missing && $0.missing.isEmpty) }.count
        let leader = project.settings?.authors.first?.name
        var result: [CouncilStatus] = []
        for member in service.members {
            var missing: [CouncilItem] = []
            if member.meetingDate == nil { missing.append(.meetingDate(responsible: leader)) }
            if let year = project.settings?.year, let data = project.data {
                let responsible = { (chapter: ChapterID) in project.texts[chapter.rawValue]?.responsible }
                if !data.indicators.contains(where: { $0.municipality == member.number && $0.level == .municipality && $0.year == year }) {
                    missing.append(.figures(file: "data/indikatorer.csv", year: year, responsible: responsible(.state)))
                }
                // Participation counted per member: a member without rows of the report year has no figures of its own.
                let perMember = data.participation.filter { $0.municipality != nil && $0.year == year }
                if !perMember.isEmpty, !perMember.contains(where: { $0.municipality == member.number }) {
                    missing.append(.figures(file: "data/medvirkning.csv", year: year, responsible: responsible(.participation)))
                }
            }
            for id in project.chapterOrder {
                guard let text = project.texts["\(id).\(member.number)"] else { continue }
                let (state, _) = approvalState(of: text)
                if state != .approved && state != .approvedUnregistered {
                    missing.append(.ownText(file: "tekster/\(id).\(member.number).md", state: state, responsible: text.responsible))
                }
            }
            if shared > 0 { missing.append(.sharedChapters(count: shared)) }
            result.append(CouncilStatus(member: member, missing: missing))
        }
        result.append(CouncilStatus(member: nil, missing: shared > 0 ? [.sharedChapters(count: shared)] : []))
        return result
    }
}
