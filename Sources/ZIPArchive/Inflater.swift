/// Why a DEFLATE stream could not be decompressed.
public enum InflateError: Error, Sendable, Hashable {
    /// The input ended inside a block.
    case truncated
    /// A block header with type 3, which RFC 1951 reserves.
    case invalidBlockType
    /// A stored block whose LEN is not the complement of NLEN.
    case storedLengthMismatch
    /// A dynamic block announcing more than 286 literal/length or 30 distance codes.
    case tooManyCodes
    /// The code lengths of a dynamic block do not form a usable prefix code.
    case invalidCodeLengths
    /// Bits that match no code, or a literal/length symbol 286–287 or distance symbol 30–31.
    case invalidSymbol
    /// A back-reference to before the start of the output.
    case distanceTooFar
    /// The output would grow beyond the limit the caller set.
    case outputLimit
}

/// Decompresses raw DEFLATE data (RFC 1951: stored, fixed and dynamic Huffman blocks).
///
/// Every input ends: each step consumes input bits or output room, malformed data is an `InflateError`,
/// and the output never grows past `limit` bytes (zip bombs stop there).
public enum Inflater {
    /// Decompresses `input`; `sizeHint` (the size the container declares) presizes the output.
    public static func inflate(_ input: [UInt8], limit: Int, sizeHint: Int? = nil) -> Result<[UInt8], InflateError> {
        var state = InflateState(input: input, limit: max(0, limit), sizeHint: sizeHint)
        do {
            try state.run()
            return .success(state.finish())
        } catch {
            return .failure(error)
        }
    }
}

/// One decompression: the bit reader over the input and the growing output.
struct InflateState {
    private let input: [UInt8]
    private var position = 0
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private var output: [UInt8]
    private var written = 0
    private let limit: Int

    init(input: [UInt8], limit: Int, sizeHint: Int?) {
        self.input = input
        self.limit = limit
        // DEFLATE expands at most about 1032:1, so a declared size beyond that is not believed up front.
        let plausible = input.count * 1032 + 64
        output = [UInt8](repeating: 0, count: min(limit, plausible, max(0, sizeHint ?? input.count * 4)))
    }

