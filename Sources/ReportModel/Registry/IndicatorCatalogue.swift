/// Whether a higher value of an indicator is better, worse, or neither.
public enum Direction: String, Sendable, Hashable {
    case higherIsBetter, lowerIsBetter, neutral
}

/// Comparison levels of an indicator.
public enum IndicatorLevel: String, Sendable, Hashable, CaseIterable {
    case municipality = "kommune"
    case kostraGroup = "kostragruppe"
    case county = "fylke"
    case country = "land"
    /// The whole of a shared service, beside a member's own figures: computed by the program, never read from a file.
    case service = "tjenesten"

    /// The levels a data file may give.
    public static let given: [IndicatorLevel] = [.municipality, .kostraGroup, .county, .country]
}

/// How a share relates to the counts a reader can see beside it: what privacy needs to know.
public enum ShareBasis: Sendable, Hashable {
    /// A share *of* a printed count (its denominator): with the count shown, a reader turns the share back
    /// into its numerator (4,7 % of 85 reports = 4) and the rest (81).
    case ofCount(String)
    /// A printed count *per* another printed count: nothing new once both are shown.
    case countPer(String, per: String)
    /// About the children of a count, but not a share of it (visits per child in foster homes): hidden with it.
    case about(String)

    /// A share of a built-in count.
    public static func ofCount(_ id: IndicatorID) -> ShareBasis { .ofCount(id.rawValue) }
    /// A built-in count per another.
    public static func countPer(_ id: IndicatorID, per: IndicatorID) -> ShareBasis { .countPer(id.rawValue, per: per.rawValue) }
    /// About the children of a built-in count.
    public static func about(_ id: IndicatorID) -> ShareBasis { .about(id.rawValue) }

    /// Every count the share is computed from.
    public var counts: [String] {
        switch self {
        case .ofCount(let count), .about(let count): return [count]
        case .countPer(let count, let per): return [count, per]
        }
    }
}

/// The indicators of one report: the built-in ones (`IndicatorRegistry`) and the municipality's own
/// (`data/indikator-katalog.csv`), as the model computes with them.
public enum IndicatorCatalogue {
    /// One known indicator.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let name: Words
        /// The subject of its change sentence; an own indicator's is its name.
        public let subject: Words
        public let unit: FigureUnit
        public let direction: Direction
        /// For a share: the counts it is computed from, and how.
        public let basis: ShareBasis?
        /// One of the chapter's key figures in the report year: hidden to protect another only as a last resort.
        public let isKeyFigure: Bool
        /// The built-in indicator, or nil for the municipality's own.
        public let builtIn: IndicatorID?

        /// True for the municipality's own indicators from `data/indikator-katalog.csv`.
        public var isOwn: Bool { builtIn == nil }

        /// The count this share is hidden with, if any (its denominator, or the count it is about).
        public var derivedFrom: String? { basis?.counts.first }

        /// An own indicator: its name as the municipality wrote it (the same in both forms); `derivedFrom` is the
        /// count it is a share of.
        public init(ownID id: String, name: String, unit: FigureUnit, direction: Direction, derivedFrom: String?) {
            self.init(id: id, name: Words(both: name), subject: Words(both: name), unit: unit, direction: direction,
                      basis: derivedFrom.map { .ofCount($0) }, isKeyFigure: false, builtIn: nil)
        }

        init(id: String, name: Words, subject: Words, unit: FigureUnit, direction: Direction, basis: ShareBasis?, isKeyFigure: Bool,
             builtIn: IndicatorID?) {
            self.id = id
            self.name = name
            self.subject = subject
            self.unit = unit
            self.direction = direction
            self.basis = basis
            self.isKeyFigure = isKeyFigure
            self.builtIn = builtIn
        }
    }

    /// Every built-in indicator, in the registry's order.
    public static let all: [Entry] = IndicatorRegistry.all.map(\.entry)

    /// Counts that are parts of another count (from the registry), by id.
    public static let partitions: [(whole: String, parts: [String])] = IndicatorRegistry.partitions.map { ($0.whole.rawValue, $0.parts.map(\.rawValue)) }

    /// The built-in entry for `id`.
    public static func entry(_ id: String) -> Entry? { all.first { $0.id == id } }
}
