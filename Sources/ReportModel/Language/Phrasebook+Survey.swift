/// The cross-sector survey's words: the groups the program makes and why a sector is not shown on its own.
extension Phrasebook {
    /// The group of all respondents.
    public var allRespondents: String { say("Alle", "Alle") }

    /// The group small sectors are merged into.
    public var otherSectors: String { say("Andre sektorer", "Andre sektorar") }

    /// Why the survey's results are not shown, or not per sector; nil when every sector is shown.
    public func mergeNote(_ note: SurveyMergeNote) -> String {
        switch note {
        case .tooFewResponses(let threshold):
            return say("Undersøkelsen fikk færre enn \(threshold) svar, og resultatene vises derfor ikke.",
                       "Undersøkinga fekk færre enn \(threshold) svar, og resultata blir difor ikkje viste.")
        case .tooFewForSectors:
            return say("Det er for få svar til å vise resultatene per sektor.", "Det er for få svar til å vise resultata per sektor.")
        case .merged(let small, let added, let threshold):
            let first = small.count == 1
                ? say("\(small[0]) fikk færre enn \(threshold) svar og vises ikke for seg.", "\(small[0]) fekk færre enn \(threshold) svar og blir ikkje vist for seg.")
                : say("\(list(small)) fikk hver færre enn \(threshold) svar og vises ikke hver for seg.",
                      "\(list(small)) fekk kvar færre enn \(threshold) svar og blir ikkje viste kvar for seg.")
            let second = added.isEmpty
                ? say(" Svarene er slått sammen til «\(otherSectors)».", " Svara er tekne med i «\(otherSectors)».")
                : say(" Svarene er slått sammen med svarene fra \(list(added)) til «\(otherSectors)».",
                      " Svara er tekne med i «\(otherSectors)» saman med svara frå \(list(added)).")
            return first + second
        }
    }

    /// The survey chart's title.
    public func surveyChartTitle(year: String) -> String {
        say("Svar fra samarbeidspartnere per påstand, \(year)", "Svar frå samarbeidspartnarar per påstand, \(year)")
    }

    /// The caption of the table of answers per statement.
    public var surveyDistributionCaption: String {
        say("Svarfordeling per påstand (andel av dem som tok stilling)", "Svarfordeling per påstand (del av dei som tok stilling)")
    }

    /// Column headings of the survey tables.
    public var surveyStatement: String { say("Påstand", "Påstand") }
    public var surveyMean: String { say("Snitt (1–5)", "Snitt (1–5)") }
    public var surveyAnswers: String { say("Antall svar", "Tal på svar") }
    public var surveyDontKnow: String { say("Vet ikke", "Veit ikkje") }
    public var surveySector: String { say("Sektor", "Sektor") }
    public var surveyAnswered: String { say("Svar", "Svar") }

    /// Key figures of the survey.
    public var surveyRespondents: String { say("svar fra andre tjenester", "svar frå andre tenester") }
    public func surveyAgreeing(theme: String, code: String) -> String { say("enige, \(theme) (\(code))", "samde, \(theme) (\(code))") }

    /// The per-sector chart's title.
    public func surveySectorTitle(_ statement: String) -> String { say("Svar på «\(statement)» per sektor", "Svar på «\(statement)» per sektor") }

    /// A group without answers to the statement, in the chart's description.
    public var surveyNoAnswers: String { say("ingen svar", "ingen svar") }

    /// «Skole (18 svar)»: a group with its number of answers.
    public func surveyGroup(_ name: String, answers: String) -> String { say("\(name) (\(answers) svar)", "\(name) (\(answers) svar)") }

    /// The table of agreeing shares per sector.
    public var surveyAgreeCaption: String { say("Andel enige (helt eller delvis) per sektor", "Del som er samde (heilt eller delvis) per sektor") }

    /// How to read «88,9 % (18)».
    public var surveyAgreeNote: String {
        say("Tallet i parentes er hvor mange i gruppen som tok stilling til påstanden.",
            "Talet i parentes er kor mange i gruppa som tok stilling til påstanden.")
    }
}

/// Why survey results are not shown, or not per sector.
public enum SurveyMergeNote: Sendable, Hashable {
    /// Fewer respondents than the threshold: nothing is shown.
    case tooFewResponses(threshold: Int)
    /// Too few to show any sector on its own.
    case tooFewForSectors
    /// Sectors with fewer answers than the threshold (`small`), merged with `added` into «Andre sektorer».
    case merged(small: [String], added: [String], threshold: Int)
}
