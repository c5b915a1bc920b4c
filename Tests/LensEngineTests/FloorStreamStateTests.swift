import AWSClient
import ContactLensModel
import Foundation
import Testing

@testable import LensEngine

/// The wall on the segment stream: records routed to their contacts, every contact a row or only
/// those discovery names (held until then), duplicates and other instances left out, the end of
/// each call.
struct FloorStreamStateTests {
    static let now = OneContactStreamTests.now

    static func record(
        _ sequence: Int, contact: String, instance: String = "i", _ type: StreamEventType, _ segments: [Segment] = []
    ) throws -> KinesisRecord {
        let event = SegmentStreamEvent(instanceId: instance, contactId: contact, eventType: type, segments: segments)
        return KinesisRecord(sequenceNumber: "\(sequence)", data: try event.serialized(), partitionKey: contact)
    }

    static func turn(_ id: String) -> Segment {
        .transcript(
            Transcript(
                id: id, participantId: "C", participantRole: "CUSTOMER", content: "line \(id)", beginOffsetMillis: 0,
                endOffsetMillis: 500))
    }

    /// The segments each contact was given, in order.
    static func pages(_ events: [WallEvent]) -> [String: [Segment]] {
        var out: [String: [Segment]] = [:]
        for case .contact(let id, .segments(let segments, _)) in events { out[id, default: []] += segments }
        return out
    }

    static func finished(_ events: [WallEvent]) -> Set<String> {
        var out = Set<String>()
        for case .contact(let id, .finished) in events { out.insert(id) }
        return out
    }

