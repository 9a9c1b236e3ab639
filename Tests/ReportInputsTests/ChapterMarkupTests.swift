import Foundation
import Markdown
@testable import ReportInputs
import ReportModel
import SourceText
import Testing

/// HTML and pictures in chapter texts (issue 16): the .md must be as safe as the HTML, and a picture is
/// either the project's own or a link.
@Suite struct ChapterMarkupTests {
    static let head = "---\ntittel: Økonomi\nansvarlig: Kari\nstatus: utkast\n---\n"

    func read(_ body: String, images: Set<String> = []) -> (ChapterText?, [Diagnostic]) {
        ChapterTextReader.read(Self.head + body, id: "okonomi", file: "tekster/okonomi.md", images: images)
    }

    /// No raw HTML and no picture from outside is left for any Markdown renderer to act on.
    func expectSafe(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let document = MarkdownParser.parse(markdown)
        let linked = ChapterMarkup.linkedNodes(document)
        for index in document.nodes.indices where linked[index] {
            let node = document.nodes[index]
            #expect(node.kind != .htmlBlock && node.kind != .htmlInline, "raw HTML left in \(markdown)", sourceLocation: sourceLocation)
            #expect(!(node.kind == .image && ChapterMarkup.isRemote(node.destination)), "remote picture left in \(markdown)", sourceLocation: sourceLocation)
        }
    }

