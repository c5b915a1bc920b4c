import Foundation

/// Case-insensitive search over sanitised text, in grapheme (Character) positions.
package enum Search {
    /// Ranges of Character indices of `text` that match `query`, ignoring case.
    package static func matches(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        if let ranges = Needle(query)?.ranges(in: text) { return ranges }
        var result: [Range<Int>] = []
        var searchStart = text.startIndex
        while searchStart < text.endIndex,
            let found = text.range(of: query, options: [.caseInsensitive], range: searchStart..<text.endIndex)
        {
            let lower = text.distance(from: text.startIndex, to: found.lowerBound)
            let upper = text.distance(from: text.startIndex, to: found.upperBound)
            if upper > lower { result.append(lower..<upper) }
            searchStart = found.upperBound > found.lowerBound ? found.upperBound : text.index(after: found.lowerBound)
        }
        return result
    }

    /// True when the sanitised `text` contains `query`, ignoring case.
    package static func contains(_ query: String, in text: String) -> Bool {
        if let found = asciiContains(query, in: text) { return found }
        return text.range(of: query, options: [.caseInsensitive]) != nil
    }

    /// The same answer for ASCII query and text, byte by byte: a search of a 1M-turn call runs
    /// this per turn, and Foundation's case-insensitive range(of:) costs microseconds a call.
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