    mutating func run() throws(InflateError) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: FixedCodes.literals, distances: FixedCodes.distances)
            case 2:
                let (literals, distances) = try dynamicCodes()
                try huffmanBlock(literals: literals, distances: distances)
            default: throw .invalidBlockType
            }
        }
    }

    mutating func finish() -> [UInt8] {
        output.removeLast(output.count - written)
        return output
    }

    // MARK: Bits

    private mutating func refill() {
        while bitCount <= 56, position < input.count {
            bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    /// The next `count` bits (at most 32), first bit lowest.
    private mutating func bits(_ count: Int) throws(InflateError) -> Int {
        if bitCount < count {
            refill()
            if bitCount < count { throw .truncated }
        }
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    private mutating func decode(_ table: HuffmanTable) throws(InflateError) -> Int {
        if bitCount < HuffmanTable.maximumBits { refill() }
        // Past the end of the input the buffer reads as zeros; a code that needs those bits is truncated.
        guard let (symbol, length) = table.decode(bitBuffer) else {
            throw bitCount < HuffmanTable.maximumBits ? .truncated : .invalidSymbol
        }
        if length > bitCount { throw .truncated }
        bitBuffer >>= UInt64(length)
        bitCount -= length
        return symbol
    }

    // MARK: Output

    /// Makes room for `count` more bytes, growing geometrically up to the limit.
    private mutating func reserve(_ count: Int) throws(InflateError) {
        let needed = written + count
        guard needed > output.count else { return }
        if needed > limit { throw .outputLimit }
        let size = min(limit, max(needed, output.count * 2, 4096))
        output.append(contentsOf: repeatElement(0, count: size - output.count))
    }

    // MARK: Blocks

    /// RFC 1951 § 3.2.4: bytes copied as they are, after LEN and its complement NLEN.
    private mutating func storedBlock() throws(InflateError) {
        // Whole bytes already in the bit buffer go back to the input; the rest of the current byte is padding.
        bitBuffer = 0
        position -= bitCount / 8
        bitCount = 0
        guard position + 4 <= input.count else { throw .truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        position += 4
        guard length == complement ^ 0xFFFF else { throw .storedLengthMismatch }
        guard position + length <= input.count else { throw .truncated }
        try reserve(length)
        output.replaceSubrange(written..<(written + length), with: input[position..<(position + length)])
        written += length
        position += length
    }

    /// RFC 1951 § 3.2.7: the code lengths, themselves Huffman-coded, then the two codes.
    private mutating func dynamicCodes() throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .tooManyCodes }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengthLengths[FixedCodes.codeLengthOrder[index]] = try bits(3) }
        let codeLengths = HuffmanTable(lengths: codeLengthLengths[...])
        guard codeLengths.shape == .complete else { throw .invalidCodeLengths }

        let total = literalCount + distanceCount
        var lengths = [Int](repeating: 0, count: total)
        var index = 0
        while index < total {
            let symbol = try decode(codeLengths)
            if symbol < 16 {
                lengths[index] = symbol
                index += 1
                continue
            }
            var value = 0
            let repeats: Int
            switch symbol {
            case 16:
                guard index > 0 else { throw .invalidCodeLengths }
                value = lengths[index - 1]
                repeats = 3 + (try bits(2))
            case 17: repeats = 3 + (try bits(3))
            default: repeats = 11 + (try bits(7))
            }
            guard index + repeats <= total else { throw .invalidCodeLengths }
            for offset in index..<(index + repeats) { lengths[offset] = value }
            index += repeats
        }
        // A block without an end-of-block code could never end.
        guard lengths[256] != 0 else { throw .invalidCodeLengths }
        let literals = HuffmanTable(lengths: lengths[0..<literalCount])
        let distances = HuffmanTable(lengths: lengths[literalCount...])
        guard Self.usable(literals, lengths: lengths[0..<literalCount]),
              Self.usable(distances, lengths: lengths[literalCount...]) else { throw .invalidCodeLengths }
        return (literals, distances)
    }

    /// Complete, empty (decoding from it fails), or incomplete only as a single code of length 1 (zlib and
    /// puff accept that; the other half decodes to nothing).
    private static func usable(_ table: HuffmanTable, lengths: ArraySlice<Int>) -> Bool {
        switch table.shape {
        case .complete, .empty: return true
        case .overSubscribed: return false
        case .incomplete: return table.counts[0] + table.counts[1] == lengths.count
        }
    }

    /// RFC 1951 § 3.2.5: literals, and length/distance pairs copying earlier output, until symbol 256.
    private mutating func huffmanBlock(literals: HuffmanTable, distances: HuffmanTable) throws(InflateError) {
        while true {
            let symbol = try decode(literals)
            if symbol < 256 {
                try reserve(1)
                output[written] = UInt8(truncatingIfNeeded: symbol)
                written += 1
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw .invalidSymbol }
            let length = FixedCodes.lengthBase[lengthIndex] + (try bits(FixedCodes.lengthExtra[lengthIndex]))
            let distanceSymbol = try decode(distances)
            guard distanceSymbol < 30 else { throw .invalidSymbol }
            let distance = FixedCodes.distanceBase[distanceSymbol] + (try bits(FixedCodes.distanceExtra[distanceSymbol]))
            guard distance <= written else { throw .distanceTooFar }
            try reserve(length)
            // Byte by byte: a copy may overlap the bytes it produces (distance < length repeats a run).
            var from = written - distance
            for _ in 0..<length {
                output[written] = output[from]
                written += 1
                from += 1
            }
        }
    }
}

/// The constant tables of RFC 1951 § 3.2.5–3.2.7.
enum FixedCodes {
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// § 3.2.6: literal/length codes 0–143 have 8 bits, 144–255 9, 256–279 7, 280–287 8.
    static let literals: HuffmanTable = {
        var lengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        return HuffmanTable(lengths: lengths[...])
    }()

    /// § 3.2.6: 32 distance codes of 5 bits (30 and 31 never occur in valid data).
    static let distances = HuffmanTable(lengths: [Int](repeating: 5, count: 32)[...])
}
