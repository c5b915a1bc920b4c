import AWSClient
import ContactLensModel
import LensBasics

/// Runs `WallScheduler` on a virtual clock against a pretend service that keeps the account's
/// quota (a token bucket) and may throttle at random: the figures the tests assert and the
/// benchmark prints. No sleeps: time jumps from one decision to the next.
package struct WallSchedulerSimulation: Sendable {
    package var contacts = 20
    package var rate = 1.0
    var callTime: Duration = .seconds(600)
    /// Share of requests the service throttles besides the quota.
    package var throttleRate = 0.0
    package var latency: Duration = .milliseconds(150)
    /// The contact (index) that has an alert from the start.
    var alertContact: Int? = 0
    package var seed: UInt64 = 1

    package init() {}

    package struct Figures: Sendable, CustomStringConvertible {
        package var requests = 0
        /// Requests the quota (burst 2, refilled at 1/s) would refuse.
        var overQuota = 0
        package var throttled = 0
        /// The longest time between two polls of one contact without an alert, seconds.
        var longestGap = 0.0
        var alertLongestGap = 0.0
        var alertMeanGap = 0.0
        var meanGap = 0.0
        /// ⌈N / rate⌉ + 2.
        var promisedGap = 0.0
        var pollsAfterFinish = 0

        package var description: String {
            String(
                cFormat:
                    "%d requests, %d over quota, %d throttled; longest gap %.1f s (promised ≤ %.0f s), mean %.1f s; alert contact: longest %.1f s, mean %.1f s; polls after finish: %d",
                requests, overQuota, throttled, longestGap, promisedGap, meanGap, alertLongestGap, alertMeanGap, pollsAfterFinish)
        }
    }

    /// What a page of the pretend service holds (only the number counts).
    private static let turn = Segment.transcript(
        Transcript(id: "t", participantId: "A", participantRole: "AGENT", content: "", beginOffsetMillis: 0, endOffsetMillis: 0))

    package func run() -> Figures {
        var scheduler = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: rate), seed: seed)
        var random = SeededGenerator(seed: seed)
        var figures = Figures()
        let ids = (0..<contacts).map { "contact-\($0)" }
        for id in ids { scheduler.add(id, at: .zero) }
        if let alertContact { scheduler.setAlert(ids[alertContact], true) }
        figures.promisedGap = (Double(contacts) / rate).rounded(.up) + 2
        var bucket = (tokens: 2.0, at: Duration.zero)
        var lastPoll: [String: Duration] = [:]
        var gaps: [String: [Double]] = [:]
        var finished = Set<String>()
        var now = Duration.zero
        let end = callTime + .seconds(30)
        while now < end {
            guard case .poll(let id, _, let at) = scheduler.next(at: now) else { break }
            now = max(now, at)
            if finished.contains(id) { figures.pollsAfterFinish += 1 }
            scheduler.started(id, at: now)
            figures.requests += 1
            if let last = lastPoll[id] { gaps[id, default: []].append((now - last).seconds) }
            lastPoll[id] = now
            let refill = (now - bucket.at).seconds * 1.0
            bucket = (min(2, bucket.tokens + refill), now)
            let inQuota = bucket.tokens >= 1
            if inQuota { bucket.tokens -= 1 } else { figures.overQuota += 1 }
            now += latency
            let draw = Double(random.next() >> 11) / Double(1 << 53)
            if !inQuota || draw < throttleRate {
                figures.throttled += 1
                _ = scheduler.failed(
                    id, .service(ServiceError(code: "ThrottlingException", message: "Rate exceeded", httpStatus: 429)), at: now)
                continue
            }
            let over = now >= callTime
            let segments = Array(repeating: Self.turn, count: Int(random.next() % 3))
            let page = FetchedPage(ListSegmentsResponse(segments: segments, nextToken: over ? nil : "t"))
            if scheduler.received(id, page, at: now) { finished.insert(id) }
        }
        let plain = ids.enumerated().filter { $0.offset != alertContact }.flatMap { gaps[$0.element] ?? [] }
        figures.longestGap = plain.max() ?? 0
        figures.meanGap = plain.isEmpty ? 0 : plain.reduce(0, +) / Double(plain.count)
        if let alertContact, let alertGaps = gaps[ids[alertContact]], !alertGaps.isEmpty {
            figures.alertLongestGap = alertGaps.max()!
            figures.alertMeanGap = alertGaps.reduce(0, +) / Double(alertGaps.count)
        }
        return figures
    }
}
