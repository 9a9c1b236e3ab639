import ReportModel

/// The Norwegian (bokmål) text of every message: what is wrong, the value found and what was expected.
extension InputMessage {
    struct Wording {
        var text: String
        var found: String? = nil
        var expected: String? = nil
    }

    static let emptyCell = "tom celle"

    var wording: Wording {
        switch self {
        case .invalidMember, .tooManyMembers, .municipalityTwice, .serviceNameMissing, .unknownMunicipality, .municipalityMissing:
            return sharedServiceWording
        case .missingColon, .unknownSetting, .authorWithoutRole, .duplicateSetting, .settingMissing, .invalidMunicipalityNumber,
             .invalidReportYear, .invalidMeetingDate, .unknownLanguageForm, .invalidThreshold, .unknownKostraStatus,
             .invalidChapterID, .chapterListedTwice, .invalidSampleFlag, .noAuthor:
            return settingsWording
        case .missingColumns, .notANumber, .notAWholeNumber, .outOfRange, .invalidYear, .unknownChoice, .valueMissing, .statisticsSymbol:
            return cellWording
        case .duplicateRow, .partAboveWhole, .sickLeaveDoesNotAddUp, .filledAboveBudgeted, .unknownIndicator, .wrongUnit,
             .numeratorAboveDenominator, .valueDisagreesWithCounts, .invalidOwnIndicatorID, .indicatorExists, .invalidDate,
             .noFiguresForReportYear, .laterYearsIgnored, .fileNotFilledIn, .surveyNotFilledIn:
            return ruleWording
        case .statementWithoutScale, .unknownScale, .noSectorQuestion, .unusedSurveyColumn, .questionNotInAnswers, .unknownAnswer,
             .scoreOutsideScale, .scoreWithoutScale, .moreThanInvited:
            return surveyWording
        case .noFrontMatter, .frontMatterNotClosed, .unknownFrontMatterField, .frontMatterFieldMissing, .unknownApprovalStatus,
             .chapterWithoutText, .unknownChapter, .unusedText, .bulletsConverted, .tabIndentationConverted,
             .invisibleCharactersIgnored, .unclosedCodeFence, .rawHTMLShownAsText, .remoteImage, .imageWithoutDescription,
             .imageNotFound, .notAnImage, .guidanceLeft, .sampleNamesLeft, .placeholderSetting,
             .otherMunicipality, .textUnderNotStarted, .sampleProject:
            return textWording
        case .fileMissing, .directoryInsteadOfFile, .noPermission, .fileTooLarge, .notText, .projectFolderMissing, .dataFileMissing,
             .invalidUTF8, .notARegularFile, .brokenLink, .folderMissing, .fileInsteadOfFolder, .readFailed, .linkOutOfTemplates,
             .fileEmpty, .tooManyTemplates:
            return fileWording
        case .controlCharacter, .bidiControl, .identityNumber, .emailAddress, .phoneNumber:
            return characterWording
        case .approvalLineOutsideRecord, .approvalLineWithoutColon, .unknownApprovalField, .approvalFieldTwice, .approvalFieldMissing,
             .invalidApprovalField, .approvalDigestMismatch, .changedAfterApproval, .approvalStatusDiffers, .approvalByNonAuthor:
            return approvalWording
        case .tableInTwoFiles, .tableFileMissing, .statBankVariableNotMapped, .statBankOtherRegions, .statBankSeveralCategories,
             .statBankOutOfRange, .statBankDuplicate, .statBankNoMunicipality, .statBankWrongCategory, .importedDisagrees, .importedTwice,
             .kostraStatusDisagrees, .statBankFileIgnored, .statBankTooManyFiles:
            return importWording
        case .nextYearNoteLeft, .measureWithoutFollowUp, .measureStatusTooEarly, .notCopied, .projectTooLarge, .printedValueInvalid,
             .printedYearAfterReport, .printedReportNotEarlier, .printedReportOlder, .printedRecordNotMade:
            return yearToYearWording
        }
    }

