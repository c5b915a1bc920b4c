import ContactLensModel
import Foundation
import LensRecording
import LensSimulator
import Testing

/// Chats end to end: the real binary follows, records, replays and exports the demo chat served
/// by the emulator over loopback HTTP and SigV4 (no mocked session anywhere).
@Suite(.serialized) struct ChatEndToEndTests {
    static let environment = [
        "AWS_ACCESS_KEY_ID": DemoIdentity.accessKeyId, "AWS_SECRET_ACCESS_KEY": DemoIdentity.secretAccessKey, "TZ": "UTC",
    ]

    static func api(_ port: Int, contactId: String = DemoIdentity.chatContactId) -> [String] {
        [
            "--instance-id", DemoIdentity.instanceId, "--contact-id", contactId,
            "--endpoint-url", "http://127.0.0.1:\(port)", "--region", DemoIdentity.region,
            "--poll-interval", "0.05", "--max-rate", "50",
        ]
    }

    static func withEmulator<T>(
        speed: Double = 40, outputTypes: [String]? = nil, describe: Bool = true, _ body: (Int) async throws -> T
    ) async throws -> T {
        var chat = Scenario.chatDemo.contacts[0]
        if let outputTypes { chat.outputTypes = outputTypes }
        var configuration = SimulatorConfiguration(scenario: Scenario(contacts: Scenario.demo.contacts + [chat]), speed: speed)
        configuration.allowsDescribeContact = describe
        let simulator = Simulator(configuration)
        let port = try await simulator.start()
        do {
            let result = try await body(port)
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }

    @Test func autoFollowsAChatRecordsItAndTheRecordingReplaysAndExports() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-chat-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let follow = try await Self.withEmulator { port in
            try await LenstailProcess.run(
                ["follow"] + Self.api(port) + ["--output", "jsonl", "--record", path], environment: Self.environment)
        }
        #expect(follow.status == 0, "stderr: \(follow.stderr)")
        // auto asks DescribeContact once, and says what it chose in one line.
        #expect(follow.stderr.contains("DescribeContact says CHAT"), "stderr: \(follow.stderr)")
        #expect(follow.stderr.split(separator: "\n").count == 1, "stderr: \(follow.stderr)")
        #expect(follow.stdout.contains(#""DisplayName":"Northwind Assistant""#))
        #expect(follow.stdout.contains(#""AbsoluteTime""#))
        #expect(follow.stdout.contains(#"{"Attachments":"#))
        #expect(follow.stdout.contains(#"{"Issues":"#))
        #expect(follow.stdout.contains(#"{"Event":"#))

        let pages = try Recording.load(contentsOf: URL(fileURLWithPath: path)).pages
        #expect(pages.allSatisfy { $0.response.isChat })
        #expect(pages.last?.response.status == .completed)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(#""api":"ListRealtimeContactAnalysisSegmentsV2""#))

        let replay = try await LenstailProcess.run(["replay", path, "--output", "jsonl"], environment: ["TZ": "UTC"])
        #expect(replay.status == 0, "stderr: \(replay.stderr)")
        #expect(replay.stdout == follow.stdout, "replay prints what the follow printed")

        let exported = try await LenstailProcess.run(["export", path, "--format", "text"], environment: ["TZ": "UTC"])
        #expect(exported.status == 0, "stderr: \(exported.stderr)")
        #expect(exported.stdout.contains("09:15:03  CUSTOM_BOT Northwind Assistant"), "\(exported.stdout)")
        #expect(exported.stdout.contains("[[charged twice]]"))
        #expect(exported.stdout.contains("[attachment] receipt-march.pdf (APPROVED)"))
        #expect(exported.stdout.contains("[event] participant joined"))
        #expect(exported.stdout.contains("Billing dispute  at 09:15:"))
        // The machine's zone comes from TZ (or /etc/localtime) with its rules, not from full Foundation's ICU data.
        for (zone, time) in [("America/New_York", "04:15:03"), ("Asia/Kolkata", "14:45:03"), ("Europe/Paris", "10:15:03")] {
            let local = try await LenstailProcess.run(["export", path, "--format", "text"], environment: ["TZ": zone])
            #expect(local.stdout.contains("\(time)  CUSTOM_BOT Northwind Assistant"), "TZ=\(zone): \(local.stdout.prefix(300))")
        }
        let json = try await LenstailProcess.run(["export", path, "--format", "json"])
        #expect(json.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["Channel"] as? String == "CHAT")
        #expect((document["Transcript"] as? [[String: Any]])?.first?["Time"] != nil)
        #expect((document["Attachments"] as? [Any])?.count == 1)
        let markdown = try await LenstailProcess.run(["export", path, "--format", "markdown"], environment: ["TZ": "UTC"])
        #expect(markdown.stdout.contains("**charged twice**"))
    }

    @Test func withoutDescribeContactAutoSwitchesOnTheVoiceAPIsRefusal() async throws {
        let follow = try await Self.withEmulator(speed: .infinity, describe: false) { port in
            try await LenstailProcess.run(["follow"] + Self.api(port) + ["--output", "text"], environment: Self.environment)
        }
        #expect(follow.status == 0, "stderr: \(follow.stderr)")
        #expect(follow.stderr.contains("DescribeContact failed (AccessDeniedException"), "stderr: \(follow.stderr)")
        #expect(follow.stderr.contains("refused the contact on the voice API"), "stderr: \(follow.stderr)")
        #expect(follow.stdout.contains("SUMMARY  COMPLETED"))
    }

