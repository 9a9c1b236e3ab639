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

    /// Every payload at every plain site in one build; each site's value starts with its own tag (`⟨3⟩`), so the
    /// check can tell the sites apart. Plain values add no markup at all: the page's tags must be exactly the clean build's.
    @Test func everyPayloadAtEveryPlainSite() {
        let project = HostileProject()
        for (index, site) in InjectionSite.plain.enumerated() { site.inject(project, "⟨\(index)⟩ " + Self.everyPayload) }
        let run = project.build()
        let shown = InjectionSite.plain.enumerated().compactMap { index, site in site.shown("⟨\(index)⟩ " + Self.everyPayload) }
        ReportSafetyCheck(label: "alle verdier").check(run, markdownBody: false, shown: shown)
    }

    /// Every payload in a chapter body, inline and as paragraphs of their own.
    @Test func everyPayloadInAChapterBody() {
        let project = HostileProject()
        InjectionSite.body.inject(project, Self.everyPayload)
        InjectionSite.body.inject(project, Self.payloads.joined(separator: "\n\n"))
        let run = project.build()
        let shown = Self.payloads.compactMap { InjectionSite.body.shown($0) }
        ReportSafetyCheck(label: "brødtekst").check(run, markdownBody: true, shown: shown)
    }

    /// Each payload alone, at every site at once (the chapter body included).
    @Test(arguments: payloads)
    func onePayloadAtEverySite(_ payload: String) {
        let project = HostileProject()
        for site in InjectionSite.all { site.inject(project, payload) }
        let run = project.build()
        let shown = InjectionSite.all.compactMap { $0.shown(payload) }
        // The body adds paragraphs on purpose, so only the guarded tags are counted here; every plain site's exact
        // markup is checked by `everyPayloadAtOneSite`.
        ReportSafetyCheck(label: "alle steder: \(payload)").check(run, markdownBody: true, shown: shown)
    }

    /// Markdown tricks in a chapter body, all in one text (one paragraph each).
    @Test func markdownTricksInAChapterBody() {
        let project = HostileProject()
        InjectionSite.body.inject(project, Self.markdownPayloads.joined(separator: "\n\n"))
        let run = project.build()
        ReportSafetyCheck(label: "brødtekst med Markdown-triks").check(run, markdownBody: true, shown: [])
        let scan = HTMLScan(run.html)
        // Raw HTML is shown as text, not dropped.
        let iframeShown = scan.visibleText.contains("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")
        let baseShown = scan.visibleText.contains("<base href=\"https://evil.example/\">")
        #expect(iframeShown && baseShown, "raw HTML in a chapter text should be shown as text")
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
