/// When to try a failed call again, after AWS's standard retry mode: full jitter,
/// `random * min(base * 2^attempt, cap)`, and the server's Retry-After when it gives one.
package struct RetryPolicy: Sendable, Hashable {
    /// Attempts including the first; nil means never give up on a transient error.
    package var maxAttempts: Int?
    package var base: Duration
    package var cap: Duration
    /// The longest Retry-After honoured, so a broken proxy can't park the client for hours.
    package var maxRetryAfter: Duration

    package init(
        maxAttempts: Int?, base: Duration = .seconds(1), cap: Duration = .seconds(20),
        maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = maxAttempts
        self.base = base
        self.cap = cap
        self.maxRetryAfter = maxRetryAfter
    }

    /// AWS standard mode: 3 attempts.
    package static let standard = RetryPolicy(maxAttempts: 3)
    /// Following a live call: transient errors never end it.
    package static let live = RetryPolicy(maxAttempts: nil)

    /// The decision after `attempt` (1-based) failed with `error`; `jitter` is uniform in [0, 1).
    package func decide(after error: ClientError, attempt: Int, jitter: Double) -> RetryDecision {
        guard error.isTransient else { return .fail }
        if let maxAttempts, attempt >= maxAttempts { return .fail }
        return .retry(after: delay(attempt: attempt, retryAfter: error.retryAfter, jitter: jitter))
    }

    /// The pause before the next try; never more than `cap` unless the server asked for longer.
    package func delay(attempt: Int, retryAfter: Duration?, jitter: Double) -> Duration {
        if let retryAfter { return min(retryAfter, maxRetryAfter) }
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(base * (1 << exponent), cap)
        return ceiling * min(max(jitter, 0), 1)
    }
}

package enum RetryDecision: Sendable, Hashable {
    case retry(after: Duration)
    case fail
}
