import ContactLensModel
import Foundation
import LensSimulator
import TestSupport
import Testing

/// The `lenstail` binary as a user runs it: real process, real HTTP to an emulator on loopback.
@Suite(.serialized) struct CommandLineTests {
    @Test func demoStreamsTheWholeCallAsTextWhenNotATerminal() async throws {
        let result = try await LenstailProcess.run(["demo", "--speed", "200", "--poll-interval", "0.05", "--max-rate", "50"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        let demo = Scenario.demo.contacts[0].segments.compactMap(\.segment.transcript)
        #expect(lines.filter { $0.contains("AGENT") || $0.contains("CUSTOMER") }.count == demo.count)
        #expect(lines.contains { $0.contains("CATEGORY") })
        #expect(lines.last?.hasPrefix("SUMMARY  COMPLETED") == true)
        #expect(result.stdout.contains("[["), "issues are marked")
    }

    @Test func followPrintsTheAPIsOwnShapesAsJSONLines() async throws {
        let scenario = TestCallScenario.small
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: scenario, speed: .infinity,
                credentials: [.init(accessKeyId: "AKIDTEST", secretAccessKey: "cli-test-secret", sessionToken: "cli-test-token")])
        )
        let port = try await simulator.start()
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", TestCall.instanceId, "--contact-id", TestCall.contactId,
                "--endpoint-url", "http://127.0.0.1:\(port)", "--region", "eu-west-2", "--output", "jsonl",
                "--max-rate", "20",
            ],
            environment: [
                "AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "cli-test-secret",
                "AWS_SESSION_TOKEN": "cli-test-token",
            ])
        await simulator.stop()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        var store = TranscriptStore()
        for line in result.stdout.split(separator: "\n") {
            let segment = try JSONDecoder().decode(Segment.self, from: TestCall.apiShape(line))
            #expect(segment.transcript != nil || segment.categories != nil || segment.postContactSummary != nil)
            store.apply([segment])
        }
        let expected = TestCall.expectedStore(scenario)
        #expect(store.turns == expected.turns)
        #expect(store.summary == expected.summary)
        #expect(!(result.stdout + result.stderr).contains("cli-test-secret"))
        #expect(!(result.stdout + result.stderr).contains("cli-test-token"))
    }

    @Test(arguments: [
        (["follow", "--contact-id", "c"], "--instance-id"),
        (["follow", "--instance-id", "i", "--contact-id", "c", "--max-results", "0"], "--max-results"),
        (["follow", "--instance-id", "", "--contact-id", "c"], "InstanceId"),
        (["follow", "--instance-id", "i", "--contact-id", "c", "--poll-interval", "-1"], "--poll-interval"),
        (["demo", "--faults", "throttle=2"], "fault"),
        (["demo", "--speed", "0"], "--speed"),
        (["demo", "--wall", "--chat"], "--chat plays the built-in chat alone"),
        (["replay", "x.jsonl", "--speed", "fast"], "between 0.1 and 1000"),
        (["simulate", "--speed", "inf"], "`instant`"),
        (["simulate", "--host", "0.0.0.0"], "loopback"),
        (["follow", "--contact-id", "c", "--instance-id", "i", "--since", "5m"], "--kinesis-stream"),
        (["follow", "--kinesis-stream", "s", "--contact-id", "c", "--since", "5x"], "--since"),
        (["follow", "--kinesis-stream", "s", "--contact-id", "c", "--since", "5m", "--from-start"], "--from-start"),
        (["follow", "--kinesis-stream", "bad name", "--contact-id", "c", "--region", "us-east-1"], "StreamName"),
        (["simulate", "--contacts", "3"], "--to-kinesis"),
        (["wall", "--instance-id", "i"], "--kinesis-stream"),
        (["wall", "--queue", "Billing"], "--instance-id"),
        (["wall", "--kinesis-stream", "s", "--queue", "Billing"], "need --instance-id"),
        (["wall", "--kinesis-stream", "s", "--since", "1h", "--from-start"], "--from-start"),
        (["nonsense"], "nonsense"),
    ])
    func badArgumentsGiveOneClearErrorAndNonZeroExit(arguments: [String], mentions: String) async throws {
        let result = try await LenstailProcess.run(arguments, timeout: .seconds(20))
        #expect(result.status == 64, "a bad command line is EX_USAGE")
        #expect(result.stderr.contains(mentions), "stderr: \(result.stderr)")
    }

    /// Every command with a full-screen view can leave the mouse to the terminal, and says how
    /// to select text without it; `--no-mouse` is taken where the view is.
    @Test(arguments: ["follow", "demo", "replay", "wall", "search"])
    func theViewsOfferNoMouse(_ command: String) async throws {
        let help = try await LenstailProcess.run([command, "--help"])
        #expect(help.status == 0)
        let text = help.stdout.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("--no-mouse") && text.contains("Shift-drag"), "\(help.stdout)")
    }

    @Test func missingRegionAndCredentialsAreExplained() async throws {
        let noRegion = try await LenstailProcess.run(["follow", "--instance-id", "i", "--contact-id", "c"])
        #expect(noRegion.status != 0)
        #expect(noRegion.stderr.contains("region"))
        let noCredentials = try await LenstailProcess.run(
            [
                "follow", "--instance-id", "i", "--contact-id", "c", "--region", "us-east-1",
                "--endpoint-url", "http://127.0.0.1:9",
            ])
        #expect(noCredentials.status != 0)
        #expect(noCredentials.stderr.lowercased().contains("credentials"))
    }

    @Test func plainHTTPToARemoteHostIsRefused() async throws {
        let result = try await LenstailProcess.run(
            [
                "follow", "--instance-id", "i", "--contact-id", "c", "--region", "us-east-1",
                "--endpoint-url", "http://example.com",
            ],
            environment: ["AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "x"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--allow-insecure-endpoint") || result.stderr.contains("insecure"))
    }
}

enum TestCallScenario {
    static let small = TestCall.scenario(turns: 30)
}

/// A pipe whose reader leaves early (`| head -1`) ends lenstail quietly, never with a crash.
@Suite struct BrokenPipeTests {
    @Test func aReaderThatLeavesEarlyEndsLenstailCleanly() async throws {
        let command =
            "'\(LenstailProcess.binary.path)' demo --speed 200 --poll-interval 0.05 --max-rate 50 --output text"
            + " | head -1; echo \"lenstail exit ${PIPESTATUS[0]}\""
        let result = try await LenstailProcess.run(["-c", command], executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.stdout.hasPrefix("00:00  AGENT"))
        #expect(result.stdout.contains("lenstail exit 0"), "stdout: \(result.stdout)")
        #expect(!result.stderr.contains("Fatal error"), "stderr: \(result.stderr)")
    }
}
