import AWSClient
import ArgumentParser
import LensApp

/// `follow --kinesis-stream` and `wall --kinesis-stream`: read the segments from the instance's
/// Contact Lens segment stream instead of polling the API.
struct KinesisOptions: ParsableArguments {
    @Option(
        name: .customLong("kinesis-stream"),
        help: ArgumentHelp(
            "Read the segments from this Kinesis data stream (name or ARN) that the instance streams real-time segments to, instead of polling the API: it scales with the stream's shards and shows partial utterances.",
            valueName: "name|arn"))
    var stream: String?

    @Option(
        help: ArgumentHelp(
            "With --kinesis-stream: start with the records of this long ago (e.g. 90s, 30m, 1h, 1h30m; default 1h for follow, now for wall).",
            valueName: "duration"))
    var since: DurationArgument?

    @Flag(help: "With --kinesis-stream: read everything the stream still holds (TRIM_HORIZON).")
    var fromStart = false

    @Option(
        help: ArgumentHelp(
            "With --kinesis-stream: seconds between two reads of a shard that had nothing new (0.2-60; Kinesis allows 5 reads a second per shard, shared by all readers).",
            valueName: "seconds"))
    var shardPollInterval: Double = 0.25

    func validate() throws {
        if let stream { try Self.validate(stream: stream) }
        if stream == nil, since != nil || fromStart {
            throw ValidationError("--since and --from-start go with --kinesis-stream")
        }
        if since != nil, fromStart { throw ValidationError("give --since or --from-start, not both") }
        if let since, since.duration < .seconds(1) {
            throw ValidationError("--since must be a duration such as 90s, 30m, 1h or 1h30m (up to 365 days)")
        }
        guard (0.2...60).contains(shardPollInterval) else {
            throw ValidationError("--shard-poll-interval must be between 0.2 and 60 seconds")
        }
    }

    /// A stream name or ARN the service model would refuse is a bad command line.
    static func validate(stream: String) throws {
        do { _ = try KinesisStream(stream) } catch { throw ValidationError(error.message) }
    }

    /// Where reading starts; `since` when neither --since nor --from-start is given.
    func start(defaultSince: Duration) -> StreamSession.Start {
        if fromStart { return .fromStart }
        return .since(since?.duration ?? defaultSince)
    }

    var pollInterval: Duration { .milliseconds(Int(shardPollInterval * 1000)) }
}
