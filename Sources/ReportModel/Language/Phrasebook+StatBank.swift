/// What the report says where SSB gave a symbol instead of a figure.
extension Phrasebook {
    /// The note for SSB's symbol (`:`, `..`, `...`, `.`), or nil for `-` (zero) and anything else.
    public func statBankNote(symbol: String) -> String? {
        switch symbol {
        case ":": return say("Prikket av SSB: tallet kan ikke offentliggjøres (:)", "Prikka av SSB: talet kan ikkje offentleggjerast (:)")
        case "..": return say("Mangler hos SSB: oppgave mangler (..)", "Manglar hos SSB: oppgåve manglar (..)")
        case "...": return say("Ikke publisert av SSB ennå: oppgave mangler foreløpig (...)", "Ikkje publisert av SSB enno: oppgåve manglar førebels (...)")
        case ".": return say("Tall kan ikke forekomme (SSB: .)", "Tal kan ikkje førekome (SSB: .)")
        default: return nil
        }
    }
}