    @Test func autoFollowsAVoiceCallThroughTheVoiceAPI() async throws {
        let follow = try await Self.withEmulator(speed: .infinity) { port in
            try await LenstailProcess.run(
                ["follow"] + Self.api(port, contactId: DemoIdentity.contactId) + ["--output", "text"],
                environment: Self.environment)
        }
        #expect(follow.status == 0, "stderr: \(follow.stderr)")
        #expect(follow.stderr.isEmpty, "stderr: \(follow.stderr)")
        #expect(follow.stdout.contains("SUMMARY  COMPLETED"))
    }

    @Test func textOutputShowsTimesOfDayAndNames() async throws {
        let follow = try await Self.withEmulator(speed: .infinity) { port in
            try await LenstailProcess.run(
                ["follow"] + Self.api(port) + ["--channel", "chat", "--output", "text"], environment: Self.environment)
        }
        #expect(follow.status == 0, "stderr: \(follow.stderr)")
        #expect(follow.stdout.contains("09:15:06  CUSTOMER Inés"), "\(follow.stdout)")
        #expect(follow.stdout.contains("CATEGORY Billing dispute"))
        #expect(follow.stdout.contains("SUMMARY  COMPLETED"))
    }

    @Test func redactedOutputShowsTheRedactedText() async throws {
        let (raw, redacted) = try await Self.withEmulator(speed: .infinity) { port in
            let raw = try await LenstailProcess.run(
                ["follow"] + Self.api(port) + ["--channel", "chat", "--output", "text"], environment: Self.environment)
            let redacted = try await LenstailProcess.run(
                ["follow"] + Self.api(port) + ["--channel", "chat", "--redacted", "--output", "text"],
                environment: Self.environment)
            return (raw, redacted)
        }
        #expect(redacted.status == 0, "stderr: \(redacted.stderr)")
        #expect(raw.stdout.contains("Hello Inés, this is Sam"))
        #expect(redacted.stdout.contains("Hello [PII], this is Sam"), "\(redacted.stdout)")
        #expect(redacted.stdout.contains("Great, thanks [PII] 🙂"))
        #expect(!redacted.stdout.contains("Hello Inés"))
    }

    @Test func aMissingOutputIsOneClearLine() async throws {
        let follow = try await Self.withEmulator(outputTypes: ["Raw"]) { port in
            try await LenstailProcess.run(
                ["follow"] + Self.api(port) + ["--channel", "chat", "--redacted", "--output", "text"],
                environment: Self.environment)
        }
        #expect(follow.status != 0)
        #expect(follow.stderr.contains("not enabled for this contact"), "stderr: \(follow.stderr)")
        #expect(follow.stderr.split(separator: "\n").count == 1, "stderr: \(follow.stderr)")
    }

    @Test func aVoiceContactOnTheChatAPIFailsWithOneLine() async throws {
        let follow = try await Self.withEmulator { port in
            try await LenstailProcess.run(
                ["follow"] + Self.api(port, contactId: DemoIdentity.contactId) + ["--channel", "chat", "--output", "text"],
                environment: Self.environment)
        }
        #expect(follow.status != 0)
        #expect(follow.stderr.contains("InvalidRequestException") || follow.stderr.contains("VOICE"), "stderr: \(follow.stderr)")
        #expect(follow.stderr.split(separator: "\n").count == 1, "stderr: \(follow.stderr)")
    }

    @Test func aChatIsExportedAndReplayedStraightFromTheAPI() async throws {
        let (exported, replayed, voice) = try await Self.withEmulator(speed: 1000) { port in
            let api = [
                "--instance-id", DemoIdentity.instanceId, "--contact-id", DemoIdentity.chatContactId,
                "--endpoint-url", "http://127.0.0.1:\(port)", "--region", DemoIdentity.region, "--max-rate", "50",
            ]
            try await Task.sleep(for: .milliseconds(200))  // the chat is over at 1000×
            let exported = try await LenstailProcess.run(["export"] + api + ["--format", "text"], environment: Self.environment)
            let replayed = try await LenstailProcess.run(
                ["replay"] + api + ["--speed", "instant", "--output", "jsonl"], environment: Self.environment)
            // --channel voice asks the voice API, which refuses a chat: one line, exit 1.
            let voice = try await LenstailProcess.run(
                ["export"] + api + ["--channel", "voice", "--format", "text"], environment: Self.environment)
            return (exported, replayed, voice)
        }
        #expect(exported.status == 0, "stderr: \(exported.stderr)")
        #expect(exported.stderr.contains("DescribeContact says CHAT"), "stderr: \(exported.stderr)")
        #expect(exported.stdout.contains("09:15:03  CUSTOM_BOT Northwind Assistant"), "\(exported.stdout)")
        #expect(exported.stdout.contains("[attachment] receipt-march.pdf (APPROVED)"))
        #expect(exported.stdout.contains("[[charged twice]]"))
        #expect(replayed.status == 0, "stderr: \(replayed.stderr)")
        #expect(replayed.stdout.contains(#""DisplayName":"Northwind Assistant""#))
        #expect(replayed.stdout.contains(#"{"Attachments":"#))
        #expect(voice.status == 1, "stderr: \(voice.stderr)")
        #expect(voice.stderr.split(separator: "\n").count == 1, "stderr: \(voice.stderr)")
    }
}
