import Mustache
import SourceText
import Testing

/// Every template error names the template, line and column, and shows the line with a caret.
@Suite struct MustacheErrorTests {
    func message(compiling source: String, name: String = "kapittel.md.mustache") -> String? {
        do {
            _ = try Template(name: name, source: source)
            return nil
        } catch {
            return DiagnosticFormatter().format(error.diagnostic)
        }
    }

    func message(rendering source: String, data: TemplateValue, partials: [String: String] = [:], strict: Bool = true) -> String? {
        do {
            let template = try Template(name: "kapittel.md.mustache", source: source)
            _ = try template.render(data, options: RenderOptions(strict: strict), library: TemplateLibrary(templates: partials))
            return nil
        } catch {
            return DiagnosticFormatter().format(error.diagnostic)
        }
    }

    @Test func unclosedSectionNamesTheOpeningTag() {
        #expect(message(compiling: "# Tittel\n\n{{#rader}}\n| {{navn}} |\n") == """
            kapittel.md.mustache:3:1: feil[MUS002]: Seksjonen «rader» blir aldri lukket.
              forventet «{{/rader}}» før malen slutter
             3 | {{#rader}}
               | ^
            """)
    }

    @Test func mismatchedCloseNamesBothSections() {
        #expect(message(compiling: "{{#a}}\n  tekst {{/b}}\n") == """
            kapittel.md.mustache:2:9: feil[MUS003]: Sluttaggen passer ikke til seksjonen som er åpen.
              fant «{{/b}}», forventet «{{/a}}»
             2 |   tekst {{/b}}
               |         ^
            """)
    }

    @Test func closeWithoutOpenIsAnError() {
        #expect(message(compiling: "æøå {{/rader}}") == """
            kapittel.md.mustache:1:5: feil[MUS004]: Sluttaggen lukker en seksjon som ikke er åpnet.
              fant «{{/rader}}», forventet en åpen seksjon «{{#rader}}» foran
             1 | æøå {{/rader}}
               |     ^
            """)
    }

    @Test func unclosedTagIsAnError() {
        #expect(message(compiling: "Hei {{navn\n") == """
            kapittel.md.mustache:1:5: feil[MUS001]: Taggen som starter med «{{», blir aldri lukket.
              forventet «}}»
             1 | Hei {{navn
               |     ^
            """)
    }

    @Test func badDelimiterChangeIsAnError() {
        #expect(message(compiling: "{{=<% %> x=}}") == """
            kapittel.md.mustache:1:1: feil[MUS005]: Ugyldig bytte av skilletegn.
              fant «=<% %> x=», forventet to skilletegn uten mellomrom og uten «=», f.eks. «{{=<% %>=}}»
             1 | {{=<% %> x=}}
               | ^
            """)
    }

    @Test func emptyTagIsAnError() {
        #expect(message(compiling: "a {{ }} b") == """
            kapittel.md.mustache:1:3: feil[MUS006]: Taggen mangler et navn.
              forventet et navn, f.eks. «{{kommune}}»
             1 | a {{ }} b
               |   ^
            """)
    }

    @Test func strictModeReportsAMisspeltName() {
        #expect(message(rendering: "Kommune: {{kommune}}\nÅr: {{rapportar}}\n", data: ["kommune": "Fjordvik", "rapportår": 2025]) == """
            kapittel.md.mustache:2:5: feil[MUS009]: Navnet «rapportar» finnes ikke i dataene til malen.
              fant «rapportar», forventet et navn som finnes i dataene (sjekk stavemåten)
             2 | År: {{rapportar}}
               |     ^
            """)
    }

    @Test func strictModeReportsMissingSectionsButNotNullOnes() {
        #expect(message(rendering: "{{#tillitsvalgte}}x{{/tillitsvalgte}}", data: ["tillitsvalgte": nil]) == nil)
        #expect(message(rendering: "{{^tilitsvalgte}}x{{/tilitsvalgte}}", data: ["tillitsvalgte": nil]) != nil)
    }

    @Test func withoutStrictModeAMissingNameRendersNothing() throws {
        let template = try Template(name: "t", source: "[{{mangler}}]")
        #expect(try template.render([:]) == "[]")
    }

    @Test func strictModeReportsAnUnknownPartial() {
        #expect(message(rendering: "{{>vedleggg}}", data: [:], partials: ["vedlegg": "x"]) == """
            kapittel.md.mustache:1:1: feil[MUS007]: Fant ikke delmalen «vedleggg».
              forventet en mal med dette navnet i malmappen
             1 | {{>vedleggg}}
               | ^
            """)
    }

    @Test func aMissingParentIsAlwaysAnError() {
        #expect(message(rendering: "{{<side}}{{$innhold}}x{{/innhold}}{{/side}}", data: [:], strict: false) == """
            kapittel.md.mustache:1:1: feil[MUS008]: Fant ikke foreldremalen «side».
              forventet en mal med dette navnet i malmappen
             1 | {{<side}}{{$innhold}}x{{/innhold}}{{/side}}
               | ^
            """)
    }

    @Test func partialNamesThatLeaveTheRootAreRefused() {
        for name in ["../hemmelig", "/etc/passwd", "a/../../b"] {
            let text = message(rendering: "{{>\(name)}}", data: [:], strict: false)
            #expect(text?.contains("feil[MUS010]: Malnavnet «\(name)» peker ut av malmappen.") == true)
        }
    }

    @Test func endlessPartialRecursionStopsWithAnError() {
        let text = message(rendering: "{{>loop}}", data: [:], partials: ["loop": "x{{>loop}}"], strict: false)
        #expect(text?.hasPrefix("loop:1:2: feil[MUS011]: Delmalene kaller hverandre i mer enn 100 nivåer.") == true)
    }
}
