import ContactLensModel

extension TranscriptLayout {
    /// Categories whose points of interest overlap the turn (chats: that name the turn), in the
    /// order they were first matched.
    func tags(for turn: Turn) -> [TurnTag] {
        let categories = state.store.categories
        guard !categories.isEmpty else { return [] }
        if cache.categorySpans == nil { cache.categorySpans = CategorySpans(categories) }
        let spans = cache.categorySpans!
        var tags: [TurnTag] = []
        for (i, match) in categories.enumerated() {
            let covers =
                switch turn.time {
                case .absolute: spans.items(i).contains(turn.id)
                case .callOffset(let begin, let end): spans.overlaps(i, begin: begin, end: end)
                }
            if covers { tags.append(TurnTag(name: match.name, alert: state.alerts.matches(match.name))) }
        }
        return tags
    }
}

/// Where each category matched, searchable per turn in O(log n): a 1M-turn call has thousands of
/// points of interest, and every turn of every frame asks which of them it overlaps.
final class CategorySpans {
    private let categories: [CategoryMatch]
    /// Per category: its points' begins (sorted, as `CategoryMatch` keeps them) and the greatest
    /// end among the points up to each.
    private let begins: [[Int]]
    private let maxEnds: [[Int]]
    /// Per category, the chat items it names (made on first use: calls never need them).
    private var itemSets: [Int: Set<String>] = [:]

    init(_ categories: [CategoryMatch]) {
        self.categories = categories
        begins = categories.map { $0.pointsOfInterest.map(\.beginOffsetMillis) }
        maxEnds = categories.map { match in
            var greatest = Int.min
            return match.pointsOfInterest.map { point in
                greatest = max(greatest, point.endOffsetMillis)
                return greatest
            }
        }
    }

    /// True when a point of category `i` overlaps [begin, end]: some point begins by `end` and
    /// ends at `begin` or later.
    func overlaps(_ i: Int, begin: Int, end: Int) -> Bool {
        let starts = begins[i]
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= end { low = mid + 1 } else { high = mid }
        }
        return low > 0 && maxEnds[i][low - 1] >= begin
    }

    /// The chat items category `i` names.
    func items(_ i: Int) -> Set<String> {
        if let known = itemSets[i] { return known }
        let items = Set(categories[i].transcriptItemIds)
        itemSets[i] = items
        return items
    }
}
