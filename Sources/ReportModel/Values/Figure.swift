/// What a figure measures, which decides how it is written.
public enum FigureUnit: String, Sendable, Hashable {
    /// Children, reports, cases, people: whole numbers, subject to suppression.
    case count
    case percent
    case kroner
    case perThousand
    /// Full-time equivalents (årsverk).
    case fte
    /// A mean score on a scale.
    case score
    /// Credits (studiepoeng).
    case credits
    /// A plain ratio such as children per full-time equivalent.
    case ratio

    /// Decimals shown.
    var decimals: Int {
        switch self {
        case .count, .kroner, .credits: return 0
        case .percent, .perThousand, .fte, .score, .ratio: return 1
        }
    }
}

/// Whether a published figure may still change.
public enum FigureStatus: String, Sendable, Hashable {
    case final = "endelig"
    case preliminary = "foreløpig"
}

/// Where a figure comes from.
public struct Provenance: Sendable, Hashable {
    public var source: String
    public var status: FigureStatus
    public var note: String?

    /// Creates a provenance.
    public init(source: String, status: FigureStatus = .final, note: String? = nil) {
        self.source = source
        self.status = status
        self.note = note
    }

    /// Figures computed by the tool from the service's own data (no source of their own; the phrasebook names it).
    public static let computed = Provenance(source: "", status: .final)
}

/// A figure as it may be published: its value is reachable only when it is safe to show.
///
/// A figure is built from a raw value and a suppression decision inside `ReportModel`; outside this
/// module only the text and the visible value exist, so no template or writer can print a hidden number.
public struct Figure: Sendable, Hashable {
    /// Why a figure has no visible value.
    public enum State: String, Sendable, Hashable {
        case shown
        case missing
        /// A count from 1 to the threshold − 1, printed «<5» (with the threshold in force).
        case small
        /// Hidden so that no small count can be worked out: computed from a hidden count, hidden to protect
        /// another cell, or a total left out. Printed «skjult» whatever its value.
        case hidden
    }

    let raw: Double?
    public let unit: FigureUnit
    public let year: Int?
    public let provenance: Provenance
    public let state: State
    /// The threshold in force when the figure was suppressed (for the text `<5`).
    public let threshold: Int

    init(raw: Double?, unit: FigureUnit, year: Int?, provenance: Provenance, state: State, threshold: Int) {
        self.raw = raw
        self.unit = unit
        self.year = year
        self.provenance = provenance
        self.state = raw == nil && state == .shown ? .missing : state
        self.threshold = threshold
    }

    /// A figure with no value.
    public static func missing(_ unit: FigureUnit, year: Int?, provenance: Provenance = .computed, threshold: Int = 5) -> Figure {
        Figure(raw: nil, unit: unit, year: year, provenance: provenance, state: .missing, threshold: threshold)
    }

    /// The value, when it may be shown.
    public var visibleValue: Double? { state == .shown ? raw : nil }

    /// True when the value may be shown.
    public var isShown: Bool { state == .shown }

    /// True for preliminary figures.
    public var isPreliminary: Bool { provenance.status == .preliminary }

    /// True when the figure is hidden for privacy («<5» or «skjult»).
    public var isProtected: Bool { state == .small || state == .hidden }

    static func format(_ value: Double, _ unit: FigureUnit, trim: Bool = true) -> String {
        let number = NorwegianFormat.number(value, decimals: unit.decimals, trimZeroDecimals: trim && unit == .percent)
        switch unit {
        case .percent: return number + NorwegianFormat.space + "%"
        case .kroner: return "kr" + NorwegianFormat.space + number
        case .perThousand: return number + NorwegianFormat.space + "‰"
        default: return number
        }
    }
}
