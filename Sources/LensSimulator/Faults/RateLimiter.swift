import FoundationEssentials

/// One token bucket per access key, as the service's per-account quota; pure, time passed in.
struct RateLimiter: Sendable {
    let limit: RateLimit
    private var buckets: [String: (tokens: Double, at: Date)] = [:]

    init(_ limit: RateLimit) { self.limit = limit }

    /// Takes a token for `key` if one is left at `now`; false means the caller is throttled.
    mutating func allow(_ key: String, at now: Date) -> Bool {
        let capacity = Double(limit.burst)
        var bucket = buckets[key] ?? (capacity, now)
        let elapsed = max(0, now.timeIntervalSince(bucket.at))
        bucket = (min(capacity, bucket.tokens + elapsed * limit.requestsPerSecond), now)
        let allowed = bucket.tokens >= 1
        if allowed { bucket.tokens -= 1 }
        buckets[key] = bucket
        return allowed
    }
}
