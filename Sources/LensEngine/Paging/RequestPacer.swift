/// A quota kept on the client's side: a bucket of `burst` requests refilled at `rate` a second
/// (Amazon Connect's default for SearchContacts: 2 a second, burst 5), so a long search pages
/// without being throttled. Pure: time is passed in.
package struct RequestPacer: Sendable, Hashable {
    package var rate: Double
    package var burst: Double
    private var tokens: Double
    private var last: Duration?

    package init(rate: Double, burst: Int) {
        self.rate = rate
        self.burst = Double(burst)
        tokens = Double(burst)
    }

    /// Connect's default quota for an operation without its own.
    package static let connectDefault = RequestPacer(rate: 2, burst: 5)

    /// GetCurrentMetricData's own quota (5 a second, burst 8, per account), apart from the others.
    package static let currentMetricData = RequestPacer(rate: 5, burst: 8)

    /// How long to wait, from `now` (time since any fixed start), before the next request;
    /// that request's token is taken.
    package mutating func delay(at now: Duration) -> Duration {
        // The bucket's own time: never behind a request already scheduled.
        var at = last ?? now
        if now > at {
            tokens = min(burst, tokens + rate * Self.seconds(now - at))
            at = now
        }
        if tokens < 1 {
            at += .milliseconds(Int64(((1 - tokens) / rate * 1000).rounded(.up)))
            tokens = 1
        }
        tokens -= 1
        last = at
        return at - now
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
