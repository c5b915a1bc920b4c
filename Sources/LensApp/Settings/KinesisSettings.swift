import AWSClient
import ContactLensModel

/// `--kinesis-stream` and where reading starts (`--since`, `--from-start`,
/// `--shard-poll-interval`), as typed, for `follow` and `wall`.
package struct KinesisSettings: Sendable, Hashable {
    /// A stream name or ARN; nil polls the API instead.
    package var stream: String?
    package var since: Duration?
    package var fromStart: Bool
    /// Seconds between two reads of a shard that had nothing new.
    package var shardPollInterval: Double

    package init(stream: String? = nil, since: Duration? = nil, fromStart: Bool = false, shardPollInterval: Double = 0.25) {
        self.stream = stream
        self.since = since
        self.fromStart = fromStart
        self.shardPollInterval = shardPollInterval
    }

    package func validate() throws(UsageError) {
        if let stream { try Self.check(stream: stream) }
        if stream == nil, since != nil || fromStart {
            throw UsageError("--since and --from-start go with --kinesis-stream")
        }
        if since != nil, fromStart { throw UsageError("give --since or --from-start, not both") }
        if let since, since < .seconds(1) {
            throw UsageError("--since must be a duration such as 90s, 30m, 1h or 1h30m (up to 365 days)")
        }
        guard (0.2...60).contains(shardPollInterval) else {
            throw UsageError("--shard-poll-interval must be between 0.2 and 60 seconds")
        }
    }

    /// A stream name or ARN the service model would refuse is a bad command line.
    package static func check(stream: String) throws(UsageError) {
        do { _ = try KinesisStream(stream) } catch { throw UsageError(error.message) }
    }

    /// Where reading starts; `since` when neither --since nor --from-start is given.
    package func start(defaultSince: Duration) -> StreamSession.Start {
        if fromStart { return .fromStart }
        return .since(since ?? defaultSince)
    }

    package var pollInterval: Duration { .milliseconds(Int(shardPollInterval * 1000)) }
}
