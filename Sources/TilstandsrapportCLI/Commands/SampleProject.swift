import Foundation
import EmbeddedResources
import ReportModel

/// One file of a sample project, with its path relative to the project folder (`data/bemanning.csv`).
public struct ProjectFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The files `init` writes. The program's own sets are `embedded` (the sample municipality, `SampleData/`;
/// in nynorsk `SampleData/nn/`) and `embeddedEmpty` (the empty project, `Templates/<form>/ny-rapport/`); tests
/// pass their own.
public struct SampleProject: Sendable, Hashable {
    public var files: [ProjectFile]

    public init(files: [ProjectFile]) {
        self.files = files
    }

    /// The files of `SampleData/` compiled into the program (the bokmål sample; the nynorsk one in `nn/` is left out).
    public static var embedded: SampleProject { embedded(.bokmål) }

    /// The sample municipality in `form`: `SampleData/` in bokmål, `SampleData/nn/` in nynorsk.
    public static func embedded(_ form: LanguageForm) -> SampleProject {
        switch form {
        case .bokmål:
            let project = files(under: "SampleData/")
            return SampleProject(files: project.files.filter { !$0.path.hasPrefix(nynorskSampleFolder) && !$0.path.hasPrefix(serviceSampleFolder) })
        case .nynorsk:
            return files(under: "SampleData/" + nynorskSampleFolder)
        }
    }

    /// The nynorsk sample's folder inside `SampleData/`.
    public static let nynorskSampleFolder = "nn/"

    /// The sample service for three councils (`init --eksempel --samarbeid`): Fjordvik hosts Li and Vang.
    public static var embeddedService: SampleProject { files(under: "SampleData/" + serviceSampleFolder) }

    /// The three-council sample's folder inside `SampleData/`.
    public static let serviceSampleFolder = "samarbeid/"

    /// The empty project compiled into the program: every file with its headings, guidance and placeholders.
    public static var embeddedEmpty: SampleProject { embeddedEmpty(.bokmål) }

    /// The empty project in `form`.
    public static func embeddedEmpty(_ form: LanguageForm) -> SampleProject { files(under: emptyProjectFolder(form)) }

    /// Where the empty project's files are among the built-in templates.
    public static let emptyProjectFolder = emptyProjectFolder(.bokmål)

    /// Where the empty project of `form` is among the built-in templates.
    public static func emptyProjectFolder(_ form: LanguageForm) -> String { "Templates/\(form.rawValue)/ny-rapport/" }

    /// The settings file's placeholder for the report year.
    static let yearPlaceholder = "{{rapportår}}"

    private static func files(under prefix: String) -> SampleProject {
        SampleProject(files: EmbeddedResources.files(under: prefix).map {
            ProjectFile(path: String($0.path.dropFirst(prefix.count)), bytes: $0.bytes)
        })
    }

    /// The project with `{{rapportår}}` in the settings replaced by `year`.
    func forReportYear(_ year: Int) -> SampleProject {
        SampleProject(files: files.map { file in
            guard file.path == "tilstandsrapport.txt" else { return file }
            let text = String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(of: Self.yearPlaceholder, with: String(year))
            return ProjectFile(path: file.path, bytes: Array(text.utf8))
        })
    }
}
