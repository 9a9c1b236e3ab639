import SourceText
import ZIPArchive

/// Every diagnostic the workbook reader writes, in bokmål, with its stable code.
enum SpreadsheetMessages {
    static let saveAs = "en arbeidsbok lagret fra Excel som «Excel-arbeidsbok (*.xlsx)»"

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes) byte"
    }

    /// The diagnostic for a ZIP problem in `file`.
    static func diagnostic(_ error: ZIPError, file: String) -> Diagnostic {
        let start = SourceLocation(file: file, line: 1, column: 1)
        switch error {
        case .notAnArchive:
            return Diagnostic(code: "XLS001", message: "Filen er ikke en Excel-arbeidsbok (.xlsx): den er ikke et ZIP-arkiv.", location: start,
                              expected: saveAs)
        case .compoundFile:
            return Diagnostic(code: "XLS002", message: "Filen er en eldre Excel-fil (.xls) eller en passordbeskyttet arbeidsbok, som ikke kan leses.",
                              location: start, expected: "arbeidsboken lagret som .xlsx uten passord (Fil → Lagre som → Excel-arbeidsbok)")
        case .damaged(let part):
            return Diagnostic(code: "XLS003", message: "Arbeidsboken er skadet: \(part) peker utenfor filen eller er avkortet.", location: start,
                              expected: "en hel fil (last den ned eller lagre den på nytt)")
        case .multipleDisks:
            return Diagnostic(code: "XLS003", message: "Arbeidsboken er et ZIP-arkiv delt over flere filer.", location: start, expected: saveAs)
        case .duplicateName(let name):
            return Diagnostic(code: "XLS003", message: "Arbeidsboken er skadet: delen \(name) står to ganger i arkivet.", location: start,
                              found: name, expected: "hver del én gang")
        case .encrypted(let name):
            return Diagnostic(code: "XLS004", message: "Arbeidsboken har en kryptert del, som ikke kan leses.", location: start, found: name,
                              expected: "en arbeidsbok uten passord")
        case .unsupportedMethod(let name, let method):
            return Diagnostic(code: "XLS005", message: "Arbeidsboken er pakket med en metode som ikke støttes.", location: start,
                              found: "\(name): metode \(method)", expected: "lagret (0) eller deflate (8), slik Excel og LibreOffice lagrer")
        case .tooManyEntries(let count, let limit):
            return Diagnostic(code: "XLS006", message: "Arbeidsboken har flere deler enn grensen på \(limit).", location: start,
                              found: "\(count) deler", expected: "høyst \(limit) deler")
        case .entryTooLarge(let name, let size, let limit):
            return Diagnostic(code: "XLS007", message: "En del av arbeidsboken er større enn grensen på \(megabytes(limit)) utpakket.",
                              location: start, found: "\(name): \(megabytes(size))", expected: "høyst \(megabytes(limit)) utpakket")
        case .compressionRatio(let name, let ratio, let limit):
            return Diagnostic(code: "XLS008", message: "En del av arbeidsboken pakker ut til mer enn \(limit) ganger sin pakkede størrelse (en «zip-bombe»?).",
                              location: start, found: "\(name): \(ratio) ganger", expected: "høyst \(limit) ganger, som i vanlige arbeidsbøker")
        case .sizeMismatch(let name, _, _), .checksumMismatch(let name):
            return Diagnostic(code: "XLS009", message: "Arbeidsboken er skadet: innholdet i en del stemmer ikke med kontrollsummen eller størrelsen.",
                              location: start, found: name, expected: "en hel fil (last den ned eller lagre den på nytt)")
        case .inflate(let name, _):
            return Diagnostic(code: "XLS010", message: "Arbeidsboken er skadet: en del kan ikke pakkes ut.", location: start, found: name,
                              expected: "en hel fil (last den ned eller lagre den på nytt)")
        }
    }

    static func totalTooLarge(file: String, part: String, limit: Int) -> Diagnostic {
        Diagnostic(code: "XLS007", message: "Arbeidsboken pakker ut til mer enn grensen på \(megabytes(limit)).",
                   location: SourceLocation(file: file, line: 1, column: 1), found: "\(part) går over grensen",
                   expected: "høyst \(megabytes(limit)) utpakket til sammen")
    }

    static func notAWorkbook(file: String, found: String) -> Diagnostic {
        Diagnostic(code: "XLS011", message: "Filen er ikke en Excel-arbeidsbok.", location: SourceLocation(file: file, line: 1, column: 1),
                   found: found, expected: saveAs)
    }

    static func xml(file: String, part: String, error: XMLError, source: [UInt8], location: SourceLocation?) -> Diagnostic {
        let (line, column) = LineIndex(bytes: source).position(ofOffset: error.offset)
        return Diagnostic(code: "XLS012", message: "Arbeidsboken er skadet: XML-feil i \(part) (linje \(line), kolonne \(column)).",
                          location: location ?? SourceLocation(file: file, line: 1, column: 1), found: error.message,
                          expected: "velformet XML, slik Excel og LibreOffice skriver")
    }

    static func missingPart(file: String, part: String, sheet: String?) -> Diagnostic {
        Diagnostic(code: "XLS013", message: sheet.map { "Arket «\($0)» mangler i arkivet." } ?? "Arbeidsboken mangler en del.",
                   location: SourceLocation(file: file, line: 1, column: 1), found: part, expected: "en hel fil (last den ned eller lagre den på nytt)")
    }

    static func badReference(_ location: SourceLocation, reference: String) -> Diagnostic {
        Diagnostic(code: "XLS014", message: "Ugyldig cellereferanse.", location: location, found: reference,
                   expected: "en kolonne A–XFD og en rad 1–1 048 576, for eksempel D22")
    }

    static func badSharedString(_ location: SourceLocation, index: String, count: Int) -> Diagnostic {
        Diagnostic(code: "XLS015", message: "Cellen viser til en tekst som ikke finnes i arbeidsboken.", location: location,
                   found: "tekst nummer \(index)", expected: "et nummer fra 0 til \(max(0, count - 1))")
    }

    static func badValue(_ location: SourceLocation, value: String, type: String) -> Diagnostic {
        Diagnostic(code: "XLS016", message: "Cellen har en verdi som ikke passer med typen.", location: location,
                   found: value, expected: type)
    }

    static func tooManyCells(_ location: SourceLocation, limit: Int) -> Diagnostic {
        Diagnostic(code: "XLS017", message: "Arket har flere celler enn grensen på \(limit); resten er ikke lest.", location: location,
                   found: "mer enn \(limit) celler", expected: "høyst \(limit) celler per ark")
    }

    static func stringTooLong(_ location: SourceLocation, bytes: Int, limit: Int) -> Diagnostic {
        Diagnostic(code: "XLS018", message: "Teksten er lengre enn grensen på \(megabytes(limit)); resten er kuttet.", location: location,
                   found: megabytes(bytes), expected: "høyst \(megabytes(limit)) per tekst")
    }

    static func duplicateCell(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(code: "XLS019", message: "Cellen står to ganger i arket; den første er brukt.", location: location,
                   expected: "hver celle én gang")
    }

    static func tooManySheets(file: String, count: Int, limit: Int) -> Diagnostic {
        Diagnostic(code: "XLS020", message: "Arbeidsboken har flere ark enn grensen på \(limit); resten er ikke lest.",
                   location: SourceLocation(file: file, line: 1, column: 1), found: "\(count) ark", expected: "høyst \(limit) ark")
    }

    static func tooManyStrings(file: String, limit: Int) -> Diagnostic {
        Diagnostic(code: "XLS024", message: "Arbeidsboken har flere delte tekster enn grensen på \(limit); resten er ikke lest.",
                   location: SourceLocation(file: file, line: 1, column: 1), found: "mer enn \(limit) tekster", expected: "høyst \(limit) delte tekster")
    }

    static func noSheets(file: String) -> Diagnostic {
        Diagnostic(code: "XLS021", message: "Arbeidsboken har ingen regneark.", location: SourceLocation(file: file, line: 1, column: 1),
                   expected: "minst ett ark med celler")
    }

    static func noTextSheet(file: String) -> Diagnostic {
        Diagnostic(code: "XLS022", message: "Arbeidsboken har ingen ark med tekst: den mangler overskriftsraden.",
                   location: SourceLocation(file: file, line: 1, column: 1), expected: "en overskriftsrad med kolonnenavn")
    }

    static func severalSheets(file: String, names: [String], used: String, stem: String) -> Diagnostic {
        Diagnostic(severity: .warning, code: "XLS023", message: "Arbeidsboken har flere ark med innhold; bare det første er lest.",
                   location: SourceLocation(file: file, line: 1, column: 1), found: names.map { "«\($0)»" }.joined(separator: ", "),
                   expected: "tabellen på arket «\(used)», eller et ark som heter «\(stem)»")
    }

    static func rightOfTable(_ location: SourceLocation, text: String, headerRow: Int, width: Int) -> Diagnostic {
        Diagnostic(code: "XLS030", message: "Cellen står til høyre for tabellen, utenfor kolonnene med overskrift.", location: location, found: text,
                   expected: "celler bare under en overskrift i rad \(headerRow) (kolonne A–\(SourceLocation.columnName(width)))")
    }
}
