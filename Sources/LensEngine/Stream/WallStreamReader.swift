import AWSClient
import ContactLensModel
import FoundationEssentials

/// The wall's contacts on the segment stream: one `ShardReader` for every shard, whatever the
/// number of calls, each record routed to its contact (`FloorStreamState`). Without a floor
/// filter every contact on the stream (of the instance, if given) gets a row.
package actor WallStreamReader: FloorSource {
    package nonisolated let events: AsyncStream<WallEvent>
    private let continuation: AsyncStream<WallEvent>.Continuation
    private var state: FloorStreamState
    private let reader: ShardReader
    private let stream: KinesisStream
    private let credentialSource: String?
    private let wallClock: @Sendable () -> Date

    package init(
        reader: ShardReader, stream: KinesisStream, instanceId: String?, everyContact: Bool, credentialSource: String?,
        wallClock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.reader = reader
        self.stream = stream
        self.credentialSource = credentialSource
        self.wallClock = wallClock
        state = FloorStreamState(instanceId: instanceId, everyContact: everyContact)
        (events, continuation) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
    }

    private func emit(_ event: WallEvent) { continuation.yield(event) }

    /// The stream carries both channels (voice and chat schemas) alike.
    package func add(_ contactId: String, channel: ContactChannel) {
        for event in state.want(contactId) { emit(event) }
    }

    /// The stream says when the analysis completes; leaving the floor changes nothing here.
    package func ended(_ contactId: String) {}

    /// Every record already arrives as soon as the stream has it.
    package func setAlert(_ contactId: String) {}

    /// Reads until cancelled or a fatal error (said as `.stream(.failed)`), then ends `events`.
    package func run() async { await run(clock: ContinuousClock()) }

    package func run<C: Clock>(clock: C) async where C.Duration == Duration {
        defer { continuation.finish() }
        emit(.stream(.connecting))
        for await output in reader.outputs(clock: clock) {
            switch output {
            case .records(let shardId, let records, let receivedAt):
                for event in state.take(records, shardId: shardId, receivedAt: receivedAt) { emit(event) }
            case .roundCompleted(let round):
                for event in state.roundCompleted(round, now: wallClock()) { emit(event) }
            case .status(let status):
                emit(.stream(status))
            case .tips:
                break  // the wall's header says the stream is live; a call's row, its own age
            case .failed(let error):
                emit(.stream(.failed(message: error.kinesisAdvice(stream: stream, credentialSource: credentialSource))))
                return
            }
        }
    }
}
