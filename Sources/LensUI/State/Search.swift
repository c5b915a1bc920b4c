/// Case-insensitive search over sanitised text, in grapheme (Character) positions.
package enum Search {
    /// Ranges of Character indices of `text` that match `query`, ignoring case.
    package static func matches(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        if let ranges = Needle(query)?.ranges(in: text) { return ranges }
        let needle = query.map(fold)
        let hay = text.map(fold)
        var result: [Range<Int>] = []
        var start = 0
        while start + needle.count <= hay.count {
            if hay[start..<(start + needle.count)].elementsEqual(needle) {
                result.append(start..<(start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return result
    }

    /// A Character as the search compares it: lower-cased (so `É` finds `é`), canonically
    /// equivalent forms equal, as Foundation's case-insensitive `range(of:)` compared them.
    private static func fold(_ character: Character) -> String { character.lowercased() }

    /// True when the sanitised `text` contains `query`, ignoring case.
    package static func contains(_ query: String, in text: String) -> Bool {
        if let found = asciiContains(query, in: text) { return found }
        return !query.isEmpty && !matches(of: query, in: text).isEmpty
    }

    /// The same answer for ASCII query and text, byte by byte: a search of a 1M-turn call runs
    /// this per turn, and the general search below costs microseconds a call.
    /// Nil when either is not ASCII.
    static func asciiContains(_ query: String, in text: String) -> Bool? {
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        let needle = query.utf8.map(lower)
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }) else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { hay -> Bool? in
            guard hay.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard hay.count >= needle.count else { return false }
            for start in 0...(hay.count - needle.count) where lower(hay[start]) == needle[0] {
                var k = 1
                while k < needle.count, lower(hay[start + k]) == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        } ?? nil
    }
}
