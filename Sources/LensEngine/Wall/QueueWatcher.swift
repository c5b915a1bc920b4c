import AWSClient
import ContactLensModel
import FoundationEssentials

/// The wall's queue figures: asks GetCurrentMetricData every `interval` (5 s) for the watched
/// queues, grouped by queue (callers waiting, the oldest wait, agents online, available, on
/// contact, in after-contact work), under that API's own quota (5 requests/s, burst 8, per
/// account: `RequestPacer.currentMetricData`), apart from Contact Lens's and discovery's.
package struct QueueWatcher: Sendable {
    /// What each refresh asks for, in this order.
    package static let metrics: [CurrentMetricName] = [
        .contactsInQueue, .oldestContactAge, .agentsOnline, .agentsAvailable, .agentsOnContact, .agentsAfterContactWork,
    ]
    /// The channels the wall follows (Contact Lens analyses calls and chats in real time).
    package static let channels: [ConnectChannel] = [.voice, .chat]

    package struct Queue: Sendable, Hashable {
        package var id: String
        package var name: String
        package init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    package var instanceId: String
    package var queues: [Queue]
    package var interval: Duration
    /// Results a page (the model's most, 100: one page for up to 100 queues).
    package var pageSize = GetCurrentMetricData.maxResultsRange.upperBound
    let client: ConnectClient

    /// A throttled refresh waits this many intervals more each time, up to `maxBackoff` (40 s at 5 s).
    package static let maxBackoff = 8

    package init(instanceId: String, queues: [Queue], client: ConnectClient, interval: Duration = .seconds(5)) {
        self.instanceId = instanceId
        var seen = Set<String>()
        self.queues = queues.filter { seen.insert($0.id).inserted }
        self.client = client
        self.interval = interval
    }

    /// One request per 100 queues (the model's limit for Filters.Queues), `pageSize` results a page.
    package var requests: [GetCurrentMetricDataRequest] {
        let limit = GetCurrentMetricData.resourceFilterRange.upperBound
        return stride(from: 0, to: queues.count, by: limit).map { start in
            GetCurrentMetricDataRequest(
                instanceId: instanceId,
                filters: CurrentMetricFilters(
                    queues: queues[start..<min(queues.count, start + limit)].map(\.id), channels: Self.channels),
                groupings: [.queue], currentMetrics: Self.metrics.map(CurrentMetric.init),
                maxResults: pageSize)
        }
    }

    /// One look at every watched queue, each request and page paced by `pacer`.
    package func look(pacer: inout RequestPacer, clock: ContinuousClock = ContinuousClock(), start: ContinuousClock.Instant)
        async throws(ClientError) -> (figures: [QueueFigures], at: Date?)
    {
        var results: [CurrentMetricResult] = []
        var snapshot: Date?
        for request in requests {
            var page = request
            var seen = Set<String>()
            while true {
                let wait = pacer.delay(at: start.duration(to: clock.now))
                if wait > .zero {
                    do { try await clock.sleep(for: wait) } catch { throw .cancelled }
                }
                let answer = try await client.getCurrentMetricData(page)
                results += answer.metricResults
                snapshot = snapshot ?? answer.dataSnapshotTime
                // A token seen before would loop for ever: a broken service, not more data.
                guard let token = answer.nextToken, seen.insert(token).inserted else { break }
                page.nextToken = token
            }
        }
        return (QueueFigures.read(results, queues: queues.map { ($0.id, $0.name) }), snapshot)
    }

    /// Refreshes every `interval` until cancelled, or until a failure that asking again cannot
    /// mend (a missing permission, an unknown instance, a refused request): then it says why
    /// once and stops, and the wall goes on without the figures. Throttled, it asks again after
    /// 2, 4, then 8 intervals; other failures (a timeout, a 5xx) on the next refresh.
    package func run(emit: @escaping @Sendable (WallEvent) -> Void, now: @Sendable () -> Date = Date.init) async {
        guard !queues.isEmpty else { return }
        let clock = ContinuousClock()
        let start = clock.now
        var pacer = RequestPacer.currentMetricData
        var next = clock.now
        var throttled = 0
        while !Task.isCancelled {
            do {
                let (figures, at) = try await look(pacer: &pacer, clock: clock, start: start)
                throttled = 0
                emit(.queues(.figures(figures, at: at ?? now())))
            } catch {
                if error == .cancelled { return }
                let stops = Self.stops(error)
                emit(.queues(.problem(Self.describe(error, stops: stops), stopped: stops)))
                if stops { return }
                // The account's other callers share the quota: back off while it is spent.
                throttled = error.isThrottling ? throttled + 1 : 0
            }
            // On the cadence; a throttled refresh, or one slower than the interval, waits from its end.
            let wait = interval * Self.backoff(afterThrottled: throttled)
            next = next.advanced(by: interval)
            if throttled > 0 || next < clock.now { next = clock.now.advanced(by: wait) }
            if (try? await clock.sleep(until: next)) == nil { return }
        }
    }

    /// Intervals until the next refresh after `throttled` throttled ones in a row: 1, then 2, 4,
    /// 8 (at most `maxBackoff`).
    package static func backoff(afterThrottled throttled: Int) -> Int {
        throttled <= 0 ? 1 : min(maxBackoff, 1 << min(throttled, 8))
    }

    /// True for the failures another try cannot mend.
    static func stops(_ error: ClientError) -> Bool {
        switch error {
        case .service(let service):
            return [
                ServiceErrorCode.accessDenied.rawValue, ServiceErrorCode.resourceNotFound.rawValue,
                ServiceErrorCode.invalidRequest.rawValue, "InvalidParameterException",
            ].contains(service.code)
        case .invalidRequest: return true
        default: return false
        }
    }

    /// One line: what failed, and the fix when there is one.
    static func describe(_ error: ClientError, stops: Bool) -> String {
        var advice = error.connectAdvice(action: "GetCurrentMetricData", credentialSource: nil)
        if error.isNotFound, case .service(let service) = error {
            let detail = service.message.isEmpty ? "" : ": \(TerminalText.sanitize(service.message))"
            advice = "not found\(detail) — check --instance-id and --queue (a queue deleted since the wall started?)"
        }
        return "queue figures: \(advice)" + (stops ? "; the wall goes on without them" : "")
    }
}
