import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import Synchronization
import TestSupport
import Testing

/// One long call at high speed through every fault at once; prints the figures RELIABILITY.md
/// records. `LENSTAIL_SOAK=1` plays a one-hour call instead of a ten-minute one.
@Suite(.serialized) struct FaultSoakTests {
    static let long = ProcessInfo.processInfo.environment["LENSTAIL_SOAK"] == "1"
    static let cap = Duration.milliseconds(400)
    static let maxRate = 10.0
    /// How much closer than 1/max-rate two request starts may be: timer slack.
    static let tolerance: TimeInterval = 0.005

    @Test func aLongCallThroughEveryFaultEndsExactlyAndWithinTheRate() async throws {
        let turns = Self.long ? 1800 : 300
        let scenario = TestCall.scenario(turns: turns)
        var faults = try FaultPlan.parse("throttle=0.3,error=0.1,dup=0.2,drop=0.1,slow=0.1,slowfor=900ms,reject=0.01")
        faults.latencyMillis = 20
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: 30, faults: faults, seed: 6))
        _ = try await simulator.start()
        let harness = FollowHarness(
            configuration: PollerConfiguration(
                pollInterval: .milliseconds(50), maxRate: Self.maxRate, maxResults: 100,
                retry: RetryPolicy(maxAttempts: nil, base: .milliseconds(50), cap: Self.cap)),
            timeout: .milliseconds(300))
        // Early on (so even a slow machine gets there), one token comes back refused, as an expired one would.
        let sent = Counter()
        // Request starts as the client makes them: arrivals at the server bunch up under load.
        let starts = Mutex<[ContinuousClock.Instant]>([])
        let run = try await harness.follow(
            simulator,
            tamper: { request in
                starts.withLock { $0.append(.now) }
                guard let token = request.nextToken, sent.increment() == 10 else { return request }
                var expired = request
                expired.nextToken = token + "expired"
                return expired
            })
        try await Task.sleep(for: .milliseconds(300))  // anything sent after completion would show up
        let requests = await simulator.requestLog
        await simulator.stop()

        let expected = TestCall.expectedStore(scenario)
        #expect(run.failure == nil, "the follow never ends on its own")
        #expect(run.finished)
        #expect(run.store.turns == expected.turns, "every turn once, in call order")
        #expect(run.store.categories == expected.categories)
        #expect(run.store.summary == expected.summary)
        #expect(requests.last?.returnedNextToken == false && requests.last?.status == 200, "nothing after completion")
        #expect(run.turnCounts == run.turnCounts.sorted(), "the transcript never shrinks")
        let restarts = run.statuses.filter { if case .restarted = $0.value { true } else { false } }.count
        #expect(restarts >= 1, "the refused token restarted the follow")
        let timeouts = run.retrying.filter { $0.reason.hasPrefix("no response within") }.count
        #expect(timeouts >= 1, "slow answers ran into the client's timeout")
        let startTimes = starts.withLock { $0 }
        let spacing = zip(startTimes, startTimes.dropFirst()).map { $0.duration(to: $1).seconds }.min() ?? .infinity
        #expect(spacing >= 1 / Self.maxRate - Self.tolerance, "request starts stay within --max-rate")
        #expect(run.maxBackoff <= Self.cap.seconds, "backoff stays under its cap")
        let faultsSeen = FollowHarness.Run(requests: requests).faultCounts
        for kind in ["throttle", "error", "dup", "drop", "slow"] { #expect(faultsSeen[kind, default: 0] > 0, "\(kind) happened") }
        print(
            """
            FIGURE soak: turns=\(turns) speed=30x requests=\(requests.count) faults=\(faultsSeen.sorted { $0.key < $1.key }) \
            retries=\(run.retrying.count) timeouts=\(timeouts) restarts=\(restarts) \
            maxBackoff=\(run.maxBackoff.millis) (cap \(Self.cap.seconds.millis)) \
            minSpacing=\(spacing.millis) (1/max-rate \((1 / Self.maxRate).millis)) duration=\(run.duration)
            """)
    }
}

/// A thread-safe counter for the request tamper.
final class Counter: Sendable {
    private let value = Mutex(0)
    /// Adds one and returns the new count.
    func increment() -> Int {
        value.withLock {
            $0 += 1
            return $0
        }
    }
}
