import Foundation
import Markdown
import Testing

extension Hostile {
/// One place where text from the project folder reaches the report.
struct InjectionSite: Sendable, CustomTestStringConvertible {
    let name: String
    /// True for a chapter text's body, which is Markdown by design (raw HTML shown as text, unsafe links dropped).
    var isMarkdown = false
    /// Puts `value` into the project at this place.
    let inject: @Sendable (HostileProject, String) -> Void
    /// What a reader should see of `value` in the HTML (nil: nothing checked).
    var shown: @Sendable (String) -> String? = { $0 }

    var testDescription: String { name }

    static let bodyFile = "tekster/oppsummering.md"
    static let unionFile = "tekster/bemanning-tillitsvalgte.md"

    /// The chapter body: the value inline in a sentence and as a paragraph of its own.
    static let body = InjectionSite(name: "tekster/oppsummering.md: brødtekst", isMarkdown: true, inject: { project, value in
        project.prependToBody("\nFør \(value) etter.\n\n\(value)\n", in: bodyFile)
    }, shown: { value in value.contains("](") ? nil : value })

    /// Every place whose text is shown as plain text (values, never Markdown).
    static let plain: [InjectionSite] = [
        InjectionSite(name: "tekster/oppsummering.md: tittel", inject: { project, value in
            project.setKey("tittel", to: value, in: bodyFile)
        }),
        InjectionSite(name: "tillitsvalgte: forfatter-navn", inject: { project, value in
            project.setKey("forfatter", to: "\(value.replacingOccurrences(of: ";", with: ",")); hovedtillitsvalgt", in: unionFile, occurrence: 0)
        }, shown: { $0.replacingOccurrences(of: ";", with: ",") }),
        InjectionSite(name: "tillitsvalgte: forfatter-rolle", inject: { project, value in
            project.setKey("forfatter", to: "Rune Bakketun; \(value)", in: unionFile, occurrence: 1)
        }),
        InjectionSite(name: "tilstandsrapport.txt: kommune", inject: { project, value in
            project.setKey("kommune", to: value, in: "tilstandsrapport.txt")
        }),
        InjectionSite(name: "tilstandsrapport.txt: saksnummer", inject: { project, value in
            project.setKey("saksnummer", to: value, in: "tilstandsrapport.txt")
        }),
        InjectionSite(name: "tilstandsrapport.txt: forfatter-navn", inject: { project, value in
            project.setKey("forfatter", to: "\(value.replacingOccurrences(of: ";", with: ",")); barnevernleder", in: "tilstandsrapport.txt", occurrence: 0)
        }, shown: { $0.replacingOccurrences(of: ";", with: ",") }),
        InjectionSite(name: "tilstandsrapport.txt: forfatter-rolle", inject: { project, value in
            project.setKey("forfatter", to: "Espen Lie Strand; \(value)", in: "tilstandsrapport.txt", occurrence: 1)
        }),
        InjectionSite(name: "data/tilsyn.csv: tema", inject: { project, value in
            project.editCSV("data/tilsyn.csv") { $0.set("tema", to: value) }
        }),
        InjectionSite(name: "data/tilsyn.csv: oppfølging", inject: { project, value in
            project.editCSV("data/tilsyn.csv") { $0.set("oppfølging", to: value) }
        }),
        InjectionSite(name: "data/medvirkning-tema.csv: tema", inject: { project, value in
            project.editCSV("data/medvirkning-tema.csv") { table in
                let year = table.column("år"), part = table.column("del")
                table.set("tema", to: value) { $0[year] == "2025" && $0[part] == "informasjon" }
            }
        }),
        InjectionSite(name: "data/medvirkning-tema.csv: endring", inject: { project, value in
            project.editCSV("data/medvirkning-tema.csv") { table in
                let year = table.column("år"), part = table.column("del")
                table.set("endring", to: value) { $0[year] == "2025" && $0[part] == "informasjon" }
            }
        }),
        InjectionSite(name: "data/medvirkning.csv: merknad", inject: { project, value in
            project.editCSV("data/medvirkning.csv") { $0.set("merknad", to: value) }
        }),
        InjectionSite(name: "data/avvik.csv: kategori", inject: { project, value in
            project.editCSV("data/avvik.csv") { $0.replaceCells(equalTo: "taushetsplikt", with: value) }
        }),
        InjectionSite(name: "undersøkelse: påstand (spørsmål + svar-overskrift)", inject: { project, value in
            var original = ""
            project.editCSV("data/undersokelse-sporsmal.csv") { table in
                let code = table.column("kode"), text = table.column("spørsmål")
                let row = table.rows.firstIndex { $0[code] == "S01" }!
                original = table.rows[row][text]
                table.rows[row][text] = value
            }
            project.editCSV("data/undersokelse-svar.csv") { $0.replaceCells(equalTo: original, with: value) }
        }),
        InjectionSite(name: "undersøkelse: sektor", inject: { project, value in
            project.editCSV("data/undersokelse-svar.csv") { $0.replaceCells(equalTo: "Skole", with: value) }
        }),
        InjectionSite(name: "undersøkelse: svaralternativ", inject: { project, value in
            project.editCSV("data/undersokelse-skala.csv") { $0.replaceCells(equalTo: "Delvis enig", with: value) }
            project.editCSV("data/undersokelse-svar.csv") { $0.replaceCells(equalTo: "Delvis enig", with: value) }
        }),
    ]

