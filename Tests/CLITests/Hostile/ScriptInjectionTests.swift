import Foundation
import Testing

/// Script injection through every text input: whatever a project file says, the HTML report runs nothing,
/// loads nothing, keeps its markup, and shows the text as text.
extension Hostile {
@Suite struct ScriptInjectionTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klikk](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<svg onload=alert(1)><script>1</script></svg>",
        "<style>body{background:url(https://evil.example/x)}</style>",
        "</td></tr></table><script>x</script>",
        "</title><script>x</script>",
        "</caption><script>",
        "\" onmouseover=\"alert(1)",
    ]

    /// Markdown-only tricks to smuggle a dangerous link or raw HTML past a safe renderer (chapter bodies).
    static let markdownPayloads = [
        "[x](&#106;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](javascript&colon;alert(1))",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "![x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox(1)) [y](file:///etc/passwd)",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "<a href=\"x\" onclick=\"alert(1)\">x</a>",
        "<!-- --><script>alert(1)</script>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<div>\n<script>alert(1)</script>\n</div>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<form action=\"https://evil.example\"><button>x</button></form>",
        "www.evil.example/<script>alert(1)</script>",
        "```tilstandsrapport-blokk\n<script>alert(1)</script>\n```",
    ]

    /// All payloads in one value, so one build per site tries every payload there.
    static let everyPayload = payloads.joined(separator: " ¶ ")

    @Test(arguments: InjectionSite.all)
    func everyPayloadAtOneSite(_ site: InjectionSite) {
        let project = HostileProject()
        site.inject(project, Self.everyPayload)
        let run = project.build()
        let shown = site.isMarkdown
            ? Self.payloads.filter { !$0.contains("](") }.map { site.shown($0) ?? $0 }
            : [site.shown(Self.everyPayload)].compactMap { $0 }
        ReportSafetyCheck(label: site.name).check(run, markdownBody: site.isMarkdown, shown: shown)
    }

    @Test(arguments: payloads)
    func onePayloadAtEveryPlainSite(_ payload: String) {
        let project = HostileProject()
        for site in InjectionSite.plain { site.inject(project, payload) }
        let run = project.build()
        let shown = InjectionSite.plain.compactMap { $0.shown(payload) }
        ReportSafetyCheck(label: "alle steder: \(payload)").check(run, markdownBody: false, shown: shown)
    }

    @Test(arguments: payloads + markdownPayloads)
    func onePayloadInAChapterBody(_ payload: String) {
        let project = HostileProject()
        InjectionSite.body.inject(project, payload)
        let run = project.build()
        let shown = Self.payloads.contains(payload) ? [InjectionSite.body.shown(payload)].compactMap { $0 } : []
        ReportSafetyCheck(label: "brødtekst: \(payload)").check(run, markdownBody: true, shown: shown)
    }

    /// The page promises no scripts and nothing loaded from elsewhere; its CSP must survive any input.
    @Test func contentSecurityPolicyStaysFirstAndUnchanged() {
        let project = HostileProject()
        for site in InjectionSite.all { site.inject(project, Self.everyPayload) }
        let run = project.build()
        #expect(run.status == 0, "\(run.transcript)")
        let scan = HTMLScan(run.html)
        let metas = scan.tags.filter { $0.name == "meta" && !$0.isEnd }
        let policies = metas.filter { tag in tag.attributes.contains { $0.name == "http-equiv" && $0.value.lowercased() == "content-security-policy" } }
        #expect(policies.count == 1)
        #expect(policies.first?.attributes.first { $0.name == "content" }?.value
            == "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
        // Nothing the input controls may come before the policy in <head>.
        let headTags = scan.tags.prefix { $0.name != "body" }.map(\.name)
        #expect(Array(headTags.prefix(5)) == ["html", "head", "meta", "meta", "meta"], "\(headTags)")
        #expect(scan.scriptingProblems().isEmpty, "\(scan.scriptingProblems())")
    }
}
}
