import SourceText

/// Puts a load's diagnostics in the order a person reads them, and keeps one problem repeated 50 000 times
/// from burying the one that matters: files in the order they were read, each file's diagnostics in line and
/// column order, and per file and code the first `maximumRepeats`, then one line saying how many more.
enum DiagnosticOrdering {
    static func arrange(_ diagnostics: [Diagnostic], maximumRepeats: Int) -> [Diagnostic] {
        var groups: [[Diagnostic]] = []
        var groupOfFile: [String: Int] = [:]
        for diagnostic in diagnostics {
            guard let file = diagnostic.location?.file else {
                groups.append([diagnostic])
                continue
            }
            if let index = groupOfFile[file] {
                groups[index].append(diagnostic)
            } else {
                groupOfFile[file] = groups.count
                groups.append([diagnostic])
            }
        }
        var arranged: [Diagnostic] = []
        arranged.reserveCapacity(min(diagnostics.count, 10_000))
        for group in groups {
            arranged += capped(stableSorted(group), maximumRepeats: maximumRepeats)
        }
        return arranged
    }

    static func stableSorted(_ group: [Diagnostic]) -> [Diagnostic] {
        group.enumerated().sorted { left, right in
            let a = (left.element.location?.line ?? 0, left.element.location?.column ?? 0, left.offset)
            let b = (right.element.location?.line ?? 0, right.element.location?.column ?? 0, right.offset)
            return a < b
        }.map(\.element)
    }

    /// The first `maximumRepeats` of each code, then «… og N til av samme slag i FIL» right after the last one kept.
    static func capped(_ group: [Diagnostic], maximumRepeats: Int) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        for diagnostic in group { counts[diagnostic.code, default: 0] += 1 }
        guard counts.values.contains(where: { $0 > maximumRepeats }) else { return group }
        var kept: [String: Int] = [:]
        var result: [Diagnostic] = []
        for diagnostic in group {
            let seen = kept[diagnostic.code, default: 0] + 1
            kept[diagnostic.code] = seen
            guard seen <= maximumRepeats else { continue }
            result.append(diagnostic)
            if seen == maximumRepeats, let total = counts[diagnostic.code], total > maximumRepeats {
                result.append(omitted(like: diagnostic, count: total - maximumRepeats))
            }
        }
        return result
    }

    /// The summary line: same code and severity as the ones it stands for, no position of its own.
    static func omitted(like diagnostic: Diagnostic, count: Int) -> Diagnostic {
        let file = diagnostic.location?.file ?? ""
        return Diagnostic(severity: diagnostic.severity, code: diagnostic.code, message: InputMessage.omitted(count: count, file: file))
    }
}
