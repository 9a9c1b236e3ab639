import ReportModel
import SourceText

/// Every problem `ReportInputs` reports, with the data each message needs. The code and severity come
/// from `InputCode`; the Norwegian wording of every case is in `InputMessage+Wording.swift` and nowhere else.
public enum InputMessage: Sendable, Hashable {
    // Settings and front matter lines
    case missingColon(line: String, inFrontMatter: Bool)
    case unknownSetting(key: String, suggestion: String?, keys: [String])
    case authorWithoutRole(value: String, inChapter: Bool)
    case duplicateSetting(key: String, value: String, firstLine: Int)
    case settingMissing(key: String)
    case invalidMunicipalityNumber(String)
    case invalidReportYear(String)
    case invalidMeetingDate(String)
    case unknownLanguageForm(String)
    case invalidThreshold(String)
    case unknownKostraStatus(String)
    case invalidChapterID(String)
    case chapterListedTwice(String)
    case invalidSampleFlag(String)
    case noAuthor
    // Cells
    case missingColumns(missing: [String], header: String, all: [String])
    case notANumber(CellSubject, value: String, whole: Bool)
    case notAWholeNumber(CellSubject, value: String)
    case outOfRange(CellSubject, value: String, Quantity)
    case invalidYear(String)
    case unknownChoice(CellSubject, value: String, options: [String])
    case valueMissing(CellSubject)
    case statisticsSymbol(CellSubject, symbol: String)
    // Rules
    case duplicateRow(key: DuplicateKey, value: String, firstLine: Int)
    case partAboveWhole(part: String, whole: String, partValue: Double, wholeValue: Double)
    case sickLeaveDoesNotAddUp(short: Double, long: Double, total: Double)
    case filledAboveBudgeted(filled: Double, budgeted: Double)
    case unknownIndicator(String, suggestion: String?)
    case wrongUnit(indicator: String, found: String?, expected: String?)
    case numeratorAboveDenominator(numerator: Double, denominator: Double)
    case valueDisagreesWithCounts(value: Double, computed: Double, numerator: Double, denominator: Double)
    case invalidOwnIndicatorID(String)
    case indicatorExists(String)
    case statementWithoutScale(scales: [String])
    case unknownScale(String, scales: [String])
    case noSectorQuestion
    case unusedSurveyColumn(String)
    case questionNotInAnswers(question: String, answerFile: String)
    case unknownAnswer(String, scale: String, labels: [String])
    case scoreOutsideScale(score: Double, minimum: Double, maximum: Double)
    case scoreWithoutScale
    case moreThanInvited(ParticipationCount, count: Double, invited: Double)
    case invalidDate(String)
    // Chapter texts and chapters
    case noFrontMatter(firstLine: String)
    case frontMatterNotClosed
    case unknownFrontMatterField(String, keys: [String])
    case frontMatterFieldMissing(String)
    case unknownApprovalStatus(String)
    case chapterWithoutText(file: String)
    case unknownChapter(String, suggestion: String?)
    case unusedText(String)
    case bulletsConverted(count: Int, bullet: String)
    case tabIndentationConverted(count: Int)
    case invisibleCharactersIgnored([Unicode.Scalar], around: String)
    case unclosedCodeFence(fence: String, openingLine: Int)
    // Approvals (godkjenninger.txt) and what they say about the texts
    case approvalLineOutsideRecord(line: String, isText: Bool)
    case approvalLineWithoutColon(String)
    case unknownApprovalField(String, suggestion: String?)
    case approvalFieldTwice(String, firstLine: Int)
    case approvalFieldMissing([String])
    case invalidApprovalField(field: String, value: String)
    case approvalDigestMismatch(recorded: String, computed: String)
    case changedAfterApproval(chapter: String, since: [Approval])
    case approvalStatusDiffers(status: String, approvals: [Approval])
    case approvalByNonAuthor(name: String, authors: [String])
    case rawHTMLShownAsText(String)
    case remoteImage(String)
    case imageWithoutDescription(String)
    case imageNotFound(String, available: [String])
    case notAnImage(found: String)
    // Years
    case noFiguresForReportYear(year: Int, years: [Int])
    case laterYearsIgnored(year: Int, later: Int)
    case fileNotFilledIn(year: Int)
    case surveyNotFilledIn
    // What `init` hands out, left in the project
    case guidanceLeft(lines: [Int])
    case sampleNamesLeft(names: [String], inChapterText: Bool)
    case placeholderSetting(key: String, value: String)
    case otherMunicipality(mentioned: String, own: String)
    case textUnderNotStarted
    case sampleProject(municipality: String)
    // Files and folders
    case fileMissing(String)
    case directoryInsteadOfFile
    case noPermission(isFolder: Bool)
    case fileTooLarge(limitBytes: Int)
    case notText
    case projectFolderMissing
    case dataFileMissing(file: String, workbook: String, chapters: String)
    case invalidUTF8
    case notARegularFile(FileKind)
    case brokenLink(target: String)
    case folderMissing(String)
    case fileInsteadOfFolder(String)
    case readFailed(errno: Int32)
    case linkOutOfTemplates(target: String)
    case fileEmpty
    case tooManyTemplates(limit: Int, depth: Int)
    // Workbooks and SSB downloads
    case tableInTwoFiles(csv: String, workbook: String)
    case tableFileMissing(csv: String, workbook: String)
    case statBankVariableNotMapped(variable: String, reason: String?, known: [String])
    case statBankOtherRegions(regions: [String], municipality: String)
    case statBankSeveralCategories(dimension: String, categories: [String])
    case statBankOutOfRange(indicator: String, value: Double, unit: FigureUnit, at: String)
    case statBankDuplicate(key: String, first: SourceLocation)
    case statBankNoMunicipality(regions: [String], municipality: String)
    case statBankWrongCategory(indicator: String, required: String)
    case importedDisagrees(ImportedFigures)
    case importedTwice(ImportedFigures)
    case kostraStatusDisagrees(year: Int, setting: FigureStatus, file: String)
    case statBankFileIgnored(name: String)
    case statBankTooManyFiles(limit: Int)
    // Characters
    case controlCharacter(Unicode.Scalar)
    case bidiControl(Unicode.Scalar)
    // Personal data
    case identityNumber
    case emailAddress
    case phoneNumber
    // Year to year (issue 15); wording in `InputMessage+YearToYear.swift`
    case nextYearNoteLeft(year: Int)
    case measureWithoutFollowUp(id: String, year: Int)
    case measureStatusTooEarly(id: String, year: Int)
    case notCopied(NotCopied)
    case projectTooLarge(files: Int, depth: Int, megabytes: Int)
    case printedValueInvalid(String)
    case printedYearAfterReport(year: Int, reportYear: Int)
    case printedReportNotEarlier(reportYear: Int, year: Int)
    case printedReportOlder(reportYear: Int, year: Int)
    case printedRecordNotMade(errors: Int, file: String)

