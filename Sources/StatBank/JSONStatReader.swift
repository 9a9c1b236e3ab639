import SourceText

/// Reads a JSON-stat 2.0 dataset as SSB's PxWebApi returns it (v1 `format=json-stat2`, v2
/// `outputFormat=json-stat2`), and the older JSON-stat 1.x `{"dataset": …}` wrapper.
///
/// JSON-stat (json-stat.org, version 2.0): `id` and `size` list the dimensions in the order of the flat
/// `value` array, the last dimension varying fastest; `dimension.<id>.category.index` gives each
/// category's position (an array of codes, or an object code → position) and `category.label` its text;
/// `role.time`/`role.geo`/`role.metric` name the time, region and statistics-variable dimensions; `status`
/// (an object index → symbol, an array, or one string for all) carries SSB's symbols where `value` is null.
public struct JSONStatReader: Sendable {
    /// Most observations read; a full download of one table for four regions and ten years is a few hundred.
    public var maximumObservations: Int

    /// Creates a reader.
    public init(maximumObservations: Int = 1_000_000) {
        self.maximumObservations = maximumObservations
    }

    /// Reads `bytes`; `file` names it in diagnostics.
    public func read(bytes: [UInt8], file: String) -> (dataset: StatBankDataset?, diagnostics: [Diagnostic]) {
        let root: JSONValue
        do { root = try JSONParser().parse(bytes) } catch { return (nil, [StatBankMessages.notJSON(file, error: error, bytes: bytes)]) }
        let dataset = Self.datasetObject(root)
        guard let dimensionObject = dataset["dimension"] else { return (nil, [StatBankMessages.notJSONStat(file, missing: "«dimension»")]) }
        // 2.0 keeps id, size and role at the top; 1.x inside «dimension».
        let ids = (dataset["id"] ?? dimensionObject["id"])?.array?.compactMap(\.string) ?? []
        let sizes = (dataset["size"] ?? dimensionObject["size"])?.array?.compactMap { $0.number.map { Int(exactly: $0) ?? -1 } } ?? []
        guard !ids.isEmpty, ids.count == sizes.count, sizes.allSatisfy({ $0 >= 0 }) else {
            return (nil, [StatBankMessages.notJSONStat(file, missing: "«id» og «size» med like mange dimensjoner")])
        }
        var total = 1
        for size in sizes {
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow, product <= maximumObservations else {
                return (nil, [StatBankMessages.tooLarge(file, count: overflow ? Int.max : product, limit: maximumObservations)])
            }
            total = product
        }
        let roles = dataset["role"] ?? dimensionObject["role"]
        var dimensions: [StatBankDimension] = []
        var diagnostics: [Diagnostic] = []
        for (id, size) in zip(ids, sizes) {
            let dimension = Self.dimension(id: id, object: dimensionObject[id], roles: roles)
            guard dimension.categories.count == size else {
                diagnostics.append(StatBankMessages.sizeMismatch(file, found: "dimensjonen «\(id)» har \(dimension.categories.count) kategorier",
                                                                 expected: "\(size) kategorier, som «size» sier"))
                return (nil, diagnostics)
            }
            dimensions.append(dimension)
        }
        let values = Self.values(dataset["value"], count: total)
        guard let values else {
            return (nil, [StatBankMessages.sizeMismatch(file, found: "«value» har feil antall verdier", expected: "\(total) verdier (produktet av «size»)")])
        }
        let statuses = Self.statuses(dataset["status"], count: total)
        let title = dataset["label"]?.string ?? ""
        let px = dataset["extension"]?["px"]
        var result = StatBankDataset(tableID: px?["tableid"]?.string ?? StatBankDataset.tableID(inTitle: title), title: title,
                                     updated: dataset["updated"]?.string, dimensions: dimensions, observations: [],
                                     notes: Self.notes(dataset))
        let located = StatBankMessages.start(file)
        guard let layout = ObservationLayout(dimensions: dimensions, title: title, location: located, diagnostics: &diagnostics) else { return (result, diagnostics) }
        result.observations.reserveCapacity(total)
        for index in 0..<total {
            let value: StatBankValue
            if let number = values[index] {
                value = .number(number)
            } else {
                value = .symbol(statuses[index].flatMap(StatBankSymbol.parse) ?? .missing)
            }
            result.observations.append(layout.observation(flatIndex: index, sizes: sizes, value: value, location: located))
        }
        return (result, diagnostics)
    }

    /// The dataset: the root (2.0), the `dataset` member (1.x), or the first dataset of a bundle.
    static func datasetObject(_ root: JSONValue) -> JSONValue {
        if root["dimension"] != nil { return root }
        if let inner = root["dataset"], inner["dimension"] != nil { return inner }
        return root.members?.first { $0.value["dimension"] != nil }?.value ?? root
    }

    static func dimension(id: String, object: JSONValue?, roles: JSONValue?) -> StatBankDimension {
        let category = object?["category"]
        let labels = category?["label"]
        var codes: [String] = []
        if let index = category?["index"] {
            if let array = index.array {
                codes = array.compactMap(\.string)
            } else if let members = index.members {
                let positioned = members.compactMap { member in member.value.number.map { (member.key, Int($0)) } }
                codes = positioned.sorted { $0.1 < $1.1 }.map(\.0)
            }
        } else if let members = labels?.members {
            codes = members.map(\.key) // allowed by JSON-stat when the dimension has one category
        }
        let categories = codes.map { StatBankCategory(code: $0, label: labels?[$0]?.string ?? $0) }
        let label = object?["label"]?.string ?? id
        return StatBankDimension(id: id, label: label, role: role(id: id, label: label, roles: roles), categories: categories)
    }

    static func role(id: String, label: String, roles: JSONValue?) -> StatBankDimension.Role {
        func listed(_ key: String) -> Bool { roles?[key]?.array?.contains { $0.string == id } == true }
        if listed("time") { return .time }
        if listed("geo") { return .region }
        if listed("metric") { return .variable }
        return TableLayout.role(ofHeading: id) ?? TableLayout.role(ofHeading: label) ?? .other
    }

    /// `value` as a dense array of numbers (nil entries for null), from an array or a sparse object.
    static func values(_ value: JSONValue?, count: Int) -> [Double?]? {
        if let array = value?.array {
            guard array.count == count else { return nil }
            return array.map(\.number)
        }
        guard let members = value?.members else { return count == 0 ? [] : nil }
        var dense = [Double?](repeating: nil, count: count)
        for member in members {
            guard let index = Int(member.key), (0..<count).contains(index) else { return nil }
            dense[index] = member.value.number
        }
        return dense
    }

    static func statuses(_ status: JSONValue?, count: Int) -> [String?] {
        var dense = [String?](repeating: nil, count: count)
        if let single = status?.string { return [String?](repeating: single, count: count) }
        if let array = status?.array {
            for (index, item) in array.prefix(count).enumerated() { dense[index] = item.string }
        } else if let members = status?.members {
            for member in members { if let index = Int(member.key), (0..<count).contains(index) { dense[index] = member.value.string } }
        }
        return dense
    }

    static func notes(_ dataset: JSONValue) -> [String] {
        var notes = dataset["note"]?.array?.compactMap(\.string) ?? []
        if let text = dataset["note"]?.string { notes.append(text) }
        return notes
    }
}
