import Foundation
import ReportInputs
import ReportModel
import SourceText
import TextDiff

/// `godkjenn` and `endringer` over a loaded project.
extension ReportBuilder {
    public func approve(project url: URL, request: ApprovalRequest) -> PipelineApproval {
        approve(loader.load(url), request: request)
    }

    /// The record `request` adds to the approvals file of `project`, or why none may be added.
    public func approve(_ project: LoadedProject, request: ApprovalRequest) -> PipelineApproval {
        let id = request.chapter
        let file = "tekster/\(id).md"
        let diagnostics = Self.errors(in: project, files: ["tilstandsrapport.txt", file, ApprovalsFile.name])
        let refuse = { (refusal: ApprovalRefusal) in
            PipelineApproval(diagnostics: diagnostics, outcome: .refused(refusal), title: project.texts[id]?.title)
        }
        guard let year = project.settings?.year else { return refuse(.settingsUnreadable) }
        guard project.approvableTexts.contains(id) else { return refuse(.unknownChapter(UnknownChapter(id: id, known: project.chapterOrder))) }
        if diagnostics.contains(where: { $0.location?.file == file }) { return refuse(.textHasErrors(file: file)) }
        guard let text = project.texts[id] else { return refuse(.textMissing(file: file)) }
        if text.status == .notStarted { return refuse(.notStarted(file: file)) }
        if !text.draftReasons.isEmpty { return refuse(.leftovers(file: file, reasons: text.draftReasons)) }
        if id == ApprovalContent.signedChapter && text.authors.isEmpty { return refuse(.noAuthors(file: file)) }
        guard ApprovalContent.mayApprove(request.approver.name, chapter: id, authors: text.authors) else {
            return refuse(.notAnAuthor(name: request.approver.name, authors: text.authors, file: file))
        }
        guard project.approvals.isUsable else { return refuse(.approvalsFileUnusable) }
        if case .current(let approvals) = text.registration,
           let same = approvals.first(where: { ApprovalContent.sameName($0.approver.name, request.approver.name) }) {
            return PipelineApproval(diagnostics: diagnostics, outcome: .alreadyRecorded(same), title: text.title)
        }
        let approval = Approval(chapter: id, year: year, approver: request.approver, time: request.time,
                                digest: ApprovalContent.digest(text.approvalContent), content: text.approvalContent)
        let fileText = ApprovalsFile.appending(approval, to: project.approvals.text)
        guard fileText.utf8.count <= loader.maximumApprovalsBytes else { return refuse(.approvalsFileTooLarge(limitBytes: loader.maximumApprovalsBytes)) }
        var replacing: [Approval] = []
        if case .changed(let since) = text.registration { replacing = since }
        return PipelineApproval(diagnostics: diagnostics, outcome: .record(approval, fileText: fileText, replacing: replacing), title: text.title)
    }

    public func changes(project url: URL, chapter: String?) -> PipelineChanges {
        let project = loader.load(url)
        let year = project.settings?.year
        let diagnostics = Self.errors(in: project, files: ["tilstandsrapport.txt", ApprovalsFile.name] + project.chapterOrder.map { "tekster/\($0).md" })
        if let chapter, !project.approvableTexts.contains(chapter) {
            return PipelineChanges(diagnostics: diagnostics, year: year, chapters: [],
                                   unknownChapter: UnknownChapter(id: chapter, known: project.chapterOrder))
        }
        guard year != nil else { return PipelineChanges(diagnostics: diagnostics, year: nil, chapters: []) }
        let ids = chapter.map { [$0] } ?? project.approvableTexts
        let chapters = ids.map { id -> ChapterChanges in
            let file = "tekster/\(id).md"
            guard let text = project.texts[id] else {
                return ChapterChanges(id: id, title: ChapterRegistry.chapter(id)?.title.nb ?? id, file: file, state: .missingText)
            }
            let state: ChapterChanges.State
            switch text.registration {
            case .unregistered: state = .unregistered
            case .current(let approvals): state = .unchanged(approvals)
            case .changed(let since): state = .changed(since: since, Self.compare(approved: since.last?.content ?? "", now: text.approvalContent))
            }
            return ChapterChanges(id: id, title: text.title, file: file, state: state)
        }
        return PipelineChanges(diagnostics: diagnostics, year: year, chapters: chapters)
    }

    /// The approved content against the content now: title, authors, and the body paragraph by paragraph.
    static func compare(approved: String, now: String) -> TextChanges {
        let before = ApprovalContent.parts(of: approved)
        let after = ApprovalContent.parts(of: now)
        var changes = TextChanges(paragraphs: ParagraphDiff.changes(from: before.body, to: after.body))
        if before.title != after.title {
            changes.titleBefore = before.title
            changes.titleAfter = after.title
        }
        if before.authors != after.authors {
            changes.authorsBefore = before.authors
            changes.authorsAfter = after.authors
        }
        return changes
    }

    /// The errors located in `files` (a project folder that cannot be read at all, too).
    static func errors(in project: LoadedProject, files: [String]) -> [Diagnostic] {
        let wanted = Set(files)
        return project.diagnostics.filter { diagnostic in
            diagnostic.isError && (diagnostic.location.map { wanted.contains($0.file) } ?? (project.settings == nil))
        }
    }

    /// The state `status` shows for a chapter text, and what it still lacks because of its approval.
    static func approvalState(of text: ChapterText) -> (ChapterState, [MissingItem]) {
        switch (text.registration, text.status) {
        case (.current, _): return (.approved, [])
        case (.changed(let since), _): return (.changedAfterApproval, [.renewedApproval(previous: since)])
        case (.unregistered, .approved): return (.approvedUnregistered, [])
        case (.unregistered, .inReview): return (.inReview, [.approval])
        case (.unregistered, .draft): return (.draft, [.approval])
        case (.unregistered, .notStarted): return (.missing, [])
        }
    }
}
