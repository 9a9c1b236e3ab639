import SourceText

/// Every diagnostic code `ReportInputs` reports: one code per kind of problem, with its severity.
///
/// The README's table of codes is checked against `allCases` by a test, so a code added here and not
/// documented (or documented and removed) fails the suite. Retired codes are listed in `retired`.
public enum InputCode: String, CaseIterable, Sendable, Hashable {
    // Settings lines and front matter lines
    case missingColon = "INN001"
    case unknownSetting = "INN002"
    case authorWithoutRole = "INN003"
    case duplicateSetting = "INN004"
    case settingMissing = "INN005"
    case invalidMunicipalityNumber = "INN006"
    case invalidChapterID = "INN007"
    case noAuthor = "INN008"
    case invalidReportYear = "INN009"
    case invalidMeetingDate = "INN100"
    case unknownLanguageForm = "INN101"
    case invalidThreshold = "INN102"
    case unknownKostraStatus = "INN103"
    case chapterListedTwice = "INN104"
    case invalidSampleFlag = "INN105"
    // Columns and cells of the CSV files
    case missingColumns = "INN010"
    case notANumber = "INN011"
    case notAWholeNumber = "INN012"
    case outOfRange = "INN013"
    case invalidYear = "INN014"
    case unknownChoice = "INN015"
    case valueMissing = "INN016"
    case statisticsSymbol = "INN017"
    // Rules within and across rows
    case duplicateRow = "INN020"
    case partAboveWhole = "INN021"
    case sickLeaveDoesNotAddUp = "INN022"
    case filledAboveBudgeted = "INN023"
    case unknownIndicator = "INN030"
    case wrongUnit = "INN031"
    case numeratorAboveDenominator = "INN032"
    case valueDisagreesWithCounts = "INN033"
    case invalidOwnIndicatorID = "INN035"
    case indicatorExists = "INN036"
    case statementWithoutScale = "INN041"
    case unknownScale = "INN042"
    case noSectorQuestion = "INN044"
    case unusedSurveyColumn = "INN045"
    case questionNotInAnswers = "INN046"
    case unknownAnswer = "INN047"
    case scoreOutsideScale = "INN050"
    case scoreWithoutScale = "INN051"
    case moreThanInvited = "INN052"
    case invalidDate = "INN060"
    // Chapter texts and chapters
    case noFrontMatter = "INN070"
    case frontMatterNotClosed = "INN071"
    case unknownFrontMatterField = "INN072"
    case frontMatterFieldMissing = "INN073"
    case unknownApprovalStatus = "INN074"
    case chapterWithoutText = "INN075"
    case unknownChapter = "INN076"
    case unusedText = "INN077"
    case bulletsConverted = "INN120"
    case tabIndentationConverted = "INN121"
    case invisibleCharactersIgnored = "INN122"
    case unclosedCodeFence = "INN123"
    // Approvals recorded in godkjenninger.txt
    case approvalsSyntax = "INN140"
    case approvalFieldMissing = "INN141"
    case invalidApprovalField = "INN142"
    case approvalDigestMismatch = "INN143"
    case changedAfterApproval = "INN144"
    case approvalStatusDiffers = "INN145"
    case approvalByNonAuthor = "INN146"
    // HTML and pictures in chapter texts
    case rawHTMLShownAsText = "INN170"
    case remoteImage = "INN171"
    case imageWithoutDescription = "INN172"
    case imageNotFound = "INN173"
    case notAnImage = "INN174"
    // Years across a data file
    case noFiguresForReportYear = "INN080"
    case laterYearsIgnored = "INN081"
    case fileNotFilledIn = "INN082"
    case surveyNotFilledIn = "INN083"
    // What `init` hands out, left in the project
    case guidanceLeft = "INN130"
    case sampleNamesLeft = "INN131"
    case placeholderSetting = "INN132"
    case otherMunicipality = "INN133"
    case textUnderNotStarted = "INN134"
    case sampleProject = "INN135"
    // Files and folders
    case fileMissing = "INN090"
    case directoryInsteadOfFile = "INN091"
    case noPermission = "INN092"
    case fileTooLarge = "INN093"
    case notText = "INN094"
    case projectFolderMissing = "INN095"
    case dataFileMissing = "INN096"
    case invalidUTF8 = "INN097"
    case notARegularFile = "INN098"
    case brokenLink = "INN099"
    case folderMissing = "INN110"
    case fileInsteadOfFolder = "INN111"
    case readFailed = "INN112"
    case linkOutOfTemplates = "INN113"
    case fileEmpty = "INN114"
    case tooManyTemplates = "INN115"
    // Characters that do not belong in text
    case controlCharacter = "INN124"
    case bidiControl = "INN125"
    // Workbooks standing in for CSV files, and downloads from SSB's statistics bank
    case tableInTwoFiles = "INN147"
    case statBankVariableNotMapped = "INN150"
    case statBankOtherRegions = "INN151"
    case statBankSeveralCategories = "INN152"
    case statBankOutOfRange = "INN153"
    case statBankDuplicate = "INN154"
    case statBankNoMunicipality = "INN155"
    case statBankWrongCategory = "INN156"
    case importedDisagrees = "INN157"
    case importedTwice = "INN158"
    case kostraStatusDisagrees = "INN159"
    case statBankFileIgnored = "INN160"
    case statBankTooManyFiles = "INN161"
    // Year to year (issue 15)
    case nextYearNoteLeft = "INN180"
    case measureWithoutFollowUp = "INN181"
    case measureStatusTooEarly = "INN182"
    case notCopied = "INN183"
    case projectTooLarge = "INN184"
    // One service for several councils (issue 15)
    case invalidMember = "INN185"
    case municipalityTwice = "INN186"
    case serviceNameMissing = "INN187"
    case unknownMunicipality = "INN188"
    case municipalityMissing = "INN189"
    // The figures last year's report printed (data/fjorarets-tall.csv)
    case printedValueInvalid = "INN190"
    case printedYearAfterReport = "INN191"
    case printedReportNotEarlier = "INN192"
    case printedReportOlder = "INN193"
    case printedRecordNotMade = "INN194"
    // Personal data
    case identityNumber = "PER001"
    case emailAddress = "PER002"
    case phoneNumber = "PER003"

