/// Why a text is not JSON, with the byte offset where that was noticed.
public struct JSONError: Error, Sendable, Hashable {
    /// Norwegian description of the problem.
    public var message: String
    public var offset: Int
}

/// An RFC 8259 JSON parser that walks with an explicit stack: nesting is limited (`maximumDepth`, a
/// diagnostic beyond it), so neither parsing nor freeing the value can exhaust the call stack.
public struct JSONParser: Sendable {
    public var maximumDepth: Int

    /// Creates a parser.
    public init(maximumDepth: Int = 64) {
        self.maximumDepth = maximumDepth
    }

    private enum Container {
        case array([JSONValue])
        case object([(key: String, value: JSONValue)], key: String?)
    }

    /// Parses `bytes` (UTF-8, a byte order mark allowed) into one value.
    public func parse(_ bytes: [UInt8]) throws(JSONError) -> JSONValue {
        var reader = JSONReader(bytes: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
        var stack: [Container] = []
        var result: JSONValue? = nil
        while true {
            reader.skipSpace()
            // Where a value is expected, read one (a scalar, or open a container).
            var value: JSONValue? = nil
            if case .object(_, key: nil)? = stack.last {
                if reader.peek == UInt8(ascii: "}"), case .object(let members, _)? = stack.last, members.isEmpty {
                    reader.advance(); stack.removeLast(); value = .object([])
                } else {
                    let key = try reader.string()
                    reader.skipSpace()
                    try reader.expect(UInt8(ascii: ":"), "et kolon etter navnet «\(key.prefix(40))»")
                    if case .object(let members, _)? = stack.last { stack[stack.count - 1] = .object(members, key: key) }
                    continue
                }
            } else if case .array(let items)? = stack.last, items.isEmpty, reader.peek == UInt8(ascii: "]") {
                reader.advance(); stack.removeLast(); value = .array([])
            } else {
                switch reader.peek {
                case UInt8(ascii: "["):
                    reader.advance()
                    guard stack.count < maximumDepth else { throw reader.error("Dypere nesting enn grensen på \(maximumDepth) nivåer") }
                    stack.append(.array([]))
                    continue
                case UInt8(ascii: "{"):
                    reader.advance()
                    guard stack.count < maximumDepth else { throw reader.error("Dypere nesting enn grensen på \(maximumDepth) nivåer") }
                    stack.append(.object([], key: nil))
                    continue
                default:
                    value = try reader.scalar()
                }
            }
            // Put the value into its container, then close every container that ends here.
            while let finished = value {
                value = nil
                guard let top = stack.popLast() else { result = finished; break }
                var container: Container
                switch top {
                case .array(var items): items.append(finished); container = .array(items)
                case .object(var members, let key):
                    if let key, !members.contains(where: { $0.key == key }) { members.append((key, finished)) }
                    container = .object(members, key: nil)
                }
                reader.skipSpace()
                switch (container, reader.peek) {
                case (.array, UInt8(ascii: ",")?), (.object, UInt8(ascii: ",")?):
                    reader.advance()
                    stack.append(container)
                case (.array(let items), UInt8(ascii: "]")?):
                    reader.advance()
                    value = .array(items)
                case (.object(let members, _), UInt8(ascii: "}")?):
                    reader.advance()
                    value = .object(members)
                default:
                    if case .array = container { throw reader.error("Forventet , eller ] i en liste") }
                    throw reader.error("Forventet , eller } i et objekt")
                }
            }
            if let result {
                reader.skipSpace()
                guard reader.atEnd else { throw reader.error("Tekst etter slutten av JSON-verdien") }
                return result
            }
        }
    }
}
