/// Case-insensitive search of printable ASCII, byte by byte: most transcripts are, they need no
/// sanitising (`TerminalText` changes nothing in 0x20-0x7E), and a search of a 1M-turn call
/// tests every turn. Eight bytes at a time where it pays: the printable check and the scan for
/// the query's first byte.
extension Search {
    /// A query ready to test many texts: the lower-cased bytes of an ASCII query.
    package struct Needle: Hashable, Sendable {
        let bytes: [UInt8]
        /// `b | fold == bytes[0]` exactly when `b` matches the first byte, ignoring case.
        let fold: UInt8

        /// Nil when `query` is empty or not ASCII (the general search then decides).
        package init?(_ query: String) {
            let bytes = query.utf8.map(Search.lower)
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            self.bytes = bytes
            fold = (0x61...0x7A).contains(bytes[0]) ? 0x20 : 0
        }

        /// True when `text` contains the needle, ignoring case; nil when `text` is not printable
        /// ASCII (or not contiguous), which the caller then searches the general way.
        package func isFound(in text: String) -> Bool? {
            text.utf8.withContiguousStorageIfAvailable { hay -> Bool? in
                Search.isPrintableASCII(hay) ? firstMatch(in: hay, from: 0) != nil : nil
            } ?? nil
        }

        /// Non-overlapping matches, left to right, in byte (= Character) offsets of printable
        /// ASCII `text`; nil when it is not.
        package func ranges(in text: String) -> [Range<Int>]? {
            text.utf8.withContiguousStorageIfAvailable { hay -> [Range<Int>]? in
                guard Search.isPrintableASCII(hay) else { return nil }
                var found: [Range<Int>] = []
                var start = 0
                while let at = firstMatch(in: hay, from: start) {
                    found.append(at..<(at + bytes.count))
                    start = at + bytes.count
                }
                return found
            } ?? nil
        }

        /// The first offset at or after `start` where the needle is, ignoring case.
        func firstMatch(in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            let n = bytes.count
            guard hay.count >= n else { return nil }
            let last = hay.count - n
            let first = bytes[0]
            let spread = UInt64(0x0101_0101_0101_0101)
            var i = start
            while i <= last {
                // Skip eight bytes at once when none of them can start a match.
                if i + 8 <= hay.count {
                    let word = UnsafeRawPointer(hay.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if !Search.hasZeroByte((word | (spread &* UInt64(fold))) ^ (spread &* UInt64(first))) {
                        i += 8
                        continue
                    }
                }
                if hay[i] | fold == first {
                    var k = 1
                    while k < n, Search.lower(hay[i + k]) == bytes[k] { k += 1 }
                    if k == n { return i }
                }
                i += 1
            }
            return nil
        }
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// True when some byte of `word` is zero.
    @inline(__always) static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Every byte in 0x20-0x7E: text `TerminalText.sanitize` leaves as it is.
    static func isPrintableASCII(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 8 <= hay.count {
            let word = UnsafeRawPointer(hay.baseAddress! + i).loadUnaligned(as: UInt64.self)
            // A byte ≥ 0x80, one below 0x20 (checked once none is ≥ 0x80), or 0x7F.
            if word & 0x8080_8080_8080_8080 != 0 || (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
                || hasZeroByte(word ^ 0x7F7F_7F7F_7F7F_7F7F)
            {
                return false
            }
            i += 8
        }
        while i < hay.count {
            if hay[i] &- 0x20 >= 0x5F { return false }
            i += 1
        }
        return true
    }
}
