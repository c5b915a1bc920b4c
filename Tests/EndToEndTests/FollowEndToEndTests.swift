import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import TestSupport
import Testing

/// The whole engine against the emulator over real HTTP on loopback: signing, transport,
/// error parsing, polling and merging.
@Suite(.serialized) struct FollowEndToEndTests {
    /// Fast retries so a test with 30 % failures ends in seconds.
    static let quickRetry = RetryPolicy(maxAttempts: nil, base: .milliseconds(20), cap: .milliseconds(200))

    struct Outcome {
        var store = TranscriptStore()
        var statuses: [FollowStatus] = []
        var finished = false
        var failure: String?
        var requests: [RequestRecord] = []
    }

    func follow(
        _ scenario: Scenario, speed: Double, faults: String, maxResults: Int = 10,
        credentials: AWSCredentials = DemoIdentity.credentials, timeout: Duration = .seconds(2),
        contactId: String = TestCall.contactId
    ) async throws -> Outcome {
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: scenario, speed: speed, faults: try FaultPlan.parse(faults), seed: 20_261_126))
        let port = try await simulator.start()
        let client = ContactLensClient(
            endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: DemoIdentity.region,
            credentials: StaticCredentialProvider(credentials, source: "the test"), timeout: timeout)
        let follower = Follower(
            client: client, instanceId: TestCall.instanceId, contactId: contactId,
            configuration: PollerConfiguration(
                pollInterval: .milliseconds(20), maxRate: 200,
                maxResults: maxResults, retry: Self.quickRetry),
            credentialSource: "the test")
        var outcome = Outcome()
        for await event in follower.events() {
            switch event {
            case .segments(let segments, _): outcome.store.apply(segments)
            case .status(let status): outcome.statuses.append(status)
            case .finished: outcome.finished = true
            case .failed(let message): outcome.failure = message
            case .leg: break
            }
        }
        // Anything sent after completion would show up here.
        try await Task.sleep(for: .milliseconds(300))
        outcome.requests = await simulator.requestLog
        await simulator.stop()
        return outcome
    }

    func expectExact(_ outcome: Outcome, _ scenario: Scenario) {
        let expected = TestCall.expectedStore(scenario)
        #expect(outcome.finished)
        #expect(outcome.failure == nil)
        #expect(outcome.store.turns == expected.turns, "every turn once, in call order")
        #expect(outcome.store.categories == expected.categories)
        #expect(outcome.store.summary == expected.summary)
        // A final page the drop fault cut short never reached the client, which asks again.
        let completions = outcome.requests.indices.filter {
            outcome.requests[$0].status == 200 && !outcome.requests[$0].returnedNextToken && outcome.requests[$0].fault != "drop"
        }
        #expect(completions.count == 1, "exactly one final page delivered")
        #expect(completions.first == outcome.requests.count - 1, "no request after completion")
    }

    @Test func followsALiveCallToTheEndWithoutFaults() async throws {
        let scenario = TestCall.scenario(turns: 60)
        let outcome = try await follow(scenario, speed: 200, faults: "")
        expectExact(outcome, scenario)
        #expect(outcome.statuses.contains { if case .live = $0 { true } else { false } })
        #expect(outcome.statuses.last == .completed)
    }

    @Test func everyFaultAtOnceLosesNothingAndDuplicatesNothing() async throws {
        let scenario = TestCall.scenario(turns: 150)
        let outcome = try await follow(
            scenario, speed: 300, faults: "throttle=0.2,error=0.1,dup=0.1,drop=0.05,latency=30ms,reject=0.02")
        expectExact(outcome, scenario)
        let faults = Set(outcome.requests.compactMap(\.fault))
        #expect(faults.isSuperset(of: ["throttle", "error", "dup", "drop"]), "faults seen: \(faults)")
        #expect(outcome.statuses.contains { if case .retrying(_, _, _, true) = $0 { true } else { false } })
    }

    @Test func aFinishedCallIsFetchedWholeAndStops() async throws {
        let scenario = TestCall.scenario(turns: 250)
        let outcome = try await follow(scenario, speed: .infinity, faults: "", maxResults: 100)
        expectExact(outcome, scenario)
        #expect(outcome.requests.count == 3, "251 + categories in pages of 100")
    }

    @Test func aWrongSecretStopsWithAdviceAndNoSecret() async throws {
        let wrong = AWSCredentials(accessKeyId: DemoIdentity.accessKeyId, secretAccessKey: "not-the-secret-XYZ")
        let outcome = try await follow(TestCall.scenario(turns: 4), speed: .infinity, faults: "", credentials: wrong)
        let message = try #require(outcome.failure)
        #expect(message.contains("signature"))
        #expect(message.contains("the test"))
        #expect(!message.contains("not-the-secret-XYZ"))
        #expect(!outcome.finished)
        #expect(outcome.requests.count == 1, "a fatal error is not retried")
    }

    @Test func anUnknownContactIsAClearError() async throws {
        let outcome = try await follow(
            TestCall.scenario(turns: 4), speed: .infinity, faults: "", contactId: "5eed0000-0000-4000-8000-000000000404")
        let message = try #require(outcome.failure)
        #expect(message.contains("contact not found"))
        #expect(message.contains("24 h"))
    }
}
