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

    /// As typed; LensApp checks it.
    var settings: KinesisSettings {
        KinesisSettings(stream: stream, since: since?.duration, fromStart: fromStart, shardPollInterval: shardPollInterval)
    }
}
