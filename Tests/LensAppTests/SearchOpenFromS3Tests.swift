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

    /// A contact of this morning, which the real-time API still has: `P` reads it from its analysis
    /// file all the same, for what only that file tells.
    static let recentId = "da7a0000-0000-4000-8000-000000000040"

    @Test func aContactTheRealTimeAPIForgotOpensFromItsAnalysisFileWithThePanel() async throws {
        try await Self.withEmulator { port in try await openFromS3(port: port) }
    }

    @Test func pOpensAContactTheRealTimeAPIStillHasFromItsAnalysisFile() async throws {
        try await Self.withEmulator { port in
            let (clients, found, opener) = try await Self.searchedWithS3(port: port)
            let reader = OpenedContact(opener: opener, contacts: found.contacts)
            defer { reader.stop() }
            var stack = Self.list(found, selected: Self.recentId)
            for case .request(let request) in stack.reduce(.key(.char("P"))) { reader.perform(request) }
            try await Self.readToTheEnd(reader, &stack)
            let call = try #require(stack.top as? ContactCallScreen)
            #expect(call.contactId == Self.recentId && !call.call.store.turns.isEmpty)
            #expect(call.call.session.postContact != nil, "read from the file: the panel has the post-contact insights")
            let screen = stack.render(size: Size(width: 160, height: 48)).snapshot
            #expect(
                screen.contains("Post-contact analysis") && screen.contains("s3://\(DemoIdentity.recordingsBucket)/"), "\(screen)"
            )
            // Enter on the same row reads the real-time API, which has no post-contact insights.
            for case .request(let request) in stack.reduce(.key(.escape)) { reader.perform(request) }
            for case .request(let request) in stack.reduce(.key(.enter)) { reader.perform(request) }
            try await Self.readToTheEnd(reader, &stack)
            #expect((stack.top as? ContactCallScreen)?.call.session.postContact == nil)
            withExtendedLifetime(clients) {}
        }
    }

    static func withEmulator(_ body: (Int) async throws -> Void) async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: Self.scenario, speed: 1, rateLimit: .serviceQuota))
        let port = try await simulator.start()
        do {
            try await body(port)
            await simulator.stop()
        } catch {
            await simulator.stop()
            throw error
        }
    }

    /// The last 48 hours searched, and an opener that reads analysis files from the emulator's S3.
    static func searchedWithS3(port: Int) async throws -> (WallClients, SearchResult, ContactOpener) {
        let clients = WallSessionTests.clients(port: port)
        let now = Date()
        let found = try await ContactSearcher(client: ConnectClient(service: clients.connect.service), credentialSource: "test")
            .search(
                SearchContactsRequest(
                    instanceId: DemoIdentity.instanceId,
                    timeRange: SearchContactsTimeRange(startTime: now.addingTimeInterval(-48 * 3600), endTime: now)),
                limit: 100)
        var opener = ContactOpener(
            instanceId: DemoIdentity.instanceId, clients: clients, credentialSource: "test", interval: .milliseconds(50))
        let s3 = S3Client(
            region: DemoIdentity.region, configuredEndpoint: URL(string: "http://127.0.0.1:\(port)")!,
            credentials: StaticCredentialProvider(DemoIdentity.credentials, source: "test"))
        opener.fromFile = ContactOpener.analysisFiles(
            instanceId: DemoIdentity.instanceId, connect: ConnectClient(service: clients.connect.service), s3: s3,
            credentialSource: "test")
        return (clients, found, opener)
    }

    static func list(_ found: SearchResult, selected: String) -> ScreenStack<ContactListMessage, ContactListRequest> {
        var list = ContactListState(
            rows: found.contacts.map { SearchSession.row($0, NameDirectory()) }, scope: "test", countText: "found",
            size: Size(width: 160, height: 48))
        list.selected = selected
        return ScreenStack(ContactListScreen(list, instanceId: DemoIdentity.instanceId, place: "test"))
    }

    /// The opened contact's messages into the stack until it finishes or fails (a failure fails the test).
    static func readToTheEnd(
        _ reader: OpenedContact, _ stack: inout ScreenStack<ContactListMessage, ContactListRequest>
    ) async throws {
        for await message in reader.messages {
            _ = stack.reduce(.messages([message]))
            if case .contact(_, .failed(let why)) = message {
                Issue.record("\(why)")
                return
            }
            if case .contact(_, .finished) = message { return }
        }
    }

    func openFromS3(port: Int) async throws {
        let (clients, found, opener) = try await Self.searchedWithS3(port: port)
        let old = try #require(found.contacts.first { $0.id == Self.oldId })

        // The real-time API has forgotten it: the opener without S3 says so.
        var withoutS3 = opener
        withoutS3.fromFile = nil
        var failure: String?
        for await event in withoutS3.open(old).events() { if case .failed(let message) = event { failure = message } }
        #expect(failure?.contains("not in the real-time API any more") == true, "\(failure ?? "no failure")")

        let reader = OpenedContact(opener: opener, contacts: found.contacts)
        defer { reader.stop() }
        var stack = Self.list(found, selected: Self.oldId)
        for case .request(let request) in stack.reduce(.key(.enter)) { reader.perform(request) }
        #expect((stack.top as? ContactCallScreen)?.contactId == Self.oldId)
        try await Self.readToTheEnd(reader, &stack)
        withExtendedLifetime(clients) {}
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