    static let all = [body] + plain
}

/// What a clean build of the sample project looks like, to compare hostile builds with.
enum Baseline {
    struct Shape: Sendable {
        var tagCounts: [String: Int]
        var markdownTagCounts: [String: Int]
    }

    static let shape: Shape = {
        let project = HostileProject()
        let run = project.build()
        precondition(run.status == 0, run.transcript)
        return Shape(tagCounts: HTMLScan(run.html).tagCounts, markdownTagCounts: HTMLScan(unsafeHTML(run.markdown)).tagCounts)
    }()

    /// The Markdown report as a permissive renderer (raw HTML allowed) would show it.
    static func unsafeHTML(_ markdown: String) -> String {
        HTMLWriter(options: .unsafe).render(MarkdownParser.parse(markdown))
    }

    /// Tags whose number no text value may change: anything that runs, loads, or breaks out of its context.
    static let guardedTags = ["script", "iframe", "frame", "object", "embed", "base", "form", "input", "button", "textarea",
                              "link", "meta", "style", "svg", "math", "img", "image", "title", "template", "noscript", "a",
                              "video", "audio", "source", "table", "caption", "tr", "td", "th", "details", "figure", "section"]

    static func guardedCounts(_ counts: [String: Int]) -> [String: Int] {
        counts.filter { key, _ in guardedTags.contains(key.hasPrefix("/") ? String(key.dropFirst()) : key) }
    }

    /// Differences between two tag count tables, as «name: expected → found».
    static func differences(_ expected: [String: Int], _ found: [String: Int], ignoring: Set<String> = []) -> [String] {
        Set(expected.keys).union(found.keys).subtracting(ignoring).sorted().compactMap { key in
            expected[key, default: 0] == found[key, default: 0] ? nil : "\(key): \(expected[key, default: 0]) → \(found[key, default: 0])"
        }
    }
}

/// Checks one hostile build of HTML (and its Markdown twin) and records every problem as an issue.
struct ReportSafetyCheck {
    var label: String

    /// - Parameters:
    ///   - strictShape: the tag counts must equal the clean build's (for plain-text values, which add no markup).
    func check(_ run: BuildRun, markdownBody: Bool, shown: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        guard run.status == 0 else {
            Issue.record("\(label): the build failed instead of showing the text\n\(run.transcript)", sourceLocation: sourceLocation)
            return
        }
        let html = run.html
        #expect(!html.lowercased().contains("<script"), "\(label): «<script» in the HTML", sourceLocation: sourceLocation)
        let scan = HTMLScan(html)
        for problem in scan.scriptingProblems() {
            Issue.record("\(label): \(problem)", sourceLocation: sourceLocation)
        }
        // Long chart labels wrap into more lines; a bare URL in a value becomes a link (GFM autolink), which
        // `scriptingProblems` checks for a safe destination instead.
        let ignoring: Set<String> = ["tspan", "/tspan", "text", "/text", "a", "/a"]
        let differences = markdownBody
            ? Baseline.differences(Baseline.guardedCounts(Baseline.shape.tagCounts), Baseline.guardedCounts(scan.tagCounts), ignoring: ignoring)
            : Baseline.differences(Baseline.shape.tagCounts, scan.tagCounts, ignoring: ignoring)
        #expect(differences.isEmpty, "\(label): the text changed the page's markup: \(differences)", sourceLocation: sourceLocation)
        for text in shown {
            let seen = scan.visibleText.contains(text)
            #expect(seen, "\(label): the reader does not see «\(text)»", sourceLocation: sourceLocation)
        }
        // The .md report, shown by a renderer that lets raw HTML through, must not turn a value into markup.
        // (A chapter body is Markdown the service wrote on purpose and is passed through as such.)
        guard !markdownBody else { return }
        let markdownScan = HTMLScan(Baseline.unsafeHTML(run.markdown))
        for problem in markdownScan.scriptingProblems() {
            Issue.record("\(label) (.md rendered with raw HTML allowed): \(problem)", sourceLocation: sourceLocation)
        }
        let markdownDifferences = Baseline.differences(Baseline.guardedCounts(Baseline.shape.markdownTagCounts),
                                                       Baseline.guardedCounts(markdownScan.tagCounts), ignoring: ignoring)
        #expect(markdownDifferences.isEmpty, "\(label) (.md): the text became markup: \(markdownDifferences)", sourceLocation: sourceLocation)
        for text in shown {
            let seen = markdownScan.visibleText.contains(text)
            #expect(seen, "\(label) (.md): the reader does not see «\(text)»", sourceLocation: sourceLocation)
        }
    }
}
}
