import SourceText

/// Every diagnostic the statistics bank readers write, in bokmål, with its stable code.
enum StatBankMessages {
    static let download = "en fil lastet ned fra SSBs statistikkbank (JSON-stat 2, CSV eller Excel)"
    static let symbols = "et tall som 12,5, eller et av SSBs tegn . .. ... : -"

    static func start(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    static func notJSON(_ file: String, error: JSONError, bytes: [UInt8]) -> Diagnostic {
        Diagnostic(code: "SSB001", message: "Filen er ikke gyldig JSON.", location: LineIndex(bytes: bytes).location(ofOffset: error.offset, file: file),
                   found: error.message, expected: "JSON-stat 2 slik SSBs API eller statistikkbanken lagrer den")
    }

    static func notJSONStat(_ file: String, missing: String) -> Diagnostic {
        Diagnostic(code: "SSB002", message: "Filen er JSON, men ikke et JSON-stat-datasett.", location: start(file),
                   found: "\(missing) mangler", expected: "et datasett med «id», «size», «dimension» og «value» (JSON-stat 2.0)")
    }

    static func sizeMismatch(_ file: String, found: String, expected: String) -> Diagnostic {
        Diagnostic(code: "SSB003", message: "Datasettet henger ikke sammen: antall verdier stemmer ikke med dimensjonene.", location: start(file),
                   found: found, expected: expected)
    }

    static func missingDimension(_ location: SourceLocation, role: String, found: String) -> Diagnostic {
        Diagnostic(code: "SSB004", message: "Finner ikke \(role) i tabellen.", location: location, found: found,
                   expected: "en tabell med region, statistikkvariabel og år, slik statistikkbanken laster dem ned")
    }

    static func tooLarge(_ file: String, count: Int, limit: Int) -> Diagnostic {
        Diagnostic(code: "SSB005", message: "Tabellen har flere tall enn grensen på \(limit).", location: start(file),
                   found: "\(count) tall", expected: "høyst \(limit) tall: velg færre regioner, variabler eller år i statistikkbanken")
    }

    static func noHeader(_ file: String) -> Diagnostic {
        Diagnostic(code: "SSB010", message: "Finner ingen overskriftsrad i tabellen.", location: start(file),
                   expected: "en rad med kolonnene region, statistikkvariabel og år (eller årene), slik statistikkbanken laster ned")
    }

    static func badValue(_ location: SourceLocation, text: String) -> Diagnostic {
        Diagnostic(code: "SSB012", message: "Verdien er verken et tall eller et av SSBs tegn.", location: location, found: text, expected: symbols)
    }

    static func unknownFormat(_ file: String) -> Diagnostic {
        Diagnostic(code: "SSB013", message: "Filen er ikke en tabell fra statistikkbanken.", location: start(file), expected: download)
    }
}
