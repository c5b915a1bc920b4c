import AWSClient

/// How a follow paces its calls.
public struct PollerConfiguration: Sendable, Hashable {
    /// The pause after a page that was not full (the analysis has nothing more yet).
    public var pollInterval: Duration
    /// The most requests per second, ever: the API's quota is low and shared by all callers.
    public var maxRate: Double
    /// MaxResults sent with each call; a page this full means more is waiting.
    public var maxResults: Int
    /// How transient errors are retried (live: never give up, back off up to a cap).
    public var retry: RetryPolicy

    public init(pollInterval: Duration = .seconds(1), maxRate: Double = 1, maxResults: Int = 100,
                retry: RetryPolicy = .live) {
        self.pollInterval = pollInterval
        self.maxRate = maxRate
        self.maxResults = maxResults
        self.retry = retry
    }

    /// The shortest gap between the starts of two requests.
    public var minimumSpacing: Duration { Self.spacing(forRate: maxRate) }

    /// The gap between request starts that keeps to `rate` requests a second (to the microsecond,
    /// rounded up); zero for no limit.
    public static func spacing(forRate rate: Double) -> Duration {
        rate > 0 && rate.isFinite ? .microseconds(Int64((1_000_000 / rate).rounded(.up))) : .zero
    }
}

