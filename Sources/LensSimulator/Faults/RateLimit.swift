/// A token-bucket quota: `requestsPerSecond` refill, up to `burst` requests at once.
package struct RateLimit: Hashable, Sendable {
    package var requestsPerSecond: Double
    package var burst: Int

    package init(requestsPerSecond: Double, burst: Int) {
        self.requestsPerSecond = requestsPerSecond
        self.burst = burst
    }

    /// The quota reported for ListRealtimeContactAnalysisSegments: 1 request/s, burst 2.
    package static let serviceQuota = RateLimit(requestsPerSecond: 1, burst: 2)
}
