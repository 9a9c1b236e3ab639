import ReportInputs
import SourceText
import Testing

/// Identity numbers are generated here from fictional birth dates with the mod-11 rule, so no real
/// person's number is in the source.
enum IdentityNumbers {
    /// The 11 digits for `ddmmyy` and a three-digit individual number, or nil when that individual
    /// number gives no valid check digit (remainder 10).
    static func make(_ date: String, individual: Int) -> String? {
        let base = date + String(format3(individual))
        var digits = base.compactMap(\.wholeNumberValue)
        guard digits.count == 9 else { return nil }
        for weights in [[3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]] {
            let sum = zip(weights, digits).reduce(0) { $0 + $1.0 * $1.1 }
            var check = 11 - sum % 11
            if check == 11 { check = 0 }
            if check == 10 { return nil }
            digits.append(check)
        }
        return digits.map(String.init).joined()
    }

    static func format3(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }

    /// The first valid number for `ddmmyy`, from individual number 100 on.
    static func valid(_ date: String) -> String {
        for individual in 100...999 { if let number = make(date, individual: individual) { return number } }
        fatalError("no valid number for \(date)")
    }

    /// `number` with its last check digit changed, so it is no longer valid.
    static func broken(_ number: String) -> String {
        var digits = Array(number)
        let last = digits[10].wholeNumberValue ?? 0
        digits[10] = Character(String((last + 1) % 10))
        return String(digits)
    }
}

@Suite struct PersonalDataScannerTests {
    let scanner = PersonalDataScanner()
    let number = IdentityNumbers.valid("010190")

    func codes(_ text: String, contactDetails: Bool = true) -> [String] {
        scanner.scan(text, file: "tekster/test.md", contactDetails: contactDetails).map(\.code)
    }

    /// Every printed part of the diagnostics: none may hold the digits.
    func expectNumberNotPrinted(_ diagnostics: [Diagnostic], _ number: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let digits = number.filter(\.isNumber)
        for diagnostic in diagnostics {
            for part in [diagnostic.message, diagnostic.found ?? "", diagnostic.expected ?? "", diagnostic.excerpt ?? ""] {
                #expect(!part.filter(\.isNumber).contains(digits), "«\(part)» holds the number", sourceLocation: sourceLocation)
                #expect(!part.contains(String(digits.suffix(5))), "«\(part)» holds the personal part", sourceLocation: sourceLocation)
            }
            #expect(!DiagnosticFormatter().format(diagnostic).contains(digits), sourceLocation: sourceLocation)
        }
    }

    @Test func theGeneratorMakesNumbersTheRuleAccepts() throws {
        #expect(number.count == 11)
        #expect(number.hasPrefix("010190"))
        // 010190 100 has remainder 10 for its first check digit or not; whichever, the result has two check digits.
        let other = try #require(IdentityNumbers.make("241285", individual: 497) ?? IdentityNumbers.make("241285", individual: 498))
        #expect(codes(other) == ["PER001"])
    }

    @Test func aValidIdentityNumberIsAnError() throws {
        let diagnostics = scanner.scan("Barnet har fødselsnummer \(number).", file: "tekster/tilstand.md", line: 7, column: 1)
        let hit = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(hit.code == "PER001")
        #expect(hit.severity == .error)
        #expect(hit.location == SourceLocation(file: "tekster/tilstand.md", line: 7, column: 26))
        expectNumberNotPrinted(diagnostics, number)
    }

    @Test(arguments: ["010190", "150705", "311299", "290200", "010101"])
    func validNumbersOfManyBirthDatesAreFound(date: String) {
        var found = 0
        for individual in stride(from: 100, through: 999, by: 37) {
            guard let number = IdentityNumbers.make(date, individual: individual) else { continue }
            #expect(codes("Nr. \(number)") == ["PER001"], "\(date) \(individual)")
            found += 1
        }
        #expect(found > 10)
    }

    @Test func aDNumberIsFound() {
        // A D-number adds 4 to the first digit of the day.
        let dNumber = IdentityNumbers.valid("410190")
        #expect(codes("D-nummer \(dNumber)") == ["PER001"])
        let dNumberLate = IdentityNumbers.valid("711290")
        #expect(codes(dNumberLate) == ["PER001"])
        expectNumberNotPrinted(scanner.scan(dNumber, file: "x"), dNumber)
    }

    @Test func aNumberWrittenWithASpaceAfterTheDateIsFound() {
        let spaced = number.prefix(6) + " " + number.suffix(5)
        #expect(codes("Fødselsnummer: \(spaced) (mor)") == ["PER001"])
        let noBreak = number.prefix(6) + "\u{00A0}" + number.suffix(5)
        #expect(codes("Fnr \(noBreak)") == ["PER001"])
        expectNumberNotPrinted(scanner.scan(String(spaced), file: "x"), number)
    }

