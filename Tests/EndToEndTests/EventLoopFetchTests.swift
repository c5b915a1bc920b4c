import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

/// A fetch loop run on the client's event loop (`ContactLensClient.onEventLoop`), against the
/// emulator on loopback: the same pages, and every step of the loop on that one thread.
@Suite struct EventLoopFetchTests {
    static let credentials = AWSCredentials(accessKeyId: "AKIDLOOP", secretAccessKey: "loop-test-secret")

    @Test func aFetchLoopOnTheEventLoopGetsEveryPageWithoutLeavingIt() async throws {
        let scenario = TestCall.scenario(turns: 450)
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: .infinity, credentials: [Self.credentials]))
        let port = try await simulator.start()
        let client = ContactLensClient(
            endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: "eu-west-2",
            credentials: StaticCredentialProvider(Self.credentials))
        #expect(!client.eventLoop.inEventLoop)

        let (store, pages, everyStepOnTheLoop) = try await client.onEventLoop { () async throws(ClientError) in
            var store = TranscriptStore()
            var token: String?
            var pages = 0
            var onLoop = true
            repeat {
                onLoop = onLoop && client.eventLoop.inEventLoop
                let page = try await client.send(
                    ListSegmentsRequest(
                        instanceId: TestCall.instanceId, contactId: TestCall.contactId, maxResults: 100, nextToken: token))
                onLoop = onLoop && client.eventLoop.inEventLoop
                store.apply(page.segments)
                token = page.nextToken
                pages += 1
            } while token != nil
            return (store, pages, onLoop)
        }
        await simulator.stop()

        #expect(everyStepOnTheLoop, "the loop's code ran on the client's event loop")
        #expect(pages == 5)
        let expected = TestCall.expectedStore(scenario)
        #expect(store.turns == expected.turns)
        #expect(store.categories == expected.categories)
        #expect(store.summary == expected.summary)
        #expect(!client.eventLoop.inEventLoop, "back off the loop afterwards")
    }
}
