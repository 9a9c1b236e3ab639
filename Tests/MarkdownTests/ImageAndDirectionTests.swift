import Markdown
import Testing

/// The report's HTML writer options for pictures and right-to-left names (issue 16).
@Suite struct ImageAndDirectionTests {
    func html(_ markdown: String, images: [String: String] = [:], isolate: Bool = false) -> String {
        var options = HTMLOptions()
        options.imageSource = { destination in images[String(decoding: destination, as: UTF8.self)] }
        options.isolateRightToLeftText = isolate
        return HTMLWriter(options: options).render(MarkdownParser.parse(markdown))
    }

    @Test func aKnownPictureIsEmbeddedWithItsDescription() {
        let output = html("![Kart over *tjenesten*](bilder/kart.png \"Kart\")", images: ["bilder/kart.png": "data:image/png;base64,iVBORw0KGgo="])
        #expect(output == "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Kart over tjenesten\" title=\"Kart\" /></p>\n")
    }

    @Test func aRemotePictureBecomesALinkAndIsNeverFetched() {
        let output = html("Se ![logoen vår](https://evil.example/x.png) her.")
        #expect(output == "<p>Se <a href=\"https://evil.example/x.png\">logoen vår</a> her.</p>\n")
        #expect(!output.contains("<img"))
    }

    /// A linked badge: the picture inside the link becomes its description, never a second `<a>` inside the first.
    @Test func aRemotePictureInsideALinkIsItsDescription() {
        #expect(html("[![logo](https://evil.example/x.png)](https://bufdir.no)") == "<p><a href=\"https://bufdir.no\">logo</a></p>\n")
    }

    @Test func aDangerousPictureDestinationLeavesOnlyTheDescription() {
        #expect(html("![klikk](javascript:alert(1))") == "<p>klikk</p>\n")
        #expect(html("![bilde](data:text/html,x)") == "<p>bilde</p>\n")
    }

    @Test func rightToLeftTextIsIsolatedAndOtherTextIsNot() {
        #expect(html("Leder: אבי כהן, 12 saker", isolate: true) == "<p><bdi>Leder: אבי כהן, 12 saker</bdi></p>\n")
        #expect(html("Tolk: محمد 3", isolate: true) == "<p><bdi>Tolk: محمد 3</bdi></p>\n")
        #expect(html("Ærlig talt: Åse og Øystein, 12 saker – «ja»", isolate: true) == "<p>Ærlig talt: Åse og Øystein, 12 saker – «ja»</p>\n")
        #expect(html("Leder: אבי כהן") == "<p>Leder: אבי כהן</p>\n")
    }
}
