import AWSClient
import ContactLensModel
import Foundation

/// The wall's contacts on the segment stream: one `ShardReader` for every shard, whatever the
/// number of calls, each record routed to its contact (`FloorStreamState`). Without a floor
/// filter every contact on the stream (of the instance, if given) gets a row.
package actor WallStreamReader: WallContactSource {
    private var state: FloorStreamState
    private let reader: ShardReader
    private let stream: KinesisStream
    private let credentialSource: String?
    private let emit: @Sendable (WallEvent) -> Void
    private let wallClock: @Sendable () -> Date
    /// Why the reader stopped, once it has.
    package private(set) var failure: String?

    package init(
        reader: ShardReader, stream: KinesisStream, instanceId: String?, everyContact: Bool, credentialSource: String?,
        wallClock: @escaping @Sendable () -> Date = Date.init, emit: @escaping @Sendable (WallEvent) -> Void
    ) {
        self.reader = reader
        self.stream = stream
        self.credentialSource = credentialSource
        self.wallClock = wallClock
        self.emit = emit
        state = FloorStreamState(instanceId: instanceId, everyContact: everyContact)
    }

    /// The stream carries both channels (voice and chat schemas) alike.
    package func add(_ contactId: String, channel: ContactChannel) {
        for event in state.want(contactId) { emit(event) }
    }

    /// The stream says when the analysis completes; leaving the floor changes nothing here.
    package func ended(_ contactId: String) {}

    /// Every record already arrives as soon as the stream has it.
    package func setAlert(_ contactId: String) {}

    /// Contacts held, wanted or not.
    package var heldCount: Int { state.heldCount }

    /// Reads until cancelled or a fatal error (then `failure` says why).
    package func run() async { await run(clock: ContinuousClock()) }

    package func run<C: Clock>(clock: C) async where C.Duration == Duration {
        emit(.stream(.connecting))
        for await output in reader.outputs(clock: clock) {
            switch output {
            case .records(let shardId, let records, let receivedAt):
                for event in state.take(records, shardId: shardId, receivedAt: receivedAt) { emit(event) }
            case .roundCompleted(let round):
                for event in state.roundCompleted(round, now: wallClock()) { emit(event) }
            case .status(let status):
                emit(.stream(status))
            case .failed(let error):
                let message = error.kinesisAdvice(stream: stream, credentialSource: credentialSource)
                failure = message
                emit(.stream(.failed(message: message)))
                return
            }
        }
    }
}
