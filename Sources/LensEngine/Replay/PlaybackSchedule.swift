import ContactLensModel

/// A finished analysis laid out on its own clock, from its segments as they came (not rebuilt
/// from a store): a call's turn at its BeginOffsetMillis, each point of interest of a category at
/// its start, a chat's items at their time less the first one's, the summary at the end
/// (`PlaybackSchedule+Layout.swift` has the rules, kind by kind).
package struct PlaybackSchedule: Sendable, Hashable {
    /// A segment and the time (ms from the start) at which a replay delivers it.
    package struct Item: Sendable, Hashable {
        package var atMillis: Int
        package var segment: Segment
    }

    /// In delivery order (by time; turns, then categories, then the summary among equals).
    package let items: [Item]
    /// The call's length: the latest end of a turn or point of interest (a chat: its last item).
    package let lengthMillis: Int

    /// The pages' segments, in the order they came.
    package init(pages: [ListSegmentsResponse]) { self.init(segments: pages.flatMap(\.segments)) }

    package init(segments: [Segment]) {
        var layout = ScheduleLayout()
        for segment in segments { layout.add(segment) }
        let (items, length) = layout.items()
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
