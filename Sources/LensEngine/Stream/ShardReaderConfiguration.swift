import AWSClient

/// How a stream reader paces itself. Kinesis allows 5 GetRecords (and 5 GetShardIterator) calls a
/// second per shard, shared by every reader of the stream; a viewer takes less than that.
package struct ShardReaderConfiguration: Sendable, Hashable {
    /// Where the shards of the first listing start; shards that appear later start at their beginning.
    package var start: ShardPosition
    /// How often an idle shard (nothing new last time) is asked again while no other reader
    /// competes for it: the shortest interval of `share`.
    package var pollInterval: Duration
    /// The shortest gap between two calls on one shard: 200 ms keeps within 5 a second.
    var minimumSpacing: Duration
    /// How often the shards are listed again, to find those that resharding opened.
    package var relistInterval: Duration
    /// `Limit` of GetRecords (nil: the service's 10000).
    package var limit: Int?
    /// How an idle shard's interval shares the shard's limit with the stream's other readers.
    package var share: ShardShare.Rules
    /// Backoff for transient errors and a throttled listing (never gives up while following).
    package var retry: RetryPolicy
    /// Most calls in flight at once.
    var maxInFlight: Int

    package init(
        start: ShardPosition, pollInterval: Duration = .milliseconds(250), minimumSpacing: Duration = .milliseconds(200),
        relistInterval: Duration = .seconds(10), limit: Int? = nil, share: ShardShare.Rules = ShardShare.Rules(),
        retry: RetryPolicy = RetryPolicy(maxAttempts: nil, base: .milliseconds(500), cap: .seconds(20)),
        maxInFlight: Int = 8
    ) {
        self.start = start
        self.pollInterval = pollInterval
        self.minimumSpacing = minimumSpacing
        self.relistInterval = relistInterval
        self.limit = limit
        self.share = share
        self.retry = retry
        self.maxInFlight = maxInFlight
    }
}
