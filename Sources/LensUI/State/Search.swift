import Foundation

/// Case-insensitive search over sanitised text, in grapheme (Character) positions.
public enum Search {
    /// Ranges of Character indices of `text` that match `query`, ignoring case.
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var searchStart = text.startIndex
        while searchStart < text.endIndex,
              let found = text.range(of: query, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
            let lower = text.distance(from: text.startIndex, to: found.lowerBound)
            let upper = text.distance(from: text.startIndex, to: found.upperBound)
            if upper > lower { result.append(lower..<upper) }
            searchStart = found.upperBound > found.lowerBound ? found.upperBound : text.index(after: found.lowerBound)
        }
        return result
    }

    /// True when the sanitised `text` contains `query`, ignoring case.
    public static func contains(_ query: String, in text: String) -> Bool {
        text.range(of: query, options: [.caseInsensitive]) != nil
    }
}
