import ContactLensModel

/// A finished analysis laid out on the call's own clock: each turn at its BeginOffsetMillis,
/// each category at each of its points of interest, the summary at the end.
package struct PlaybackSchedule: Sendable, Hashable {
    /// A segment and the call time (ms) at which a replay delivers it.
    package struct Item: Sendable, Hashable {
        package var atMillis: Int
        package var segment: Segment
    }

    /// In delivery order (call time; turns, then categories, then the summary among equals).
    package let items: [Item]
    /// The call's length: the latest end of a turn or point of interest.
    package let lengthMillis: Int

    /// Merges the pages as a live follow does, then lays the result out.
    package init(pages: [ListSegmentsResponse]) {
        var store = TranscriptStore()
        for page in pages { store.apply(page.segments) }
        self.init(store: store)
    }

    package init(store: TranscriptStore) {
        if store.isChat {
            let (items, length) = Self.chatItems(store)
            self.items = Self.ordered(items)
            self.lengthMillis = length
            return
        }
        var items = store.turns.map { Item(atMillis: max(0, $0.beginOffsetMillis), segment: .transcript($0)) }
        var length = store.turns.map(\.endOffsetMillis).max() ?? 0
        for category in store.categories {
            let name = category.name
            if category.pointsOfInterest.isEmpty {
                items.append(Item(atMillis: 0, segment: .categories(Categories(matchedCategories: [name], matchedDetails: [:]))))
            }
            for point in category.pointsOfInterest {
                let details = [name: CategoryDetails(pointsOfInterest: [point])]
                items.append(
                    Item(
                        atMillis: max(0, point.beginOffsetMillis),
                        segment: .categories(Categories(matchedCategories: [name], matchedDetails: details))))
                length = max(length, point.endOffsetMillis)
            }
        }
        if let summary = store.summary { items.append(Item(atMillis: length, segment: .postContactSummary(summary))) }
        // Kinds this model does not know carry no time: they come with the start of the call.
        items += store.unknownSegments.map { Item(atMillis: 0, segment: $0.segment) }
        // A stable sort keeps turns before categories before the summary at equal times.
        self.items = Self.ordered(items)
        self.lengthMillis = max(0, length)
    }

    static func ordered(_ items: [Item]) -> [Item] {
        items.enumerated().sorted { ($0.element.atMillis, $0.offset) < ($1.element.atMillis, $1.offset) }.map(\.element)
    }

    /// How many items are due at call time `millis` (they are always a prefix).
    func dueCount(at millis: Double) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let mid = (low + high) / 2
            if Double(items[mid].atMillis) <= millis { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