    // One service for several councils (issue 15); wording in `InputMessage+SharedService.swift`
    case invalidMember(field: String, found: String, fieldCount: Int)
    case municipalityTwice(number: String, firstLine: Int?)
    case serviceNameMissing(firstMember: Int)
    case tooManyMembers(limit: Int)
    case unknownMunicipality(number: String, known: [String])
    case municipalityMissing(MunicipalityMissing)

    /// Where a data row of a shared service must say which municipality it is about.
    public enum MunicipalityMissing: Sendable, Hashable {
        /// An indicator row at the municipality's or its KOSTRA group's level.
        case indicatorLevel(String)
        /// A participation row, where other rows of the same year and method name their municipality.
        case participationMix(year: Int, method: String)
        /// A `kommune` column in a project for one municipality, with another municipality's number.
        case notAService(own: String)
    }

    /// Why `init --fra` left an entry of last year's folder behind.
    public enum NotCopied: Sendable, Hashable {
        case link, notARegularFile
    }

    /// A row key that must be unique.
    public enum DuplicateKey: Sendable, Hashable {
        case yearAndRole, year, yearAndCategory, yearMethodAndAgeGroup, indicatorYearAndLevel, scaleAnswer(scale: String), questionCode
        case measure
    }

    /// The counts in `medvirkning.csv` that may not exceed the number invited.
    public enum ParticipationCount: Sendable, Hashable {
        case tookPart, spokenAlone, invitedToMeetings
    }

    /// One indicator's figure for one year and level as two files give it: the one used, and the other.
    public struct ImportedFigures: Sendable, Hashable {
        public var indicator: String
        public var year: Int
        public var level: String
        public var usedFile: String
        public var usedValue: String
        public var otherFile: String
        public var otherValue: String

