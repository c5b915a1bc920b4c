import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensEngine
import LensRecording
import LensSimulator
import TestSupport
import Testing

/// Record, replay and export with the real binary against the emulator on loopback.
@Suite(.serialized) struct RecordReplayExportTests {
    static let credentials = AWSCredentials(accessKeyId: "AKIDREC", secretAccessKey: "rec-test-secret")
    static let environment = ["AWS_ACCESS_KEY_ID": "AKIDREC", "AWS_SECRET_ACCESS_KEY": "rec-test-secret"]

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func api(_ port: Int, contactId: String = TestCall.contactId) -> [String] {
        [
            "--instance-id", TestCall.instanceId, "--contact-id", contactId,
            "--endpoint-url", "http://127.0.0.1:\(port)", "--region", "eu-west-2",
        ]
    }

    @Test func aRecordedFollowReplaysAndExportsExactlyAsTheCallFromTheAPI() async throws {
        let scenario = TestCall.scenario(turns: 12)
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: 20, credentials: [Self.credentials]))
        let port = try await simulator.start()
        let directory = Self.temporaryDirectory()
        let recording = directory.appendingPathComponent("call.jsonl").path

        let follow = try await LenstailProcess.run(
            ["follow"] + Self.api(port) + [
                "--output", "jsonl", "--poll-interval", "0.05", "--max-rate", "50",
                "--record", recording,
            ], environment: Self.environment)
        #expect(follow.status == 0, "stderr: \(follow.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: recording)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let pages = try Recording.load(contentsOf: URL(fileURLWithPath: recording)).pages
        #expect(pages.count > 1, "the call arrived over several pages")
        #expect(pages.first?.requestToken == nil)
        #expect(pages.last?.response.nextToken == nil)

        let replay = try await LenstailProcess.run(["replay", recording, "--output", "jsonl"])
        #expect(replay.status == 0, "stderr: \(replay.stderr)")
        #expect(replay.stdout == follow.stdout, "replay prints what the follow printed")

        for format in ["json", "markdown", "text"] {
            let fromRecording = try await LenstailProcess.run(["export", recording, "--format", format])
            let fromAPI = try await LenstailProcess.run(
                ["export"] + Self.api(port) + ["--format", format, "--max-rate", "50"], environment: Self.environment)
            #expect(fromRecording.status == 0, "stderr: \(fromRecording.stderr)")
            #expect(fromAPI.status == 0, "stderr: \(fromAPI.stderr)")
            #expect(fromRecording.stdout == fromAPI.stdout, "\(format) export")
            #expect(fromRecording.stdout.contains("Turn 11"))
        }
        let file = directory.appendingPathComponent("call.md").path
        let written = try await LenstailProcess.run(["export", recording, "--format", "markdown", "-o", file])
        #expect(written.status == 0, "stderr: \(written.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("| Time | Speaker | Sentiment | Text |"))
        // `md`, the file's extension, is taken for markdown.
        let short = try await LenstailProcess.run(["export", recording, "--format", "md"])
        #expect(short.status == 0, "stderr: \(short.stderr)")
        #expect(short.stdout.contains("| Time | Speaker | Sentiment | Text |"))
        await simulator.stop()
    }

    @Test func theEmulatorServesARecordingAsTheCallItRecorded() async throws {
        let scenario = TestCall.scenario(turns: 8)
        let original = Simulator(SimulatorConfiguration(scenario: scenario, speed: 40, credentials: [Self.credentials]))
        let port = try await original.start()
        let path = Self.temporaryDirectory().appendingPathComponent("call.jsonl").path
        let configuration = PollerConfiguration(pollInterval: .milliseconds(20), maxRate: 100, maxResults: 100)
        func client(_ port: Int) -> ContactLensClient {
            ContactLensClient(
                endpoint: URL(string: "http://127.0.0.1:\(port)")!, region: "eu-west-2",
                credentials: StaticCredentialProvider(Self.credentials, source: "test"))
        }
        let recorder = Follower(
            client: client(port), instanceId: TestCall.instanceId, contactId: TestCall.contactId,
            configuration: configuration, recordingTo: try RecordingWriter(path: path))
        for await event in recorder.events() { if case .finished = event { break } }
        await original.stop()

        let replayed = try Scenario.load(contentsOf: URL(fileURLWithPath: path))
        let pages = try Recording.load(contentsOf: URL(fileURLWithPath: path)).pages
        let offsets = Set(pages.map { Int(($0.receivedAt.timeIntervalSince(pages[0].receivedAt) * 1000).rounded()) })
        let releases = replayed.contacts[0].segments.compactMap(\.releaseAtMillis)
        #expect(releases.count == replayed.contacts[0].segments.count)
        #expect(
            releases == releases.sorted() && releases.last! > 0 && Set(releases).isSubset(of: offsets),
            "segments are released when their page was received")
        let simulator = Simulator(SimulatorConfiguration(scenario: replayed, speed: 4, credentials: [Self.credentials]))
        let replayPort = try await simulator.start()
        let follower = Follower(
            client: client(replayPort), instanceId: TestCall.instanceId,
            contactId: TestCall.contactId, configuration: configuration)
        var store = TranscriptStore()
        var finished = false
        for await event in follower.events() {
            if case .segments(let segments, _) = event { store.apply(segments) }
            if case .finished = event { finished = true }
        }
        await simulator.stop()
        let expected = TestCall.expectedStore(scenario)
        #expect(finished)
        #expect(store.turns == expected.turns)
        #expect(store.categories == expected.categories)
        #expect(store.summary == expected.summary)
    }

    @Test(arguments: [
        ("", "empty"),
        ("this is not json\n", "not a lenstail recording"),
        ("{\"Contacts\": []}\n", "not a lenstail recording"),
    ])
    func badRecordingsGiveOneClearLineAndFail(content: String, mentions: String) async throws {
        let path = Self.temporaryDirectory().appendingPathComponent("bad.jsonl").path
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        for command in ["replay", "export"] {
            let result = try await LenstailProcess.run([command, path], timeout: .seconds(20))
            #expect(result.status != 0)
            #expect(result.stderr.contains(mentions) && result.stderr.contains("bad.jsonl"), "stderr: \(result.stderr)")
            #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        }
        let missing = try await LenstailProcess.run(["replay", path + ".missing"], timeout: .seconds(20))
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot read"))
    }

    @Test func aCutOffRecordingReplaysUpToItsLastWholePage() async throws {
        let pages = (0..<3).map { index in
            RecordedPage(
                receivedAt: Date(timeIntervalSince1970: Double(index)), requestToken: index == 0 ? nil : "t\(index)",
                instanceId: "i", contactId: "c",
                response: ListSegmentsResponse(
                    segments: [
                        .transcript(
                            Transcript(
                                id: "turn-\(index)", participantId: "AGENT", participantRole: "AGENT", content: "line \(index)",
                                beginOffsetMillis: index * 1000, endOffsetMillis: index * 1000 + 500))
                    ], nextToken: "t\(index + 1)"))
        }
        var bytes = try pages.flatMap { try $0.line() }
        bytes.removeLast(20)
        let path = Self.temporaryDirectory().appendingPathComponent("cut.jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try await LenstailProcess.run(["replay", path, "--output", "text"], timeout: .seconds(20))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("line 1") && !result.stdout.contains("line 2"))
        #expect(result.stderr.contains("warning") && result.stderr.contains("incomplete"))
    }

    @Test func theAPISaysWhenAContactIsGoneOrStillLive() async throws {
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: TestCall.scenario(turns: 200), speed: 1,
                credentials: [Self.credentials]))
        let port = try await simulator.start()
        let gone = try await LenstailProcess.run(
            ["export"] + Self.api(port, contactId: "5eed0000-0000-4000-8000-000000000404"),
            environment: Self.environment, timeout: .seconds(30))
        #expect(gone.status != 0)
        #expect(gone.stderr.contains("24 hours"), "stderr: \(gone.stderr)")
        let live = try await LenstailProcess.run(
            ["replay"] + Self.api(port) + ["--max-rate", "50"],
            environment: Self.environment, timeout: .seconds(30))
        await simulator.stop()
        #expect(live.status != 0)
        #expect(live.stderr.contains("still live") && live.stderr.contains("follow"), "stderr: \(live.stderr)")
    }
}
