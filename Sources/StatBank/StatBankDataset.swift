import SourceText

/// SSB's standard symbols for a figure that is not a number («Standardtegn i tabeller», printed in every
/// SSB publication and used in the statistics bank's downloads).
public enum StatBankSymbol: String, Sendable, Hashable, CaseIterable {
    /// `.` «Tall kan ikke forekomme»: the category does not apply.
    case notApplicable = "."
    /// `..` «Oppgave mangler»: the figure is missing.
    case missing = ".."
    /// `...` «Oppgave mangler foreløpig»: not yet available.
    case notYetAvailable = "..."
    /// `:` «Tall kan ikke offentliggjøres»: suppressed, too small to publish without revealing individuals.
    case confidential = ":"
    /// `-` «Null»: exactly zero.
    case zero = "-"

    /// SSB's own words for the symbol, kept for the report.
    public var meaning: String {
        switch self {
        case .notApplicable: return "Tall kan ikke forekomme"
        case .missing: return "Oppgave mangler"
        case .notYetAvailable: return "Oppgave mangler foreløpig"
        case .confidential: return "Tall kan ikke offentliggjøres"
        case .zero: return "Null"
        }
    }

    /// The symbol in a cell, also with the spaces and dashes spreadsheets put around it (`–` and `—` count as `-`).
    public static func parse(_ text: String) -> StatBankSymbol? {
        let trimmed = text.trimmingSpaces()
        if trimmed == "\u{2013}" || trimmed == "\u{2014}" || trimmed == "\u{2212}" { return .zero }
        return StatBankSymbol(rawValue: trimmed)
    }
}

/// One figure of a dataset: a number, or a symbol saying why there is none.
public enum StatBankValue: Sendable, Hashable {
    case number(Double)
    case symbol(StatBankSymbol)

    /// The number, with `-` (zero) as 0; nil for the other symbols.
    public var number: Double? {
        switch self {
        case .number(let value): return value
        case .symbol(.zero): return 0
        case .symbol: return nil
        }
    }
}

/// A category of a dimension: its code (`3101`, `EKG07`, `KOSbvbarnuspinnb0000`) and label.
public struct StatBankCategory: Sendable, Hashable {
    public var code: String
    public var label: String

    /// Creates a category.
    public init(code: String, label: String) {
        self.code = code
        self.label = label
    }
}

/// One dimension of the table (region, statistics variable, year, or another such as age).
public struct StatBankDimension: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        case region, variable, time, other
    }

    /// The dimension's id (`KOKkommuneregion0000`, `ContentsCode`, `Tid`) or, in a CSV, its column heading.
    public var id: String
    public var label: String
    public var role: Role
    public var categories: [StatBankCategory]

    /// Creates a dimension.
    public init(id: String, label: String, role: Role, categories: [StatBankCategory]) {
        self.id = id
        self.label = label
        self.role = role
        self.categories = categories
    }
}

/// One observation: where it is in the table and its value.
public struct StatBankObservation: Sendable, Hashable {
    public var region: StatBankCategory
    public var variable: StatBankCategory
    /// The year (`2025`); nil when the time category is not a year (`2025K1`).
    public var year: Int?
    /// The time category as written.
    public var time: String
    /// The categories of any other dimension (age group, sex …), in dimension order.
    public var others: [StatBankCategory]
    public var value: StatBankValue
    /// Where the figure stands in the file, for diagnostics.
    public var location: SourceLocation

    /// Creates an observation.
    public init(region: StatBankCategory, variable: StatBankCategory, year: Int?, time: String, others: [StatBankCategory] = [],
                value: StatBankValue, location: SourceLocation) {
        self.region = region
        self.variable = variable
        self.year = year
        self.time = time
        self.others = others
        self.value = value
        self.location = location
    }
}

/// A table downloaded from SSB's statistics bank, whatever format it came in.
public struct StatBankDataset: Sendable, Hashable {
    /// The table number (`12870`), when the file says it.
    public var tableID: String?
    public var title: String
    /// When SSB last updated the table (ISO 8601 `2026-03-15T07:00:00Z`), when the file says it.
    public var updated: String?
    public var dimensions: [StatBankDimension]
    public var observations: [StatBankObservation]
    /// Notes in the file (footnotes, «Tallene for 2025 er foreløpige» …).
    public var notes: [String]

    /// Creates a dataset.
    public init(tableID: String?, title: String, updated: String?, dimensions: [StatBankDimension], observations: [StatBankObservation],
                notes: [String] = []) {
        self.tableID = tableID
        self.title = title
        self.updated = updated
        self.dimensions = dimensions
        self.observations = observations
        self.notes = notes
    }

    /// The table number at the start of a title: `12870: Barnevern …` → `12870`.
    public static func tableID(inTitle title: String) -> String? {
        let digits = title.trimmingSpaces().prefix { $0.isASCII && $0.isNumber }
        return digits.count == 5 ? String(digits) : nil
    }
}
