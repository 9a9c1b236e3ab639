import Testing
@testable import Escaping

@Suite struct HTMLEscapingTests {
    @Test func escapesAllFiveSpecialCharacters() {
        #expect(HTMLEscaping.escape(#"<a href="x" onclick='y'>&</a>"#)
            == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test func leavesPlainTextAlone() {
        #expect(HTMLEscaping.escape("Barnevernstjenesten i Fjordvik – æøå") == "Barnevernstjenesten i Fjordvik – æøå")
    }
}

@Suite struct URLPolicyTests {
    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "vbscript:msgbox", "file:///etc/passwd", "data:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml,<svg/>",
        "\u{1}javascript:x",
    ])
    func refusesDangerousDestinations(_ url: String) {
        #expect(!URLPolicy.isSafe(url))
    }

    @Test(arguments: [
        "https://www.bufdir.no/", "mailto:post@example.no", "#kapittel-2", "/relativ/sti", "bilde.png",
        "data:image/png;base64,iVBORw0KGgo=", "DATA:image/webp,xyz", "?a=javascript:x", "sti/javascript:x",
    ])
    func allowsOrdinaryDestinations(_ url: String) {
        #expect(URLPolicy.isSafe(url))
    }
}