    @Test func rawHTMLBecomesTextOnItsOwnLinesWithAWarning() throws {
        let (chapter, diagnostics) = read("Innledning.\n\n<script>alert(1)</script>\n\nTekst med <b onclick=\"x()\">fet</b> og `<kode>`.\n")
        let text = try #require(chapter)
        #expect(text.markdown == "Innledning.\n\n&lt;script>alert(1)&lt;/script>\n\nTekst med &lt;b onclick=\"x()\">fet&lt;/b> og `<kode>`.\n")
        expectSafe(text.markdown)
        #expect(diagnostics.map(\.code) == ["INN170", "INN170"])
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        #expect(diagnostics.map { $0.location } == [SourceText.SourceLocation(file: "tekster/okonomi.md", line: 8, column: 1),
                                                    SourceText.SourceLocation(file: "tekster/okonomi.md", line: 10, column: 11)])
        #expect(diagnostics[0].found == "<script>alert(1)</script>")
    }

    /// With `&lt;` the address would run on into the markup and take it as its link text.
    @Test func anAddressRightBeforeEscapedMarkupStaysText() throws {
        let text = try #require(read("<style>body{background:url(https://evil.example/x)}</style> www.evil.example<b>\n").0)
        #expect(text.markdown == "&lt;style>body{background:url(https\\://evil.example/x)}&lt;/style> www\\.evil.example&lt;b>\n")
        let html = HTMLWriter().render(MarkdownParser.parse(text.markdown))
        #expect(html == "<p>&lt;style&gt;body{background:url(https://evil.example/x)}&lt;/style&gt; www.evil.example&lt;b&gt;</p>\n")
    }

    @Test func aMultiLineHTMLBlockIsTextThroughout() throws {
        let body = "<div>\n<img src=x onerror=alert(1)>\n<!-- skjult -->\n</div>\n\nSlutt.\n"
        let text = try #require(read(body).0)
        expectSafe(text.markdown)
        #expect(text.markdown.split(separator: "\n").count == body.split(separator: "\n").count)
        #expect(!text.markdown.contains("<img"))
    }

    @Test func autolinksCodeAndComparisonsAreLeftAsWritten() throws {
        let body = "Se <https://bufdir.no> eller skriv til <post@fjordvik.kommune.no>.\n\nAlder < 18 år, og `a<b>` i kode.\n\n```\n<div>kode</div>\n```\n"
        let (chapter, diagnostics) = read(body)
        #expect(chapter?.markdown == body)
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        "<a href=\"javascript:alert(1)\">x</a>", "<svg/onload=alert(1)>", "<iframe src=//evil.example>", "<style>*{}</style>",
        "> <script>\n> alert(1)\n> </script>", "- <img src=x onerror=y>\n  - <b>nested</b>", "| a | b |\n|---|---|\n| <i>x</i> | y |",
        "[lenke](<b>)<b>", "\\<b>escaped</b>", "``<b>``<b>x</b>", "<b\nonclick=x>split</b>", "[^1]\n\n[^1]: <script>x</script>",
    ])
    func hostileMarkupNeverSurvivesInTheMarkdown(_ body: String) throws {
        let text = try #require(read(body + "\n").0)
        expectSafe(text.markdown)
        #expect(text.markdown.split(separator: "\n", omittingEmptySubsequences: false).count
            == (body + "\n").split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    /// Each line of HTML 8 000 block quotes deep: the tree is walked once, not once per node and level.
    @Test func deeplyNestedMarkupIsMadeSafe() throws {
        let depth = 8_000
        let body = String(repeating: "> ", count: depth) + "<b>deep</b>\n" + String(repeating: ">", count: depth) + " ![x](https://evil.example/x.png)\n"
        let (chapter, diagnostics) = read(body)
        expectSafe(try #require(chapter).markdown)
        #expect(diagnostics.map(\.code) == ["INN170", "INN171"])
    }

    @Test func aRemotePictureBecomesALinkWithAWarning() throws {
        let (chapter, diagnostics) = read("Logo: ![logo](https://evil.example/x.png) og ![kart](bilder/kart.png).\n", images: ["bilder/kart.png"])
        let text = try #require(chapter)
        #expect(text.markdown == "Logo: [logo](https://evil.example/x.png) og ![kart](bilder/kart.png).\n")
        expectSafe(text.markdown)
        #expect(diagnostics.map(\.code) == ["INN171"])
        #expect(diagnostics.first?.location == SourceText.SourceLocation(file: "tekster/okonomi.md", line: 6, column: 15))
        #expect(diagnostics.first?.message == "Bildet ligger på internett. Rapporten henter ingenting utenfra, så bildet vises som en lenke.")
    }

    @Test(arguments: ["//evil.example/x.png", "/etc/passwd", "../../hemmelig.png", "file:///etc/x.png", "HTTP://EVIL.EXAMPLE/x.png"])
    func picturesOutsideTheProjectAreRemote(_ destination: String) throws {
        let (chapter, diagnostics) = read("![bilde](\(destination))\n")
        expectSafe(try #require(chapter).markdown)
        #expect(diagnostics.map(\.code) == ["INN171"])
    }

    @Test func aReferenceStylePictureFromOutsideIsCaughtToo() throws {
        let (chapter, diagnostics) = read("Se ![logo][l].\n\n[l]: https://evil.example/x.png\n")
        expectSafe(try #require(chapter).markdown)
        #expect(diagnostics.map(\.code) == ["INN171"])
    }

    @Test func aProjectPictureMustExistAndHaveADescription() throws {
        let (_, diagnostics) = read("![](bilder/kart.png)\n\n![Organisasjon](bilder/org.png)\n\n![Skrevet slik](./bilder/kart%20ny.png)\n",
                                    images: ["bilder/kart.png", "bilder/kart ny.png"])
        #expect(diagnostics.map(\.code) == ["INN172", "INN173"])
        #expect(diagnostics.map(\.severity) == [.error, .error])
        #expect(diagnostics.map { $0.location?.line } == [6, 8])
        #expect(diagnostics[1].found == "bilder/org.png")
        #expect(diagnostics[1].expected == "ett av: bilder/kart ny.png, bilder/kart.png")
    }
}

/// Pictures in `bilder/`: read by their content, refused when they are not what they say they are.
@Suite struct ProjectImageTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16]

    @Test func picturesAreKnownByTheirFirstBytes() {
        #expect(EmbeddedImage(bytes: Self.png)?.format == .png)
        #expect(EmbeddedImage(bytes: Self.jpeg)?.dataURI == "data:image/jpeg;base64,/9j/4AAQ")
        #expect(EmbeddedImage(bytes: Array("<svg onload=alert(1)>".utf8)) == nil)
        #expect(EmbeddedImage(bytes: []) == nil)
    }

    @Test func aProjectsPicturesAreEmbeddedAndFakesRefused() throws {
        let project = ProjectCopy()
        let folder = project.root.appendingPathComponent("bilder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.png).write(to: folder.appendingPathComponent("kart.png"))
        try Data("<svg onload=alert(1)></svg>".utf8).write(to: folder.appendingPathComponent("falsk.png"))
        try Data("GIF89a".utf8).write(to: folder.appendingPathComponent("gammel.jpg"))
        try Data("notater".utf8).write(to: folder.appendingPathComponent("notater.txt"))
        project.replace("\n\n", with: "\n\n![Kart over tjenesten](bilder/kart.png)\n\n", in: "tekster/okonomi.md")
        let loaded = project.load()
        let problems = loaded.diagnostics.filter { $0.location?.file.hasPrefix("bilder/") ?? false }
        #expect(problems.map(\.code) == ["INN174", "INN174"])
        #expect(problems.map(\.found) == ["en SVG- eller XML-fil", "et GIF-bilde"])
        #expect(problems.map { $0.location?.file } == ["bilder/falsk.png", "bilder/gammel.jpg"])
        #expect(!loaded.diagnostics.contains { $0.code == "INN173" })
    }
}
