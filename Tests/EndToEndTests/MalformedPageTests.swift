import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import Testing

/// Broken pages from the emulator: truncated JSON, wrong types, missing fields, 10 MB and
/// 33 MiB bodies, HTML from a proxy, NextTokens at and past the model's limit.
@Suite(.serialized) struct MalformedPageTests {
    static let keys = [
        "AWS_ACCESS_KEY_ID": DemoIdentity.accessKeyId, "AWS_SECRET_ACCESS_KEY": DemoIdentity.credentials.secretAccessKey,
    ]

    @Test func eachBrokenPageIsOneStatusLineAndTheFollowCarriesOn() async throws {
        let scenario = TestCall.scenario(turns: 80)
        var faults = FaultPlan()
        faults.malformed = 0.4
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: .infinity, faults: faults, seed: 3))
        let port = try await simulator.start()
        let started = ContinuousClock.now
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId, "--region", "us-east-1",
                "--endpoint-url", "http://127.0.0.1:\(port)", "--output", "text", "--max-results", "5", "--max-rate", "20",
                // The 10 MB page takes seconds in a debug build on a loaded machine; --timeout covers its body too.
                "--timeout", "60",
            ],
            // 40-50 s on a loaded machine: the runner's default of 60 s was too tight.
            environment: Self.keys, timeout: .seconds(240))
        let elapsed = started.duration(to: .now)
        let requests = await simulator.requestLog
        await simulator.stop()

        #expect(result.status == 0, "stderr: \(result.stderr)")
        let broken = requests.compactMap(\.fault).filter { $0.hasPrefix("malformed:") && $0 != "malformed:huge" }
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == broken.count, "one line per broken page: \(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("lenstail: retrying (attempt ") && $0.contains("next try in") })
        #expect(Set(broken).count == 4, "every kind was drawn: \(broken)")
        #expect(requests.contains { $0.fault == "malformed:huge" }, "and a valid 10 MB page")
        for (kind, line) in zip(broken, lines) {
            let reason = kind == "malformed:proxyHTML" ? "502: Bad Gateway" : "malformed response"
            #expect(line.contains(reason), "\(kind): \(line)")
        }
        let turnLines = result.stdout.split(separator: "\n").filter { $0.contains("AGENT") || $0.contains("CUSTOMER") }
        #expect(turnLines.count == 80, "every turn printed once, the last good state kept")
        let reasons = Dictionary(
            zip(broken, lines).map { ($0, $1.replacingOccurrences(of: #"^.*\): "#, with: "", options: .regularExpression)) }
        ) { first, _ in first }
        print(
            "FIGURE malformed: requests=\(requests.count) broken=\(broken.count) huge=\(requests.filter { $0.fault == "malformed:huge" }.count) "
                + "exit=\(result.status) duration=\(elapsed)")
        for (kind, reason) in reasons.sorted(by: { $0.key < $1.key }) { print("FIGURE malformed \(kind): \(reason)") }
    }

    func client(_ kinds: [MalformedKind], tokenLength: Int = 0) async throws -> (Simulator, ContactLensClient) {
        var faults = FaultPlan()
        faults.malformed = kinds.isEmpty ? 0 : 1
        faults.malformedKinds = kinds
        faults.tokenLength = tokenLength
        let simulator = Simulator(
            SimulatorConfiguration(scenario: TestCall.scenario(turns: 30), speed: .infinity, faults: faults))
        let port = try await simulator.start()
        let client = ContactLensClient(
            endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: DemoIdentity.region,
            credentials: StaticCredentialProvider(DemoIdentity.credentials, source: "the test"),
            timeout: .seconds(30))
        return (simulator, client)
    }

    @Test func aTenMegabytePageIsReadAndAnOversizedOneRefused() async throws {
        let request = ListSegmentsRequest(instanceId: TestCall.instanceId, contactId: TestCall.contactId, maxResults: 10)
        let (huge, hugeClient) = try await client([.huge])
        let started = ContinuousClock.now
        let page = try await hugeClient.send(request)
        let hugeTime = started.duration(to: .now)
        await huge.stop()
        #expect(page.segments.count == 10)

        let (oversize, oversizeClient) = try await client([.oversize])
        let refusedAt = ContinuousClock.now
        await #expect {
            try await oversizeClient.send(request)
        } throws: { error in
            guard let error = error as? ClientError, case .malformedResponse(let message) = error else { return false }
            return message.contains("larger than 32 MiB") && error.isTransient
        }
        let oversizeTime = refusedAt.duration(to: .now)
        await oversize.stop()
        print(
            "FIGURE bodies: 10 MB page read and decoded in \(hugeTime); 33 MiB page refused (malformed, retried) in \(oversizeTime)"
        )
    }

    @Test func aNextTokenOf131070CharactersWorks() async throws {
        let (simulator, client) = try await client([], tokenLength: 131_070)
        let follower = Follower(
            client: client, instanceId: TestCall.instanceId, contactId: TestCall.contactId,
            configuration: PollerConfiguration(pollInterval: .milliseconds(50), maxRate: 50, maxResults: 10))
        var store = TranscriptStore()
        var finished = false
        for await event in follower.events() {
            if case .segments(let segments, _) = event { store.apply(segments) }
            if case .finished = event { finished = true }
        }
        let sent = await simulator.requestLog.compactMap(\.nextTokenSent)
        await simulator.stop()
        #expect(finished)
        #expect(store.turns.count == 30)
        #expect(!sent.isEmpty && sent.allSatisfy { $0.count == 131_070 })
    }

    @Test func aNextTokenOf131071CharactersIsNeverSent() async throws {
        let (simulator, client) = try await client([], tokenLength: 131_071)
        let follower = Follower(
            client: client, instanceId: TestCall.instanceId, contactId: TestCall.contactId,
            configuration: PollerConfiguration(pollInterval: .milliseconds(50), maxRate: 50, maxResults: 10))
        var failure: String?
        for await event in follower.events() {
            if case .failed(let message) = event { failure = message }
        }
        let requests = await simulator.requestLog
        await simulator.stop()
        let message = try #require(failure)
        #expect(message.contains("NextToken must be 1 to 131070 characters (got 131071)"), "\(message)")
        #expect(requests.count == 1 && requests[0].nextTokenSent == nil, "the over-long token never left the client")
        print("FIGURE long token: 131070 accepted; 131071 stops with \"\(message)\"")
    }
}
