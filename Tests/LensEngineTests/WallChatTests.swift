import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Synchronization
import Testing

@testable import LensEngine

/// Chats on the wall, over real HTTP against the emulator's floor: discovery says a contact is a
/// CHAT, so the poller asks the chat API for it (the voice API for the calls), and the chat ends
/// when its Status is COMPLETED.
@Suite struct WallChatTests {
    struct Seen: Sendable {
        var channels: [String: Set<ContactChannel>] = [:]
        var chatPages: [ListSegmentsResponse] = []
        var finished: Set<String> = []
    }

    @Test func aChatDiscoveryFindsIsPolledThroughTheChatAPIUntilItsStatusIsCompleted() async throws {
        // At 2× the chat is on the floor for about 25 s: a loaded machine still discovers it live.
        try await WallDiscoveryTests.withFloor(.wallDemoAllConnected, speed: 2) { client, _ in
            let credentials = StaticCredentialProvider(DemoIdentity.credentials, source: "test")
            let routers = WallChannelRouters(
                voice: ContactLensClient(endpoint: client.endpoint, region: DemoIdentity.region, credentials: credentials),
                chat: ChatSegmentsClient(endpoint: client.endpoint, region: DemoIdentity.region, credentials: credentials))
            let seen = Mutex(Seen())
            let chatId = Scenario.wallChatContactId
            let poller = WallPoller(
                instanceId: DemoIdentity.instanceId,
                configuration: WallSchedulerConfiguration(
                    maxRate: 200, pollInterval: .milliseconds(20), notFoundInterval: .milliseconds(50)),
                fetch: { request, channel throws(ClientError) in
                    seen.withLock { _ = $0.channels[request.contactId, default: []].insert(channel) }
                    let page = try await routers.fetch(request, channel: channel)
                    if request.contactId == chatId { seen.withLock { $0.chatPages.append(page.response) } }
                    return page
                })
            let listening = Task {
                for await event in poller.events {
                    if case .contact(let id, .finished) = event { seen.withLock { _ = $0.finished.insert(id) } }
                }
            }
            let watcher = FloorWatcher(
                instanceId: DemoIdentity.instanceId, filter: FloorFilter(queues: ["q-support-0002"]), client: client,
                interval: .milliseconds(200))
            let polling = Task { await poller.run() }
            let watching = Task { await watcher.run(directory: NameDirectory(), source: poller, emit: { _ in }) }
            defer {
                polling.cancel()
                watching.cancel()
                listening.cancel()
            }
            let deadline = ContinuousClock.now + .seconds(90)
            while !seen.withLock({ $0.finished.contains(chatId) }), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            let result = seen.withLock { $0 }
            #expect(result.finished.contains(chatId), "the chat finished")
            #expect(result.channels[chatId] == [.chat], "asked through the chat API only")
            #expect(
                result.channels.filter { $0.key != chatId }.values.allSatisfy { $0 == [.voice] }, "calls through the voice API")
            #expect(result.chatPages.allSatisfy { $0.isChat })
            #expect(result.chatPages.last?.status == .completed)
            var store = TranscriptStore()
            for page in result.chatPages { store.apply(page.segments) }
            let expected = Scenario.chatDemo.contacts[0].segments.count {
                switch $0.segment {
                case .chat(.transcript), .chat(.event), .chat(.attachments): true
                default: false
                }
            }
            #expect(store.turns.count == expected, "every message, event and attachment of the chat")
            #expect(store.turns.contains { $0.content.contains("charged twice") })
        }
    }
}
