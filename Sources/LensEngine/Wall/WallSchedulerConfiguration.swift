import AWSClient

/// How the wall shares the account's ListRealtimeContactAnalysisSegments quota.
package struct WallSchedulerConfiguration: Sendable, Hashable {
    /// Requests per second for the whole wall (`--max-rate`).
    package var maxRate: Double
    /// The shortest pause before polling a contact again after a page that was not full.
    package var pollInterval: Duration
    package var maxResults: Int
    /// Transient errors of one contact: its own backoff (throttling slows the whole wall instead).
    package var retry: RetryPolicy
    /// A contact whose analysis has not started is asked again no sooner than this.
    package var notFoundInterval: Duration
    /// ...and given up after this long.
    package var maxWaitForAnalysis: Duration
    /// An ended call is polled this long for its last segments and summary, then no more.
    var endedGrace: Duration
    /// Throttling halves the rate down to `maxRate * slowestFactor`.
    var slowestFactor: Double
    /// Each success gives back this share of the full rate.
    var recoveryStep: Double

    package init(
        maxRate: Double = 1, pollInterval: Duration = .seconds(1), maxResults: Int = 100, retry: RetryPolicy = .live,
        notFoundInterval: Duration = .seconds(3), maxWaitForAnalysis: Duration = .seconds(600),
        endedGrace: Duration = .seconds(120), slowestFactor: Double = 0.125, recoveryStep: Double = 0.1
    ) {
        self.maxRate = maxRate
        self.pollInterval = pollInterval
        self.maxResults = maxResults
        self.retry = retry
        self.notFoundInterval = notFoundInterval
        self.maxWaitForAnalysis = maxWaitForAnalysis
        self.endedGrace = endedGrace
        self.slowestFactor = slowestFactor
        self.recoveryStep = recoveryStep
    }
}
