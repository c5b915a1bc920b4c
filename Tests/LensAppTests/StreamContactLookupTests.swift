import AWSClient
import ContactLensModel
import Foundation
import Synchronization
import Testing

@testable import LensApp
@testable import LensEngine

/// The stream wall asks ListAssociatedContacts once about each contact it did not know, and says
/// the link of a leg a transfer began; any other contact is named by DescribeContact.
@Suite struct StreamContactLookupTests {
    @Test func eachNewContactIsAskedAboutOnceAndALinkIsSaid() async throws {
        let calls = Mutex<[String]>([])
        let chain = [
            AssociatedContactSummary(contactId: "A", initiationMethod: .inbound),
            AssociatedContactSummary(contactId: "B", previousContactId: "A", initiationMethod: .transfer),
        ]
        let finder = TransferFinder(
            calls: TransferCalls(
                associatedContacts: { id throws(ClientError) in
                    calls.withLock { $0.append(id) }
                    return id == "A" || id == "B" ? chain : []
                },
                describeContact: { _ throws(ClientError) in throw .cancelled },
                list: { _ throws(ClientError) in [] }),
            spacing: .zero)
        let links = StreamContactLookup(finder: finder)
        let (events, continuation) = AsyncStream<WallEvent>.makeStream()
        let emit: @Sendable (WallEvent) -> Void = { continuation.yield($0) }
        let page = FollowEvent.segments([], receivedAt: Date())
        for event: WallEvent in [
            .listed(contactId: "A"), .contact("A", page), .contact("B", page), .contact("C", page), .contact("B", page),
        ] {
            links.saw(event, emit: emit)
        }
        links.saw(.pace(WallPace(live: 1, rate: 1, refreshSeconds: 1, throttled: false)), emit: emit)
        // Asked in the background: wait (a bound for a hang) until the three lookups are done.
        let deadline = ContinuousClock.now + .seconds(30)
        while calls.withLock({ $0.count }) < 3, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        try await Task.sleep(for: .milliseconds(200))
        continuation.finish()
        var legs: [TransferLeg] = []
        for await event in events { if case .transferred(let leg) = event { legs.append(leg) } }
        #expect(links.askedCount == 3)
        #expect(calls.withLock { $0.sorted() } == ["A", "B", "C"], "once a contact")
        #expect(legs.map(\.contactId) == ["B"])
        #expect(legs.first?.previousContactId == "A" && legs.first?.number == 2)
    }

    @Test func aContactNoTransferBeganIsNamedByItsAgentAndQueue() async throws {
        let connected = Date(timeIntervalSince1970: 1_765_000_000)
        let finder = TransferFinder(
            calls: TransferCalls(
                associatedContacts: { id throws(ClientError) in
                    [AssociatedContactSummary(contactId: id, initiationMethod: .inbound)]
                },
                describeContact: { id throws(ClientError) in
                    Contact(
                        id: id, channel: "VOICE", queueInfo: QueueInfo(id: "q-1"),
                        agentInfo: id == "waiting" ? nil : AgentInfo(id: "u-1", connectedToAgentTimestamp: connected))
                },
                list: { kind throws(ClientError) in
                    kind == .user
                        ? [ResourceSummary(id: "u-1", name: "dana.reyes")] : [ResourceSummary(id: "q-1", name: "Billing")]
                }),
            spacing: .zero)
        let lookup = StreamContactLookup(finder: finder)
        let (events, continuation) = AsyncStream<WallEvent>.makeStream()
        let page = FollowEvent.segments([], receivedAt: Date())
        lookup.saw(.contact("c-1", page)) { continuation.yield($0) }
        lookup.saw(.contact("waiting", page)) { continuation.yield($0) }
        // Both are looked up in the background; a bound for a hang ends the wait.
        let watchdog = Task {
            try? await Task.sleep(for: .seconds(30))
            continuation.finish()
        }
        var named: [WallContactInfo] = []
        for await event in events {
            if case .named(let infos) = event { named += infos }
            if !named.isEmpty { break }
        }
        watchdog.cancel()
        // The contact no agent has yet is not named (it keeps its short id).
        try await Task.sleep(for: .milliseconds(200))
        continuation.finish()
        for await event in events { if case .named(let infos) = event { named += infos } }
        #expect(named == [WallContactInfo(contactId: "c-1", agent: "dana.reyes", queue: "Billing", connectedAt: connected)])
    }
}
