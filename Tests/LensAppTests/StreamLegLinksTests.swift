import AWSClient
import ContactLensModel
import Foundation
import Synchronization
import Testing

@testable import LensApp
@testable import LensEngine

/// The stream wall asks ListAssociatedContacts once about each contact it did not know, and says
/// the link of a leg a transfer began.
@Suite struct StreamLegLinksTests {
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
        let links = StreamLegLinks(finder: finder)
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
}
