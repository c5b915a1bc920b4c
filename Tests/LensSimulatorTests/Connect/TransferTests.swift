import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// A transfer on the emulator's floor, through our client: the new leg exists once the first
/// ends, names it, shows on the receiving agent as TRANSFER, and a leg without Contact Lens has
/// no analysis.
@Suite struct TransferTests {
    static let first = Scenario.wallDemo.contacts[0]

    @Test("The escalating call's second leg: absent before the transfer, then linked every way the service links it")
    func wallDemoTransfer() async throws {
        let clock = TestClock()
        let speed = 10.0
        try await ConnectHarness.with(.init(scenario: .wallDemoAllConnected, speed: speed, now: clock.now)) { _, client in
            let instance = DemoIdentity.instanceId
            let early = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.describeContact(instanceId: instance, contactId: Scenario.wallTransferContactId)
            }
            #expect(early?.code == "ResourceNotFoundException", "the leg does not exist before the transfer")
            let before = try await client.describeContact(instanceId: instance, contactId: Self.first.contactId)
            #expect(before.nextContacts == nil && before.disconnectTimestamp == nil && before.initiationMethod == .inbound)
            clock.advance(by: Double(Self.first.durationMillis) / 1000 / speed + 1)  // the first leg is over
            let after = try await client.describeContact(instanceId: instance, contactId: Self.first.contactId)
            #expect(after.quickConnectContactIds == [Scenario.wallTransferContactId], "NextContacts names the new leg")
            let leg = try await client.describeContact(instanceId: instance, contactId: Scenario.wallTransferContactId)
            #expect(leg.previousContactId == Self.first.contactId && leg.initialContactId == Self.first.contactId)
            #expect(leg.initiationMethod == .transfer && leg.queueInfo?.id == "q-retention-0004")
            #expect(leg.contactAssociationId == Self.first.contactId)
            let ended = try await client.describeContact(instanceId: instance, contactId: Self.first.contactId)
            let endedAt = try #require(ended.disconnectTimestamp)
            #expect(try #require(leg.initiationTimestamp) >= endedAt, "the new leg starts when the first ends")
            let chain = try await client.allAssociatedContacts(
                instanceId: instance, contactId: Scenario.wallTransferContactId, pageSize: 1)
            #expect(chain.map(\.contactId) == [Self.first.contactId, Scenario.wallTransferContactId])
            #expect(chain.legs(after: Self.first.contactId).map(\.contactId) == [Scenario.wallTransferContactId])
            let frank = try await ConnectDirectoryClient(
                endpoint: client.endpoint, region: DemoIdentity.region, credentials: client.credentials
            ).allCurrentUserData(instanceId: instance, filters: UserDataFilters(agents: ["u-frank"]))
            let contact = try #require(frank.first?.contacts?.first)
            #expect(contact.contactId == Scenario.wallTransferContactId && contact.initiationMethod == "TRANSFER")
            #expect(contact.queue?.id == "q-retention-0004")
        }
    }

    @Test("A leg whose flow has no Contact Lens block exists for DescribeContact but answers 404 on the segments API")
    func legWithoutAnalysis() async throws {
        var scenario = Scenario.wallDemoAllConnected
        let legId = "0a0a0a0a-0000-4000-8000-000000000001"
        scenario.floor?.calls.append(
            ScenarioFloor.Call(
                contactId: legId, agentId: "u-frank", queueId: "q-retention-0004", startsAtMillis: 0,
                initiationMethod: "QUEUE_TRANSFER",
                previousContactId: scenario.contacts[1].contactId, durationMillis: 600_000))
        try scenario.validate()
        let speed = Double(scenario.contacts[1].durationMillis) / 300
        try await ConnectHarness.with(.init(scenario: scenario, speed: speed)) { _, client in
            let exists = try await ConnectHarness.eventually {
                (try? await client.describeContact(instanceId: DemoIdentity.instanceId, contactId: legId)) != nil
            }
            #expect(exists)
            let leg = try await client.describeContact(instanceId: DemoIdentity.instanceId, contactId: legId)
            #expect(leg.initiationMethod == .queueTransfer && leg.nextContacts == nil)
            let before = try await client.describeContact(
                instanceId: DemoIdentity.instanceId, contactId: scenario.contacts[1].contactId)
            #expect(before.nextContacts == nil, "a flow's queue transfer is no quick connect")
            let lens = ContactLensClient(
                endpoint: client.endpoint, region: DemoIdentity.region, credentials: client.credentials)
            let segments = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await lens.send(ListSegmentsRequest(instanceId: DemoIdentity.instanceId, contactId: legId))
            }
            #expect(segments?.code == "ResourceNotFoundException" && segments?.httpStatus == 404)
        }
    }

    @Test("Scenario files: a transferred leg must come after the leg it names; a leg without analysis needs its length")
    func validation() {
        var scenario = Scenario.wallDemo
        var calls = scenario.floor?.calls ?? []
        calls.insert(calls.removeLast(), at: 0)  // the transferred leg first
        scenario.floor?.calls = calls
        #expect(throws: ScenarioError.self) { try scenario.validate() }
        var missing = Scenario.wallDemo
        missing.floor?.calls.append(
            .init(contactId: "no-such-contact", agentId: "u-sam", queueId: "q-billing-0001", startsAtMillis: 0))
        let error = #expect(throws: ScenarioError.self) { try missing.validate() }
        #expect(error?.message.contains("DurationMillis") == true)
    }

    @Test("The wall and history demos pass the model's limits and survive a round trip through the file format")
    func builtInScenarios() throws {
        for scenario in [Scenario.wallDemo, Scenario.history] {
            try scenario.validate()
            let again = try Scenario.decode(try scenario.encoded())
            #expect(again == scenario)
            #expect(again.floor?.history == scenario.floor?.history && again.floor?.supervisors == scenario.floor?.supervisors)
        }
        let history = try #require(Scenario.history.floor?.history)
        #expect(history.count == 40 && Set(history.map(\.queueId)).count == 4 && Set(history.map(\.agentId)).count == 10)
        #expect(history.contains { $0.channel == "CHAT" } && history.contains { $0.channel == "VOICE" })
        #expect(history.filter { $0.previousContactId != nil }.count == 3)
    }
}
