import AWSClient
import ContactLensModel
import Foundation

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
    private let reader: ShardReader
    private let wallClock: @Sendable () -> Date

    package init(
        reader: ShardReader, stream: KinesisStream, contactId: String, instanceId: String? = nil,
        credentialSource: String? = nil, wallClock: @escaping @Sendable () -> Date = Date.init,
        onRecord: (@Sendable (StreamRecordContext) throws -> Void)? = nil
    ) {
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
        for await output in outputs {
            let routed: [WallEvent]
            switch output {
            case .records(let shardId, let records, let receivedAt):
                routed = state.take(records, shardId: shardId, receivedAt: receivedAt, record: onRecord)
            case .roundCompleted(let round):
                routed = state.roundCompleted(round, now: wallClock())
            case .status(let status):
                routed = [.stream(status)]
            case .failed(let error):
                let message = error.kinesisAdvice(stream: stream, credentialSource: credentialSource)
                routed = [
                    .contact(contactId, .status(.failed(message: message))), .contact(contactId, .failed(message: message)),
                ]
            }
            for event in FloorStreamState.contactEvents(routed) {
                emit.yield(event)
                switch event {
                case .finished, .failed: return
                case .segments, .status: break
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
