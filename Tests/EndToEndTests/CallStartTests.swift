import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

/// The first seconds of a call, and a host that never answers, as a user meets them.
@Suite(.serialized) struct CallStartTests {
    static let environment = [
        "AWS_ACCESS_KEY_ID": DemoIdentity.credentials.accessKeyId,
        "AWS_SECRET_ACCESS_KEY": DemoIdentity.credentials.secretAccessKey,
    ]

    func follow(port: Int, _ extra: [String]) async throws -> LenstailProcess.Result {
        try await LenstailProcess.run(
            [
                "follow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId,
                "--endpoint-url", "http://127.0.0.1:\(port)", "--region", "eu-west-2", "--output", "text",
                "--max-rate", "20", "--poll-interval", "0.1",
            ] + extra,
            environment: Self.environment, timeout: .seconds(60))
    }

    /// The analysis exists only 2 s after the first request (the call is still in the queue):
    /// the follow waits, says so once, and then shows the whole call.
    @Test func aFollowStartedBeforeTheAnalysisWaitsForIt() async throws {
        var scenario = TestCall.scenario(turns: 6)
        scenario.contacts[0].analysisStartsAfterMillis = 20_000  // 2 s at 10×
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: 10))
        let port = try await simulator.start()
        let started = ContinuousClock.now
        let result = try await follow(port: port, ["--wait", "30s"])
        let took = started.duration(to: .now)
        let requests = await simulator.requestLog
        await simulator.stop()
        let notFound = requests.filter { $0.errorCode == "ResourceNotFoundException" }.count
        print(
            "FIGURE call start: \(notFound) not-found answers, then the call; \(took) in all; stderr \(result.stderr.debugDescription)"
        )
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(notFound >= 2, "it kept asking while waiting")
        #expect(result.stderr.components(separatedBy: "waiting for the contact's analysis to start").count == 2, "said once")
        #expect(result.stdout.split(separator: "\n").filter { $0.contains("Turn ") }.count == 6)
    }

    /// `--wait 0`: not found is an error at once, with the advice.
    @Test func waitZeroFailsAtOnce() async throws {
        var scenario = TestCall.scenario(turns: 2)
        scenario.contacts[0].analysisStartsAfterMillis = 60_000
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: 1))
        let port = try await simulator.start()
        let result = try await follow(port: port, ["--wait", "0"])
        let requests = await simulator.requestLog.count
        await simulator.stop()
        #expect(result.status == 1)
        #expect(requests == 1)
        #expect(result.stderr.contains("contact not found"), "stderr: \(result.stderr)")
    }

    /// A mistyped instance id with the default `--wait` (10 minutes): the service said which id is
    /// wrong, so one line and exit 1 at once, not "waiting for the contact's analysis to start".
    @Test func anUnknownInstanceEndsTheFollowAtOnce() async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: TestCall.scenario(turns: 2), speed: 1))
        let port = try await simulator.start()
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", "6f0c5a1e-0000-4000-8000-000000000000", "--contact-id", TestCall.contactId,
                "--endpoint-url", "http://127.0.0.1:\(port)", "--region", "eu-west-2", "--output", "text",
            ],
            environment: Self.environment, timeout: .seconds(60))
        let requests = await simulator.requestLog.count
        await simulator.stop()
        #expect(result.status == 1)
        #expect(requests <= 1, "the segments API asked once at most (DescribeContact may answer first)")
        #expect(!result.stderr.contains("waiting"), "stderr: \(result.stderr)")
        #expect(
            result.stderr.contains("instance not found: Instance 6f0c5a1e-0000-4000-8000-000000000000 not found"),
            "stderr: \(result.stderr)")
    }

    /// A contact DescribeContact does not know (a typo in the id) is one line at once; one it knows
    /// whose analysis has not started is waited for (`aFollowStartedBeforeTheAnalysisWaitsForIt`).
    @Test func aContactDescribeContactDoesNotKnowEndsTheFollowAtOnce() async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: TestCall.scenario(turns: 2), speed: 1))
        let port = try await simulator.start()
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", TestCall.instanceId, "--contact-id", "99999999-0000-4000-8000-000000000000",
                "--endpoint-url", "http://127.0.0.1:\(port)", "--region", "eu-west-2", "--output", "text",
            ],
            environment: Self.environment, timeout: .seconds(60))
        let requests = await simulator.requestLog.count
        await simulator.stop()
        #expect(result.status == 1)
        #expect(requests == 0, "DescribeContact answered: ListRealtimeContactAnalysisSegments is never asked")
        #expect(!result.stderr.contains("waiting"), "stderr: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("DescribeContact does not know this contact"), "stderr: \(result.stderr)")
    }

    /// A port nobody listens on: a few tries, then one line and exit 1 — not retrying for ever.
    @Test func aHostThatNeverAnswersEndsTheFollowWithOneLine() async throws {
        let server = try ScriptedServer(script: [])
        let port = server.port
        server.stop()
        let started = ContinuousClock.now
        let result = try await follow(port: port, [])
        let took = started.duration(to: .now)
        let lines = result.stderr.split(separator: "\n")
        print("FIGURE never connected: exit \(result.status) after \(took); last line \(lines.last.map(String.init) ?? "")")
        #expect(result.status == 1)
        #expect(
            lines.last?.contains("cannot connect: connection refused (127.0.0.1:\(port))") == true, "stderr: \(result.stderr)")
        #expect(lines.last?.contains("gave up after 4 tries") == true)
        #expect(!result.stderr.contains("errno"))
        #expect(took < .seconds(45))
    }
}