    private var settingsWording: Wording {
        switch self {
        case let .missingColon(line, inFrontMatter):
            return Wording(text: "Linjen mangler kolon mellom navn og verdi.", found: line,
                           expected: "navn: verdi, for eksempel «\(inFrontMatter ? "tittel: Bemanning og kompetanse" : "kommune: Fjordvik kommune")»")
        case let .unknownSetting(key, suggestion, keys):
            return Wording(text: "Ukjent innstilling.", found: key,
                           expected: suggestion.map { "«\($0)» eller en annen av: \(keys.joined(separator: ", "))" } ?? "én av: \(keys.joined(separator: ", "))")
        case let .authorWithoutRole(value, inChapter):
            let example = inChapter ? "Kari Nordmann; hovedtillitsvalgt, Fellesorganisasjonen" : "Kari Nordmann; barnevernleder"
            return Wording(text: "Forfatteren må ha navn og rolle, skilt med semikolon.", found: value, expected: "navn; rolle, for eksempel «\(example)»")
        case let .duplicateSetting(key, value, firstLine):
            return Wording(text: "Innstillingen «\(key)» står to ganger.", found: value, expected: "én linje (første gang på linje \(firstLine))")
        case .settingMissing(let key):
            return Wording(text: "Innstillingen «\(key)» mangler.", expected: "en linje «\(key): …»")
        case .invalidMunicipalityNumber(let value):
            return Wording(text: "Kommunenummeret er ikke gyldig.", found: value, expected: "fire sifre, for eksempel 4601")
        case .invalidReportYear(let value):
            return Wording(text: "Rapportåret er ikke gyldig.", found: value, expected: "et årstall fra 2000 til 2100, for eksempel 2025")
        case .invalidMeetingDate(let value):
            return Wording(text: "Møtedatoen er ikke gyldig.", found: value, expected: "en dato som 26.03.2026")
        case .unknownLanguageForm(let value):
            return Wording(text: "Ukjent målform.", found: value, expected: "nb (bokmål) eller nn (nynorsk)")
        case .invalidThreshold(let value):
            return Wording(text: "Prikkegrensen er ikke gyldig.", found: value, expected: "et helt tall fra 3 til 100 (standard er 5)")
        case .unknownKostraStatus(let value):
            return Wording(text: "Ukjent KOSTRA-status.", found: value, expected: "foreløpig eller endelig")
        case .invalidChapterID(let id):
            return Wording(text: "Ugyldig kapittelnavn i «kapitler».", found: id,
                           expected: "små bokstaver, sifre og bindestrek, som i «oppsummering» eller «eget-kapittel»")
        case .chapterListedTwice(let id):
            return Wording(text: "Kapittelet «\(id)» står to ganger i «kapitler».", found: id, expected: "hvert kapittel én gang")
        case .invalidSampleFlag(let value):
            return Wording(text: "Ukjent verdi for «eksempel».", found: value, expected: "ja (eksempelprosjektet) eller nei")
        default:
            return Wording(text: "Ingen forfatter er oppgitt.", expected: "minst én linje «forfatter: navn; rolle»")
        }
    }

    private var cellWording: Wording {
        switch self {
        case let .missingColumns(missing, header, all):
            let text = missing.count == 1 ? "Kolonnen «\(missing[0])» mangler." : "Kolonner mangler: \(missing.map { "«\($0)»" }.joined(separator: ", "))."
            return Wording(text: text, found: header, expected: "kolonnene " + all.joined(separator: ", "))
        case let .notANumber(subject, value, whole):
            return Wording(text: "\(subject.forms.definite) er ikke et tall.", found: value,
                           expected: whole ? "et helt tall, for eksempel 12" : "et tall, for eksempel 12,5")
        case let .notAWholeNumber(subject, value):
            return Wording(text: "\(subject.forms.definite) må være et helt tall.", found: value, expected: "et helt tall, for eksempel 12")
        case let .outOfRange(subject, value, quantity):
            return Wording(text: "\(subject.forms.definite) er utenfor gyldig område.", found: value, expected: quantity.expected)
        case .invalidYear(let value):
            return Wording(text: "Året er ikke gyldig.", found: value, expected: "et årstall fra 1990 til 2100, for eksempel 2025")
        case let .unknownChoice(subject, value, options):
            return Wording(text: "Ukjent \(subject.forms.bare).", found: value, expected: "én av " + options.joined(separator: ", "))
        case .valueMissing(let subject):
            return Wording(text: "\(subject.forms.definite) mangler.", found: Self.emptyCell, expected: subject.forms.indefinite)
        case let .statisticsSymbol(subject, symbol):
            let (meaning, expected) = Self.statisticsSymbolMeaning(symbol)
            return Wording(text: "\(subject.forms.definite) er SSB-symbolet «\(symbol)» (\(meaning)), ikke et tall.", found: symbol, expected: expected)
        default:
            return Wording(text: "")
        }
    }

