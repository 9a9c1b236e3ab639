import Foundation
import ReportInputs
import ReportModel
import SourceText
import TestSupport
import Testing

/// Each folder in `Fixtures/broken/` holds only the files that differ from `SampleData/`, and the
/// diagnostics the load must give as `expected-diagnostics.txt` (`UPDATE_GOLDENS=1` re-records them).
@Suite struct BrokenProjectTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures/broken")
    static let sample = testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("SampleData")
    static let goldenName = "expected-diagnostics.txt"

    static let cases = [
        "personale-missing-column",
        "avvik-wrong-header",
        "ragged-row",
        "unknown-likert-label",
        "negative-count",
        "share-over-100",
        "numerator-above-denominator",
        "report-year-missing",
        "duplicate-indicator",
        "unknown-indicator",
        "settings-missing-colon",
        "settings-unknown-key",
        "settings-bad-kommunenummer",
        "chapter-without-front-matter",
        "chapter-unknown-status",
        "identity-number-in-text",
        "windows-1252-csv",
        "binary-csv",
        "avvik-is-directory",
    ]

    /// A copy of the sample project with the case's files laid over it, in a fresh temporary folder.
    static func project(_ name: String) throws -> URL {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("broken-\(name)-\(UUID().uuidString)")
        try manager.copyItem(at: sample, to: root)
        let overlay = fixtures.appendingPathComponent(name)
        try overlayFolder(overlay, onto: root, isCaseRoot: true)
        return root
    }

    static func overlayFolder(_ source: URL, onto target: URL, isCaseRoot: Bool = false) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: source.path) {
            if isCaseRoot, name == goldenName { continue }
            let from = source.appendingPathComponent(name)
            let to = target.appendingPathComponent(name)
            var sourceIsFolder: ObjCBool = false, targetIsFolder: ObjCBool = false
            _ = manager.fileExists(atPath: from.path, isDirectory: &sourceIsFolder)
            let targetExists = manager.fileExists(atPath: to.path, isDirectory: &targetIsFolder)
            if sourceIsFolder.boolValue, targetExists, targetIsFolder.boolValue {
                try overlayFolder(from, onto: to)
            } else {
                // A file replaces a file; a folder where the sample has a file replaces it too.
                if targetExists { try manager.removeItem(at: to) }
                try manager.copyItem(at: from, to: to)
            }
        }
    }

    static func load(_ name: String) throws -> (LoadedProject, String) {
        let root = try project(name)
        defer { try? FileManager.default.removeItem(at: root) }
        let project = ProjectLoader().load(root)
        return (project, DiagnosticFormatter().format(project.diagnostics))
    }

    @Test(arguments: cases)
    func diagnosticsMatchTheRecordedOnes(name: String) throws {
        let (_, actual) = try Self.load(name)
        let golden = Self.fixtures.appendingPathComponent(name).appendingPathComponent(Self.goldenName)
        switch Golden.compare(actual, withFileAt: golden) {
        case .matches: break
        case .recorded(let path): Issue.record("recorded \(path): read it before committing")
        case .missing(let path): Issue.record("no golden at \(path); run with UPDATE_GOLDENS=1\n\(actual)")
        case .differs(let line, let expected, let actualLine):
            Issue.record("\(name): line \(line) differs\n  expected: \(expected)\n  actual:   \(actualLine)\n--- whole output ---\n\(actual)")
        }
    }

    @Test func everyFixtureFolderIsACase() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.cases))
    }

    /// The codes each case must give (errors unless noted), checked apart from the wording in the goldens.
    @Test(arguments: [
        ("personale-missing-column", ["INN010"]),
        ("avvik-wrong-header", ["INN010"]),
        ("ragged-row", ["CSV004", "CSV004"]),
        ("unknown-likert-label", ["INN047"]),
        ("negative-count", ["INN013"]),
        ("share-over-100", ["INN013"]),
        ("numerator-above-denominator", ["INN032"]),
        ("report-year-missing", ["INN080"]),
        ("duplicate-indicator", ["INN020"]),
        ("unknown-indicator", ["INN030"]),
        ("settings-missing-colon", ["INN001"]),
        ("settings-unknown-key", ["INN002"]),
        ("settings-bad-kommunenummer", ["INN006"]),
        ("chapter-without-front-matter", ["INN070"]),
        ("chapter-unknown-status", ["INN074"]),
        ("identity-number-in-text", ["PER001"]),
        ("binary-csv", ["INN094"]),
        ("avvik-is-directory", ["INN091"]),
    ])
    func eachCaseGivesItsError(name: String, codes: [String]) throws {
        let (project, text) = try Self.load(name)
        let errors = project.diagnostics.filter(\.isError).map(\.code)
        for code in Set(codes) {
            #expect(errors.filter { $0 == code }.count == codes.filter { $0 == code }.count, "\(name): \(text)")
        }
        #expect(!project.isValid)
        #expect(project.data == nil)
    }

    @Test func aWindows1252CSVLoadsClean() throws {
        let (project, text) = try Self.load("windows-1252-csv")
        #expect(project.diagnostics.isEmpty, "\(text)")
        let data = try #require(project.data)
        #expect(data.deviations.contains { $0.category == "dokumentasjon – særlig journalføring" && $0.year == 2025 && $0.count == 6 })
        #expect(data.deviations.count == 12)
    }

    @Test func theIdentityNumberIsNeverPrinted() throws {
        let file = Self.fixtures.appendingPathComponent("identity-number-in-text/tekster/medvirkning.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        // The number in the fixture, found the same way as the scanner does, written with a space.
        let line = try #require(text.split(separator: "\n").first { $0.contains("fødselsnummer") })
        let digits = line.filter(\.isNumber)
        #expect(digits.count == 11)
        let (project, printed) = try Self.load("identity-number-in-text")
        #expect(!printed.filter(\.isNumber).contains(digits))
        #expect(!printed.contains(String(digits.suffix(5))))
        #expect(!printed.contains(String(digits.prefix(6))))
        let golden = try String(contentsOf: Self.fixtures.appendingPathComponent("identity-number-in-text/\(Self.goldenName)"), encoding: .utf8)
        #expect(!golden.contains(String(digits.suffix(5))))
        let hit = try #require(project.diagnostics.first { $0.code == "PER001" })
        #expect(hit.location?.file == "tekster/medvirkning.md")
        #expect(hit.location?.line == 8)
    }

    @Test func aSettingsErrorStopsTheDataButEveryFileIsStillChecked() throws {
        let (project, _) = try Self.load("settings-bad-kommunenummer")
        #expect(project.data == nil)
        // The chapter order still comes from the standard list.
        #expect(project.chapterOrder.first == "leseveiledning")
    }

    @Test func theSampleCopyItselfLoadsClean() throws {
        let root = try Self.project("windows-1252-csv")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("data/avvik.csv"))
        try FileManager.default.copyItem(at: Self.sample.appendingPathComponent("data/avvik.csv"), to: root.appendingPathComponent("data/avvik.csv"))
        let project = ProjectLoader().load(root)
        #expect(project.diagnostics.isEmpty, "\(DiagnosticFormatter().format(project.diagnostics))")
    }
}
