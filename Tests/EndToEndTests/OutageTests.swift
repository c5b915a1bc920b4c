import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import Testing

/// The service goes away for a few seconds and comes back on the same port, state kept.
@Suite(.serialized) struct OutageTests {
    static let outage = Duration.seconds(3)

    @Test func aFollowRidesOutAnOutageAndCarriesOnWhereItWas() async throws {
        let scenario = TestCall.scenario(turns: 60)
        let simulator = try await Self.startOutsideTheEphemeralRange(SimulatorConfiguration(scenario: scenario, speed: 15))
        let harness = FollowHarness(
            configuration: PollerConfiguration(
                pollInterval: .milliseconds(100), maxRate: 10, maxResults: 10,
                retry: RetryPolicy(maxAttempts: nil, base: .milliseconds(200), cap: .seconds(1))))
        let outage = Outage()
        // A follow that never ends fails the test, not the run, saying how far the outage got.
        let run: FollowHarness.Run
        do {
            run = try await Self.within(.seconds(120)) {
                try await harness.follow(
                    simulator,
                    onEvent: { run in
                        if let last = run.statuses.last { await outage.saw("\(last.at): \(last.value)") }
                        // Once a few turns are on screen, the service goes down for a while.
                        if run.store.turns.count >= 6, await outage.begin() {
                            Task {
                                await simulator.stop()
                                await outage.stopped()
                                try await Task.sleep(for: Self.outage)
                                // The same port again; a busy machine may hold it a moment longer.
                                // Only a service that listens again counts as back.
                                for _ in 0..<600 {
                                    if (try? await simulator.start()) != nil {
                                        await outage.end()
                                        break
                                    }
                                    try await Task.sleep(for: .milliseconds(100))
                                }
                            }
                        }
                    })
            }
        } catch let error as TimeLimitExceeded {
            let stopped = await outage.stoppedAt
            let window = await outage.window
            let statuses = await outage.statuses.suffix(8)
            let back = window.map { "\($0.1)" } ?? "never"
            Issue.record(
                Comment(
                    rawValue: "\(error); the emulator stopped: \(stopped.map { "\($0)" } ?? "never"); listening again: \(back); "
                        + "statuses: \(statuses)"))
            await simulator.stop()
            return
        }
        let requests = await simulator.requestLog
        await simulator.stop()

        let (downAt, upAt) = try #require(await outage.window)
        let stoppedAt = try #require(await outage.stoppedAt)
        // Every status while the service was down, whatever its kind, is a retry (RECONNECTING in the view).
        let during = run.statuses.filter { $0.at > stoppedAt && $0.at < upAt }
        #expect(!during.isEmpty, "the outage shows")
        #expect(during.allSatisfy { if case .retrying = $0.value { true } else { false } }, "statuses: \(during.map(\.value))")
        let retrying = run.retrying.filter { $0.at > stoppedAt && $0.at < upAt }
        #expect(
            // A request in flight as the service goes down may also run into the timeout.
            retrying.allSatisfy {
                $0.reason.hasPrefix("connection error") || $0.reason.hasPrefix("cannot connect")
                    || $0.reason.hasPrefix("no response within")
            },
            "reasons: \(retrying.map(\.reason))")
        // Each status gives the next retry time, within the policy's cap (1 s) of when it was seen; a
        // jittered wait may be a few milliseconds, shorter than the event's trip to the harness under load.
        #expect(
            retrying.allSatisfy { (-0.25...1.25).contains($0.retryAt.timeIntervalSince($0.at)) },
            "each status gives the next retry time")
        #expect(run.statuses.contains { if case .live = $0.value { $0.at > upAt } else { false } }, "live again after")
        let expected = TestCall.expectedStore(scenario)
        #expect(run.finished && run.failure == nil)
        #expect(run.store.turns == expected.turns, "no turn lost")
        let released = scenario.contacts[0].segments.count
        #expect(run.segmentsDelivered == released, "no segment delivered twice: \(run.segmentsDelivered) of \(released)")
        let firstAfter = requests.first { $0.time > downAt }
        #expect(firstAfter?.nextTokenSent != nil, "carries on with its NextToken, not from the beginning")
        let reconnect = (firstAfter?.time.timeIntervalSince(upAt)) ?? .infinity
        let stopTook = (await outage.stoppedAt).map { $0.timeIntervalSince(downAt) } ?? .nan
        let timeline = retrying.map {
            "+\($0.at.timeIntervalSince(downAt).millis) next try +\($0.retryAt.timeIntervalSince(downAt).millis)"
        }
        print("FIGURE outage: stop took \(stopTook.millis); retrying: \(timeline)")
        print(
            "FIGURE outage: down=\(Self.outage) retrying statuses=\(retrying.count) reconnected \(reconnect.millis) after the service came back; "
                + "segments delivered=\(run.segmentsDelivered)/\(released) duration=\(run.duration)")
    }
}

extension OutageTests {
    /// The emulator on a port below the kernel's ephemeral range (32768 and up), so that while it
    /// is down no outgoing connection of another test can take its port and keep it from coming back.
    static func startOutsideTheEphemeralRange(_ base: SimulatorConfiguration) async throws -> Simulator {
        for _ in 0..<20 {
            var configuration = base
            configuration.port = Int.random(in: 20_000..<32_000)
            let simulator = Simulator(configuration)
            if (try? await simulator.start()) != nil { return simulator }
        }
        throw TimeLimitExceeded(what: "finding a free port in 20000-31999")
    }

    /// `body`'s result, or a failure once `limit` has passed (then `body` is cancelled).
    static func within<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw TimeLimitExceeded(what: "the follow, after \(limit)")
            }
            return value
        }
    }
}

struct TimeLimitExceeded: Error, CustomStringConvertible {
    let what: String
    var description: String { "time limit exceeded: \(what)" }
}

/// When the outage began and ended; begins once.
actor Outage {
    private var downAt: Date?
    private var upAt: Date?

    func begin() -> Bool {
        guard downAt == nil else { return false }
        downAt = Date()
        return true
    }

    func end() { upAt = Date() }

    /// When `stop()` returned: the server had closed.
    private(set) var stoppedAt: Date?
    func stopped() { stoppedAt = Date() }

    var window: (Date, Date)? { downAt.flatMap { down in upAt.map { (down, $0) } } }

    /// The follow's statuses as they came, for a failure to say where the follow stood.
    private(set) var statuses: [String] = []
    func saw(_ status: String) { if statuses.last != status { statuses.append(status) } }
}
