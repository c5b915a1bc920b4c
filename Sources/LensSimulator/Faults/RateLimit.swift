/// A token-bucket quota: `requestsPerSecond` refill, up to `burst` requests at once.
public struct RateLimit: Hashable, Sendable {
    public var requestsPerSecond: Double
    public var burst: Int

    public init(requestsPerSecond: Double, burst: Int) {
        self.requestsPerSecond = requestsPerSecond
        self.burst = burst
    }

    /// The quota reported for ListRealtimeContactAnalysisSegments: 1 request/s, burst 2.
    public static let serviceQuota = RateLimit(requestsPerSecond: 1, burst: 2)
}