    @Test func aNumberAtTheStartOrEndOrInsideWordsIsFound() {
        #expect(codes(number) == ["PER001"])
        #expect(codes("\(number) er barnets nummer") == ["PER001"])
        #expect(codes("Barnets nummer er \(number)") == ["PER001"])
        #expect(codes("(\(number))") == ["PER001"])
        #expect(codes("fnr:\(number);") == ["PER001"])
        #expect(codes("Linje én\nLinje to med \(number)\n") == ["PER001"])
    }

    @Test func theLocationCountsLinesAndColumnsOfTheText() throws {
        let text = "Første linje\r\nAndre linje: \(number)\nTredje"
        let hit = try #require(scanner.scan(text, file: "tekster/a.md", line: 5, column: 1).first)
        #expect(hit.location?.line == 6)
        #expect(hit.location?.column == 14)
        // A CSV cell starting at column 9 of line 3.
        let cell = try #require(scanner.scan("mor \(number)", file: "data/avvik.csv", line: 3, column: 9, contactDetails: false).first)
        #expect(cell.location == SourceLocation(file: "data/avvik.csv", line: 3, column: 13))
    }

    @Test func twoNumbersGiveTwoErrors() {
        let second = IdentityNumbers.valid("150705")
        #expect(codes("\(number) og \(second)") == ["PER001", "PER001"])
    }

    @Test func invalidCheckDigitsAreNotFlagged() {
        #expect(codes(IdentityNumbers.broken(number)) == [])
        #expect(codes("Nr. \(IdentityNumbers.broken(number)) er feil") == [])
        // A number with a valid check digit but a date that does not exist.
        #expect(codes("32019012345") == [])
        #expect(codes("01139012345") == [])
        #expect(codes("12345678901") == [])
        #expect(codes("00000000000") == [])
    }

    @Test func longerOrShorterRunsOfDigitsAreNotFlagged() {
        #expect(codes(String(number.prefix(10)), contactDetails: false) == [])
        #expect(codes(number + "7") == [])
        #expect(codes("7" + number) == [])
        #expect(codes("Kontonummer 1234.56.78903") == [])
    }

    @Test func datesAndYearsAreNotFlagged() {
        #expect(codes("Møtet var 31.12.2025 og neste er 01.04.2026.") == [])
        #expect(codes("Fra 2021 til 2025 økte tallet fra 352 til 402.") == [])
        #expect(codes("Saksnummer 2026/114, tilsyn 09.10.2024") == [])
        #expect(codes("Tabell 12870, 13 barn og 4 tiltak") == [])
    }

    @Test func aNumberAfterAnotherNumberAndASpaceIsStillFound() {
        // «sak 12 <fødselsnummer>»: the run of digits with single spaces must not swallow the number.
                #expect(codes("Sak 12 \(number)") == ["PER001"])
                #expect(codes("Barn 3 \(number.prefix(6)) \(number.suffix(5))") == ["PER001"])
    }

    @Test func theDiagnosticNeverHoldsTheNumber() {
        for text in ["\(number)", "Fnr \(number.prefix(6)) \(number.suffix(5)).", "Se \(number) og ring 22 33 44 55"] {
            let diagnostics = scanner.scan(text, file: "tekster/test.md")
            #expect(diagnostics.contains { $0.code == "PER001" })
            expectNumberNotPrinted(diagnostics, number)
            #expect(diagnostics.allSatisfy { $0.excerpt == nil })
        }
    }

    // MARK: Contact details

    @Test func anEmailAddressIsAWarningWhenContactDetailsAreScanned() throws {
        let diagnostics = scanner.scan("Kontakt kari.nordmann@fjordvik.kommune.no for mer.", file: "tekster/a.md")
        let hit = try #require(diagnostics.first)
        #expect(diagnostics.map(\.code) == ["PER002"])
        #expect(hit.severity == .warning)
        #expect(hit.location?.column == 9)
        let found = hit.found ?? ""
        #expect(!found.contains("kari"))
        #expect(!DiagnosticFormatter().format(hit).contains("fjordvik.kommune"))
        #expect(codes("kari.nordmann@fjordvik.kommune.no", contactDetails: false) == [])
    }

    @Test func thingsThatAreNotEmailAddressesAreNotFlagged() {
        #expect(codes("Møtet @ rådhuset") == [])
        #expect(codes("pris 12 @ stk") == [])
        #expect(codes("navn@domene") == [])
    }

