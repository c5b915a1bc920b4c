import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import LensUI
import Testing

@testable import LensApp

/// A contact found by a search that the real-time API no longer has (it ended more than 24 hours
/// ago) opens from its post-contact analysis file in the emulator's S3, in-process over real
/// HTTP and SigV4 on loopback: Enter on its row shows its turns with the post-contact panel, and
/// Esc comes back to the list.
@Suite struct SearchOpenFromS3Tests {
    /// The day of contacts, with its first (a voice call about a double charge) moved back to 26 hours ago.
    static let oldId = "da7a0000-0000-4000-8000-000000000001"
    static var scenario: Scenario {
        var scenario = Scenario.history
        if let i = scenario.floor?.history?.firstIndex(where: { $0.contactId == oldId }) {
            scenario.floor?.history?[i].initiatedSecondsAgo = 26 * 3600
        }
        return scenario
    }

    @Test func aContactTheRealTimeAPIForgotOpensFromItsAnalysisFileWithThePanel() async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: Self.scenario, speed: 1, rateLimit: .serviceQuota))
        let port = try await simulator.start()
        do {
            try await openFromS3(port: port)
            await simulator.stop()
        } catch {
            await simulator.stop()
            throw error
        }
    }

    func openFromS3(port: Int) async throws {
        let clients = WallSessionTests.clients(port: port)
        let now = Date()
        let found = try await ContactSearcher(client: ConnectClient(service: clients.connect.service), credentialSource: "test")
            .search(
                SearchContactsRequest(
                    instanceId: DemoIdentity.instanceId,
                    timeRange: SearchContactsTimeRange(startTime: now.addingTimeInterval(-48 * 3600), endTime: now)),
                limit: 100)
        let old = try #require(found.contacts.first { $0.id == Self.oldId })

        // The real-time API has forgotten it: the opener without S3 says so.
        let withoutS3 = ContactOpener(
            instanceId: DemoIdentity.instanceId, clients: clients, credentialSource: "test", interval: .milliseconds(50))
        var failure: String?
        for await event in withoutS3.open(old).events() { if case .failed(let message) = event { failure = message } }
        #expect(failure?.contains("not in the real-time API any more") == true, "\(failure ?? "no failure")")

        var opener = withoutS3
        let s3 = S3Client(
            region: DemoIdentity.region, configuredEndpoint: URL(string: "http://127.0.0.1:\(port)")!,
            credentials: StaticCredentialProvider(DemoIdentity.credentials, source: "test"))
        opener.fromFile = ContactOpener.analysisFiles(
            instanceId: DemoIdentity.instanceId, connect: ConnectClient(service: clients.connect.service), s3: s3,
            credentialSource: "test")
        let reader = OpenedContact(opener: opener, contacts: found.contacts)
        defer { reader.stop() }
        var list = ContactListState(
            rows: found.contacts.map { SearchSession.row($0, NameDirectory()) }, scope: "test", countText: "found",
            size: Size(width: 160, height: 48))
        list.selected = Self.oldId
        var stack = ScreenStack<ContactListMessage, ContactListRequest>(
            ContactListScreen(list, instanceId: DemoIdentity.instanceId, place: "test"))
        for case .request(let request) in stack.reduce(.key(.enter)) { reader.perform(request) }
        #expect((stack.top as? ContactCallScreen)?.contactId == Self.oldId)

        var ended = false
        for await message in reader.messages {
            _ = stack.reduce(.messages([message]))
            if case .contact(_, .failed(let why)) = message { Issue.record("\(why)") }
            if case .contact(_, .finished) = message { ended = true }
            if case .contact(_, .failed) = message { ended = true }
            if ended { break }
        }
        let call = try #require(stack.top as? ContactCallScreen)
        let panel = try #require(call.call.session.postContact, "the post-contact insights reached the opened contact")
        #expect(panel.characteristics.talkTime?.byParticipant.isEmpty == false)
        #expect(!call.call.store.turns.isEmpty)
        let screen = stack.render(size: Size(width: 160, height: 48)).snapshot
        #expect(screen.contains("Post-contact analysis"), "\(screen)")
        #expect(screen.contains("s3://\(DemoIdentity.recordingsBucket)/Analysis/Voice/"), "\(screen)")

        let back = stack.reduce(.key(.escape))
        #expect(back.contains(.request(.close)))
        #expect(stack.screens.count == 1 && stack.top is ContactListScreen)
    }
}
