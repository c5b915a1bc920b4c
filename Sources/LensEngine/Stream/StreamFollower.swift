import AWSClient
import ContactLensModel
import FoundationEssentials

/// Follows one contact on the segment stream: reads every shard with `ShardReader` and asks the
/// floor's router (`FloorStreamState`) for the one contact, whose records are kept (others are
/// recognised by their ContactId and dropped unread); reports segments, status, `.finished` after
/// COMPLETED, `.failed` after FAILED. A viewer keeps no checkpoints.
package struct StreamFollower: ContactSource {
    package var contactId: String
    package var instanceId: String?
    package var stream: KinesisStream
    /// Where the credentials came from, for error advice (never their values).
    package var credentialSource: String?
    /// Each of the contact's records as it arrives, before it is reported (`--record`).
    package var onRecord: (@Sendable (StreamRecordContext) throws -> Void)?
    /// How long the contact may be absent from the stream before the follow gives up; nil: for ever.
    package var maxWait: Duration?
    private let reader: ShardReader
    private let wallClock: @Sendable () -> Date

    package init(
        reader: ShardReader, stream: KinesisStream, contactId: String, instanceId: String? = nil,
        credentialSource: String? = nil, wallClock: @escaping @Sendable () -> Date = Date.init,
        maxWait: Duration? = nil, onRecord: (@Sendable (StreamRecordContext) throws -> Void)? = nil
    ) {
        self.maxWait = maxWait
        self.reader = reader
        self.stream = stream
        self.contactId = contactId
        self.instanceId = instanceId
        self.credentialSource = credentialSource
        self.wallClock = wallClock
        self.onRecord = onRecord
    }

    package func events() -> AsyncStream<FollowEvent> { events(clock: ContinuousClock()) }

    package func events<C: Clock>(clock: C) -> AsyncStream<FollowEvent> where C.Duration == Duration {
        let (stream, continuation) = AsyncStream<FollowEvent>.makeStream(bufferingPolicy: .unbounded)
        let outputs = reader.outputs(clock: clock)
        let task = Task { await run(outputs, emit: continuation) }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func run(_ outputs: AsyncStream<ShardReader.Output>, emit: AsyncStream<FollowEvent>.Continuation) async {
        defer { emit.finish() }
        var state = FloorStreamState(contactId: contactId, instanceId: instanceId)
        emit.yield(.status(.connecting))
        // Until a record of the contact (its STARTED) arrives, the stream being live is not the
        // call being live: the follow is WAITING, for `maxWait` at most.
        let since = wallClock()
        var seen = false
        var tips: ShardTips?
        for await output in outputs {
            var routed: [WallEvent]
            switch output {
            case .records(let shardId, let records, let receivedAt):
                routed = state.take(records, shardId: shardId, receivedAt: receivedAt, record: onRecord)
            case .roundCompleted(let round):
                routed = state.roundCompleted(round, now: wallClock())
                if !seen, state.heldCount == 0, let maxWait, wallClock().timeIntervalSince(since) >= maxWait.seconds {
                    let message =
                        "no record of contact \(contactId) on the stream \(stream) after \(Int(maxWait.seconds)) s (--wait), every "
                        + "shard read to its tip — check the contact id, --instance-id and that the instance streams its analysis there"
                    routed += [
                        .contact(contactId, .status(.failed(message: message))), .contact(contactId, .failed(message: message)),
                    ]
                }
            case .tips(let read):
                tips = read
                routed = seen ? [] : [.contact(contactId, .status(.waitingForAnalysis(since: since, shards: read)))]
            case .status(let status):
                routed = [.stream(status)]
            case .failed(let error):
                let message = error.kinesisAdvice(stream: stream, credentialSource: credentialSource)
                routed = [
                    .contact(contactId, .status(.failed(message: message))), .contact(contactId, .failed(message: message)),
                ]
            }
            if !seen, state.heldCount > 0 { seen = true }
            for var event in FloorStreamState.contactEvents(routed) {
                if !seen, case .status(.live) = event { event = .status(.waitingForAnalysis(since: since, shards: tips)) }
                emit.yield(event)
                switch event {
                case .finished, .failed: return
                case .segments, .status, .leg: break
                }
            }
        }
    }
}

/// One of the contact's records, with where it was read: what a recording keeps.
package struct StreamRecordContext: Sendable {
    package var shardId: String
    package var record: KinesisRecord
    package var event: SegmentStreamEvent
    package var receivedAt: Date
}