    /// Codes no longer reported, and the code that took over their meaning.
    public static let retired: [(code: String, replacedBy: InputCode)] = [
        ("INN034", .duplicateRow), ("INN040", .duplicateRow), ("INN043", .duplicateRow),
    ]

    /// Errors stop the build; warnings are printed and the build goes on.
    public var severity: Severity {
        switch self {
        case .noAuthor, .sickLeaveDoesNotAddUp, .filledAboveBudgeted, .unusedSurveyColumn, .chapterWithoutText, .unusedText,
             .bulletsConverted, .tabIndentationConverted, .invisibleCharactersIgnored, .unclosedCodeFence, .rawHTMLShownAsText, .remoteImage, .laterYearsIgnored,
             .dataFileMissing, .invalidUTF8, .controlCharacter, .bidiControl, .emailAddress, .phoneNumber,
             .fileNotFilledIn, .surveyNotFilledIn, .guidanceLeft, .sampleNamesLeft, .placeholderSetting, .otherMunicipality,
             .textUnderNotStarted, .sampleProject, .changedAfterApproval, .approvalStatusDiffers,

            .statBankVariableNotMapped, .statBankOtherRegions, .statBankDuplicate,
             .statBankNoMunicipality, .statBankWrongCategory, .importedDisagrees, .importedTwice, .kostraStatusDisagrees, .statBankFileIgnored,
             .nextYearNoteLeft, .measureWithoutFollowUp, .measureStatusTooEarly, .notCopied, .printedReportOlder, .printedRecordNotMade:
            return .warning
        default:
            return .error
        }
    }

    /// The code as printed (`INN011`).
    public var code: String { rawValue }
}