    /// SSB's standard symbols in tables and what to write instead.
    static func statisticsSymbolMeaning(_ symbol: String) -> (meaning: String, expected: String) {
        let empty = "en tom celle: et tall som mangler, skal stå tomt, og rapporten viser det som manglende"
        switch symbol {
        case ".": return ("tall kan ikke forekomme", empty)
        case "..": return ("oppgave mangler", empty)
        case "...": return ("oppgave mangler foreløpig", empty)
        case ":": return ("vises ikke av konfidensialitetshensyn", empty)
        default: return ("null", "0, som er det SSB mener med «\(symbol)»")
        }
    }

    private var ruleWording: Wording {
        let number = { (value: Double, decimals: Int) in NorwegianFormat.number(value, decimals: decimals) }
        switch self {
        case let .duplicateRow(key, value, firstLine):
            let (text, what) = Self.duplicateKey(key)
            return Wording(text: text, found: value, expected: "\(what) (første gang på linje \(firstLine))")
        case let .partAboveWhole(part, whole, partValue, wholeValue):
            return Wording(text: "Flere årsverk i «\(part)» enn i «\(whole)».", found: number(partValue, 1),
                           expected: "høyst \(whole) (\(number(wholeValue, 1)))")
        case let .sickLeaveDoesNotAddUp(short, long, total):
            return Wording(text: "Korttids- og langtidsfraværet summerer ikke til det samlede sykefraværet.",
                           found: "\(number(short, 1)) + \(number(long, 1)) ≠ \(number(total, 1))", expected: "korttid + langtid = samlet sykefravær")
        case let .filledAboveBudgeted(filled, budgeted):
            return Wording(text: "Flere besatte enn hjemlede årsverk.", found: "\(number(filled, 1)) besatte, \(number(budgeted, 1)) hjemlede",
                           expected: "høyst like mange besatte som hjemlede årsverk (sjekk tallene, eller la det stå hvis stillinger er besatt over budsjett)")
        case let .unknownIndicator(id, suggestion):
            let list = "en indikator fra katalogen i README eller data/indikator-katalog.csv"
            return Wording(text: "Ukjent indikator.", found: id, expected: suggestion.map { "\(list) (mente du «\($0)»?)" } ?? list)
        case let .wrongUnit(indicator, found, expected):
            return Wording(text: "Feil enhet for indikatoren «\(indicator)».", found: found, expected: expected)
        case let .numeratorAboveDenominator(numerator, denominator):
            return Wording(text: "Telleren er større enn nevneren.", found: "\(number(numerator, 0)) av \(number(denominator, 0))",
                           expected: "en teller som ikke er større enn nevneren")
        case let .valueDisagreesWithCounts(value, computed, numerator, denominator):
            return Wording(text: "Verdien stemmer ikke med teller og nevner: oppgitt \(number(value, 1)), men \(number(numerator, 0)) av \(number(denominator, 0)) er \(number(computed, 1)) %.",
                           found: number(value, 1), expected: "\(number(computed, 1)) (teller ÷ nevner × 100), eller rett telleren eller nevneren")
        case .invalidOwnIndicatorID(let id):
            return Wording(text: "Ugyldig id for en egen indikator.", found: id,
                           expected: "små bokstaver, sifre og understrek, for eksempel «barn_evaluert_plan_andel»")
        case .indicatorExists(let id):
            return Wording(text: "Indikatoren finnes allerede.", found: id, expected: "en id som ikke er i den innebygde katalogen eller står to ganger")
        case .invalidDate(let value):
            return Wording(text: "Datoen er ikke gyldig.", found: value, expected: "en dato som 31.12.2025 eller 2025-12-31")
        case let .noFiguresForReportYear(year, years):
            return Wording(text: "Filen har ingen tall for rapportåret \(year).",
                           found: years.isEmpty ? "ingen år" : "årene " + years.map(String.init).joined(separator: ", "), expected: "rader for \(year)")
        case let .laterYearsIgnored(year, later):
            return Wording(text: "Tall for år etter rapportåret blir ikke brukt.", found: "\(later)", expected: "år til og med \(year)")
        case let .fileNotFilledIn(year):
            // A file with only its header (as `init` makes it) is a file not filled in yet: like a missing file, a warning.
            return Wording(text: "Filen har ingen rader ennå, så tallene den skulle gi, vises som manglende.", found: "bare overskriftsraden",
                           expected: "rader for \(year)")
        case .surveyNotFilledIn:
            return Wording(text: "Spørreundersøkelsen er ikke fylt inn ennå, så resultatene vises som manglende.", found: "ingen svar og ingen spørsmål",
                           expected: "eksporten fra Microsoft Forms her, og spørsmålene i data/undersokelse-sporsmal.csv")
        default:
            return Wording(text: "")
        }
    }

