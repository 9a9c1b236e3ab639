/// Every message the template engine reports, in Norwegian bokmål, with stable codes.
struct MustacheMessage: Sendable {
    let code: String
    let text: String
    var found: String? = nil
    var expected: String? = nil

    static func unclosedTag(open: String, close: String) -> MustacheMessage {
        MustacheMessage(code: "MUS001", text: "Taggen som starter med «\(open)», blir aldri lukket.",
                        expected: "«\(close)»")
    }

    static func unclosedSection(_ name: String) -> MustacheMessage {
        MustacheMessage(code: "MUS002", text: "Seksjonen «\(name)» blir aldri lukket.",
                        expected: "«{{/\(name)}}» før malen slutter")
    }

    static func mismatchedClose(found: String, open: String) -> MustacheMessage {
        MustacheMessage(code: "MUS003", text: "Sluttaggen passer ikke til seksjonen som er åpen.",
                        found: "{{/\(found)}}", expected: "«{{/\(open)}}»")
    }

    static func closeWithoutOpen(_ name: String) -> MustacheMessage {
        MustacheMessage(code: "MUS004", text: "Sluttaggen lukker en seksjon som ikke er åpnet.",
                        found: "{{/\(name)}}", expected: "en åpen seksjon «{{#\(name)}}» foran")
    }

    static func badDelimiters(_ content: String) -> MustacheMessage {
        MustacheMessage(code: "MUS005", text: "Ugyldig bytte av skilletegn.",
                        found: content, expected: "to skilletegn uten mellomrom og uten «=», f.eks. «{{=<% %>=}}»")
    }

    static func emptyName() -> MustacheMessage {
        MustacheMessage(code: "MUS006", text: "Taggen mangler et navn.", expected: "et navn, f.eks. «{{kommune}}»")
    }

    static func unknownPartial(_ name: String) -> MustacheMessage {
        MustacheMessage(code: "MUS007", text: "Fant ikke delmalen «\(name)».",
                        expected: "en mal med dette navnet i malmappen")
    }

    static func unknownParent(_ name: String) -> MustacheMessage {
        MustacheMessage(code: "MUS008", text: "Fant ikke foreldremalen «\(name)».",
                        expected: "en mal med dette navnet i malmappen")
    }

    static func missingName(_ name: String) -> MustacheMessage {
        MustacheMessage(code: "MUS009", text: "Navnet «\(name)» finnes ikke i dataene til malen.",
                        found: name, expected: "et navn som finnes i dataene (sjekk stavemåten)")
    }

    static func nameOutsideRoot(_ name: String) -> MustacheMessage {
        MustacheMessage(code: "MUS010", text: "Malnavnet «\(name)» peker ut av malmappen.",
                        found: name, expected: "et navn inne i malmappen, uten «..» og uten absolutt sti")
    }

    static func tooDeep(limit: Int) -> MustacheMessage {
        MustacheMessage(code: "MUS011", text: "Delmalene kaller hverandre i mer enn \(limit) nivåer.",
                        expected: "en delmal som ikke tar med seg selv i det uendelige")
    }

    static func unreadableTemplate(_ name: String, reason: String) -> MustacheMessage {
        MustacheMessage(code: "MUS012", text: "Kunne ikke lese malen «\(name)»: \(reason)")
    }

    static func invalidTemplateText(_ name: String) -> MustacheMessage {
        MustacheMessage(code: "MUS013", text: "Malen «\(name)» er ikke gyldig UTF-8-tekst.")
    }

    static func nestedTooDeeply(limit: Int) -> MustacheMessage {
        MustacheMessage(code: "MUS015", text: "Seksjonene ligger inne i hverandre i mer enn \(limit) nivåer.",
                        expected: "høyst \(limit) nivåer med «{{#…}}», «{{^…}}», «{{<…}}» og «{{$…}}» inne i hverandre")
    }

    static func closeOutsideParent(_ name: String) -> MustacheMessage {
        MustacheMessage(code: "MUS014", text: "Blokken «\(name)» står i en foreldremal, men utenfor en blokk.",
                        expected: "bare «{{$navn}}…{{/navn}}» inne i «{{<forelder}}»")
    }
}
