import AWSClient
import ContactLensModel
import Foundation
import Synchronization
import Testing

@testable import LensEngine

/// What the stream follower makes of batches of records (the floor's router asked for one
/// contact): per batch the contact's new segments at once, duplicates and other contacts left
/// out, a warning once, the end of the call.
struct OneContactStreamTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    static func record(_ sequence: Int, contact: String = "c", _ type: StreamEventType, _ segments: [Segment] = []) throws
        -> KinesisRecord
    {
        let event = SegmentStreamEvent(instanceId: "i", contactId: contact, eventType: type, segments: segments)
        return KinesisRecord(sequenceNumber: "\(sequence)", data: try event.serialized(), partitionKey: contact)
    }

    static func take(_ state: inout FloorStreamState, _ records: [KinesisRecord]) -> [FollowEvent] {
        FloorStreamState.contactEvents(state.take(records, shardId: "shardId-1", receivedAt: now))
    }

    static func round(_ state: inout FloorStreamState, _ round: Int, now: Date) -> [FollowEvent] {
        FloorStreamState.contactEvents(state.roundCompleted(round, now: now))
    }

    static func follow() -> FloorStreamState { FloorStreamState(contactId: "c", instanceId: nil) }

    static let turn = Segment.transcript(
        Transcript(
            id: "t1", participantId: "A", participantRole: "AGENT", content: "Hi",
            beginOffsetMillis: 0, endOffsetMillis: 500))

    @Test func aBatchIsOnePageOfTheContactsNewSegments() throws {
        var state = Self.follow()
        let events = Self.take(
            &state,
            [
                try Self.record(1, .started), try Self.record(2, contact: "other", .segments, [Self.turn]),
                try Self.record(3, .segments, [Self.turn]), try Self.record(4, .segments, [Self.turn]),
            ])
        guard events.count == 1, case .segments(let segments, _) = events[0] else {
            Issue.record("\(events)")
            return
        }
        #expect(segments == [Self.turn], "the other contact's record and the duplicate are left out")
        #expect(state.otherContacts == 1)
        #expect(Self.take(&state, [try Self.record(5, .segments, [Self.turn])]).isEmpty, "delivered again later: nothing new")
    }

    @Test func anUnreadableRecordIsAWarningOnceThenCounted() throws {
        var state = Self.follow()
        let bad = KinesisRecord(sequenceNumber: "9", data: Array("{oops".utf8), partitionKey: "c")
        let first = Self.take(&state, [bad])
        #expect(first.count == 1)
        guard case .status(.warning(let text)) = first.first else {
            Issue.record("\(first)")
            return
        }
        #expect(text.contains("not JSON") && text.contains("shardId-1") && text.contains("9"))
        #expect(Self.take(&state, [bad, bad]).isEmpty)
        #expect(state.unreadable == 3)
    }

    @Test func completedEndsTheFollowOneWholeRoundLater() throws {
        var state = Self.follow()
        _ = Self.round(&state, 4, now: Self.now)
        _ = Self.take(&state, [try Self.record(1, .completed)])
        #expect(!Self.round(&state, 5, now: Self.now).contains { if case .finished = $0 { true } else { false } })
        let end = Self.round(&state, 6, now: Self.now)
        #expect(end.count == 2)
        if case .finished = end.last {} else { Issue.record("\(end)") }
    }

    @Test func failedEndsTheFollowAtOnceAfterThePageBeforeIt() throws {
        var state = Self.follow()
        let events = Self.take(
            &state,
            [
                try Self.record(1, .segments, [Self.turn]), try Self.record(2, .failed),
                try Self.record(3, .segments, [Self.turn]),
            ])
        #expect(events.count == 3)
        if case .segments = events[0] {} else { Issue.record("\(events)") }
        guard case .failed(let message) = events.last else {
            Issue.record("\(events)")
            return
        }
        #expect(message.contains("FAILED"))
    }

    @Test func liveIsSaidAtMostOnceASecond() {
        var state = Self.follow()
        #expect(Self.round(&state, 1, now: Self.now).count == 1)
        #expect(Self.round(&state, 2, now: Self.now.addingTimeInterval(0.5)).isEmpty)
        #expect(Self.round(&state, 3, now: Self.now.addingTimeInterval(1.1)).count == 1)
    }

    /// `--record`: each of the contact's records is written before it counts; a recording that
    /// cannot be written stops the follow after what came before it.
    @Test func theContactsRecordsAreRecordedAndARecordingThatFailsStopsTheFollow() throws {
        struct DiskFull: Error {}
        let recorded = Mutex<[String]>([])
        var state = Self.follow()
        let first = FloorStreamState.contactEvents(
            state.take(
                [try Self.record(1, .segments, [Self.turn]), try Self.record(2, contact: "other", .segments, [Self.turn])],
                shardId: "shardId-1", receivedAt: Self.now,
                record: { context in recorded.withLock { $0.append(context.record.sequenceNumber) } }))
        #expect(recorded.withLock { $0 } == ["1"], "only the contact's own")
        #expect(first.count == 1)
        let second = FloorStreamState.contactEvents(
            state.take(
                [try Self.record(3, .segments, [Self.turn2]), try Self.record(4, .completed)], shardId: "shardId-1",
                receivedAt: Self.now, record: { _ in throw DiskFull() }))
        guard case .failed(let message) = second.last else {
            Issue.record("\(second)")
            return
        }
        #expect(message.contains("cannot record the stream"))
        #expect(!second.contains { if case .segments = $0 { true } else { false } }, "nothing unrecorded is shown")
    }

    static let turn2 = Segment.transcript(
        Transcript(
            id: "t2", participantId: "C", participantRole: "CUSTOMER", content: "Hello",
            beginOffsetMillis: 600, endOffsetMillis: 900))
}