    private var surveyWording: Wording {
        let number = { (value: Double, decimals: Int) in NorwegianFormat.number(value, decimals: decimals) }
        switch self {
        case .statementWithoutScale(let scales):
            return Wording(text: "En påstand må ha en skala.", found: Self.emptyCell, expected: "en skala fra undersokelse-skala.csv: " + scales.joined(separator: ", "))
        case let .unknownScale(scale, scales):
            return Wording(text: "Ukjent skala.", found: scale, expected: "en skala fra undersokelse-skala.csv: " + scales.joined(separator: ", "))
        case .noSectorQuestion:
            return Wording(text: "Ingen kolonne har typen «sektor».", expected: "én rad med type «sektor», for spørsmålet om hvilken sektor den som svarer jobber i")
        case .unusedSurveyColumn(let column):
            return Wording(text: "Kolonnen er ikke med i undersokelse-sporsmal.csv og blir ikke brukt.", found: column,
                           expected: "en rad i undersokelse-sporsmal.csv med denne teksten i «spørsmål»")
        case let .questionNotInAnswers(question, answerFile):
            return Wording(text: "Spørsmålet finnes ikke som kolonne i svarfilen.", found: question, expected: "en kolonne i \(answerFile) med nøyaktig denne overskriften")
        case let .unknownAnswer(answer, scale, labels):
            return Wording(text: "Ukjent svar på en påstand.", found: answer,
                           expected: "ett av svarene i skalaen «\(scale)»: " + labels.map { "«\($0)»" }.joined(separator: ", "))
        case let .scoreOutsideScale(score, minimum, maximum):
            return Wording(text: "Snittskåren er utenfor skalaen.", found: number(score, 1), expected: "en skår fra \(number(minimum, 0)) til \(number(maximum, 0))")
        case .scoreWithoutScale:
            return Wording(text: "En snittskår trenger skalaen den er målt på.", found: Self.emptyCell, expected: "skala_min og skala_maks, for eksempel 1 og 10")
        case let .moreThanInvited(what, count, invited):
            let label = switch what { case .tookPart: "deltok"; case .spokenAlone: "snakket med alene"; case .invitedToMeetings: "ble invitert til møter" }
            return Wording(text: "Flere \(label) enn det var inviterte.", found: number(count, 0), expected: "høyst antall inviterte (\(number(invited, 0)))")
        default:
            return Wording(text: "")
        }
    }

    static func duplicateKey(_ key: DuplicateKey) -> (text: String, expected: String) {
        switch key {
        case .yearAndRole: return ("Samme år og rolle står to ganger.", "én rad per år og rolle")
        case .year: return ("Samme år står to ganger.", "én rad per år")
        case .yearAndCategory: return ("Samme år og kategori står to ganger.", "én rad per år og kategori")
        case .yearMethodAndAgeGroup: return ("Samme år, metode og aldersgruppe står to ganger.", "én rad per år, metode og aldersgruppe")
        case .indicatorYearAndLevel: return ("Samme indikator, år og nivå står to ganger.", "én rad per indikator, år og nivå")
        case .scaleAnswer(let scale): return ("Samme svar står to ganger i skalaen «\(scale)».", "hvert svar én gang per skala")
        case .questionCode: return ("Samme spørsmålskode står to ganger.", "en unik kode per spørsmål")
        case .measure: return ("Samme tiltak (år og id) står to ganger.", "én rad per tiltak og år, med en id som er unik for året")
        }
    }
}
