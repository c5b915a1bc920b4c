import AWSClient
import ContactLensModel
import Testing

@testable import LensEngine

/// The wall's scheduler on a virtual clock: the quota, the promised gap, priorities, throttling.
@Suite struct WallSchedulerTests {
    static let throttle = ClientError.service(
        ServiceError(code: "ThrottlingException", message: "Rate exceeded", httpStatus: 429))

    @Test("20 calls at 1 request/s for 10 minutes: none over the quota, no gap beyond ⌈N/rate⌉ + 2 s")
    func twentyCalls() {
        let figures = WallSchedulerSimulation().run()
        print("wall scheduler, 20 calls, 1 req/s, 10 min: \(figures)")
        #expect(figures.overQuota == 0)
        #expect(figures.longestGap <= figures.promisedGap)
        #expect(figures.alertMeanGap < figures.meanGap)
        #expect(figures.pollsAfterFinish == 0)
        #expect(figures.requests >= 580)
    }

    @Test("With 30 % of requests throttled the scheduler slows down and still never exceeds the quota")
    func throttled() {
        var simulation = WallSchedulerSimulation()
        simulation.throttleRate = 0.3
        let figures = simulation.run()
        print("wall scheduler, 20 calls, 1 req/s, 10 min, 30 % throttled: \(figures)")
        #expect(figures.overQuota == 0)
        #expect(figures.pollsAfterFinish == 0)
        #expect(figures.alertMeanGap < figures.meanGap)
    }

    @Test("Never-polled contacts go first, then the alert, then the most recently active")
    func priorities() {
        var s = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: 1))
        for id in ["a", "b", "c"] { s.add(id, at: .zero) }
        var now = Duration.zero
        var order: [String] = []
        for _ in 0..<3 {
            guard case .poll(let id, _, let at) = s.next(at: now) else {
                Issue.record("idle")
                return
            }
            now = at
            order.append(id)
            s.started(id, at: now)
            s.received(id, nextToken: "t", segmentCount: id == "b" ? 2 : 0, at: now)
        }
        #expect(order == ["a", "b", "c"])
        s.add("d", at: now)
        guard case .poll(let first, _, let at) = s.next(at: now) else {
            Issue.record("idle")
            return
        }
        #expect(first == "d")
        now = at
        s.started("d", at: now)
        s.received("d", nextToken: "t", segmentCount: 0, at: now)
        s.setAlert("c", true)
        guard case .poll(let second, _, let at2) = s.next(at: now) else {
            Issue.record("idle")
            return
        }
        #expect(second == "c")
        now = at2
        s.started("c", at: now)
        s.received("c", nextToken: "t", segmentCount: 0, at: now)
        s.setAlert("c", false)
        guard case .poll(let third, _, _) = s.next(at: now + .seconds(1)) else {
            Issue.record("idle")
            return
        }
        #expect(third == "b", "b returned segments last")
    }

    @Test("A finished contact is polled no more; with none left the scheduler is idle")
    func finished() {
        var s = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: 1))
        s.add("a", at: .zero)
        s.started("a", at: .zero)
        let finished = s.received("a", nextToken: nil, segmentCount: 3, at: .milliseconds(100))
        #expect(finished)
        #expect(s.next(at: .seconds(5)) == .idle)
        #expect(s.liveCount == 0)
    }

    @Test("A 429 halves the rate of the whole wall and pauses every contact; successes bring it back")
    func throttleSlowsEveryone() {
        var s = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: 1))
        s.add("a", at: .zero)
        s.add("b", at: .zero)
        s.started("a", at: .zero)
        guard case .throttled(let pause) = s.failed("a", Self.throttle, at: .milliseconds(100)) else {
            Issue.record("not throttled")
            return
        }
        #expect(s.effectiveRate == 0.5)
        #expect(pause == .seconds(2))
        guard case .poll(_, _, let at) = s.next(at: .milliseconds(200)) else {
            Issue.record("idle")
            return
        }
        #expect(at >= .milliseconds(2_100))
        s.started("b", at: at)
        s.received("b", nextToken: "t", segmentCount: 0, at: at)
        #expect(s.effectiveRate > 0.5)
    }

    @Test("A contact whose analysis has not started waits at the back; a refused token restarts")
    func notFoundAndRestart() {
        var s = WallScheduler(configuration: WallSchedulerConfiguration(maxRate: 1))
        s.add("a", at: .zero)
        s.started("a", at: .zero)
        let notFound = ClientError.service(ServiceError(code: "ResourceNotFoundException", message: "", httpStatus: 404))
        #expect(s.failed("a", notFound, at: .milliseconds(50)) == .waitingForAnalysis)
        guard case .poll(_, _, let at) = s.next(at: .milliseconds(60)) else {
            Issue.record("idle")
            return
        }
        #expect(at >= .seconds(3))
        s.started("a", at: at)
        s.received("a", nextToken: "t1", segmentCount: 1, at: at)
        s.started("a", at: at + .seconds(1))
        let invalid = ClientError.service(ServiceError(code: "InvalidRequestException", message: "", httpStatus: 400))
        #expect(s.failed("a", invalid, at: at + .seconds(1)) == .restarted)
        guard case .poll(_, let token, _) = s.next(at: at + .seconds(2)) else {
            Issue.record("idle")
            return
        }
        #expect(token == nil)
    }
}
