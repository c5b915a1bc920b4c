import AWSSigV4
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// Chats' pages (V2) with hostile text in every field a person reads, and a chat follow's
/// artefacts searched for secrets: the real binary against the emulator on loopback.
@Suite(.serialized) struct ChatHostileTests {
    static let instanceId = "dead0000-0000-4000-8000-000000000001"
    static let contactId = "dead0000-0000-4000-8000-000000000003"
    static let bait = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m\u{202E}x\u{0}"

    static var scenario: Scenario {
        func time(_ s: Int) -> ChatTime { ChatTime(absoluteTime: "2026-01-31T09:15:\(s < 10 ? "0" : "")\(s)Z") }
        let segments: [Segment] = [
            .chat(
                .event(
                    ChatEvent(
                        id: "e1", participantId: "p", participantRole: "CUSTOMER", displayName: "Eve\(bait)",
                        eventType: "application/vnd.amazonaws.connect.event.participant.joined\(bait)", time: time(1)))),
            .chat(
                .transcript(
                    ChatTranscript(
                        id: "m1", participantId: "p", participantRole: "CUSTOMER\(bait)", displayName: "Eve\(bait)",
                        content: "hello \(bait) world", time: time(2), sentiment: Sentiment(rawValue: "ODD\(bait)")))),
            .chat(
                .attachments(
                    ChatAttachments(
                        id: "a1", participantId: "p", participantRole: "CUSTOMER", displayName: "Eve\(bait)",
                        attachments: [ChatAttachment(attachmentName: "evil\(bait).pdf", attachmentId: "x", status: "OK\(bait)")],
                        time: time(3)))),
            .chat(
                .issues(
                    ChatIssues(issuesDetected: [
                        ChatIssue(transcriptItems: [
                            ChatIssueItem(id: "m1", characterOffsets: CharacterOffsets(beginOffsetChar: 3, endOffsetChar: 9_999))
                        ])
                    ]))),
            .chat(
                .categories(
                    ChatCategories(matchedDetails: [
                        "Cat\(bait)": ChatCategoryDetails(pointsOfInterest: [
                            ChatPointOfInterest(transcriptItems: [ChatTranscriptItem(id: "m1")])
                        ])
                    ]))),
            .postContactSummary(PostContactSummary(content: "sum \(bait)", status: .completed)),
        ]
        return Scenario(contacts: [
            ScenarioContact(
                instanceId: instanceId, contactId: contactId, segments: segments.map { ScenarioSegment($0) }, channel: "CHAT")
        ])
    }

    @Test(arguments: ["text", "jsonl"])
    func hostileChatTextReachesTheTerminalAsPrintableTextOnly(format: String) async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: Self.scenario, speed: .infinity))
        let port = try await simulator.start()
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", Self.instanceId, "--contact-id", Self.contactId, "--channel", "chat",
                "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:\(port)", "--output", format, "--max-rate", "20",
            ],
            environment: MalformedPageTests.keys)
        await simulator.stop()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(
            HostileOutputTests.controls(in: result.stdout).isEmpty,
            "\(Set(HostileOutputTests.controls(in: result.stdout)).sorted())")
        #expect(HostileOutputTests.controls(in: result.stderr).isEmpty)
        if format == "text" {
            #expect(result.stdout.contains("evil"))
            #expect(!result.stdout.contains("[2J") && !result.stdout.contains("0;PWNED"))
        }
        print("FIGURE hostile chat \(format): \(result.stdout.split(separator: "\n").count) lines, 0 control characters")
    }

    @Test func noSecretInAChatFollowsOutputLogOrRecording() async throws {
        let secret = SecretLeakTests.secret
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lenstail-chat-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let credentials = AWSCredentials(
            accessKeyId: "AKIDLEAKTEST", secretAccessKey: secret, sessionToken: SecretLeakTests.token)
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: Scenario.chatDemo, speed: .infinity, faults: try FaultPlan.parse("throttle=0.2,error=0.1"), seed: 3,
                credentials: [credentials]))
        let port = try await simulator.start()
        let log = directory.appendingPathComponent("chat.log")
        let recording = directory.appendingPathComponent("chat.jsonl")
        func follow(_ key: String) async throws -> LenstailProcess.Result {
            try await LenstailProcess.run(
                [
                    "follow", "--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.chatContactId,
                    "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:\(port)", "--output", "jsonl",
                    "--max-results", "3", "--max-rate", "20", "--log-file", log.path, "--record", recording.path,
                ],
                environment: [
                    "AWS_ACCESS_KEY_ID": "AKIDLEAKTEST", "AWS_SECRET_ACCESS_KEY": key, "AWS_SESSION_TOKEN": SecretLeakTests.token,
                ])
        }
        let good = try await follow(secret)
        let bad = try await follow(SecretLeakTests.wrongSecret)
        await simulator.stop()
        #expect(good.status == 0, "stderr: \(good.stderr)")
        #expect(bad.status == 1, "stderr: \(bad.stderr)")
        let texts =
            [good.stdout, good.stderr, bad.stdout, bad.stderr]
            + [log, recording].map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
        for text in texts {
            for needle in [secret, SecretLeakTests.token, SecretLeakTests.wrongSecret, String(secret.prefix(12))] {
                #expect(!text.contains(needle))
            }
        }
        #expect(try String(contentsOf: recording, encoding: .utf8).contains(ListSegmentsV2.operation))
        print("FIGURE chat secrets: \(texts.count) artefacts, \(texts.map(\.utf8.count).reduce(0, +)) bytes, 0 secrets")
    }
}
