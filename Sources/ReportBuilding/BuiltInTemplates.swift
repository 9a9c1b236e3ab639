import EmbeddedResources
import ReportModel
import SourceText

/// The templates that come with the program, one set per written form (`Templates/nb/`, `Templates/nn/`), each
/// with the files that hold no words (`Templates/felles/`: the style sheet). The set is chosen by the project's
/// `målform`; both built-in sets are complete (a test keeps their names equal), so the fallback to bokmål with a
/// warning is only for a set someone left out.
public struct BuiltInTemplates: Sendable {
    /// Template texts by name (`bemanning.md.mustache`, `rapport.css` …) per written form.
    public var sets: [LanguageForm: [String: String]]

    /// Creates template sets.
    public init(_ sets: [LanguageForm: [String: String]]) {
        self.sets = sets
    }

    /// The sets compiled into the program.
    public static var embedded: BuiltInTemplates {
        let shared = files(under: sharedFolder)
        var sets: [LanguageForm: [String: String]] = [:]
        for form in LanguageForm.allCases {
            let templates = files(under: "Templates/\(form.rawValue)/")
            if !templates.isEmpty { sets[form] = templates.merging(shared) { own, _ in own } }
        }
        return BuiltInTemplates(sets)
    }

    /// The folder of the built-in files that are the same in both written forms.
    public static let sharedFolder = "Templates/felles/"

    /// Embedded files below `prefix`, by name relative to it.
    static func files(under prefix: String) -> [String: String] {
        var files: [String: String] = [:]
        for file in EmbeddedResources.files(under: prefix) {
            files[String(file.path.dropFirst(prefix.count))] = String(decoding: file.bytes, as: UTF8.self)
        }
        return files
    }

    /// The set for `form`, and a warning when it had to be bokmål instead.
    public func templates(for form: LanguageForm) -> (templates: [String: String], diagnostics: [Diagnostic]) {
        if let set = sets[form], !set.isEmpty { return (set, []) }
        let fallback = sets[.bokmål] ?? [:]
        guard form != .bokmål else { return (fallback, []) }
        return (fallback, [BuildMessages.templatesOnlyInBokmål(form)])
    }
}

/// The messages of the build itself (code `RAP`), in Norwegian bokmål.
enum BuildMessages {
    static func templatesOnlyInBokmål(_ form: LanguageForm) -> Diagnostic {
        Diagnostic(severity: .warning, code: "RAP001",
                   message: "De innebygde malene finnes bare på bokmål ennå. Tekstene dere skriver selv, blir stående på nynorsk, men overskrifter og setninger fra malene blir på bokmål.",
                   location: SourceLocation(file: "tilstandsrapport.txt", line: 1, column: 1), found: "målform: \(form.rawValue)",
                   expected: "nb, eller egne nynorskmaler i maler/")
    }
}
