/// A canonical Huffman code of RFC 1951 § 3.2.2, built from code lengths, with a lookup table for
/// short codes and a bit-by-bit walk (as zlib's `puff.c`) for the few longer ones.
struct HuffmanTable: Sendable {
    /// How a set of code lengths fits the code space.
    enum Shape {
        /// No symbol has a code (a block that uses no distances may say so).
        case empty
        case complete
        /// Some bit patterns decode to nothing (allowed only for a single code of length 1, or no code at all).
        case incomplete
        /// More codes than the lengths allow: no prefix code can be built.
        case overSubscribed
    }

    static let maximumBits = 15
    /// Bits resolved by one lookup; longer codes take the slow walk.
    static let fastBits = 10

    /// Number of codes of each length (index 0 counts unused symbols).
    private(set) var counts = [Int](repeating: 0, count: maximumBits + 1)
    /// Symbols ordered by code (length first, then symbol value), as the canonical code assigns them.
    private(set) var symbols: [Int] = []
    /// Indexed by the next `fastBits` input bits (first bit lowest): `symbol << 4 | length`, or 0 for a longer code.
    private(set) var fast = [UInt32](repeating: 0, count: 1 << fastBits)
    let shape: Shape

    /// Builds the code for `lengths` (one per symbol, 0 = unused). Lengths above 15 are over-subscribed.
    init(lengths: ArraySlice<Int>) {
        for length in lengths {
            guard (0...Self.maximumBits).contains(length) else { shape = .overSubscribed; return }
            counts[length] += 1
        }
        var left = 1
        for length in 1...Self.maximumBits {
            left <<= 1
            left -= counts[length]
            if left < 0 { shape = .overSubscribed; return }
        }
        shape = counts[0] == lengths.count ? .empty : left == 0 ? .complete : .incomplete

        var offsets = [Int](repeating: 0, count: Self.maximumBits + 2)
        for length in 1...Self.maximumBits { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: offsets[Self.maximumBits + 1])
        for (symbol, length) in zip(0..., lengths) where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        fillFastTable()
    }

    /// Assigns the canonical codes in order and enters each short one, bit-reversed, in every slot it prefixes.
    private mutating func fillFastTable() {
        var code = 0
        var index = 0
        for length in 1...Self.maximumBits {
            for _ in 0..<counts[length] {
                if length <= Self.fastBits {
                    let reversed = Self.reverse(code, bits: length)
                    let entry = UInt32(symbols[index]) << 4 | UInt32(length)
                    var slot = reversed
                    while slot < fast.count {
                        fast[slot] = entry
                        slot += 1 << length
                    }
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
    }

    private static func reverse(_ code: Int, bits: Int) -> Int {
        var result = 0
        var value = code
        for _ in 0..<bits {
            result = result << 1 | value & 1
            value >>= 1
        }
        return result
    }

    /// Decodes the symbol at the start of `bits` (first input bit lowest), or nil when no code matches.
    /// Returns the symbol and how many bits its code used.
    func decode(_ bits: UInt64) -> (symbol: Int, length: Int)? {
        let entry = fast[Int(bits & UInt64((1 << Self.fastBits) - 1))]
        if entry != 0 { return (Int(entry >> 4), Int(entry & 0xF)) }
        // The canonical walk of puff.c: codes of each length are consecutive, so one comparison per length.
        var code = 0, first = 0, index = 0
        var remaining = bits
        for length in 1...Self.maximumBits {
            code |= Int(remaining & 1)
            remaining >>= 1
            let count = counts[length]
            if code - first < count { return (symbols[index + code - first], length) }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        return nil
    }
}
