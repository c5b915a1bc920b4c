import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import Testing

@testable import LensApp

/// The chain of legs against the emulator over loopback: the wall demo's escalating call, which
/// Sam transfers to Frank; the finder asks ListAssociatedContacts where each leg went.
@Suite struct TransferChainTests {
    static let first = Scenario.wallEscalatingContactId
    static let second = Scenario.wallTransferContactId
    static let third = "ca11ca11-0000-4000-8000-000000000011"
    static let noAnalysis = "the transfer's flow has no Contact Lens block"

    /// Follows `scenario`'s escalating call across its transfers; every event, in order.
    static func events(_ scenario: Scenario) async throws -> [FollowEvent] {
        try await DemoEmulator.run(scenario, speed: 50) { demo in
            let clients = demo.clients
            let finder = TransferFinder(
                calls: TransferCalls(
                    connect: ConnectClient(service: clients.connect.service), directory: clients.connect,
                    instanceId: DemoIdentity.instanceId))
            // A leg's wait is short here: FollowSession makes it at least a minute.
            let poller = PollerConfiguration(
                pollInterval: .milliseconds(50), maxRate: 50, maxWaitForAnalysis: .seconds(2),
                notFoundInterval: .milliseconds(100))
            let chain = TransferChain(contactId: first, finder: finder) { contactId, _ in
                .polling(
                    Follower(
                        client: clients.lens, instanceId: DemoIdentity.instanceId, contactId: contactId, configuration: poller))
            }
            var events: [FollowEvent] = []
            for await event in chain.events() { events.append(event) }
            return events
        }
    }

    static func turnContacts(_ events: [FollowEvent]) -> [String] {
        var current = first
        var contacts: [String] = []
        for event in events {
            switch event {
            case .leg(let leg): current = leg.contactId
            case .segments(let segments, _) where segments.contains { $0.transcript != nil }:
                if contacts.last != current { contacts.append(current) }
            default: break
            }
        }
        return contacts
    }

    @Test func aChainOfThreeLegsIsFollowedToTheEnd() async throws {
        var scenario = Scenario.wallDemo
        var floor = try #require(scenario.floor)
        var next = try #require(floor.calls.first { $0.contactId == Self.second })
        next.contactId = Self.third
        next.previousContactId = Self.second
        next.agentId = try #require(floor.calls.first?.agentId)
        floor.calls.append(next)
        scenario.floor = floor
        var contact = try #require(scenario.contacts.first { $0.contactId == Self.second })
        contact.contactId = Self.third
        scenario.contacts.append(contact)

        let events = try await Self.events(scenario)
        #expect(Self.turnContacts(events) == [Self.first, Self.second, Self.third])
        let legs = events.compactMap { if case .leg(let leg) = $0 { leg } else { nil } }
        #expect(Set(legs.map(\.number)) == [2, 3])
        #expect(legs.last { $0.number == 3 }?.previousContactId == Self.second)
        #expect(legs.first { $0.number == 2 }?.queue == "Retention")
        #expect(legs.last { $0.number == 2 }?.agent == "frank.moreau", "the agent, once the leg's analysis starts")
        guard case .finished = events.last else { return #expect(Bool(false), "\(events.suffix(3))") }
    }

    @Test func aLegWithoutAnalysisIsSaidOnceAndTheFollowEnds() async throws {
        var scenario = Scenario.wallDemo
        scenario.contacts.removeAll { $0.contactId == Self.second }

        let events = try await Self.events(scenario)
        let ended = events.filter { if case .status(.ended(Self.noAnalysis)) = $0 { true } else { false } }
        #expect(ended.count == 1, "\(events.suffix(4))")
        #expect(!events.contains { if case .failed = $0 { true } else { false } })
        #expect(events.contains { if case .leg(let leg) = $0 { leg.contactId == Self.second } else { false } })
        guard case .finished = events.last else { return #expect(Bool(false), "\(events.suffix(3))") }
    }
}
