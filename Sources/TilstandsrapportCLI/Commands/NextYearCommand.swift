import Foundation
import ReportBuilding
import SourceText

/// `init --fra LAST DIR`: next year's project made from last year's, written like `init` writes a new one
/// (a new or empty folder, all or nothing, never over anything). Last year's folder is only read.
struct NextYearCommand: Sendable {
    var pipeline: any ReportPipeline

    func run(directory: ProjectFolder, from lastYear: ProjectFolder) -> CommandResult {
        var result = CommandResult(writes: true)
        result.inputDiagnostics = lastYear.existenceProblems()
        if result.inputDiagnostics.containsErrors { return result }
        if Self.isInside(directory.path, lastYear.path) {
            result.outputDiagnostics = [Diagnostic(code: "CLI044", message: CLIMessages.initInsideLastYear(directory.shownAs, lastYear.shownAs))]
            return result
        }
        let next = lastYear.withURL { pipeline.nextYear(from: $0) }
        // Said about last year's folder: named from where the user stands.
        result.inputDiagnostics = next.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if let file = diagnostic.location?.file { diagnostic.location?.file = lastYear.shown(file) }
            return diagnostic
        }
        guard !result.inputDiagnostics.containsErrors, let year = next.year else { return result }
        let project = SampleProject(files: next.files.map { ProjectFile(path: $0.name, bytes: $0.bytes) })
        result.outputDiagnostics = ProjectCreator(project: project).create(at: directory.path, shownAs: directory.shownAs)
        if result.outputDiagnostics.isEmpty {
            result.output = CLIMessages.initNextYearDone(directory.shownAs, from: lastYear.shownAs, year: year, fileCount: next.files.count)
        }
        return result
    }

    /// True when `path` is `folder` or lies below it.
    static func isInside(_ path: RawPath, _ folder: RawPath) -> Bool {
        let inner = path.normalized.bytes, outer = folder.normalized.bytes
        if inner == outer { return true }
        let prefix = outer.last == UInt8(ascii: "/") ? outer : outer + [UInt8(ascii: "/")]
        return inner.starts(with: prefix)
    }
}
