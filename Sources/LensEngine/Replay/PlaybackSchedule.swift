import ContactLensModel

/// A finished analysis laid out on its own clock, from its segments as they came (not rebuilt
/// from a store): a call's turn at its BeginOffsetMillis, each point of interest of a category at
/// its start, a chat's items at their time less the first one's, the summary at the end
/// (`PlaybackSchedule+Layout.swift` has the rules, kind by kind). A call's turns are kept as
/// compact rows (`ScheduledTurns`), everything else as segments; delivered in time order, turns
/// first among equals.
package struct PlaybackSchedule: Sendable {
    /// A segment and the time (ms from the start) at which a replay delivers it.
    package struct Item: Sendable, Hashable {
        package var atMillis: Int
        package var segment: Segment
    }

    /// How far into the schedule: how many of its turns, and of the rest, came before. Each is
    /// where some moment of the call ends, so of two positions the later has the larger `count`.
    package struct Position: Sendable, Hashable {
        var turns = 0
        var others = 0
        package var count: Int { turns + others }

        package static let start = Position()
    }

    private let turns: ScheduledTurns
    /// The rest by time: categories' points, a chat's items, the summary, unknown kinds, and any
    /// turn a row cannot hold.
    private let others: [Item]
    /// The call's length: the latest end of a turn or point of interest (a chat: its last item).
    package let lengthMillis: Int
    /// How many turns a store holds once the whole schedule is delivered (a call's, a chat's).
    package let turnCount: Int

    /// The pages' segments, in the order they came.
    package init(pages: [ListSegmentsResponse]) { self.init(segments: pages.flatMap(\.segments)) }

    package init(segments: [Segment]) {
        var layout = ScheduleLayout()
        for segment in segments { layout.add(segment) }
        let (calls, items, length) = layout.items()
        let (turns, unheld) = ScheduledTurns.rows(of: calls)
        // Turns a row cannot hold go first, so a stable sort keeps them before categories before
        // the summary at equal times, as the rows are.
        let others = Self.ordered(unheld.map { Item(atMillis: max(0, $0.beginOffsetMillis), segment: .transcript($0)) } + items)
        self.turns = turns
        self.others = others
        self.lengthMillis = max(0, length)
        turnCount = turns.count + others.count { Self.isTurn($0.segment) }
    }

    /// A segment the store keeps as a turn: a call's transcript, a chat's message, event or attachments.
    private static func isTurn(_ segment: Segment) -> Bool {
        switch segment {
        case .transcript, .chat(.transcript), .chat(.event), .chat(.attachments): true
        case .categories, .postContactSummary, .utterance, .unknown, .chat(.categories), .chat(.issues): false
        }
    }

    static func ordered(_ items: [Item]) -> [Item] {
        items.enumerated().sorted { ($0.element.atMillis, $0.offset) < ($1.element.atMillis, $1.offset) }.map(\.element)
    }

    /// The whole schedule.
    package var end: Position { Position(turns: turns.count, others: others.count) }

    /// Every item in delivery order.
    package var items: [Item] { items(from: .start, to: end) }

    /// The position once everything due at call time `millis` is delivered.
    func due(at millis: Double) -> Position {
        Position(
            turns: Self.dueCount(turns.count, at: millis) { turns.atMillis($0) },
            others: Self.dueCount(others.count, at: millis) { others[$0].atMillis })
    }

    /// When the next item after `position` is due; nil at the end.
    func nextMillis(after position: Position) -> Int? {
        let turn = position.turns < turns.count ? turns.atMillis(position.turns) : nil
        let other = position.others < others.count ? others[position.others].atMillis : nil
        guard let turn else { return other }
        return min(turn, other ?? turn)
    }

    /// The segments between two positions, in delivery order.
    func segments(from start: Position, to end: Position) -> [Segment] {
        var segments: [Segment] = []
        segments.reserveCapacity(max(0, end.count - start.count))
        forEach(from: start, to: end) { segments.append($0.segment) }
        return segments
    }

    private func items(from start: Position, to end: Position) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(max(0, end.count - start.count))
        forEach(from: start, to: end) { items.append($0) }
        return items
    }

    /// The turns' rows and the rest merged by time, turns first among equals.
    private func forEach(from start: Position, to end: Position, _ body: (Item) -> Void) {
        var (t, o) = (start.turns, start.others)
        while t < end.turns || o < end.others {
            if t < end.turns, o == end.others || turns.atMillis(t) <= others[o].atMillis {
                body(Item(atMillis: turns.atMillis(t), segment: .transcript(turns[t])))
                t += 1
            } else {
                body(others[o])
                o += 1
            }
        }
    }

    /// How many of `count` items in time order are due at `millis` (always a prefix).
    private static func dueCount(_ count: Int, at millis: Double, atMillis: (Int) -> Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if Double(atMillis(mid)) <= millis { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