extension InputCode {
    /// What the code means, in the README's words (English, like the README).
    public var summary: String {
        switch self {
        case .missingColon: return "a settings or front matter line without `:` between key and value"
        case .unknownSetting: return "a key `tilstandsrapport.txt` does not know (with the closest known key)"
        case .authorWithoutRole: return "`forfatter:` without `name; role`"
        case .duplicateSetting: return "a setting given twice"
        case .settingMissing: return "a required setting is missing or empty"
        case .invalidMunicipalityNumber: return "`kommunenummer` is not four digits"
        case .invalidChapterID: return "a `kapitler` id with characters other than a–å, 0–9 and `-`"
        case .noAuthor: return "no `forfatter:` line"
        case .invalidReportYear: return "`rapportår` is not a year from 2000 to 2100"
        case .invalidMeetingDate: return "`møtedato` is not a date"
        case .unknownLanguageForm: return "`målform` is not `nb` or `nn`"
        case .invalidThreshold: return "`prikkegrense` is not a whole number from 3 to 100"
        case .unknownKostraStatus: return "`kostra-status` is not `foreløpig` or `endelig`"
        case .chapterListedTwice: return "a chapter listed twice in `kapitler`"
        case .invalidSampleFlag: return "`eksempel` other than `ja` or `nei`"
        case .missingColumns: return "required columns missing from a CSV file's header"
        case .notANumber: return "a cell that must be a number is not one"
        case .notAWholeNumber: return "a count with decimals"
        case .outOfRange: return "a number outside its range (shares 0–100 %, counts 0–10 000 000, årsverk 0–100 000 …)"
        case .invalidYear: return "a year outside 1990–2100"
        case .unknownChoice: return "a cell outside its fixed set of words (role, unit, level, status, method …)"
        case .valueMissing: return "a required cell is empty"
        case .statisticsSymbol: return "an SSB symbol (`..`, `.`, `:`, `-`, `...`) where a number belongs: leave a missing figure empty"
        case .duplicateRow: return "the same key twice (year and role, indicator/year/level, scale answer, question code …)"
        case .partAboveWhole: return "a part larger than its whole in `bemanning.csv` (e.g. master årsverk above filled)"
        case .sickLeaveDoesNotAddUp: return "short- and long-term sick leave do not add up to the total"
        case .filledAboveBudgeted: return "more filled than budgeted årsverk"
        case .unknownIndicator: return "an indicator id that is neither built in nor in `indikator-katalog.csv`"
        case .wrongUnit: return "an indicator row with another unit than the indicator's"
        case .numeratorAboveDenominator: return "`teller` above `nevner`"
        case .valueDisagreesWithCounts: return "a share that disagrees with its own `teller` ÷ `nevner` (both numbers are named)"
        case .invalidOwnIndicatorID: return "an own indicator id with characters other than a–å, 0–9 and `_`"
        case .indicatorExists: return "an own indicator id that is built in or listed twice"
        case .statementWithoutScale: return "a survey statement without a scale"
        case .unknownScale: return "a survey statement with a scale not in `undersokelse-skala.csv`"
        case .noSectorQuestion: return "no question of type `sektor` in `undersokelse-sporsmal.csv`"
        case .unusedSurveyColumn: return "a column of the survey export that no question names"
        case .questionNotInAnswers: return "a question with no column in the survey export"
        case .unknownAnswer: return "a survey answer that is not in the statement's scale"
        case .scoreOutsideScale: return "a mean score outside its scale"
        case .scoreWithoutScale: return "a mean score without `skala_min` and `skala_maks`"
        case .moreThanInvited: return "more children took part (or were spoken with, or invited to meetings) than were invited"
        case .invalidDate: return "a date that is not `31.12.2025` or `2025-12-31`"
        case .noFrontMatter: return "a chapter text that does not start with `---` front matter"
        case .frontMatterNotClosed: return "front matter without its closing `---`"
        case .unknownFrontMatterField: return "a front matter key other than `tittel`, `ansvarlig`, `status`, `forfatter`"
        case .frontMatterFieldMissing: return "`tittel`, `ansvarlig` or `status` missing from the front matter"
        case .unknownApprovalStatus: return "a status other than `ikke påbegynt`, `utkast`, `til gjennomlesing`, `godkjent`"
        case .chapterWithoutText: return "a chapter in the report without its own text"
        case .unknownChapter: return "an id in `kapitler` that is no chapter (with the closest id), pointing at the id"
        case .unusedText: return "a text in `tekster/` that belongs to no chapter in `kapitler`"
        case .bulletsConverted: return "bullet lines pasted from Word (`•`, `–`, `▪`, `o`, `·` and a tab) read as a Markdown list"
        case .tabIndentationConverted: return "tab-indented lines pasted from Word read as paragraphs, not code"
        case .invisibleCharactersIgnored: return "invisible characters (U+200B–U+200D, U+2060, U+FEFF, U+00AD) around a key or value ignored"
        case .rawHTMLShownAsText: return "HTML in a chapter text, shown as text in both the .md and the .html"
        case .remoteImage: return "a picture from the internet in a chapter text: not fetched, shown as a link"
        case .imageWithoutDescription: return "a picture without a description (alt text) between `![` and `]`"
        case .imageNotFound: return "a picture that is not a file in `bilder/`"
        case .notAnImage: return "a file in `bilder/` that is not a PNG or JPEG picture (by its content), or is larger than 5 MB"
        case .unclosedCodeFence: return "a code fence (```` ``` ```` or `~~~`) left open at the end of a text, closed by the tool"
        case .approvalsSyntax: return "a line of `godkjenninger.txt` that belongs to no record (no colon, unknown or repeated field, text outside a record)"
        case .approvalFieldMissing: return "an approval record without one of its fields or without its text"
        case .invalidApprovalField: return "an approval record field with an invalid value (chapter, year, approver, time, sha256)"
        case .approvalDigestMismatch: return "an approval record whose text does not match its sha256 (edited after it was recorded; it approves nothing)"
        case .changedAfterApproval: return "a chapter text changed after its recorded approval (keeps the report a draft until approved again)"
        case .approvalStatusDiffers: return "a chapter recorded as approved whose front matter says another status"
        case .approvalByNonAuthor: return "an approval of a signed text (the union representatives') by someone not among its authors"
        case .noFiguresForReportYear: return "a data file without rows for the report year"
        case .laterYearsIgnored: return "rows for years after the report year, not used"
        case .fileNotFilledIn: return "a data file with only its header row (as `init` makes it): its figures are shown as missing"
        case .surveyNotFilledIn: return "the survey files as `init` makes them, with no answers and no questions yet"
        case .guidanceLeft: return "a chapter text that still holds `init`'s guidance (keeps the report a draft)"
        case .sampleNamesLeft: return "a text or setting that names the sample municipality or its people (keeps the report a draft)"
        case .placeholderSetting: return "a setting still holding `init`'s placeholder (`[kommunens navn]`, `0000`)"
        case .otherMunicipality: return "texts that name another municipality and never the report's own (keeps the report a draft)"
        case .textUnderNotStarted: return "text written in a chapter whose status is still `ikke påbegynt` (not printed)"
        case .sampleProject: return "the project is the fictional sample (`eksempel: ja`): its report is never final"
        case .fileMissing: return "a required file is missing (as `.csv` and, for a table, as `.xlsx`)"
        case .directoryInsteadOfFile: return "a folder where a file belongs"
        case .noPermission: return "a file or folder the tool may not read"
        case .fileTooLarge: return "a file over its size limit"
        case .notText: return "a file that is not text (.xlsx, .docx, an image …)"
        case .projectFolderMissing: return "the project folder does not exist"
        case .dataFileMissing: return "an optional data file is missing as `.csv` and as `.xlsx`: its figures are shown as missing"
        case .invalidUTF8: return "a UTF-8 file with some invalid bytes (shown as �)"
        case .notARegularFile: return "a named pipe, socket or device where a file belongs (refused without reading)"
        case .brokenLink: return "a symbolic link to something that does not exist"
        case .folderMissing: return "`data/` or `tekster/` missing"
        case .fileInsteadOfFolder: return "a file where `data/`, `tekster/` or `maler/` belongs"
        case .readFailed: return "any other error reading a file or folder, with the reason"
        case .linkOutOfTemplates: return "a link in `maler/` pointing out of `maler/`"
        case .fileEmpty: return "an empty settings file or chapter text"
        case .tooManyTemplates: return "more files or deeper folders in `maler/` than the tool reads"
        case .controlCharacter: return "a control character (C0 except tab and line breaks, DEL, C1), replaced by �"
        case .bidiControl: return "a text direction override or isolate (U+202A–U+202E, U+2066–U+2069), replaced by �"
        case .tableInTwoFiles: return "a table both as `data/X.csv` and as `data/X.xlsx`: neither is read until one is removed"
        case .statBankVariableNotMapped: return "a statistics variable in an SSB download that no indicator uses (with the reason where known)"
        case .statBankOtherRegions: return "regions in an SSB download other than the municipality, its KOSTRA group, county and the country (not used)"
        case .statBankSeveralCategories: return "an SSB download with several categories of another dimension (age, function …) that no indicator asks for"
        case .statBankOutOfRange: return "a figure in an SSB download outside its indicator's range"
        case .statBankDuplicate: return "the same indicator, year and level twice in one SSB download (the first is used)"
        case .statBankNoMunicipality: return "an SSB download without figures for the municipality in `kommunenummer`"
        case .statBankWrongCategory: return "an SSB download for another age group or function than the indicator's (e.g. 0–22 år for a 0–17 år indicator)"
        case .importedDisagrees: return "`indikatorer.csv` and an SSB download disagree for one indicator, year and level: both files and values named, SSB's figure used"
        case .importedTwice: return "two SSB downloads disagree for one indicator, year and level: the final, then the newer figure is used"
        case .kostraStatusDisagrees: return "`kostra-status` says otherwise than the SSB downloads' update dates (final after 15 June)"
        case .statBankFileIgnored: return "a file in `data/ssb/` that is not `.json`, `.csv` or `.xlsx` (not read)"
        case .statBankTooManyFiles: return "more than 100 files in `data/ssb/` (the rest are not read)"
        case .nextYearNoteLeft: return "a chapter text that still holds the note `init --fra` put at its top (keeps the report a draft)"
        case .measureWithoutFollowUp: return "a measure from last year's report without `status` in `tiltak.csv` (keeps the report a draft)"
        case .measureStatusTooEarly: return "a `status` on a measure of the report year: it is followed up in next year's report"
        case .notCopied: return "`init --fra`: a link, pipe or device in last year's folder, not copied"
        case .projectTooLarge: return "`init --fra`: last year's folder holds more files, deeper folders or more bytes than a project does"
        case .invalidMember: return "a `samarbeidskommune:` line without number, name or KOSTRA group, with a bad number or meeting date, or more than 30 of them"
        case .municipalityTwice: return "a municipality listed twice in the service (or the host listed as cooperating)"
        case .serviceNameMissing: return "`samarbeidskommune:` without `tjeneste:`, the service's name"
        case .unknownMunicipality: return "a `kommune` in a data row that is not a municipality of the service"
        case .municipalityMissing: return "a data row of a shared service that does not say which municipality it is about"
        case .printedValueInvalid: return "a value in `fjorarets-tall.csv` that is no number, `<5` (the threshold then) or `skjult`"
        case .printedYearAfterReport: return "a figure in `fjorarets-tall.csv` for a year after the report that printed it (`år` after `rapportår`)"
        case .printedReportNotEarlier: return "a `rapportår` in `fjorarets-tall.csv` that is not before the report year"
        case .printedReportOlder: return "`fjorarets-tall.csv` rows from an older report than last year's: not compared"
        case .printedRecordNotMade: return "`init --fra`: last year's project has errors, so the record of its printed figures (`fjorarets-tall.csv`) was not made"
        case .identityNumber: return "a national identity number, D-number or H-number (never printed)"
        case .emailAddress: return "an e-mail address in free text"
        case .phoneNumber: return "a phone number in free text"
        }
    }
}

extension InputCode {
    /// The README's table of codes, generated from this catalogue (a test keeps the README equal to it).
    public static var readmeTable: String {
        var lines = ["| Code | Severity | Meaning |", "|---|---|---|"]
        for code in allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
            lines.append("| `\(code.rawValue)` | \(code.severity == .error ? "error" : "warning") | \(code.summary) |")
        }
        let retired = retired.map { "`\($0.code)` (now `\($0.replacedBy.rawValue)`)" }.joined(separator: ", ")
        lines.append("")
        lines.append("No longer used: \(retired).")
        return lines.joined(separator: "\n")
    }
}