    @Test func everyContactGetsItsOwnSegmentsOncePerBatch() throws {
        var state = FloorStreamState(instanceId: "i", everyContact: true)
        let events = state.take(
            [
                try Self.record(1, contact: "a", .started), try Self.record(2, contact: "a", .segments, [Self.turn("a1")]),
                try Self.record(3, contact: "b", .segments, [Self.turn("b1")]),
                try Self.record(4, contact: "a", .segments, [Self.turn("a2")]),
                try Self.record(2, contact: "a", .segments, [Self.turn("a1")]),  // delivered again
                try Self.record(5, contact: "x", instance: "other", .segments, [Self.turn("x1")]),
            ], shardId: "shardId-0", receivedAt: Self.now)
        #expect(Self.pages(events) == ["a": [Self.turn("a1"), Self.turn("a2")], "b": [Self.turn("b1")]])
        let rows = events.compactMap { if case .contact(let id, .status(.live)) = $0 { id } else { nil } }
        #expect(rows == ["a", "b"], "a first record makes the contact's row, STARTED included")
        #expect(
            events.count { if case .contact(_, .segments) = $0 { true } else { false } } == 2, "one page per contact per batch")
    }

    @Test func aContactFinishesAWholeRoundAfterCompletedAndLateCopiesAreNothing() throws {
        var state = FloorStreamState(instanceId: nil, everyContact: true)
        _ = state.take(
            [try Self.record(1, contact: "a", .segments, [Self.turn("a1")]), try Self.record(2, contact: "a", .completed)],
            shardId: "s", receivedAt: Self.now)
        #expect(Self.finished(state.roundCompleted(1, now: Self.now)).isEmpty, "its records on other shards come first")
        let late = state.take(
            [try Self.record(3, contact: "a", .segments, [Self.turn("a2")])], shardId: "t", receivedAt: Self.now)
        #expect(Self.pages(late) == ["a": [Self.turn("a2")]])
        #expect(Self.finished(state.roundCompleted(2, now: Self.now)) == ["a"])
        #expect(
            state.take([try Self.record(3, contact: "a", .segments, [Self.turn("a2")])], shardId: "t", receivedAt: Self.now)
                .isEmpty)
        #expect(state.heldCount == 0, "a finished contact is not kept")
    }

    @Test func aContactDiscoveryHasNotNamedIsHeldThenGivenWhole() throws {
        var state = FloorStreamState(instanceId: "i", everyContact: false)
        let early = state.take(
            [
                try Self.record(1, contact: "a", .segments, [Self.turn("a1")]),
                try Self.record(2, contact: "a", .segments, [Self.turn("a2")]),
            ], shardId: "s", receivedAt: Self.now)
        #expect(early.isEmpty, "no row before discovery names the call")
        let named = state.want("a")
        #expect(Self.pages(named) == ["a": [Self.turn("a1"), Self.turn("a2")]], "nothing said before is lost")
        let next = state.take(
            [try Self.record(3, contact: "a", .segments, [Self.turn("a3")])], shardId: "s", receivedAt: Self.now)
        #expect(Self.pages(next) == ["a": [Self.turn("a3")]])
        #expect(state.want("a").isEmpty, "named twice: nothing again")
    }

    @Test func aHeldContactThatFinishedIsDroppedAMinuteLater() throws {
        var state = FloorStreamState(instanceId: "i", everyContact: false)
        _ = state.take(
            [try Self.record(1, contact: "a", .segments, [Self.turn("a1")]), try Self.record(2, contact: "a", .completed)],
            shardId: "s", receivedAt: Self.now)
        _ = state.roundCompleted(2, now: Self.now)
        #expect(state.heldCount == 1)
        // Named in time: the whole call, then its end.
        var copy = state
        let named = copy.want("a")
        #expect(Self.pages(named) == ["a": [Self.turn("a1")]] && Self.finished(named) == ["a"])
        _ = state.roundCompleted(3, now: Self.now.addingTimeInterval(61))
        #expect(state.heldCount == 0)
    }

    @Test func heldContactsAreBoundedLeastRecentlyActiveFirst() throws {
        var state = FloorStreamState(instanceId: nil, everyContact: false, maxHeld: 3)
        for n in 0..<5 {
            _ = state.take(
                [try Self.record(n, contact: "c\(n)", .segments, [Self.turn("t\(n)")])], shardId: "s",
                receivedAt: Self.now.addingTimeInterval(Double(n)))
        }
        #expect(state.heldCount == 3)
        #expect(state.want("c0").isEmpty, "the oldest went first")
        #expect(Self.pages(state.want("c4")) == ["c4": [Self.turn("t4")]])
    }

    @Test func aHeldContactActiveAgainOutlivesQuieterOnesAndANamedOneIsNeverEvicted() throws {
        var state = FloorStreamState(instanceId: nil, everyContact: false, maxHeld: 3)
        func put(_ n: Int, _ contact: String) throws {
            _ = state.take(
                [try Self.record(n, contact: contact, .segments, [Self.turn("t\(n)")])], shardId: "s",
                receivedAt: Self.now.addingTimeInterval(Double(n)))
        }
        try put(0, "a")
        try put(1, "b")
        #expect(Self.pages(state.want("b")) == ["b": [Self.turn("t1")]])
        try put(2, "c")
        try put(3, "d")
        try put(4, "a")  // a speaks again: c is now the quietest held
        try put(5, "e")
        #expect(state.want("c").isEmpty, "the least recently active held contact went first")
        #expect(Self.pages(state.want("a")) == ["a": [Self.turn("t0"), Self.turn("t4")]])
        try put(6, "b")
        #expect(state.heldCount == 4, "b (named), a (named since), d and e (held)")
    }

    @Test func aFailedAnalysisEndsItsRowAndAnUnreadableRecordIsSaidOnce() throws {
        var state = FloorStreamState(instanceId: nil, everyContact: true)
        let bad = KinesisRecord(sequenceNumber: "7", data: Array("{oops".utf8), partitionKey: "a")
        let events = state.take(
            [
                bad, try Self.record(1, contact: "a", .segments, [Self.turn("a1")]), try Self.record(2, contact: "a", .failed),
                bad,
            ],
            shardId: "s", receivedAt: Self.now)
        let warnings = events.compactMap { if case .stream(.warning(let text)) = $0 { text } else { nil } }
        #expect(warnings.count == 1 && warnings[0].contains("not JSON"))
        #expect(state.unreadable == 2)
        let failed = events.contains { if case .contact("a", .failed) = $0 { true } else { false } }
        #expect(failed)
        #expect(Self.pages(events) == ["a": [Self.turn("a1")]], "what it said before failing is shown")
    }
}