    @Test(arguments: ["22 34 56 78", "92345678", "+47 923 45 678", "+47 92 34 56 78", "923 45 678", "47 92345678"])
    func aPhoneNumberIsAWarningWhenContactDetailsAreScanned(phone: String) throws {
        let diagnostics = scanner.scan("Ring \(phone) i dag", file: "tekster/a.md")
        #expect(diagnostics.map(\.code) == ["PER003"], "\(phone)")
        #expect(diagnostics.first?.severity == .warning)
        let found = diagnostics.first?.found ?? ""
        #expect(!found.contains(phone))
        #expect(codes("Ring \(phone) i dag", contactDetails: false) == [])
    }

    @Test func numbersThatAreNotNorwegianPhoneNumbersAreNotWarnedAbout() {
        // Norwegian subscriber numbers start with 2–9; these start with 1 and are not flagged.
        #expect(codes("12 34 56 78") == [])
        #expect(codes("+47 123 45 678") == [])
        #expect(codes("31.12.2025") == [])
        #expect(codes("1 234 567") == [])
        #expect(codes("9234 5678") == [])
    }

    // MARK: The forms people write (issue 11)

    /// `ddmmåå-nnnnn`, with a narrow no-break space, a thin space, an en dash (Word turns « - » into « – »),
    /// a dot, a non-breaking hyphen, and a dash with spaces around it.
    @Test(arguments: ["-", "\u{202F}", "\u{2009}", "\u{00A0}", " ", ".", "\u{2013}", "\u{2011}", " - ", " \u{2013} ", "\u{202F}-\u{202F}", "- "])
    func aNumberWithAnySeparatorPeopleTypeIsFound(separator: String) {
        let written = number.prefix(6) + separator + number.suffix(5)
        #expect(codes("Fnr. \(written), mor") == ["PER001"], "\(separator.unicodeScalars.map { String($0.value, radix: 16) })")
        expectNumberNotPrinted(scanner.scan("Fnr. \(written)", file: "x"), number)
        #expect(!scanner.redacting("Fnr. \(written)").contains(String(number.suffix(5))))
    }

    /// The date written as a date: `dd.mm.åå nnnnn`, `dd-mm-åå-nnnnn` (the same mark twice).
    @Test(arguments: [("01.01.90", " "), ("01.01.90", "-"), ("01-01-90", " "), ("01.01.90", "\u{202F}")])
    func aNumberWhoseDateIsWrittenAsADateIsFound(date: String, separator: String) {
        let written = date + separator + number.suffix(5)
        #expect(codes("Født \(written)") == ["PER001"], "\(written)")
        #expect(!scanner.redacting(written).contains(String(number.suffix(5))))
    }

    @Test func separatorsThatAreNotTypedBetweenTheTwoPartsAreNotTakenForOne() {
        #expect(codes(number.prefix(6) + " -- " + number.suffix(5)) == [])
        #expect(codes(number.prefix(6) + "/" + number.suffix(5)) == [])
        #expect(codes("01.01-90 " + number.suffix(5)) == [])
        #expect(codes(number.prefix(6) + "   " + number.suffix(5)) == [])
    }

    @Test func hNumbersAndDNumbersAreFoundInEveryForm() {
        let hNumber = IdentityNumbers.valid("014190") // the month plus 40
        let dNumber = IdentityNumbers.valid("410190") // the day plus 40
        for candidate in [hNumber, dNumber] {
            #expect(codes(candidate) == ["PER001"])
            #expect(codes(candidate.prefix(6) + "-" + candidate.suffix(5)) == ["PER001"])
            #expect(codes(candidate.prefix(6) + "\u{202F}" + candidate.suffix(5)) == ["PER001"])
        }
    }

    // MARK: Contact details on one line

    /// Issue 16: an e-mail address on the same line as a phone number was not reported. Both are, in line order,
    /// also when the address ends a sentence and the number follows «tlf.».
    @Test func anEmailAddressAndAPhoneNumberOnOneLineAreBothReported() {
        #expect(codes("Kontakt kari@fjordvik.no, tlf.91234567.") == ["PER002", "PER003"])
        #expect(codes("Ring 912 34 567 eller skriv til kari@fjordvik.kommune.no.") == ["PER003", "PER002"])
        #expect(codes("kari@fjordvik.no;91234567") == ["PER002", "PER003"])
        #expect(codes("+4791234567 / kari@fjordvik.no") == ["PER003", "PER002"])
    }

    @Test func decimalNumbersAreNotPhoneNumbers() {
        #expect(codes("Andelen var 0.91234567 i fjor") == [])
        #expect(codes("Beløpet 12345678,50 kroner") == [])
    }
}
