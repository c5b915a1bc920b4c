import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensSimulator
import Synchronization
import TestSupport
import Testing

@testable import LensEngine

/// The wall's queue figures over real HTTP on loopback, against the emulator's floor: the
/// cadence, the figures per queue, paging and the 100-queue limit, a missing permission said
/// once, throttling backed off, a timeout tried again, a queue the instance no longer has.
@Suite struct QueueWatcherTests {
    static let billing = QueueWatcher.Queue(id: "q-billing-0001", name: "Billing")
    static let support = QueueWatcher.Queue(id: "q-support-0002", name: "Support")
    static let sales = QueueWatcher.Queue(id: "q-sales-0003", name: "Sales")
    static let retention = QueueWatcher.Queue(id: "q-retention-0004", name: "Retention")

    static func client(port: Int, timeout: Duration = .seconds(10)) -> ConnectClient {
        ConnectClient(
            endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: DemoIdentity.region,
            credentials: StaticCredentialProvider(DemoIdentity.credentials, source: "test"), timeout: timeout)
    }

    /// What a watcher emitted, with when (the test's clock).
    final class Events: Sendable {
        private let all = Mutex<[(at: ContinuousClock.Instant, report: QueueReport)]>([])
        func add(_ event: WallEvent) {
            guard case .queues(let report) = event else { return }
            all.withLock { $0.append((ContinuousClock.now, report)) }
        }
        var reports: [(at: ContinuousClock.Instant, report: QueueReport)] { all.withLock { $0 } }
        var figures: [[QueueFigures]] {
            reports.compactMap { if case .figures(let figures, _) = $0.report { figures } else { nil } }
        }
        var problems: [(at: ContinuousClock.Instant, text: String, stopped: Bool)] {
            reports.compactMap { if case .problem(let text, let stopped) = $0.report { ($0.at, text, stopped) } else { nil } }
        }

        /// Waits until `done` holds; the bound is for a hang.
        func wait(_ what: String, _ done: (Events) -> Bool) async throws {
            let deadline = ContinuousClock.now + .seconds(60)
            while !done(self) {
                guard ContinuousClock.now < deadline else {
                    Issue.record("no \(what) within 60 s: \(reports.map(\.report))")
                    throw CancellationError()
                }
                try await Task.sleep(for: .milliseconds(10))
            }
        }
    }

    /// The wall demo's floor at 10×.
    static let floor = SimulatorConfiguration(scenario: .wallDemo, speed: 10)

