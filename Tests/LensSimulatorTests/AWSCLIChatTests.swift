import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// The real AWS CLI's `connect list-realtime-contact-analysis-segments-v2` against the emulator.
@Suite("AWS CLI: the chat API on the emulator", .enabled(if: AWSCLI.path != nil || AWSCLI.isCI, "the aws CLI is not installed"))
struct AWSCLIChatTests {
    static var both: Scenario { Scenario(contacts: Scenario.demo.contacts + Scenario.chatDemo.contacts) }

    static func arguments(_ endpoint: URL, contactId: String, extra: [String] = []) -> [String] {
        [
            "connect", "list-realtime-contact-analysis-segments-v2",
            "--endpoint-url", endpoint.absoluteString, "--region", DemoIdentity.region,
            "--instance-id", DemoIdentity.instanceId, "--contact-id", contactId,
            "--output-type", "Raw", "--segment-types", "Transcript", "Categories", "Issues", "Event", "Attachments",
            "PostContactSummary", "--output", "json", "--cli-read-timeout", "20", "--cli-connect-timeout", "5",
        ] + extra
    }

    @Test("The CLI reads a finished chat: every segment, Status COMPLETED")
    func listsFinishedChat() async throws {
        let aws = try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH")
        try await withSimulator(.init(scenario: Self.both, speed: .infinity)) { simulator, client in
            let result = try await AWSCLI.run(
                aws, arguments: Self.arguments(client.endpoint, contactId: DemoIdentity.chatContactId),
                secret: DemoIdentity.secretAccessKey)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let page = try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(result.stdout.utf8))
            #expect(page.status == .completed)
            #expect(page.channel == "CHAT")
            #expect(page.segments == Scenario.chatDemo.contacts[0].timeline.map(\.segment))
            #expect(await simulator.requestLog.map(\.status) == [200])
        }
    }

    @Test("The CLI gets InvalidRequestException for a voice contact")
    func voiceContact() async throws {
        let aws = try #require(AWSCLI.path, "CI=true but the aws CLI is not on PATH")
        try await withSimulator(.init(scenario: Self.both, speed: .infinity)) { _, client in
            let result = try await AWSCLI.run(
                aws, arguments: Self.arguments(client.endpoint, contactId: DemoIdentity.contactId),
                secret: DemoIdentity.secretAccessKey)
            #expect(result.status != 0)
            #expect(result.stderr.contains("InvalidRequestException"), "stderr: \(result.stderr)")
        }
    }
}
