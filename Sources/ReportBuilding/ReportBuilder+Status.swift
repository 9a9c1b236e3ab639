import ReportInputs
import ReportModel

/// `status` for each council's report of a shared service, and the measures still to be followed up.
extension ReportBuilder {
    /// Last year's measures without a status (for one municipality's report: its own and the service's).
    static func measuresWithoutStatus(_ measures: [MeasureRow], year: Int?, municipality: String?) -> MissingItem? {
        guard let year else { return nil }
        let open = measures.filter { $0.year == year - 1 && $0.status == nil && (municipality == nil || $0.municipality == nil || $0.municipality == municipality) }
        guard !open.isEmpty else { return nil }
        var responsible: [String] = []
        for measure in open where !responsible.contains(measure.responsible) { responsible.append(measure.responsible) }
        return .measureStatus(ids: open.map(\.id), responsible: responsible)
    }

    /// Each council's report: the shared chapters, the municipality's own part of a chapter after it, its own
    /// measures and figures for the report year.
    static func councils(_ project: LoadedProject, shared: [ChapterStatus]) -> [CouncilStatus] {
        guard let settings = project.settings, let service = settings.service else { return [] }
        return service.municipalities.map { municipality in
            var chapters: [ChapterStatus] = []
            for chapter in shared {
                var own = chapter
                if chapter.id == "innsats" {
                    own.missing.removeAll { if case .measureStatus = $0 { return true } else { return false } }
                    if let item = measuresWithoutStatus(project.measures, year: settings.year, municipality: municipality.number) { own.missing.append(item) }
                }
                if ["tilstand", "okonomi", "oppsummering", "utfordringer"].contains(chapter.id),
                   let data = project.data, !data.indicators.contains(where: { $0.level == .municipality && $0.year == settings.year && $0.municipality == municipality.number }),
                   !own.missing.contains(.dataYear(file: "data/indikatorer.csv", year: settings.year)) {
                    own.missing.append(.dataYear(file: "data/indikatorer.csv", year: settings.year))
                }
                chapters.append(own)
                if let local = project.localTexts[municipality.number]?[chapter.id] {
                    chapters.append(localStatus(local, number: municipality.number))
                }
            }
            return CouncilStatus(municipality: municipality.name, number: municipality.number, body: municipality.body,
                                 meetingDate: municipality.meetingDate?.description, isHost: municipality.isHost, chapters: chapters)
        }
    }

    /// A municipality's own part of a chapter, as a row of its own.
    static func localStatus(_ text: ChapterText, number: String) -> ChapterStatus {
        let state: ChapterState
        var missing: [MissingItem] = []
        switch text.status {
        case .notStarted: state = .missing; missing.append(.text)
        case .draft: state = .draft; missing.append(.approval)
        case .inReview: state = .inReview; missing.append(.approval)
        case .approved: state = .approved
        }
        missing += text.draftReasons.map(MissingItem.leftover)
        return ChapterStatus(id: "\(text.id).\(number)", title: "– " + text.title, responsible: text.responsible, state: state, missing: missing)
    }
}