    static func withEmulator<T>(
        _ configuration: SimulatorConfiguration = floor, _ body: (Simulator, ConnectClient) async throws -> T
    ) async throws -> T {
        let simulator = Simulator(configuration)
        let port = try await simulator.start()
        do {
            let result = try await body(simulator, Self.client(port: port))
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }

    @Test("Every interval, each queue's figures as the floor has them: callers waiting, the oldest wait, the agents")
    func figuresEveryInterval() async throws {
        try await Self.withEmulator { simulator, client in
            let interval = Duration.milliseconds(200)
            let watcher = QueueWatcher(
                instanceId: DemoIdentity.instanceId, queues: [Self.billing, Self.support, Self.retention, Self.billing],
                client: client, interval: interval)
            let events = Events()
            let started = Date()
            let task = Task { await watcher.run(emit: events.add) }
            defer { task.cancel() }
            try await events.wait("three refreshes") { $0.figures.count >= 3 }
            task.cancel()
            let figures = events.figures
            #expect(figures.allSatisfy { $0.map(\.name) == ["Billing", "Support", "Retention"] }, "in order, once each")
            let support = figures.map { $0[1] }
            // Support's first caller has waited since 70 s before the floor began (10x: 7 s of the test's clock).
            #expect(support.allSatisfy { ($0.waiting ?? 0) >= 1 && ($0.oldestWait ?? 0) >= 70 }, "\(support)")
            #expect(support.last!.oldestWait! > support.first!.oldestWait!, "the oldest wait grows")
            for queue in figures.joined() {
                let busy = (queue.agentsAvailable ?? 0) + (queue.agentsOnContact ?? 0) + (queue.agentsAfterContactWork ?? 0)
                #expect(queue.hasData && busy <= (queue.agentsOnline ?? 0), "\(queue)")
            }
            #expect(figures.allSatisfy { ($0[0].agentsOnline ?? 0) > 0 }, "Billing is staffed")
            // Never faster than the interval: the k-th request starts k intervals after the first at the soonest.
            let log = await simulator.requestLog
            let span = (log.last?.time ?? started).timeIntervalSince(log.first?.time ?? started)
            #expect(log.count >= 3 && Double(log.count - 1) <= span / 0.2 + 1, "\(log.count) requests in \(span) s")
            #expect(events.problems.isEmpty)
        }
    }

    @Test("Over 100 queues: one request per 100 (the model's limit), each paged with NextToken; a missing queue has no data")
    func manyQueuesPaged() async throws {
        try await Self.withEmulator { simulator, client in
            // 150 queues: the floor's four at both ends of both requests, 146 the instance does not have.
            var queues = (0..<150).map { QueueWatcher.Queue(id: "q-gone-\($0)", name: "Gone \($0)") }
            (queues[0], queues[99], queues[100], queues[149]) = (Self.billing, Self.support, Self.sales, Self.retention)
            var watcher = QueueWatcher(instanceId: DemoIdentity.instanceId, queues: queues, client: client)
            watcher.pageSize = 1
            #expect(watcher.requests.map { $0.filters.queues?.count } == [100, 50])
            var pacer = RequestPacer.currentMetricData
            let (figures, at) = try await watcher.look(pacer: &pacer, start: ContinuousClock.now)
            #expect(at != nil, "the snapshot's time")
            #expect(figures.count == 150)
            #expect(figures.filter(\.hasData).map(\.name) == ["Billing", "Support", "Sales", "Retention"])
            #expect(figures.first { $0.name == "Gone 7" }?.hasData == false)
            let log = await simulator.requestLog
            // Each request's two queues come a page each: their figures above needed the second page's NextToken.
            #expect(log.count == 4, "two requests, two pages of one each")
            #expect(log.allSatisfy { $0.status == 200 }, "the emulator checks Filters.Queues against 1...100")
        }
    }

    @Test("connect:GetCurrentMetricData denied: said once, with the permission to add, and the watcher stops")
    func denied() async throws {
        var denying = Self.floor
        denying.deniedActions = ["GetCurrentMetricData"]
        try await Self.withEmulator(denying) { simulator, client in
            let watcher = QueueWatcher(
                instanceId: DemoIdentity.instanceId, queues: [Self.billing], client: client, interval: .milliseconds(50))
            let events = Events()
            await watcher.run(emit: events.add)  // returns by itself
            let problems = events.problems
            #expect(problems.count == 1 && events.figures.isEmpty)
            #expect(problems.first?.stopped == true)
            #expect(problems.first?.text.contains("needs connect:GetCurrentMetricData") == true, "\(problems)")
            #expect(problems.first?.text.hasSuffix("the wall goes on without them") == true)
            #expect(await simulator.requestLog.count == 1, "asked once")
        }
    }

    @Test("Throttled: the last figures stay, the next tries come after 2, 4, then 8 intervals, and figures come back")
    func throttledBacksOff() async throws {
        // The emulator's clock stands still: its quota's bucket (burst 8) does not refill until moved on.
        let offset = Mutex<TimeInterval>(0)
        let start = Date()
        var frozen = Self.floor
        frozen.rateLimit = .serviceQuota
        frozen.now = { start.addingTimeInterval(offset.withLock { $0 }) }
        try await Self.withEmulator(frozen) { _, client in
            let interval = Duration.milliseconds(50)
            let watcher = QueueWatcher(
                instanceId: DemoIdentity.instanceId, queues: [Self.billing], client: client, interval: interval)
            let events = Events()
            let task = Task { await watcher.run(emit: events.add) }
            defer { task.cancel() }
            try await events.wait("five throttled refreshes") { $0.problems.count >= 5 }
            let problems = events.problems
            #expect(events.figures.count == 8, "the burst's eight, then throttled")
            #expect(problems.allSatisfy { !$0.stopped && $0.text.contains("throttling GetCurrentMetricData") }, "\(problems)")
            // Each wait starts when the throttled answer came: the gaps are at least these.
            let gaps = zip(problems, problems.dropFirst()).map { $1.at - $0.at }
            for (gap, intervals) in zip(gaps, [2, 4, 8, 8]) {
                #expect(gap >= interval * intervals, "\(gaps)")
            }
            offset.withLock { $0 += 10 }  // the quota refills
            let before = events.figures.count
            let refilled = ContinuousClock.now
            try await events.wait("figures again") { $0.figures.count > before }
            print(
                "FIGURE queue figures throttled: gaps \(gaps.map { "\(Int(($0 / .milliseconds(1)).rounded())) ms" }) "
                    + "at a 50 ms interval; figures again \(Int(((ContinuousClock.now - refilled) / .milliseconds(1)).rounded())) ms after the quota refilled"
            )
            #expect(QueueWatcher.backoff(afterThrottled: 0) == 1 && QueueWatcher.backoff(afterThrottled: 40) == 8)
        }
    }

    @Test("No answer within the timeout: said, not stopped, and asked again on the next refresh")
    func timedOut() async throws {
        let server = try ScriptedServer(script: [.pause(.seconds(5))])
        defer { server.stop() }
        let watcher = QueueWatcher(
            instanceId: DemoIdentity.instanceId, queues: [Self.billing],
            client: Self.client(port: server.port, timeout: .milliseconds(200)), interval: .milliseconds(100))
        let events = Events()
        let task = Task { await watcher.run(emit: events.add) }
        defer { task.cancel() }
        try await events.wait("two timeouts") { $0.problems.count >= 2 }
        let problems = events.problems
        #expect(problems.allSatisfy { !$0.stopped && $0.text.contains("no response within") }, "\(problems)")
        #expect(server.requests >= 2)
    }
}
