/// One terminal cell: a grapheme cluster and its style.
/// A wide character fills its first cell; the cell after it is a continuation (`text` empty).
///
/// 16 bytes and no reference: the cluster's UTF-8 is held inline (up to 14 bytes: any one code
/// point, an emoji with its variation selector or skin tone, a flag, a letter with a few marks),
/// a longer one as an id in `GraphemeTable`. Copying cells is then a `memcpy` with nothing to
/// retain or release, which is what a wall frame and a screen diff do most.
package struct Cell: Hashable, Sendable {
    /// Bytes 0-7, 8-11 and 12-13 of the cluster's UTF-8 (little-endian), zero past `count`;
    /// for an interned cluster, `low` is its id.
    private var low: UInt64
    private var middle: UInt32
    private var high: UInt16
    /// UTF-8 bytes held inline (0 for a continuation), or `Cell.interned`.
    private var count: UInt8
    package var style: Style

    static let inlineCapacity = 14
    static let interned: UInt8 = 0xFF

    package init(_ text: String, style: Style = .text) {
        self.init(utf8: text.utf8, style: style)
    }

    package init(_ character: Character, style: Style = .text) {
        self.init(utf8: character.utf8, style: style)
    }

    /// One printable ASCII character (the common case of `Screen.put`), without a `Character`.
    init(ascii byte: UInt8, style: Style) {
        low = UInt64(byte)
        middle = 0
        high = 0
        count = 1
        self.style = style
    }

    private init(utf8: some Collection<UInt8>, style: Style) {
        (low, middle, high, count) = (0, 0, 0, 0)
        self.style = style
        guard utf8.count <= Self.inlineCapacity else {
            if let id = GraphemeTable.shared.id(of: String(decoding: utf8, as: UTF8.self)) {
                low = UInt64(id)
                count = Self.interned
            } else {
                // The table is full (a hostile stream of distinct long clusters): keep what fits
                // inline, the base and its first marks, cut at a code point boundary.
                store(Self.prefix(of: utf8))
            }
            return
        }
        store(utf8)
    }

    private mutating func store(_ utf8: some Collection<UInt8>) {
        var i = 0
        for byte in utf8 {
            let b = UInt64(byte)
            switch i {
            case 0..<8: low |= b << (8 * i)
            case 8..<12: middle |= UInt32(b) << (8 * (i - 8))
            default: high |= UInt16(b) << (8 * (i - 12))
            }
            i += 1
        }
        count = UInt8(i)
    }

    /// The longest prefix of `utf8` that fits inline and ends at a code point boundary.
    static func prefix(of utf8: some Collection<UInt8>) -> [UInt8] {
        let bytes = Array(utf8.prefix(inlineCapacity + 1))
        var end = inlineCapacity
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // back to the lead byte of a cut code point
        return Array(bytes[..<end])
    }

    /// The grapheme cluster; empty for a continuation.
    package var text: String {
        if count == Self.interned { return GraphemeTable.shared.string(of: Int(low)) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.inlineCapacity) { buffer in
            for i in 0..<Int(count) { buffer[i] = byte(i) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<Int(count)]), as: UTF8.self)
        }
    }

    private func byte(_ i: Int) -> UInt8 {
        switch i {
        case 0..<8: UInt8(truncatingIfNeeded: low >> (8 * i))
        case 8..<12: UInt8(truncatingIfNeeded: middle >> (8 * (i - 8)))
        default: UInt8(truncatingIfNeeded: high >> (8 * (i - 12)))
        }
    }

    package static let blank = Cell(ascii: 0x20, style: .text)
    /// The right half of a wide character.
    package static func continuation(_ style: Style) -> Cell { Cell("", style: style) }
    package var isContinuation: Bool { count == 0 }
}
