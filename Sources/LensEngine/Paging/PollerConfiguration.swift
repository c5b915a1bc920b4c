import AWSClient

/// How one contact is paged: the pace of its calls, retries, and how long a contact not found yet is waited for.
package struct PollerConfiguration: Sendable, Hashable {
    /// The pause after a page that was not full (the analysis has nothing more yet).
    package var pollInterval: Duration
    /// The most requests per second, ever: the API's quota is low and shared by all callers.
    package var maxRate: Double
    /// MaxResults sent with each call; a page this full means more is waiting.
    package var maxResults: Int
    /// How transient errors are retried (live: never give up, back off up to a cap).
    package var retry: RetryPolicy
    /// How long a contact whose analysis does not exist yet is waited for (ResourceNotFound
    /// before the first page: the call has not reached an agent); zero fails at once.
    package var maxWaitForAnalysis: Duration
    /// Tries before a follow that has never connected gives up (refused, or a host that does not resolve).
    var connectAttempts: Int
    /// A refused token this soon after the last refusal counts as the same trouble and backs off.
    var rejectionMemory: Duration
    /// The pause between asks for an analysis that has not started; nil: the poll interval.
    package var notFoundInterval: Duration?

    package init(
        pollInterval: Duration = .seconds(1), maxRate: Double = 1, maxResults: Int = 100,
        retry: RetryPolicy = .live, maxWaitForAnalysis: Duration = .zero, connectAttempts: Int = 4,
        rejectionMemory: Duration = .seconds(60), notFoundInterval: Duration? = nil
    ) {
        self.pollInterval = pollInterval
        self.maxRate = maxRate
        self.maxResults = maxResults
        self.retry = retry
        self.maxWaitForAnalysis = maxWaitForAnalysis
        self.connectAttempts = connectAttempts
        self.rejectionMemory = rejectionMemory
        self.notFoundInterval = notFoundInterval
    }

    /// The shortest gap between the starts of two requests.
    var minimumSpacing: Duration { Self.spacing(forRate: maxRate) }

    /// The gap between request starts that keeps to `rate` requests a second (to the microsecond,
    /// rounded up); zero for no limit.
    package static func spacing(forRate rate: Double) -> Duration {
        rate > 0 && rate.isFinite ? .microseconds(Int64((1_000_000 / rate).rounded(.up))) : .zero
    }
}
