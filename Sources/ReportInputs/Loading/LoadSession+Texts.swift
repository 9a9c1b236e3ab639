import Foundation
import ReportModel
import SourceText

/// Chapter texts in `tekster/`, templates in `maler/`, and the chapter list that joins them.
extension LoadSession {
    /// Most files and folder levels read from `maler/`: a handful of overridden templates is normal.
    static let maximumTemplates = 500
    static let maximumTemplateDepth = 8

    /// Every file below `maler/` (hidden ones left out), by its path relative to `maler/`. A link is followed
    /// only while it stays inside `maler/`.
    mutating func readTemplates() -> [String: String] {
        let rootPath = root.appendingPathComponent("maler").path
        guard let resolvedRoot = FileAccess.resolved(rootPath) else { return [:] }
        var templates: [String: String] = [:]
        var pending: [(relative: String, depth: Int)] = [("", 0)]
        var visited: Set<String> = [resolvedRoot]
        var fileCount = 0
        while let (folder, depth) = pending.popLast() {
            let names: [String]
            switch FileAccess.contents(of: rootPath + (folder.isEmpty ? "" : "/" + folder)) {
            case .success(let found): names = found
            case .failure(let error):
                reportUnreadable(.failed(errno: error.errno), "maler/" + folder, isFolder: true)
                continue
            }
            for name in names.reversed() where !name.hasPrefix(".") {
                guard !name.unicodeScalars.contains(where: { ControlCharacters.message(for: $0) != nil }) else {
                    report(.controlCharacter(name.unicodeScalars.first { ControlCharacters.message(for: $0) != nil } ?? "\u{FFFD}"),
                           "maler/" + (folder.isEmpty ? "" : folder + "/") + Self.shown(name))
                    continue
                }
                let relative = folder.isEmpty ? name : folder + "/" + name
                let shown = "maler/" + relative
                let path = rootPath + "/" + relative
                if FileAccess.isLink(path) {
                    guard let target = FileAccess.resolved(path) else {
                        reportUnreadable(FileAccess.kind(of: path), shown, isFolder: false)
                        continue
                    }
                    guard target.hasPrefix(resolvedRoot + "/") else {
                        report(.linkOutOfTemplates(target: FileAccess.linkTarget(path) ?? target), shown)
                        continue
                    }
                }
                let kind = FileAccess.kind(of: path)
                if kind == .directory {
                    guard let target = FileAccess.resolved(path), visited.insert(target).inserted else { continue }
                    guard depth + 1 <= Self.maximumTemplateDepth else {
                        report(.tooManyTemplates(limit: Self.maximumTemplates, depth: Self.maximumTemplateDepth), shown)
                        continue
                    }
                    pending.append((relative, depth + 1))
                    continue
                }
                fileCount += 1
                guard fileCount <= Self.maximumTemplates else {
                    report(.tooManyTemplates(limit: Self.maximumTemplates, depth: Self.maximumTemplateDepth), shown)
                    return templates
                }
                if case .text(let text) = readText(shown, limit: limits.maximumTextBytes, ifMissing: .error) { templates[relative] = text }
            }
        }
        return templates
    }

    /// Reads the text of every chapter in `order`, and every other `.md` file in `tekster/` (each is still
    /// checked for identity numbers, and reported as unused).
    mutating func readTexts(order: [String], templates: [String: String], members: [String] = []) -> [String: ChapterText] {
        // A member's own text of a chapter in a shared service (`tekster/virksomheten.4602.md`) stands in for the shared one in its report.
        let memberTexts = Set(order.flatMap { id in members.map { "\(id).\($0)" } })
        var texts: [String: ChapterText] = [:]
        let listing = (try? FileAccess.contents(of: root.appendingPathComponent("tekster").path).get()) ?? []
        var ids = order
        // A file name is printed in messages: one with control characters (a name can hold ESC) is skipped with
        // a warning naming it safely, so it reaches neither the terminal nor the report.
        for name in listing where name.hasSuffix(".md") && !name.hasPrefix(".") {
            guard !name.unicodeScalars.contains(where: { ControlCharacters.message(for: $0) != nil }) else {
                report(.unusedText(Self.shown(name)), "tekster/" + Self.shown(name))
                continue
            }
            let id = String(name.dropLast(3))
            if memberTexts.contains(id) {
                if !ids.contains(id) { ids.append(id) }
                continue
            }
            if !ids.contains(id) {
                report(.unusedText(id), "tekster/\(name)")
                ids.append(id)
            }
        }
        for id in ids {
            let file = "tekster/\(id).md"
            guard case .text(let text) = readText(file, limit: limits.maximumTextBytes, ifMissing: .silent) else {
                let builtIn = ChapterRegistry.chapter(id)
                let isChapter = builtIn != nil || templates["\(id).md.mustache"] != nil
                if order.contains(id), isChapter, builtIn?.needsText ?? true, FileAccess.kind(of: root.appendingPathComponent(file).path) == .missing {
                    report(.chapterWithoutText(file: file), file)
                }
                continue
            }
            diagnostics += scanner.scan(text, file: file, identityNumbers: false)
            rawTexts[id] = text
            let result = ChapterTextReader.read(text, id: id, file: file, images: Set(images.keys))
            diagnostics += result.1
            if let chapter = result.0, order.contains(id) || memberTexts.contains(id) { texts[id] = chapter }
        }
        return texts
    }

    /// Every id in `kapitler:` must be a built-in chapter or have its own text or template; an unknown id is
    /// reported where it is written, with the closest chapter id.
    mutating func checkChapters(_ chapters: [SettingsReader.ChapterReference], explicit: Bool, templates: [String: String]) {
        guard explicit else { return }
        for chapter in chapters where ChapterRegistry.chapter(chapter.id) == nil && templates["\(chapter.id).md.mustache"] == nil
            && FileAccess.kind(of: root.appendingPathComponent("tekster/\(chapter.id).md").path) == .missing {
            diagnostics.append(InputMessage.unknownChapter(chapter.id, suggestion: Self.closestChapter(to: chapter.id))
                .diagnostic(file: "tilstandsrapport.txt", line: chapter.line, column: chapter.column))
        }
    }

    /// A file name with control characters and bidi overrides replaced by U+FFFD, for messages.
    static func shown(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { ControlCharacters.message(for: $0) == nil ? $0 : "\u{FFFD}" }))
    }

    /// The standard chapter an unknown id was probably meant to be: one typo away (æøå written or not), or a
    /// part of a hyphenated id (`tillitsvalgte` for `bemanning-tillitsvalgte`).
    static func closestChapter(to id: String) -> String? {
        let key = ColumnTable.key(id)
        let ids = ChapterRegistry.standardOrder
        let scored = ids.map { known in (id: known, distance: IndicatorReader.distance(ColumnTable.key(known), key)) }
        if let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= 2 { return best.id }
        return ids.first { $0.split(separator: "-").contains(Substring(id)) }
    }
}
