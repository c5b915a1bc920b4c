import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// ListRealtimeContactAnalysisSegmentsV2 served by the emulator, over real loopback HTTP and SigV4.
@Suite("The chat API (V2) on the emulator")
struct ChatAPITests {
    static var both: Scenario { Scenario(contacts: Scenario.demo.contacts + Scenario.chatDemo.contacts) }
    static let path = ListSegmentsV2.path(instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.chatContactId)

    static func chatClient(_ endpoint: URL) -> ChatSegmentsClient {
        ChatSegmentsClient(
            endpoint: endpoint, region: DemoIdentity.region,
            credentials: StaticCredentialProvider(DemoIdentity.credentials, source: "test"))
    }

    @Test("A finished chat comes in pages that follow NextToken, the last one COMPLETED")
    func pagesAndStatus() async throws {
        try await withSimulator(.init(scenario: Self.both, speed: .infinity)) { _, wire in
            let client = Self.chatClient(wire.endpoint)
            var request = ListSegmentsV2Request(
                instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.chatContactId, maxResults: 4)
            var segments: [Segment] = []
            var statuses: [AnalysisStatus] = []
            while true {
                let page = try await client.send(request)
                #expect(page.channel == "CHAT")
                segments += page.segments
                statuses.append(try #require(page.status))
                guard let token = page.nextToken else { break }
                request.nextToken = token
            }
            #expect(segments == Scenario.chatDemo.contacts[0].timeline.map(\.segment))
            #expect(statuses.last == .completed)
            #expect(statuses.dropLast().allSatisfy { $0 == .inProgress })
            var store = TranscriptStore()
            store.apply(segments)
            #expect(store.isChat)
            #expect(store.turns.contains { $0.participantRole == "CUSTOM_BOT" })
            #expect(store.turns.contains { if case .attachments = $0.chat { true } else { false } })
            #expect(store.turns.contains { !($0.issuesDetected ?? []).isEmpty })
            #expect(store.categories.first?.transcriptItemIds.count == 2)
            #expect(store.summary != nil)
        }
    }

    @Test("A live chat is IN_PROGRESS with a token to come back with")
    func liveChat() async throws {
        try await withSimulator(.init(scenario: Self.both, speed: 1)) { _, wire in
            let page = try await Self.chatClient(wire.endpoint).send(
                ListSegmentsV2Request(instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.chatContactId))
            #expect(page.status == .inProgress)
            #expect(page.nextToken != nil)
        }
    }

    @Test("Only the segment types asked for are sent")
    func segmentTypes() async throws {
        try await withSimulator(.init(scenario: Self.both, speed: .infinity)) { _, wire in
            let page = try await Self.chatClient(wire.endpoint).send(
                ListSegmentsV2Request(
                    instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.chatContactId, segmentTypes: ["Event"]))
            #expect(!page.segments.isEmpty)
            #expect(page.segments.allSatisfy { $0.kind == "Event" })
        }
    }

    @Test("A voice contact is an InvalidRequestException; the voice API refuses a chat the same way")
    func wrongChannel() async throws {
        try await withSimulator(.init(scenario: Self.both, speed: .infinity)) { _, wire in
            do {
                _ = try await Self.chatClient(wire.endpoint).send(
                    ListSegmentsV2Request(instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.contactId))
                Issue.record("a voice contact was served")
            } catch let error as ClientError {
                #expect(error.isInvalidRequest)
                #expect(error.shortReason.contains("VOICE"))
            }
            let voice = try await wire.list(contactId: DemoIdentity.chatContactId)
            #expect(voice.status == 400)
            #expect(voice.errorType == "InvalidRequestException")
            #expect(voice.message?.contains("CHAT") == true)
        }
    }

    @Test("An output the flow did not produce is an OutputTypeNotFoundException with one clear line")
    func outputTypeNotFound() async throws {
        var scenario = Self.both
        scenario.contacts[1].outputTypes = ["Raw"]
        try await withSimulator(.init(scenario: scenario, speed: .infinity)) { _, wire in
            do {
                _ = try await Self.chatClient(wire.endpoint).send(
                    ListSegmentsV2Request(
                        instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.chatContactId, outputType: .redacted))
                Issue.record("a missing output was served")
            } catch let error as ClientError {
                guard case .service(let service) = error else { throw error }
                #expect(service.code == "OutputTypeNotFoundException")
                #expect(service.httpStatus == 404)
                let advice = error.advice(credentialSource: nil)
                #expect(advice.contains("not enabled for this contact"))
                #expect(!advice.contains("\n"))
            }
        }
    }

    @Test("The model's validation: OutputType and SegmentTypes are required, MaxResults 1-100")
    func validation() async throws {
        try await withSimulator(.init(scenario: Self.both, speed: .infinity)) { _, wire in
            let missingOutput = try await wire.send(json: ["SegmentTypes": ["Transcript"]], path: Self.path)
            #expect(missingOutput.status == 400)
            #expect(missingOutput.errorType == "InvalidRequestException")
            let missingTypes = try await wire.send(json: ["OutputType": "Raw"], path: Self.path)
            #expect(missingTypes.errorType == "InvalidRequestException")
            let badMax = try await wire.send(
                json: ["OutputType": "Raw", "SegmentTypes": ["Transcript"], "MaxResults": 101], path: Self.path)
            #expect(badMax.errorType == "InvalidRequestException")
            let badType = try await wire.send(json: ["OutputType": "Cooked", "SegmentTypes": ["Transcript"]], path: Self.path)
            #expect(badType.errorType == "InvalidRequestException")
            let unsigned = try await wire.send(
                json: ["OutputType": "Raw", "SegmentTypes": ["Transcript"]], path: Self.path, sign: false)
            #expect(unsigned.status == 403)
            let ok = try await wire.send(json: ["OutputType": "Raw", "SegmentTypes": ["Transcript"]], path: Self.path)
            #expect(ok.status == 200)
        }
    }

    @Test("DescribeContact tells a chat from a call; an unknown contact is ResourceNotFoundException")
    func describeContact() async throws {
        try await withSimulator(.init(scenario: Self.both, speed: .infinity)) { _, wire in
            let client = Self.chatClient(wire.endpoint)
            #expect(
                try await client.channel(instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.chatContactId) == "CHAT")
            #expect(try await client.channel(instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.contactId) == "VOICE")
            do {
                _ = try await client.channel(instanceId: DemoIdentity.instanceId, contactId: "nobody")
                Issue.record("an unknown contact was described")
            } catch let error as ClientError {
                guard case .service(let service) = error else { throw error }
                #expect(service.code == "ResourceNotFoundException")
            }
        }
    }

    @Test("The client checks the model's limits before sending")
    func clientValidation() {
        #expect(throws: RequestValidationError.self) {
            try ListSegmentsV2Request(instanceId: String(repeating: "i", count: 101), contactId: "c").validate()
        }
        #expect(throws: RequestValidationError.self) {
            try ListSegmentsV2Request(instanceId: "i", contactId: "c", maxResults: 0).validate()
        }
        #expect(throws: RequestValidationError.self) {
            try ListSegmentsV2Request(instanceId: "i", contactId: "c", nextToken: String(repeating: "t", count: 100_001))
                .validate()
        }
        let request = ListSegmentsV2Request(instanceId: "i/1", contactId: "c d")
        #expect(request.path == "/contact/list-real-time-analysis-segments-v2/i%2F1/c%20d")
        #expect(request.segmentTypes.count == 6)
        #expect(request.outputType == .raw)
    }
}
