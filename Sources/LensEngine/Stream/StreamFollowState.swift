import AWSClient
import ContactLensModel
import Foundation

/// What a stream follow remembers between batches of records: which records it has had (Kinesis
/// delivers at least once), how many were unreadable, and whether COMPLETED has arrived.
struct StreamFollowState {
    private var ledger = ContactStreamLedger()
    private(set) var unreadable = 0
    private(set) var otherContacts = 0
    private var round = 0
    private var lastLive: Date?

    /// The events a batch of one shard's records makes: one page with the contact's new segments,
    /// a warning the first time a record cannot be read, `.failed` on FAILED.
    mutating func take(
        _ records: [KinesisRecord], shardId: String, contactId: String, instanceId: String?,
        receivedAt: Date, record: (@Sendable (StreamRecordContext) throws -> Void)?
    ) -> [FollowEvent] {
        var events: [FollowEvent] = []
        var segments: [Segment] = []
        func flush() {
            guard !segments.isEmpty else { return }
            events.append(.page(ListSegmentsResponse(segments: segments), receivedAt: receivedAt, requestToken: nil))
            segments = []
        }
        for item in records {
            let event: SegmentStreamEvent
            switch StreamRecordDecoder.decode(item.data, contactId: contactId, instanceId: instanceId) {
            case .otherContact:
                otherContacts += 1
                continue
            case .unreadable(let reason):
                unreadable += 1
                if unreadable == 1 {
                    events.append(
                        .status(
                            .warning(
                                "a record on \(shardId) (sequence number \(item.sequenceNumber)) is "
                                    + "\(reason): skipped; later ones are counted without a word")))
                }
                continue
            case .event(let decoded):
                event = decoded
            }
            do {
                try record?(StreamRecordContext(shardId: shardId, record: item, event: event, receivedAt: receivedAt))
            } catch {
                flush()
                let message = "cannot record the stream: \(error)"
                return events + [.status(.failed(message: message)), .failed(message: message)]
            }
            switch ledger.take(event, data: item.data, round: round) {
            case .segments(let new): segments += new
            case .failed:
                flush()
                let message = "the Contact Lens analysis of contact \(contactId) failed (a FAILED event on the stream)"
                return events + [.status(.failed(message: message)), .failed(message: message)]
            case .nothing: break
            }
        }
        flush()
        return events
    }

    /// The reader read every shard to its tip. COMPLETED ends the follow once a whole round has
    /// passed after it (records of the contact on other shards are then read); meanwhile the
    /// status says live, at most once a second.
    mutating func roundCompleted(_ round: Int, now: Date) -> [FollowEvent] {
        self.round = round
        if ledger.isFinished(atRound: round) {
            return [.status(.completed), .finished]
        }
        guard lastLive.map({ now.timeIntervalSince($0) >= 1 }) ?? true else { return [] }
        lastLive = now
        return [.status(.live(lastSuccess: now))]
    }
}
