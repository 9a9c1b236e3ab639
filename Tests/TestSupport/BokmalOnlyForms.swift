import Foundation

/// Word forms that are bokmål and never nynorsk (Språkrådet's rules, checked against Nynorskordboka), for the
/// tests that a nynorsk report says nothing in bokmål.
public enum BokmålOnlyForms {
    /// The forms, lower-cased.
    public static let words: Set<String> = [
        "ikke", "hva", "hvordan", "hvorfor", "hvem", "hvor", "hver", "hvert", "hvis", "hvilke", "hvilken", "fra", "være", "vært",
        "ble", "ansatte", "ansatt", "undersøkelse", "undersøkelsen", "undersøkelser", "undersøkelsene", "tjeneste", "tjenesten",
        "tjenester", "tjenestene", "meldinger", "meldingene", "mangler", "tallet", "tallene", "noen", "noe", "bare", "ennå",
        "økte", "gikk", "andel", "andelen", "andeler", "antall", "antallet", "sammen", "samme", "selv", "disse", "deres", "dem",
        "mye", "mer", "flere", "uten", "foreløpig", "foreløpige", "tidligere", "fosterhjem", "hjem", "hjemme", "uke",
        "måneder", "vises", "regnes", "beregnes", "kjennes", "ligger", "sammenlignet", "sammenlignes", "gjennomsnittlig",
        "stillinger", "hendelse", "tiltakene", "årene", "skrevet", "dager", "sykefravær", "sykefraværet", "fravær",
        "ansvarlig", "endringen", "utviklingen", "kapitlet", "kapitlene", "lovbrudd", "tilbud", "veiledning", "leder",
        "ledere", "saksbehandler", "saksbehandlere", "hjemlede", "besatte", "enige", "enig", "uenig", "personer",
        "henvisning", "henvisningen",
    ]

    /// Each bokmål-only form in `text` with its count; `html` leaves tags and the style sheet out first, but keeps
    /// what a screen reader or a tooltip says (`aria-label`, `title`, `alt`), which is text too.
    public static func found(in text: String, html: Bool) -> [String: Int] {
        var text = text
        if html {
            text = text.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
            let spoken = text.matches(of: #/(?:aria-label|title|alt)="([^"]*)"/#).map { String($0.output.1) }
            text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression) + " " + spoken.joined(separator: " ")
        }
        var found: [String: Int] = [:]
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where words.contains(String(word)) {
            found[String(word), default: 0] += 1
        }
        return found
    }
}