        /// Creates the pair.
        public init(indicator: String, year: Int, level: String, usedFile: String, usedValue: String, otherFile: String, otherValue: String) {
            self.indicator = indicator; self.year = year; self.level = level
            self.usedFile = usedFile; self.usedValue = usedValue; self.otherFile = otherFile; self.otherValue = otherValue
        }
    }

    /// What a path is when it is not a regular file.
    public enum FileKind: Sendable, Hashable {
        case fifo, socket, device, other
    }

    /// The code of this message.
    public var code: InputCode {
        switch self {
        case .missingColon: return .missingColon
        case .unknownSetting: return .unknownSetting
        case .authorWithoutRole: return .authorWithoutRole
        case .duplicateSetting: return .duplicateSetting
        case .settingMissing: return .settingMissing
        case .invalidMunicipalityNumber: return .invalidMunicipalityNumber
        case .invalidReportYear: return .invalidReportYear
        case .invalidMeetingDate: return .invalidMeetingDate
        case .unknownLanguageForm: return .unknownLanguageForm
        case .invalidThreshold: return .invalidThreshold
        case .unknownKostraStatus: return .unknownKostraStatus
        case .invalidChapterID: return .invalidChapterID
        case .chapterListedTwice: return .chapterListedTwice
        case .invalidSampleFlag: return .invalidSampleFlag
        case .noAuthor: return .noAuthor
        case .missingColumns: return .missingColumns
        case .notANumber: return .notANumber
        case .notAWholeNumber: return .notAWholeNumber
        case .outOfRange: return .outOfRange
        case .invalidYear: return .invalidYear
        case .unknownChoice: return .unknownChoice
        case .valueMissing: return .valueMissing
        case .statisticsSymbol: return .statisticsSymbol
        case .duplicateRow: return .duplicateRow
        case .partAboveWhole: return .partAboveWhole
        case .sickLeaveDoesNotAddUp: return .sickLeaveDoesNotAddUp
        case .filledAboveBudgeted: return .filledAboveBudgeted
        case .unknownIndicator: return .unknownIndicator
        case .wrongUnit: return .wrongUnit
        case .numeratorAboveDenominator: return .numeratorAboveDenominator
        case .valueDisagreesWithCounts: return .valueDisagreesWithCounts
        case .invalidOwnIndicatorID: return .invalidOwnIndicatorID
        case .indicatorExists: return .indicatorExists
        case .statementWithoutScale: return .statementWithoutScale
        case .unknownScale: return .unknownScale
        case .noSectorQuestion: return .noSectorQuestion
        case .unusedSurveyColumn: return .unusedSurveyColumn
        case .questionNotInAnswers: return .questionNotInAnswers
        case .unknownAnswer: return .unknownAnswer
        case .scoreOutsideScale: return .scoreOutsideScale
        case .scoreWithoutScale: return .scoreWithoutScale
        case .moreThanInvited: return .moreThanInvited
        case .invalidDate: return .invalidDate
        case .noFrontMatter: return .noFrontMatter
        case .frontMatterNotClosed: return .frontMatterNotClosed
        case .unknownFrontMatterField: return .unknownFrontMatterField
        case .frontMatterFieldMissing: return .frontMatterFieldMissing
        case .unknownApprovalStatus: return .unknownApprovalStatus
        case .chapterWithoutText: return .chapterWithoutText
        case .unknownChapter: return .unknownChapter
        case .unusedText: return .unusedText
        case .bulletsConverted: return .bulletsConverted
        case .tabIndentationConverted: return .tabIndentationConverted
        case .invisibleCharactersIgnored: return .invisibleCharactersIgnored
        case .unclosedCodeFence: return .unclosedCodeFence
        case .approvalLineOutsideRecord, .approvalLineWithoutColon, .unknownApprovalField, .approvalFieldTwice: return .approvalsSyntax
        case .approvalFieldMissing: return .approvalFieldMissing
        case .invalidApprovalField: return .invalidApprovalField
        case .approvalDigestMismatch: return .approvalDigestMismatch
        case .changedAfterApproval: return .changedAfterApproval
        case .approvalStatusDiffers: return .approvalStatusDiffers
        case .approvalByNonAuthor: return .approvalByNonAuthor
        case .rawHTMLShownAsText: return .rawHTMLShownAsText
        case .remoteImage: return .remoteImage
        case .imageWithoutDescription: return .imageWithoutDescription
        case .imageNotFound: return .imageNotFound
        case .notAnImage: return .notAnImage
        case .noFiguresForReportYear: return .noFiguresForReportYear
        case .laterYearsIgnored: return .laterYearsIgnored
        case .fileNotFilledIn: return .fileNotFilledIn
        case .surveyNotFilledIn: return .surveyNotFilledIn
        case .guidanceLeft: return .guidanceLeft
        case .sampleNamesLeft: return .sampleNamesLeft
        case .placeholderSetting: return .placeholderSetting
        case .otherMunicipality: return .otherMunicipality
        case .textUnderNotStarted: return .textUnderNotStarted
        case .sampleProject: return .sampleProject
        case .fileMissing: return .fileMissing
        case .directoryInsteadOfFile: return .directoryInsteadOfFile
        case .noPermission: return .noPermission
        case .fileTooLarge: return .fileTooLarge
        case .notText: return .notText
        case .projectFolderMissing: return .projectFolderMissing
        case .dataFileMissing: return .dataFileMissing
        case .invalidUTF8: return .invalidUTF8
        case .notARegularFile: return .notARegularFile
        case .brokenLink: return .brokenLink
        case .folderMissing: return .folderMissing
        case .fileInsteadOfFolder: return .fileInsteadOfFolder
        case .readFailed: return .readFailed
        case .linkOutOfTemplates: return .linkOutOfTemplates
        case .fileEmpty: return .fileEmpty
        case .tooManyTemplates: return .tooManyTemplates
        case .tableInTwoFiles: return .tableInTwoFiles
        case .tableFileMissing: return .fileMissing
        case .statBankVariableNotMapped: return .statBankVariableNotMapped
        case .statBankOtherRegions: return .statBankOtherRegions
        case .statBankSeveralCategories: return .statBankSeveralCategories
        case .statBankOutOfRange: return .statBankOutOfRange
        case .statBankDuplicate: return .statBankDuplicate
        case .statBankNoMunicipality: return .statBankNoMunicipality
        case .statBankWrongCategory: return .statBankWrongCategory
        case .importedDisagrees: return .importedDisagrees
        case .importedTwice: return .importedTwice
        case .kostraStatusDisagrees: return .kostraStatusDisagrees
        case .statBankFileIgnored: return .statBankFileIgnored
        case .statBankTooManyFiles: return .statBankTooManyFiles
        case .controlCharacter: return .controlCharacter
        case .bidiControl: return .bidiControl
        case .identityNumber: return .identityNumber
        case .emailAddress: return .emailAddress
        case .phoneNumber: return .phoneNumber
        case .nextYearNoteLeft: return .nextYearNoteLeft
        case .measureWithoutFollowUp: return .measureWithoutFollowUp
        case .measureStatusTooEarly: return .measureStatusTooEarly
        case .notCopied: return .notCopied
        case .projectTooLarge: return .projectTooLarge
        case .invalidMember, .tooManyMembers: return .invalidMember
        case .municipalityTwice: return .municipalityTwice
        case .serviceNameMissing: return .serviceNameMissing
        case .unknownMunicipality: return .unknownMunicipality
        case .municipalityMissing: return .municipalityMissing
        case .printedValueInvalid: return .printedValueInvalid
        case .printedYearAfterReport: return .printedYearAfterReport
        case .printedReportNotEarlier: return .printedReportNotEarlier
        case .printedReportOlder: return .printedReportOlder
        case .printedRecordNotMade: return .printedRecordNotMade
        }
    }

    /// The diagnostic for this message at `location`, with the source line as `excerpt`.
    public func diagnostic(at location: SourceLocation?, excerpt: String? = nil) -> Diagnostic {
        let wording = self.wording
        return Diagnostic(severity: code.severity, code: code.code, message: wording.text, location: location,
                          found: wording.found, expected: wording.expected, excerpt: excerpt)
    }

    /// The diagnostic at line `line`, column `column` of `file`.
    public func diagnostic(file: String, line: Int = 1, column: Int = 1, excerpt: String? = nil) -> Diagnostic {
        diagnostic(at: SourceLocation(file: file, line: line, column: column), excerpt: excerpt)
    }
}
