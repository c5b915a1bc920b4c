/// Case-insensitive search over sanitised text, in grapheme (Character) positions.
package enum Search {
    /// Ranges of Character indices of `text` that match `query`, ignoring case.
    package static func matches(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        if let ranges = Needle(query)?.ranges(in: text) { return ranges }
        return foldedMatches(of: query, in: text, limit: .max)
    }

    /// True when the sanitised `text` contains `query`, ignoring case.
    package static func contains(_ query: String, in text: String) -> Bool {
        if let found = Needle(query)?.isFound(in: text) { return found }
        return !query.isEmpty && !foldedMatches(of: query, in: text, limit: 1).isEmpty
    }

    /// The first `limit` matches, each Character lower-cased (so `É` finds `é`) and canonically
    /// equivalent forms equal, as Foundation's case-insensitive `range(of:)` compared them: as one
    /// scalar a Character where `scalarKey` can say it exactly, else as a String (3-4× slower).
    private static func foldedMatches(of query: String, in text: String, limit: Int) -> [Range<Int>] {
        var needle: [UInt32] = []
        var hay: [UInt32] = []
        if keys(of: query, into: &needle), keys(of: text, into: &hay) {
            return ranges(of: needle, in: hay, limit: limit)
        }
        return ranges(of: query.map { $0.lowercased() }, in: text.map { $0.lowercased() }, limit: limit)
    }

    /// Every Character's `scalarKey`; false at the first that has none.
    private static func keys(of text: String, into keys: inout [UInt32]) -> Bool {
        keys.reserveCapacity(text.utf8.count)
        for character in text {
            guard let key = scalarKey(character) else { return false }
            keys.append(key)
        }
        return true
    }

    /// A Character of one scalar, lower-cased to one scalar, when no other Character of one
    /// scalar is canonically equivalent to it (a singleton such as U+212B Å is left to the
    /// String compare, as is a Character of several scalars such as `e` + U+0301).
    private static func scalarKey(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        let value = scalar.value
        if value < 0x80 { return UInt32(lower(UInt8(value))) }
        // Latin-1's letters without Unicode's tables: À-Þ (not ×) lower-case 0x20 on, ß-ÿ are lower.
        if value >= 0xC0, value <= 0xFF, value != 0xD7 { return value <= 0xDE ? value + 0x20 : value }
        let properties = scalar.properties
        guard !properties.isFullCompositionExclusion else { return nil }
        guard properties.changesWhenLowercased else { return scalar.value }
        let lowered = properties.lowercaseMapping.unicodeScalars
        guard let first = lowered.first, lowered.index(after: lowered.startIndex) == lowered.endIndex,
            !first.properties.isFullCompositionExclusion
        else { return nil }
        return first.value
    }

    /// Non-overlapping occurrences of `needle` in `hay`, left to right, at most `limit`.
    private static func ranges<Element: Equatable>(of needle: [Element], in hay: [Element], limit: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while result.count < limit, !needle.isEmpty, start + needle.count <= hay.count {
            if hay[start..<(start + needle.count)].elementsEqual(needle) {
                result.append(start..<(start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return result
    }
}
