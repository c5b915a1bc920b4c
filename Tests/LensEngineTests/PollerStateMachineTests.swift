import AWSClient
import ContactLensModel
import Testing

@testable import LensEngine

/// The poller's decisions as tables: input at a time → the action it returns.
@Suite struct PollerStateMachineTests {
    let config = PollerConfiguration(pollInterval: .seconds(1), maxRate: 1, maxResults: 100)
    let throttled = ClientError.service(ServiceError(code: "ThrottlingException", message: "Rate exceeded", httpStatus: 429))
    let fault = ClientError.service(ServiceError(code: "InternalServiceException", message: "", httpStatus: 500))
    let rejectedToken = ClientError.service(ServiceError(code: "InvalidRequestException", message: "bad token", httpStatus: 400))
    let denied = ClientError.service(ServiceError(code: "AccessDeniedException", message: "no", httpStatus: 403))

    @Test func fullPagesAreDrainedAtTheMaximumRateShortPagesWaitThePollInterval() {
        var machine = PollerStateMachine(configuration: config, seed: 1)
        #expect(machine.start() == .fetch(token: nil, after: .zero))
        machine.requestStarted(at: .zero)
        // A full page 200 ms later: ask again as soon as the rate allows (1/s → at 1 s).
        #expect(
            machine.received(nextToken: "t1", segmentCount: 100, at: .milliseconds(200))
                == .fetch(token: "t1", after: .milliseconds(800)))
        machine.requestStarted(at: .seconds(1))
        // A short page: wait the poll interval.
        #expect(
            machine.received(nextToken: "t2", segmentCount: 3, at: .milliseconds(1100))
                == .fetch(token: "t2", after: .seconds(1)))
        machine.requestStarted(at: .milliseconds(2100))
        #expect(
            machine.received(nextToken: "t3", segmentCount: 0, at: .milliseconds(2150))
                == .fetch(token: "t3", after: .seconds(1)))
    }

    @Test func aFasterRateLetsFullPagesGoAtOnce() {
        var machine = PollerStateMachine(configuration: PollerConfiguration(pollInterval: .seconds(1), maxRate: 10), seed: 1)
        _ = machine.start()
        machine.requestStarted(at: .zero)
        #expect(machine.received(nextToken: "t", segmentCount: 100, at: .milliseconds(150)) == .fetch(token: "t", after: .zero))
    }

    @Test func noNextTokenFinishesForGood() {
        var machine = PollerStateMachine(configuration: config, seed: 1)
        _ = machine.start()
        machine.requestStarted(at: .zero)
        #expect(machine.received(nextToken: nil, segmentCount: 100, at: .milliseconds(10)) == .finish)
        #expect(machine.isDone)
    }

    @Test func transientErrorsBackOffWithinTheCapAndKeepThePlace() {
        var machine = PollerStateMachine(configuration: config, seed: 42)
        _ = machine.start()
        machine.requestStarted(at: .zero)
        _ = machine.received(nextToken: "keep", segmentCount: 5, at: .milliseconds(100))
        var now = Duration.seconds(1)
        for attempt in 1...12 {
            machine.requestStarted(at: now)
            let (action, notice) = machine.failed(attempt.isMultiple(of: 2) ? throttled : fault, at: now + .milliseconds(5))
            guard case .fetch(let token, let delay) = action, case .retrying(let n, _) = notice else {
                Issue.record("expected a retry, got \(action)")
                return
            }
            #expect(token == "keep")
            #expect(n == attempt)
            #expect(delay <= .seconds(20))
            #expect(delay >= .milliseconds(995))  // never faster than the rate allows
            now += delay
        }
    }

    @Test func retryAfterIsHonoured() {
        var machine = PollerStateMachine(configuration: config, seed: 7)
        _ = machine.start()
        machine.requestStarted(at: .zero)
        var error = ServiceError(code: "ThrottlingException", message: "", httpStatus: 429)
        error.retryAfter = .seconds(7)
        #expect(machine.failed(.service(error), at: .milliseconds(50)).0 == .fetch(token: nil, after: .seconds(7)))
    }

    @Test func aRejectedTokenRestartsFromTheBeginningOnce() {
        var machine = PollerStateMachine(configuration: config, seed: 1)
        _ = machine.start()
        machine.requestStarted(at: .zero)
        _ = machine.received(nextToken: "stale", segmentCount: 1, at: .milliseconds(10))
        machine.requestStarted(at: .seconds(1))
        let (action, notice) = machine.failed(rejectedToken, at: .milliseconds(1010))
        #expect(action == .fetch(token: nil, after: .milliseconds(990)))
        #expect(notice == .restarted(delay: .milliseconds(990)))
        // Rejected again without a token: that is a real error.
        machine.requestStarted(at: .seconds(2))
        #expect(machine.failed(rejectedToken, at: .milliseconds(2010)).0 == .fail(rejectedToken))
    }

    @Test(arguments: [
        ClientError.service(ServiceError(code: "AccessDeniedException", message: "no", httpStatus: 403)),
        ClientError.service(ServiceError(code: "ResourceNotFoundException", message: "no", httpStatus: 404)),
        ClientError.service(ServiceError(code: "InvalidSignatureException", message: "no", httpStatus: 403)),
        ClientError.service(ServiceError(code: "429", message: "bare", httpStatus: 429)),
        ClientError.credentials("none"),
    ])
    func fatalErrorsStop(error: ClientError) {
        var machine = PollerStateMachine(configuration: config, seed: 1)
        _ = machine.start()
        machine.requestStarted(at: .zero)
        #expect(machine.failed(error, at: .milliseconds(10)).0 == .fail(error))
        #expect(machine.isDone)
    }

    @Test func transportErrorsTimeoutsAndMalformedPagesAreRetriedWhileLive() {
        for error in [ClientError.transport("reset"), .timeout(.seconds(10)), .malformedResponse("bad JSON")] {
            var machine = PollerStateMachine(configuration: config, seed: 3)
            _ = machine.start()
            machine.requestStarted(at: .zero)
            guard case .fetch = machine.failed(error, at: .zero).0 else {
                Issue.record("\(error) should be retried")
                continue
            }
        }
    }

    /// A host that refuses (or does not resolve) and has never answered: a few tries, then the end.
    @Test func aFollowThatNeverConnectedGivesUpAfterAFewTries() {
        var machine = PollerStateMachine(configuration: config, seed: 5)
        _ = machine.start()
        let refused = ClientError.cannotConnect("connection refused (127.0.0.1:9)")
        var now = Duration.zero
        for attempt in 1..<config.connectAttempts {
            machine.requestStarted(at: now)
            let (action, notice) = machine.failed(refused, at: now)
            guard case .fetch(nil, let delay) = action else {
                Issue.record("try \(attempt): \(action)")
                return
            }
            #expect(notice == .retrying(attempt: attempt, delay: delay))
            now += delay
        }
        machine.requestStarted(at: now)
        #expect(machine.failed(refused, at: now).0 == .fail(refused))
        #expect(machine.isDone)
    }

    /// Once it has answered, a refused connection is an outage like any other: retried for ever.
    @Test func afterTheFirstAnswerRefusedConnectionsAreRetried() {
        var machine = PollerStateMachine(configuration: config, seed: 5)
        _ = machine.start()
        machine.requestStarted(at: .zero)
        _ = machine.received(nextToken: "t", segmentCount: 1, at: .milliseconds(10))
        var now = Duration.seconds(1)
        for _ in 0..<20 {
            machine.requestStarted(at: now)
            guard case .fetch("t", let delay) = machine.failed(.cannotConnect("refused"), at: now).0 else {
                Issue.record("gave up")
                return
            }
            now += delay
        }
    }

    /// A token refused again and again backs off like any failure, instead of restarting at the
    /// full rate; refusals far apart restart at once each time.
    @Test func aTokenRefusedAgainAndAgainBacksOff() {
        var machine = PollerStateMachine(configuration: PollerConfiguration(maxRate: 100), seed: 9)
        _ = machine.start()
        var now = Duration.zero
        var delays: [Duration] = []
        for _ in 0..<6 {
            machine.requestStarted(at: now)
            _ = machine.received(nextToken: "fresh", segmentCount: 100, at: now + .milliseconds(10))
            now += .milliseconds(20)
            machine.requestStarted(at: now)
            let (action, notice) = machine.failed(rejectedToken, at: now + .milliseconds(10))
            guard case .fetch(nil, let delay) = action, case .restarted(let told) = notice else {
                Issue.record("\(action)")
                return
            }
            #expect(told == delay)
            delays.append(delay)
            now += .milliseconds(10) + delay
        }
        #expect(delays[0] <= .milliseconds(10), "the first refusal restarts at once")
        #expect(delays.dropFirst().reduce(.zero, +) > .seconds(1), "later ones back off: \(delays)")
        // Long after, a refusal is news again.
        now += .seconds(120)
        machine.requestStarted(at: now)
        _ = machine.received(nextToken: "later", segmentCount: 1, at: now)
        now += .seconds(1)
        machine.requestStarted(at: now)
        #expect(machine.failed(rejectedToken, at: now).1 == .restarted(delay: .milliseconds(10)), "only the rate's spacing")
    }

    /// ResourceNotFound before any page: the call has not reached an agent yet. Waited for at the
    /// normal pace up to the limit, then today's error.
    @Test func aContactNotFoundYetIsWaitedForUpToTheLimit() {
        let notFound = ClientError.service(ServiceError(code: "ResourceNotFoundException", message: "no", httpStatus: 404))
        var machine = PollerStateMachine(configuration: PollerConfiguration(maxWaitForAnalysis: .seconds(10)), seed: 1)
        _ = machine.start()
        var now = Duration.zero
        while now < .seconds(10) {
            machine.requestStarted(at: now)
            let (action, notice) = machine.failed(notFound, at: now)
            #expect(action == .fetch(token: nil, after: .seconds(1)))
            #expect(notice == .waitingForAnalysis(since: .zero))
            now += .seconds(1)
        }
        machine.requestStarted(at: now)
        #expect(machine.failed(notFound, at: now).0 == .fail(notFound))
        // Once it has started, the analysis is followed as usual.
        var started = PollerStateMachine(configuration: PollerConfiguration(maxWaitForAnalysis: .seconds(10)), seed: 1)
        _ = started.start()
        started.requestStarted(at: .zero)
        _ = started.failed(notFound, at: .zero)
        started.requestStarted(at: .seconds(1))
        #expect(started.received(nextToken: "t", segmentCount: 2, at: .seconds(1)) == .fetch(token: "t", after: .seconds(1)))
    }
}
